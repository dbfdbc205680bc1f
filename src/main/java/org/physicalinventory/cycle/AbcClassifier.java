package org.physicalinventory.cycle;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Ranks a facility's products by the value that left it over a period and cuts the ranking into
 * classes by cumulative share (80/15/5 by default, {@link AbcShares}).
 *
 * <p>A product is in the class where its value starts: A while the products before it make less
 * than the A share, B while they make less than A + B, C after. So the product that crosses a
 * boundary keeps the class it started in, and the first product is always A, even when it alone is
 * most of the value. Products of equal value are one tie: they all take the class where the tie
 * starts, whatever order they come in. Products with nothing issued (stock that did not move) are C.
 * Shares are computed to 4 decimals, half up.
 */
public final class AbcClassifier {

    private static final int SCALE = 4;

    private AbcClassifier() {
    }

    /**
     * @param usage    what left the facility per product (several parts per product are added; a net return counts as nothing)
     * @param stocked  products the facility holds, classified C when nothing of them left
     * @throws CycleException when nothing of any value left the facility over the period
     */
    public static List<ProductClass> classify(Collection<ProductUsage> usage, Collection<String> stocked, AbcShares shares)
            throws CycleException {
        Map<String, BigDecimal[]> byProduct = new TreeMap<>();
        for (ProductUsage part : usage) {
            BigDecimal[] sums = byProduct.computeIfAbsent(part.productId(), k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            sums[0] = sums[0].add(part.quantity() == null ? BigDecimal.ZERO : part.quantity());
            sums[1] = sums[1].add(part.value() == null ? BigDecimal.ZERO : part.value());
        }
        BigDecimal total = BigDecimal.ZERO;
        for (BigDecimal[] sums : byProduct.values()) {
            sums[0] = sums[0].max(BigDecimal.ZERO);
            sums[1] = sums[1].max(BigDecimal.ZERO);
            total = total.add(sums[1]);
        }
        if (total.signum() == 0) {
            throw new CycleException("PhysInvErrorNoMovementsInPeriod");
        }
        List<Map.Entry<String, BigDecimal[]>> ranked = new ArrayList<>(byProduct.entrySet());
        ranked.sort(Comparator.comparing((Map.Entry<String, BigDecimal[]> e) -> e.getValue()[1]).reversed()
                .thenComparing(Map.Entry::getKey));
        List<ProductClass> classes = new ArrayList<>();
        BigDecimal cumulative = BigDecimal.ZERO;
        BigDecimal tieValue = null;
        AbcClass tieClass = null;
        for (Map.Entry<String, BigDecimal[]> entry : ranked) {
            BigDecimal value = entry.getValue()[1];
            if (tieValue == null || value.compareTo(tieValue) != 0) {
                tieValue = value;
                tieClass = value.signum() == 0 ? AbcClass.C : shares.classStartingAt(percent(cumulative, total));
            }
            cumulative = cumulative.add(value);
            classes.add(new ProductClass(entry.getKey(), tieClass, classes.size() + 1, entry.getValue()[0], value,
                    percent(value, total), percent(cumulative, total)));
        }
        BigDecimal all = percent(total, total);
        for (String productId : new TreeSet<>(stocked)) {
            if (!byProduct.containsKey(productId)) {
                classes.add(new ProductClass(productId, AbcClass.C, classes.size() + 1, BigDecimal.ZERO, BigDecimal.ZERO,
                        BigDecimal.ZERO.setScale(SCALE), all));
            }
        }
        return classes;
    }

    private static BigDecimal percent(BigDecimal part, BigDecimal total) {
        return part.multiply(AbcShares.HUNDRED).divide(total, SCALE, RoundingMode.HALF_UP);
    }
}
