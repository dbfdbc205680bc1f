package org.physicalinventory.cycle;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.Test;
import org.physicalinventory.count.LineKey;
import org.physicalinventory.difference.Tolerances;

public class InventoryAccuracyTest {

    private static final YearMonth OCT = YearMonth.of(2026, 10);
    private static final YearMonth NOV = YearMonth.of(2026, 11);

    private static LineCount line(String inventory, String product, YearMonth month, String book, String counted) {
        return new LineCount(inventory, new LineKey(product, "L1", null, null), month, false, null, new BigDecimal(book),
                counted == null ? null : new BigDecimal(counted), null);
    }

    @Test
    public void withoutToleranceOnlyAnExactCountIsAccurate() {
        assertTrue(InventoryAccuracy.withinTolerance(line("I", "P", NOV, "10", "10"), Tolerances.NONE));
        assertFalse(InventoryAccuracy.withinTolerance(line("I", "P", NOV, "10", "9"), Tolerances.NONE));
    }

    @Test
    public void aDifferenceWithinTheTolerancesIsAccurate() {
        Tolerances tolerances = new Tolerances(new BigDecimal("2"), new BigDecimal("10"), null);
        assertTrue(InventoryAccuracy.withinTolerance(line("I", "P", NOV, "40", "38"), tolerances));
        assertFalse("2 of 10 is 20 percent", InventoryAccuracy.withinTolerance(line("I", "P", NOV, "10", "8"), tolerances));
        assertFalse(InventoryAccuracy.withinTolerance(line("I", "P", NOV, "100", "97"), tolerances));
    }

    @Test
    public void theShareOfAccurateLinesPerMonthAndClass() {
        List<LineCount> lines = List.of(line("I1", "PA", OCT, "10", "10"), line("I1", "PA2", OCT, "10", "7"), line("I1", "PC", OCT, "5", "5"),
                line("I2", "PA", NOV, "10", "10"), line("I2", "UNCLASSIFIED", NOV, "3", "4"));
        List<AccuracyPoint> points = InventoryAccuracy.byMonthAndClass(lines, Map.of("PA", AbcClass.A, "PA2", AbcClass.A, "PC", AbcClass.C),
                Tolerances.NONE, YearMonth.of(2026, 9), NOV);
        assertEquals("a point for all classes and one per class, every month", 12, points.size());
        AccuracyPoint september = points.get(0);
        assertEquals(0, september.lines());
        assertNull(september.percent());
        AccuracyPoint october = points.get(4);
        assertEquals(OCT, october.month());
        assertNull(october.abcClass());
        assertEquals(3, october.lines());
        assertEquals(new BigDecimal("66.7"), october.percent());
        assertEquals(new BigDecimal("50.0"), points.get(5).percent());           // October, A: one of two
        assertEquals(0, points.get(6).lines());                                   // October, B
        assertEquals(new BigDecimal("100.0"), points.get(7).percent());          // October, C
        assertEquals("an unclassified product counts as C", 1, points.get(11).lines());
        assertEquals(new BigDecimal("0.0"), points.get(11).percent());
    }

    @Test
    public void theOverallShareSumsTheMonthsPerClass() {
        List<LineCount> lines = List.of(line("I1", "PA", OCT, "10", "10"), line("I1", "PA2", OCT, "10", "7"), line("I2", "PA", NOV, "10", "10"));
        List<AccuracyPoint> overall = InventoryAccuracy.overall(InventoryAccuracy.byMonthAndClass(lines,
                Map.of("PA", AbcClass.A, "PA2", AbcClass.A), Tolerances.NONE, OCT, NOV));
        assertEquals("all classes, then A, B, C", Arrays.asList(null, AbcClass.A, AbcClass.B, AbcClass.C),
                overall.stream().map(AccuracyPoint::abcClass).toList());
        assertEquals(3, overall.get(0).lines());
        assertEquals(2, overall.get(0).withinTolerance());
        assertEquals(new BigDecimal("66.7"), overall.get(1).percent());
        assertNull("no B counted", overall.get(2).percent());
    }

    @Test
    public void aRecountReplacesTheFirstCountAndAKeyCountedTwiceCountsOnce() {
        LineKey key = new LineKey("P", "L1", null, null);
        LineCount first = new LineCount("I", key, NOV, false, null, BigDecimal.TEN, new BigDecimal("4"), null);
        LineCount recount = new LineCount("I", key, NOV, true, null, BigDecimal.TEN, BigDecimal.TEN, null);
        assertEquals(List.of(recount), InventoryAccuracy.standing(List.of(first, recount)));

        LineCount teamA = new LineCount("J", key, NOV, false, "ADD", BigDecimal.TEN, new BigDecimal("6"), null);
        LineCount teamB = new LineCount("J", key, NOV, false, "ADD", BigDecimal.TEN, new BigDecimal("4"), null);
        List<LineCount> added = InventoryAccuracy.standing(List.of(teamA, teamB));
        assertEquals(1, added.size());
        assertEquals(0, BigDecimal.TEN.compareTo(added.get(0).counted()));

        LineCount kept = new LineCount("K", key, NOV, false, "KEEP", BigDecimal.TEN, new BigDecimal("9"), null);
        LineCount dropped = new LineCount("K", key, NOV, false, "DROP", BigDecimal.TEN, new BigDecimal("1"), null);
        assertEquals(List.of(kept), InventoryAccuracy.standing(List.of(dropped, kept)));
        assertEquals("an uncounted line is no count", List.of(), InventoryAccuracy.standing(List.of(line("U", "P", NOV, "3", null))));
    }
}
