package org.physicalinventory.difference;

import java.math.BigDecimal;
import java.time.Instant;

import org.physicalinventory.count.LineKey;

/**
 * One OFBiz inventory item as the posting sees it now: where it is, what it holds, what it cost.
 *
 * @param received when the item was received; orders items from oldest to newest (FIFO)
 */
public record BookItem(String inventoryItemId, LineKey key, boolean serialized, BigDecimal quantityOnHand,
        BigDecimal availableToPromise, BigDecimal unitCost, Instant received) {

    public BookItem {
        quantityOnHand = quantityOnHand == null ? BigDecimal.ZERO : quantityOnHand;
        availableToPromise = availableToPromise == null ? BigDecimal.ZERO : availableToPromise;
    }
}
