package org.physicalinventory.valuation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Two closings side by side: per product and facility, the quantity and value in each and how they changed. */
public final class ClosingComparison {

    private ClosingComparison() {
    }

    /** A product and facility's figures in one closing. */
    public record Figure(String facilityId, String productId, BigDecimal quantity, BigDecimal value) {
    }

    /** A product and facility in both closings (zero where a closing does not hold it). */
    public record Change(String facilityId, String productId, BigDecimal quantityBefore, BigDecimal quantityAfter, BigDecimal valueBefore,
            BigDecimal valueAfter) {

        public BigDecimal quantityChange() {
            return quantityAfter.subtract(quantityBefore);
        }

        public BigDecimal valueChange() {
            return valueAfter.subtract(valueBefore);
        }

        public boolean changed() {
            return quantityChange().signum() != 0 || valueChange().signum() != 0;
        }
    }

    /** Two closings compared: every product's change, how many changed, and the value of each closing. */
    public record Comparison(List<Change> changes, int changedCount, BigDecimal valueBefore, BigDecimal valueAfter) {

        public Comparison {
            changes = List.copyOf(changes);
        }

        public BigDecimal valueChange() {
            return valueAfter.subtract(valueBefore);
        }

        /** The changes to show: only the products that changed, or every one. */
        public List<Change> shown(boolean changedOnly) {
            return changedOnly ? changes.stream().filter(Change::changed).toList() : changes;
        }
    }

    /** The comparison of two closings, the earlier one first: its changes (see {@link #compare}) and their totals. */
    public static Comparison of(List<Figure> before, List<Figure> after) {
        List<Change> changes = compare(before, after);
        BigDecimal valueBefore = BigDecimal.ZERO;
        BigDecimal valueAfter = BigDecimal.ZERO;
        int changed = 0;
        for (Change change : changes) {
            valueBefore = valueBefore.add(change.valueBefore());
            valueAfter = valueAfter.add(change.valueAfter());
            changed += change.changed() ? 1 : 0;
        }
        return new Comparison(changes, changed, valueBefore, valueAfter);
    }

    /** Every product of either closing, by facility then product; the earlier closing first. */
    public static List<Change> compare(List<Figure> before, List<Figure> after) {
        Map<String, BigDecimal[]> rows = new TreeMap<>();
        Map<String, String[]> keys = new TreeMap<>();
        for (Figure figure : before) {
            row(rows, keys, figure)[0] = figure.quantity();
            row(rows, keys, figure)[2] = figure.value();
        }
        for (Figure figure : after) {
            row(rows, keys, figure)[1] = figure.quantity();
            row(rows, keys, figure)[3] = figure.value();
        }
        List<Change> changes = new ArrayList<>();
        rows.forEach((key, r) -> changes.add(new Change(keys.get(key)[0], keys.get(key)[1], r[0], r[1], r[2], r[3])));
        return changes;
    }

    private static BigDecimal[] row(Map<String, BigDecimal[]> rows, Map<String, String[]> keys, Figure figure) {
        String key = figure.facilityId() + "\u0000" + figure.productId();
        keys.putIfAbsent(key, new String[] {figure.facilityId(), figure.productId()});
        return rows.computeIfAbsent(key, k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
    }
}
