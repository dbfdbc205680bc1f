package org.physicalinventory.valuation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * One movement of an inventory item (an OFBiz InventoryItemDetail): when it took effect, the quantity on
 * hand it added or took away (zero when it only records a cost), the item's unit cost from then on when it
 * records one (a receipt, or a revision of the cost), and what made it. {@code sequence} orders movements of
 * one item made at the same moment.
 */
public record Movement(Instant when, String sequence, BigDecimal quantity, BigDecimal unitCost, Source source) {

    /** What made a movement, as far as it matters to a valuation. */
    public enum Source {
        /** A receipt from a supplier (the detail names its ShipmentReceipt). */
        RECEIPT,
        /** A customer return received back into stock (the detail names the return). */
        RETURN,
        /** A physical inventory variance: found or lost stock, never a receipt. */
        VARIANCE,
        /**
         * Anything else: issues, cost revisions, and stock loaded without a receipt (OFBiz's demo data),
         * whose first incoming movement counts as the item's receipt.
         */
        OTHER
    }

    public Movement {
        Objects.requireNonNull(when, "when");
        sequence = sequence == null ? "" : sequence;
        quantity = quantity == null ? BigDecimal.ZERO : quantity;
        source = source == null ? Source.OTHER : source;
    }
}
