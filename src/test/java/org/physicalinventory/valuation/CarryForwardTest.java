package org.physicalinventory.valuation;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.physicalinventory.valuation.StockValuerTest.endOf;
import static org.physicalinventory.valuation.StockValuerTest.issue;
import static org.physicalinventory.valuation.StockValuerTest.loaded;
import static org.physicalinventory.valuation.StockValuerTest.receipt;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.Test;
import org.physicalinventory.valuation.CarryForward.CurrentItem;
import org.physicalinventory.valuation.CarryForward.Stock;

/**
 * Which products a closing carries forward from the closing before, and which it replays from their whole history: only a
 * product whose history before the earlier closing's moment is still what that closing read goes on from it.
 */
public class CarryForwardTest {

    private static final Stock A_IN_F1 = new Stock("F1", "A");
    private static final Stock B_IN_F1 = new Stock("F1", "B");
    private static final Stock A_IN_F2 = new Stock("F2", "A");

    /** January's closing: product A in F1 with items A1 (received at 5.00) and A2 (loaded, valued at its cost 2.50); B in F1 with B1. */
    private static CarryForward january() {
        StockValuer valuer = new StockValuer(endOf("2025-01-31"), ValuationMethod.LIFO);
        CarriedStock a = valuer.replay("A", "F1", null, List.of(stockItem("A1", "A", "F1", null, receipt("2025-01-10T09:00:00Z", 10, "5.00")),
                stockItem("A2", "A", "F1", "2.50", loaded("2025-01-11T09:00:00Z", 4))), null).carried();
        CarriedStock b = valuer.replay("B", "F1", null, List.of(stockItem("B1", "B", "F1", null, receipt("2025-01-12T09:00:00Z", 3, "1.00"),
                issue("2025-01-13T09:00:00Z", 1))), null).carried();
        return new CarryForward(List.of(a, b));
    }

    private static List<CurrentItem> asCarried() {
        return List.of(new CurrentItem("A1", "F1", "A", new BigDecimal("5.000000")), new CurrentItem("A2", "F1", "A", new BigDecimal("2.500000")),
                new CurrentItem("B1", "F1", "B", new BigDecimal("1.000000")));
    }

    @Test
    public void productsWhoseHistoryIsAsTheClosingBeforeReadItGoOnFromIt() {
        CarryForward carry = january();
        assertEquals(Set.of(), carry.notCarried(asCarried()));
        assertEquals(Set.of(), carry.wholeHistory(asCarried(), Set.of(), Set.of()));
        assertTrue(carry.carries(A_IN_F1));
        assertFalse(carry.carries(A_IN_F2));
    }

    @Test
    public void aNewItemReceivedAfterTheClosingBeforeGoesOnWithItsProduct() {
        List<CurrentItem> items = List.of(asCarried().get(0), asCarried().get(1), asCarried().get(2), new CurrentItem("A3", "F1", "A", null));
        CarryForward carry = january();
        assertEquals(Set.of("A3"), carry.notCarried(items));
        assertEquals(Set.of(), carry.wholeHistory(items, Set.of(), Set.of()));
    }

    @Test
    public void aMovementBeforeTheClosingsMomentEnteredLaterReplaysItsProductFromTheWholeHistory() {
        assertEquals(Set.of(B_IN_F1), january().wholeHistory(asCarried(), Set.of("B1"), Set.of()));
    }

    @Test
    public void anItemMovedToAnotherFacilityTakesItsHistoryAlongAndBothProductsAreReplayedInFull() {
        List<CurrentItem> items = List.of(new CurrentItem("A1", "F2", "A", new BigDecimal("5")), asCarried().get(1), asCarried().get(2));
        assertEquals(Set.of(A_IN_F1, A_IN_F2), january().wholeHistory(items, Set.of(), Set.of()));
    }

    @Test
    public void anItemMovedInFromElsewhereWithAnOlderHistoryReplaysItsProductInFull() {
        List<CurrentItem> items = List.of(asCarried().get(0), asCarried().get(1), asCarried().get(2), new CurrentItem("X9", "F1", "B", null));
        CarryForward carry = january();
        assertEquals(Set.of("X9"), carry.notCarried(items));
        assertEquals(Set.of(B_IN_F1), carry.wholeHistory(items, Set.of(), Set.of("X9")));
    }

    @Test
    public void anItemGoneFromTheScopeReplaysTheProductItLeftInFull() {
        List<CurrentItem> items = List.of(asCarried().get(0), asCarried().get(2));
        assertEquals(Set.of(A_IN_F1), january().wholeHistory(items, Set.of(), Set.of()));
    }

    @Test
    public void anItemValuedAtItsOwnCostForWantOfAReceiptCostReplaysItsProductInFullWhenThatCostChanged() {
        // A2 came without a cost: January valued it at 2.50; it costs 2.75 now
        List<CurrentItem> items = List.of(asCarried().get(0), new CurrentItem("A2", "F1", "A", new BigDecimal("2.75")), asCarried().get(2));
        assertEquals(Set.of(A_IN_F1), january().wholeHistory(items, Set.of(), Set.of()));
        // an item with a cost of its own does not care what it costs now
        List<CurrentItem> revised = List.of(new CurrentItem("A1", "F1", "A", new BigDecimal("6.10")), asCarried().get(1), asCarried().get(2));
        assertEquals(Set.of(), january().wholeHistory(revised, Set.of(), Set.of()));
    }

    private static StockItem stockItem(String id, String productId, String facilityId, String currentCost, Movement... movements) {
        return new StockItem(id, productId, facilityId, "L1", null, currentCost == null ? null : new BigDecimal(currentCost), List.of(movements));
    }

    @Test
    public void productsNothingHappenedInSinceAreCopiedFromTheClosingBeforeAsTheyAre() {
        CarryForward carry = january();
        assertEquals(Set.of(A_IN_F1, B_IN_F1), carry.unmoved(asCarried(), Set.of(), Set.of(), Set.of()));
        assertEquals(Set.of(A_IN_F1, B_IN_F1), carry.stocks());
    }

    @Test
    public void aProductOneOfWhoseItemsMovedOrChangedSinceIsReplayedRatherThanCopied() {
        CarryForward carry = january();
        assertEquals(Set.of(B_IN_F1), carry.unmoved(asCarried(), Set.of(), Set.of("A2"), Set.of()));
        List<CurrentItem> items = List.of(asCarried().get(0), asCarried().get(1), asCarried().get(2), new CurrentItem("B2", "F1", "B", null));
        assertEquals("a new item of B received since", Set.of(A_IN_F1), carry.unmoved(items, Set.of(), Set.of("B2"), Set.of()));
        assertEquals("nor is a product replayed from its whole history", Set.of(B_IN_F1), carry.unmoved(asCarried(), Set.of(A_IN_F1), Set.of(),
                Set.of()));
    }

    @Test
    public void aProductWhoseStandardCostChangedSinceIsReplayedRatherThanCopied() {
        Set<String> revalued = CarryForward.revalued(Map.of("A", new BigDecimal("2.00"), "B", new BigDecimal("1.00"), "C", new BigDecimal("3")),
                Map.of("A", new BigDecimal("2.0000"), "C", new BigDecimal("3.5"), "D", new BigDecimal("1")));
        assertEquals(Set.of("B", "C", "D"), revalued);
        assertEquals(Set.of(A_IN_F1), january().unmoved(asCarried(), Set.of(), Set.of(), revalued));
    }
}
