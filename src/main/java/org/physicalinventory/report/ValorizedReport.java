package org.physicalinventory.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The valorized inventory report: its rows in the order of category, product, facility and lot, the total
 * of each category (rows without a category last) and the grand total. Totals add the rows' own rounded
 * values, so a reader adding the rows finds the same figures.
 */
public record ValorizedReport(List<ReportRow> rows, List<CategoryTotal> categories, BigDecimal totalQuantity, BigDecimal totalValue) {

    private static final Comparator<String> NULLS_LAST = Comparator.nullsLast(Comparator.naturalOrder());
    private static final Comparator<ReportRow> ORDER = Comparator.comparing(ReportRow::categoryId, NULLS_LAST)
            .thenComparing(ReportRow::productId).thenComparing(ReportRow::facilityId, NULLS_LAST).thenComparing(ReportRow::lotId, NULLS_LAST);

    /** The total of one category: rows, quantity, value. */
    public record CategoryTotal(String categoryId, int rows, BigDecimal quantity, BigDecimal value) {
    }

    public ValorizedReport {
        rows = List.copyOf(rows);
        categories = List.copyOf(categories);
    }

    public static ValorizedReport of(List<ReportRow> rows) {
        List<ReportRow> sorted = new ArrayList<>(rows);
        sorted.sort(ORDER);
        ReportTotals totals = new ReportTotals();
        sorted.forEach(totals::add);
        return new ValorizedReport(sorted, totals.categories(), totals.quantity(), totals.value());
    }
}
