package org.physicalinventory.valuation;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.Test;
import org.physicalinventory.valuation.ClosingComparison.Change;
import org.physicalinventory.valuation.ClosingComparison.Comparison;
import org.physicalinventory.valuation.ClosingComparison.Figure;

/** Closing history: two closings compared product by product, and the small chart of a product across closings. */
public class ClosingHistoryTest {

    @Test
    public void aProductInBothClosingsShowsItsChangesAndOneInOnlyOneComparesWithZero() {
        List<Change> changes = ClosingComparison.compare(
                List.of(figure("WH", "A", "10", "50.00"), figure("WH", "B", "4", "8.00"), figure("WH", "C", "1", "1.00")),
                List.of(figure("WH", "A", "7", "42.00"), figure("WH", "C", "1", "1.00"), figure("WH2", "A", "2", "12.00")));
        assertEquals(4, changes.size());
        Change a = changes.get(0);
        assertEquals("A", a.productId());
        assertEquals(new BigDecimal("-3"), a.quantityChange());
        assertEquals(new BigDecimal("-8.00"), a.valueChange());
        Change gone = changes.get(1);
        assertEquals("B", gone.productId());
        assertEquals(new BigDecimal("-4"), gone.quantityChange());
        assertEquals(0, BigDecimal.ZERO.compareTo(gone.valueAfter()));
        assertFalse("unchanged", changes.get(2).changed());
        Change other = changes.get(3);
        assertEquals("WH2", other.facilityId());
        assertEquals(new BigDecimal("12.00"), other.valueChange());
        assertTrue(other.changed());
    }

    @Test
    public void theComparisonTotalsEachClosingsValueAndCountsTheProductsThatChanged() {
        Comparison comparison = ClosingComparison.of(List.of(figure("WH", "A", "10", "50.00"), figure("WH", "B", "4", "8.00")),
                List.of(figure("WH", "A", "10", "50.00"), figure("WH", "C", "2", "3.50")));
        assertEquals(2, comparison.changedCount());
        assertEquals(new BigDecimal("58.00"), comparison.valueBefore());
        assertEquals(new BigDecimal("53.50"), comparison.valueAfter());
        assertEquals(new BigDecimal("-4.50"), comparison.valueChange());
        assertEquals(List.of("B", "C"), comparison.shown(true).stream().map(Change::productId).toList());
        assertEquals(List.of("A", "B", "C"), comparison.shown(false).stream().map(Change::productId).toList());
    }

    @Test
    public void twoEmptyClosingsCompareWithNothingChanged() {
        Comparison comparison = ClosingComparison.of(List.of(), List.of());
        assertEquals(0, comparison.changedCount());
        assertEquals(0, BigDecimal.ZERO.compareTo(comparison.valueChange()));
        assertTrue(comparison.shown(false).isEmpty());
    }

    @Test
    public void theChartPutsTheLargestFigureAtTheTopAndZeroAtTheBottom() {
        assertEquals("10.0,10.0 60.0,35.0 110.0,60.0",
                Sparkline.points(List.of(new BigDecimal("100"), new BigDecimal("50"), BigDecimal.ZERO), 120, 70, 10));
        // one figure sits in the middle, at the top (zero is the bottom); a series that never changes lies halfway up
        assertEquals("60.0,10.0", Sparkline.points(List.of(new BigDecimal("5")), 120, 70, 10));
        assertEquals("10.0,35.0 110.0,35.0", Sparkline.points(List.of(BigDecimal.ZERO, BigDecimal.ZERO), 120, 70, 10));
        // below zero, the lowest figure is the bottom
        assertEquals("10.0,10.0 110.0,60.0", Sparkline.points(List.of(new BigDecimal("10"), new BigDecimal("-10")), 120, 70, 10));
        assertEquals("", Sparkline.points(List.of(), 120, 70, 10));
    }

    static Figure figure(String facility, String product, String quantity, String value) {
        return new Figure(facility, product, new BigDecimal(quantity), new BigDecimal(value));
    }
}
