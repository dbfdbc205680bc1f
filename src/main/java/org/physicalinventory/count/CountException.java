package org.physicalinventory.count;

import org.physicalinventory.LabelledException;

/** A request the counting rules refuse; carries the label key and arguments of its translated message. */
public final class CountException extends LabelledException {

    private static final long serialVersionUID = 1L;

    public CountException(String labelKey, Object... arguments) {
        super(labelKey, arguments);
    }
}
