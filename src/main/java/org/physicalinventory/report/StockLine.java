package org.physicalinventory.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.physicalinventory.valuation.ProductValuation.LotQuantity;
import org.physicalinventory.valuation.ValuationMethod;

/**
 * One product in one facility as the valorized inventory report reads it, from a closing's line or from the live stock
 * valued now: its name and category, quantity, value, the value per unit by the method, whether FIFO stood in, and its lots.
 */
public record StockLine(String facilityId, String productId, String productName, String categoryId, BigDecimal quantity, BigDecimal value,
        BigDecimal unitValue, boolean fallback, List<LotQuantity> lots) {

    public StockLine {
        lots = List.copyOf(lots);
    }

    /**
     * The report's rows of this line: none when it holds neither quantity nor value; else its own row or, for a report of one
     * lot, the row of that lot, valued by the method as {@link LotQuantity#value} says (none when the product is not in the lot).
     */
    public List<ReportRow> rows(ValuationMethod method, String lotId) {
        if (quantity.signum() == 0 && value.signum() == 0) {
            return List.of();
        }
        if (lotId == null) {
            return List.of(row(null, quantity, value));
        }
        List<ReportRow> rows = new ArrayList<>();
        for (LotQuantity lot : lots) {
            if (lotId.equals(lot.lotId())) {
                rows.add(row(lotId, lot.quantity(), lot.value(method, unitValue)));
            }
        }
        return rows;
    }

    private ReportRow row(String lotId, BigDecimal rowQuantity, BigDecimal rowValue) {
        return ReportRow.of(facilityId, productId, productName, categoryId, lotId, rowQuantity, rowValue, fallback);
    }
}
