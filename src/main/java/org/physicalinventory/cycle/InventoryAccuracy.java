package org.physicalinventory.cycle;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.time.YearMonth;

import org.physicalinventory.count.LineKey;
import org.physicalinventory.difference.Tolerances;

/**
 * Inventory record accuracy: the share of counted lines whose count matched the book within the
 * stock-difference tolerances, per month of posting and per ABC class. With no tolerance set, a line
 * is accurate only when count and book are equal.
 *
 * <p>One product + location + lot + serial counts once per inventory, with the count that stood at
 * posting: its recount when it was recounted; for a key counted on two lists, the list the reviewer
 * kept, or the counts added.
 */
public final class InventoryAccuracy {

    private InventoryAccuracy() {
    }

    /** The counts that stood, one per inventory and key. */
    public static List<LineCount> standing(Collection<LineCount> lines) {
        Map<String, List<LineCount>> byKey = new LinkedHashMap<>();
        for (LineCount line : lines) {
            if (line.counted() != null && !"DROP".equals(line.resolution())) {
                LineKey key = line.key();
                byKey.computeIfAbsent(line.piInventoryId() + "\u0000" + key, k -> new ArrayList<>()).add(line);
            }
        }
        List<LineCount> standing = new ArrayList<>();
        for (List<LineCount> counts : byKey.values()) {
            List<LineCount> recounts = counts.stream().filter(LineCount::recount).toList();
            List<LineCount> candidates = recounts.isEmpty() ? counts : recounts;
            LineCount kept = candidates.stream().filter(c -> "KEEP".equals(c.resolution())).findFirst().orElse(null);
            if (kept != null || candidates.size() == 1) {
                standing.add(kept != null ? kept : candidates.get(0));
                continue;
            }
            LineCount first = candidates.get(0);
            BigDecimal counted = BigDecimal.ZERO;
            BigDecimal value = null;
            for (LineCount c : candidates) {
                counted = counted.add(c.counted());
                value = c.value() == null ? value : value == null ? c.value() : value.add(c.value());
            }
            standing.add(new LineCount(first.piInventoryId(), first.key(), first.month(), first.recount(), "ADD", first.book(), counted, value));
        }
        return standing;
    }

    /** Whether the count matched the book within the tolerances (exactly, when none is set). */
    public static boolean withinTolerance(LineCount line, Tolerances tolerances) {
        BigDecimal book = line.book() == null ? BigDecimal.ZERO : line.book();
        BigDecimal difference = line.counted().subtract(book);
        if (tolerances.quantity() == null && tolerances.percent() == null && tolerances.value() == null) {
            return difference.signum() == 0;
        }
        return !tolerances.exceededBy(difference, book, line.value());
    }

    /**
     * Accuracy of every month from {@code from} to {@code thru}: per month a point for all classes
     * (abcClass null) then one per class; a month without counts has points of zero lines.
     *
     * @param classes the products' classes; a product without one counts as C
     */
    public static List<AccuracyPoint> byMonthAndClass(Collection<LineCount> standing, Map<String, AbcClass> classes, Tolerances tolerances,
            YearMonth from, YearMonth thru) {
        Map<YearMonth, int[][]> tally = new LinkedHashMap<>();
        for (YearMonth month = from; !month.isAfter(thru); month = month.plusMonths(1)) {
            tally.put(month, new int[AbcClass.values().length + 1][2]);
        }
        for (LineCount line : standing) {
            int[][] month = tally.get(line.month());
            if (month == null) {
                continue;
            }
            AbcClass abcClass = classes.getOrDefault(line.key().productId(), AbcClass.C);
            int within = withinTolerance(line, tolerances) ? 1 : 0;
            for (int row : new int[] {0, abcClass.ordinal() + 1}) {
                month[row][0]++;
                month[row][1] += within;
            }
        }
        List<AccuracyPoint> points = new ArrayList<>();
        tally.forEach((month, rows) -> {
            points.add(new AccuracyPoint(month, null, rows[0][0], rows[0][1]));
            for (AbcClass abcClass : AbcClass.values()) {
                int[] row = rows[abcClass.ordinal() + 1];
                points.add(new AccuracyPoint(month, abcClass, row[0], row[1]));
            }
        });
        return points;
    }

    /** The same points summed over their months: one per class (null: all classes), in the order they come; month null. */
    public static List<AccuracyPoint> overall(Collection<AccuracyPoint> points) {
        Map<Optional<AbcClass>, int[]> totals = new LinkedHashMap<>();
        for (AccuracyPoint point : points) {
            int[] total = totals.computeIfAbsent(Optional.ofNullable(point.abcClass()), k -> new int[2]);
            total[0] += point.lines();
            total[1] += point.withinTolerance();
        }
        List<AccuracyPoint> overall = new ArrayList<>();
        totals.forEach((abcClass, total) -> overall.add(new AccuracyPoint(null, abcClass.orElse(null), total[0], total[1])));
        return overall;
    }
}
