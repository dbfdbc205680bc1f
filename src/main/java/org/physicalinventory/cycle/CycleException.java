package org.physicalinventory.cycle;

import org.physicalinventory.LabelledException;

/** A cycle-counting refusal: settings that do not add up, a period without movements, nothing due. */
public final class CycleException extends LabelledException {

    private static final long serialVersionUID = 1L;

    public CycleException(String labelKey, Object... arguments) {
        super(labelKey, arguments);
    }
}
