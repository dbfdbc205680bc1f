package org.physicalinventory.reconciliation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * The movements of one product in one facility that name one document, added up over the period: how many, the quantity, and the
 * value at each item's unit cost (OFBiz's InventoryItem.unitCost; {@link ItemCosts} corrects the items whose cost changed), the
 * first and last date, and one of their items (to link to OFBiz's inventory item details).
 */
public record MovementSum(Document document, String facilityId, String productId, String inventoryItemId, long count, BigDecimal quantity,
        BigDecimal value, Instant firstDate, Instant lastDate) {

    public MovementSum {
        Objects.requireNonNull(document, "document");
        quantity = quantity == null ? BigDecimal.ZERO : quantity;
        value = value == null ? BigDecimal.ZERO : value;
    }
}
