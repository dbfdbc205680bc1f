package org.physicalinventory.difference;

import java.math.BigDecimal;

/**
 * What decides how differences are posted: the variance reasons for surplus and shortage, whether
 * uncounted lines become zero, the tolerances, the cost of found stock, and how values are rounded.
 * What the parameters leave empty takes its default here.
 */
public record StockDifferenceParameters(String surplusReasonId, String shortageReasonId, boolean zeroUncounted,
        Tolerances tolerances, FoundStockCost foundStockCost, LedgerRounding rounding) {

    /** OFBiz's variance reason for stock found. */
    public static final String DEFAULT_SURPLUS_REASON = "VAR_FOUND";
    /** OFBiz's variance reason for stock lost. */
    public static final String DEFAULT_SHORTAGE_REASON = "VAR_LOST";

    public StockDifferenceParameters {
        surplusReasonId = surplusReasonId == null ? DEFAULT_SURPLUS_REASON : surplusReasonId;
        shortageReasonId = shortageReasonId == null ? DEFAULT_SHORTAGE_REASON : shortageReasonId;
        tolerances = tolerances == null ? Tolerances.NONE : tolerances;
        foundStockCost = foundStockCost == null ? FoundStockCost.AVERAGE : foundStockCost;
        rounding = rounding == null ? LedgerRounding.OFBIZ_DEFAULT : rounding;
    }

    /** Where a facility and its organisation have no parameters: the default reasons, uncounted stock kept, no tolerance. */
    public static StockDifferenceParameters defaults(LedgerRounding rounding) {
        return new StockDifferenceParameters(null, null, false, null, null, rounding);
    }

    /** What a quantity at a unit cost is worth, rounded as the ledger rounds. */
    public BigDecimal value(BigDecimal quantity, BigDecimal unitCost) {
        return rounding.round(quantity.multiply(unitCost));
    }
}
