package org.physicalinventory.valuation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * An inventory item with its movements: where it is, which lot and serial, and what it costs today
 * (OFBiz's InventoryItem.unitCost, which values it when none of its movements up to a date records a
 * cost). The movements may come in any order.
 */
public record StockItem(String itemId, String productId, String facilityId, String locationSeqId, String lotId,
        BigDecimal currentUnitCost, List<Movement> movements) {

    public StockItem {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(productId, "productId");
        movements = List.copyOf(movements);
    }
}
