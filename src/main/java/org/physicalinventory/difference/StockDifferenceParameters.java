package org.physicalinventory.difference;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What decides how differences are posted: the variance reasons for surplus and shortage, whether
 * uncounted lines become zero, the tolerances, and how values are rounded (OFBiz's ledger arithmetic).
 */
public record StockDifferenceParameters(String surplusReasonId, String shortageReasonId, boolean zeroUncounted,
        Tolerances tolerances, int valueScale, RoundingMode valueRounding) {

    /** What a quantity at a unit cost is worth, rounded as OFBiz's ledger rounds (arithmetic.properties). */
    public BigDecimal value(BigDecimal quantity, BigDecimal unitCost) {
        return quantity.multiply(unitCost).setScale(valueScale, valueRounding);
    }
}
