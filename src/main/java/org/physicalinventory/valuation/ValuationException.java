package org.physicalinventory.valuation;

import org.physicalinventory.LabelledException;

/** A refusal of the valuation: a closing date not over, a closing confirmed or running. */
public final class ValuationException extends LabelledException {

    private static final long serialVersionUID = 1L;

    public ValuationException(String labelKey, Object... arguments) {
        super(labelKey, arguments);
    }
}
