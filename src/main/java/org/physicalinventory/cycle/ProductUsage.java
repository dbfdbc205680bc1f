package org.physicalinventory.cycle;

import java.math.BigDecimal;

/**
 * What left the warehouse of one product over the period, as OFBiz's stock movements record it:
 * the quantity issued and its value (quantity times the unit cost of the items it left from).
 * A product may come in several parts (items at different costs); the classifier adds them.
 */
public record ProductUsage(String productId, BigDecimal quantity, BigDecimal value) {
}
