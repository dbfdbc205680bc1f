package org.physicalinventory.reconciliation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An inventory item whose unit cost changed in or after the period, with every movement up to the end of the period: the items a
 * sum at the current unit cost would value wrongly, and whose revaluations the reconciliation shows.
 */
public record ItemHistory(String itemId, String productId, String facilityId, BigDecimal currentCost, List<Detail> details) {

    public ItemHistory {
        Objects.requireNonNull(itemId, "itemId");
        details = List.copyOf(details);
    }

    /**
     * One InventoryItemDetail: when, its sequence (the order of details at one moment), the quantity on hand it moved (zero for a
     * revision of the cost alone), the unit cost it records (null: none) and the document it names.
     */
    public record Detail(Instant when, String sequence, BigDecimal quantity, BigDecimal unitCost, Document document) {

        public Detail {
            Objects.requireNonNull(when, "when");
            sequence = sequence == null ? "" : sequence;
            quantity = quantity == null ? BigDecimal.ZERO : quantity;
        }
    }
}
