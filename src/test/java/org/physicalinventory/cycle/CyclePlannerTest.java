package org.physicalinventory.cycle;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.Test;

public class CyclePlannerTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Map<String, AbcClass> CLASSES = Map.of("PA", AbcClass.A, "PB", AbcClass.B, "PC", AbcClass.C);

    private static StockKey key(String product, String location, String book, String lastCounted) {
        return new StockKey(product, location, new BigDecimal(book), 1, lastCounted == null ? null : LocalDate.parse(lastCounted).atTime(10, 0), null);
    }

    private static List<DueItem> plan(StockKey... keys) {
        return CyclePlanner.plan(List.of(keys), CLASSES, CountFrequencies.DEFAULT, Map.of(), Set.of(), TODAY);
    }

    @Test
    public void anAProductIsDueThirtyDaysAfterItsLastCount() {
        assertEquals(List.of(), plan(key("PA", "L1", "5", "2026-11-10")));
        DueItem today = plan(key("PA", "L1", "5", "2026-10-24")).get(0);
        assertEquals(Due.TODAY, today.due());
        assertEquals(LocalDate.of(2026, 11, 23), today.dueDate());
        assertEquals(Due.OVERDUE, plan(key("PA", "L1", "5", "2026-10-23")).get(0).due());
        assertEquals(Due.THIS_WEEK, plan(key("PA", "L1", "5", "2026-10-30")).get(0).due());
        assertEquals("a week ends six days after today", List.of(), plan(key("PA", "L1", "5", "2026-10-31")));
    }

    @Test
    public void eachClassHasItsFrequency() {
        assertEquals(Due.TODAY, plan(key("PB", "L1", "5", "2026-08-24")).get(0).due());         // 91 days
        assertEquals(Due.TODAY, plan(key("PC", "L1", "5", "2025-11-23")).get(0).due());         // 365 days
        assertEquals("unclassified: counted as C", List.of(), plan(key("NEW", "L1", "5", "2026-01-02")));
        DueItem never = plan(key("NEW", "L1", "5", null)).get(0);
        assertEquals("never counted: overdue", Due.OVERDUE, never.due());
        assertNull(never.dueDate());
        assertNull(never.abcClass());
    }

    @Test
    public void aLocationWithItsOwnShorterFrequencyIsCountedMoreOften() {
        List<DueItem> due = CyclePlanner.plan(List.of(key("PC", "CAGE", "5", "2026-11-16"), key("PA", "CAGE", "5", "2026-11-20")), CLASSES,
                CountFrequencies.DEFAULT, Map.of("CAGE", 7), Set.of(), TODAY);
        assertEquals(2, due.size());
        assertEquals("counted every 7 days there, not every 365", Due.TODAY, due.get(0).due());
        assertEquals(7, due.get(0).intervalDays());
        assertEquals(Due.THIS_WEEK, due.get(1).due());
        // a location frequency longer than the class's changes nothing
        assertEquals(30, CyclePlanner.plan(List.of(key("PA", "SLOW", "5", "2026-10-24")), CLASSES, CountFrequencies.DEFAULT,
                Map.of("SLOW", 200), Set.of(), TODAY).get(0).intervalDays());
    }

    @Test
    public void theMostUrgentComeFirst() {
        List<DueItem> due = plan(key("PA", "L3", "5", "2026-10-30"), key("PC", "L2", "5", "2025-01-01"), key("PB", "L1", "5", "2026-08-24"),
                key("PA", "L4", "5", null), key("PA", "L0", "5", "2026-09-01"));
        assertEquals(List.of("L4", "L2", "L0", "L1", "L3"), due.stream().map(d -> d.key().locationSeqId()).toList());
    }

    @Test
    public void anItemAlreadyOnAnOpenInventoryIsNotPlannedAgain() {
        assertEquals(List.of(), CyclePlanner.plan(List.of(key("PA", "L1", "5", null)), CLASSES, CountFrequencies.DEFAULT, Map.of(),
                Set.of(CyclePlanner.reference("PA", "L1")), TODAY));
    }

    @Test
    public void anEmptyLocationIsPlannedOnlyWhenItsStockMovedSinceItsLastCount() {
        LocalDateTime counted = LocalDateTime.of(2026, 9, 1, 10, 0);
        StockKey emptiedSince = new StockKey("PA", "L1", BigDecimal.ZERO, 1, counted, counted.plusDays(5));
        StockKey emptyBefore = new StockKey("PA", "L2", BigDecimal.ZERO, 1, counted, counted.minusDays(5));
        StockKey neverCounted = new StockKey("PA", "L3", BigDecimal.ZERO, 1, null, counted);
        List<DueItem> due = plan(emptiedSince, emptyBefore, neverCounted);
        assertEquals(List.of("L3", "L1"), due.stream().map(d -> d.key().locationSeqId()).toList());
        assertTrue(due.get(0).zeroConfirmation());
    }

    @Test
    public void theDueItemsAreSplitIntoRunsOfWholeLocationsOfAboutTheSameSize() {
        List<DueItem> due = plan(key("PA", "L1", "5", null), key("PB", "L1", "5", null), key("PA", "L2", "5", null),
                key("PA", "L3", "5", null), key("PC", "L4", "5", null), key("PB", "L4", "5", null));
        List<List<DueItem>> lists = CyclePlanner.split(due, 2);
        assertEquals(2, lists.size());
        assertEquals(List.of("L1", "L1", "L2"), lists.get(0).stream().map(d -> d.key().locationSeqId()).toList());
        assertEquals(List.of("L3", "L4", "L4"), lists.get(1).stream().map(d -> d.key().locationSeqId()).toList());
        List<DueItem> oneLocation = due.stream().filter(d -> d.key().locationSeqId().equals("L1")).toList();
        assertEquals("one location is never split", 1, CyclePlanner.split(oneLocation, 3).size());
        assertEquals("each employee a location of their own", 3, CyclePlanner.split(due.subList(0, 4), 3).size());
        assertEquals(1, CyclePlanner.split(due, 1).size());
    }

    @Test
    public void aHorizonTakesWhatIsDueUpToIt() {
        assertTrue(Due.OVERDUE.within(Due.TODAY));
        assertTrue(Due.TODAY.within(Due.TODAY));
        assertTrue(!Due.THIS_WEEK.within(Due.TODAY));
        assertTrue(Due.THIS_WEEK.within(Due.THIS_WEEK));
    }
}
