package org.physicalinventory.count;

import org.physicalinventory.LabelledException;

/** A typed quantity that is not one; carries the label key and arguments of its translated message. */
public final class QuantityException extends LabelledException {

    private static final long serialVersionUID = 1L;

    public QuantityException(String labelKey, Object... arguments) {
        super(labelKey, arguments);
    }
}
