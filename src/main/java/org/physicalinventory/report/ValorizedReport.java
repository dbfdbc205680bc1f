package org.physicalinventory.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
        Map<String, CategoryTotal> totals = new LinkedHashMap<>();
        BigDecimal quantity = BigDecimal.ZERO;
        BigDecimal value = BigDecimal.ZERO;
        for (ReportRow row : sorted) {
            totals.merge(row.categoryId() == null ? "" : row.categoryId(), new CategoryTotal(row.categoryId(), 1, row.quantity(), row.value()),
                    (a, b) -> new CategoryTotal(a.categoryId(), a.rows() + 1, a.quantity().add(b.quantity()), a.value().add(b.value())));
            quantity = quantity.add(row.quantity());
            value = value.add(row.value());
        }
        return new ValorizedReport(sorted, new ArrayList<>(totals.values()), quantity, value);
    }
}
