package org.physicalinventory.report;

import java.math.BigDecimal;

import org.physicalinventory.valuation.Valuation;

/**
 * One row of the valorized inventory report: a product in a facility (and a lot when the report is by lot),
 * its category, quantity, the unit cost of the method and the value. {@code fallback}: the method had no cost
 * for it and the FIFO value stands in.
 */
public record ReportRow(String facilityId, String productId, String productName, String categoryId, String lotId, BigDecimal quantity,
        BigDecimal unitCost, BigDecimal value, boolean fallback) {

    /** A row whose unit cost is its value per unit (none without quantity). */
    public static ReportRow of(String facilityId, String productId, String productName, String categoryId, String lotId, BigDecimal quantity,
            BigDecimal value, boolean fallback) {
        BigDecimal unitCost = quantity.signum() == 0 ? null : value.divide(quantity, Valuation.COST_SCALE, Valuation.ROUNDING);
        return new ReportRow(facilityId, productId, productName, categoryId, lotId, quantity, unitCost, value, fallback);
    }
}
