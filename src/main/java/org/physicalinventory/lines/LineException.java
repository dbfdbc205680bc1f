package org.physicalinventory.lines;

import org.physicalinventory.LabelledException;

/** Lines that may not be made on a list; carries the label key and arguments of the translated refusal. */
public final class LineException extends LabelledException {

    private static final long serialVersionUID = 1L;

    public LineException(String labelKey, Object... arguments) {
        super(labelKey, arguments);
    }
}
