package org.physicalinventory.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.physicalinventory.report.ValorizedReport.CategoryTotal;

/**
 * The totals of the valorized report as its rows go by: each category's rows, quantity and value (in the order the categories
 * first come), the grand quantity and value. The report's rows' own rounded values are added, so a reader adding the rows
 * finds the same figures; one small entry a category, whatever the number of rows.
 */
public final class ReportTotals {

    private final Map<String, CategoryTotal> categories = new LinkedHashMap<>();
    private BigDecimal quantity = BigDecimal.ZERO;
    private BigDecimal value = BigDecimal.ZERO;
    private long rows;

    public void add(ReportRow row) {
        categories.merge(row.categoryId() == null ? "" : row.categoryId(), new CategoryTotal(row.categoryId(), 1, row.quantity(), row.value()),
                (a, b) -> new CategoryTotal(a.categoryId(), a.rows() + 1, a.quantity().add(b.quantity()), a.value().add(b.value())));
        quantity = quantity.add(row.quantity());
        value = value.add(row.value());
        rows++;
    }

    public List<CategoryTotal> categories() {
        return new ArrayList<>(categories.values());
    }

    public BigDecimal quantity() {
        return quantity;
    }

    public BigDecimal value() {
        return value;
    }

    public long rows() {
        return rows;
    }
}
