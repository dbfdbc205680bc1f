package org.physicalinventory.inventory;

import org.physicalinventory.LabelledException;

/** A refusal of the inventory rules that names what is in the way: the open inventory a new one would run beside. */
public final class InventoryException extends LabelledException {

    private static final long serialVersionUID = 1L;

    public InventoryException(String labelKey, Object... arguments) {
        super(labelKey, arguments);
    }
}
