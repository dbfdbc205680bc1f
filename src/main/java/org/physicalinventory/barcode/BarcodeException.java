package org.physicalinventory.barcode;

import org.physicalinventory.LabelledException;

/** A code that cannot be read; carries the label key and arguments of its translated message. */
public final class BarcodeException extends LabelledException {

    private static final long serialVersionUID = 1L;

    public BarcodeException(String labelKey, Object... arguments) {
        super(labelKey, arguments);
    }
}
