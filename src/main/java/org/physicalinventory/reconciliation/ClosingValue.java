package org.physicalinventory.reconciliation;

import java.math.BigDecimal;

/**
 * One product in one facility at a closing: its quantity, its value by the closing's method, and its items at their own unit costs
 * (the FIFO value), which is how OFBiz's postings value stock.
 */
public record ClosingValue(String facilityId, String productId, BigDecimal quantity, BigDecimal value, BigDecimal itemCostValue) {

    public ClosingValue {
        quantity = quantity == null ? BigDecimal.ZERO : quantity;
        value = value == null ? BigDecimal.ZERO : value;
        itemCostValue = itemCostValue == null ? value : itemCostValue;
    }
}
