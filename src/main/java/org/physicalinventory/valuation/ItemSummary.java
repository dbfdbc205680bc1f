package org.physicalinventory.valuation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * What one inventory item brings to a valuation at a moment, its movements before it summed up: the quantity
 * left, the item's unit cost then, its latest purchase (receipt, or first arrival of stock that came by no
 * receipt; never a return or a variance) and its last movement. Everything but the average cost and LIFO
 * depends on one item's own history, so a product can be valued from these alone.
 */
public record ItemSummary(String itemId, String lotId, BigDecimal quantity, BigDecimal unitCost, Purchase lastPurchase, Instant lastMovement) {

    public ItemSummary {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(unitCost, "unitCost");
        Objects.requireNonNull(lastMovement, "lastMovement");
    }

    /** A purchase: when it took effect and what the item cost then. */
    public record Purchase(Instant when, BigDecimal unitCost) {
    }
}
