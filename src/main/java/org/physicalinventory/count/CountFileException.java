package org.physicalinventory.count;

import org.physicalinventory.LabelledException;

/** A file of counts that cannot be read as one; carries the label key and arguments of its translated message. */
public final class CountFileException extends LabelledException {

    private static final long serialVersionUID = 1L;

    public CountFileException(String labelKey, Object... arguments) {
        super(labelKey, arguments);
    }
}
