package org.physicalinventory.difference;

import java.math.BigDecimal;

import org.physicalinventory.count.LineKey;

/** One stock movement that posting a difference makes. */
public sealed interface Adjustment {

    /** A quantity added to (or taken from, when negative) an existing inventory item, valued at the item's unit cost. */
    record ItemVariance(String inventoryItemId, BigDecimal quantity, BigDecimal unitCost, String reasonId) implements Adjustment {
    }

    /** Stock found with no item to hold it: a new inventory item (a serialized one when the key has a serial number). */
    record FoundItem(LineKey key, BigDecimal quantity, BigDecimal unitCost, String reasonId) implements Adjustment {
    }

    /** A serial number counted in another location: its item moves there, no quantity changes. */
    record SerialMove(String inventoryItemId, String fromLocationSeqId, String toLocationSeqId) implements Adjustment {
    }
}
