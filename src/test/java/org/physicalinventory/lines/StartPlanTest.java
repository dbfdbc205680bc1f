package org.physicalinventory.lines;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.fail;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.Test;
import org.physicalinventory.count.BookStock;
import org.physicalinventory.count.LineKey;
import org.physicalinventory.inventory.InventoryException;
import org.physicalinventory.inventory.ListSplit;
import org.physicalinventory.inventory.StartScope;
import org.physicalinventory.lines.StartPlan.Location;
import org.physicalinventory.lines.StartPlan.StartList;

public class StartPlanTest {

    private static final StartScope WHOLE = new StartScope(null, null, List.of(), null);
    private static final ListSplit ONE = new ListSplit(ListSplit.Mode.ONE, 0);
    private static final ListSplit AISLE = new ListSplit(ListSplit.Mode.AISLE, 0);

    /** Aisles A (A-01..A-03) and B (B-01, B-02); B-02 is empty. */
    private static List<Location> locations() {
        List<Location> locations = new ArrayList<>();
        for (String id : List.of("A-01", "A-02", "A-03", "B-01", "B-02")) {
            locations.add(new Location(id, null, null));
        }
        return locations;
    }

    /** Product P1 in A-01 and B-01, P2 in A-02 (two lots), P3 in A-03. */
    private static BookStock book() {
        BookStock book = new BookStock();
        book.add(new LineKey("P1", "A-01", null, null), BigDecimal.TEN, "I1");
        book.add(new LineKey("P2", "A-02", "L1", null), BigDecimal.ONE, "I2");
        book.add(new LineKey("P2", "A-02", "L2", null), BigDecimal.ONE, "I3");
        book.add(new LineKey("P3", "A-03", null, null), BigDecimal.ONE, "I4");
        book.add(new LineKey("P1", "B-01", null, null), BigDecimal.ONE, "I5");
        return book;
    }

    private static String refusal(StartScope scope, ListSplit split, BookStock book, Map<String, List<String>> categories) {
        try {
            StartPlan.of(scope, split, locations(), book, categories);
        } catch (InventoryException e) {
            return e.labelKey();
        }
        fail("expected a refusal");
        return null;
    }

    /** Every line of the book is on exactly one list. */
    private static void assertDealtOnce(StartPlan plan, BookStock book) {
        Set<LineKey> seen = new HashSet<>();
        for (StartList list : plan.lists()) {
            for (LineKey key : list.book().lines().keySet()) {
                assertEquals("twice: " + key, true, seen.add(key));
            }
        }
        assertEquals(book.lines().keySet(), seen);
    }

    @Test
    public void oneListTakesTheWholeScopeWithEveryLineAndItsBook() throws InventoryException {
        StartPlan plan = StartPlan.of(WHOLE, ONE, locations(), book(), Map.of());
        assertEquals(1, plan.lists().size());
        StartList list = plan.lists().get(0);
        assertNull(list.fromLocationSeqId());
        assertNull(list.thruLocationSeqId());
        assertEquals(5, list.lines());
        assertEquals(new BookStock.Entry(BigDecimal.TEN, "I1"), list.book().lines().get(new LineKey("P1", "A-01", null, null)));
    }

    @Test
    public void oneListOfARangeKeepsTheRange() throws InventoryException {
        StartPlan plan = StartPlan.of(new StartScope("A-02", "A-03", List.of(), null), ONE, locations(), book(), Map.of());
        assertEquals("A-02", plan.lists().get(0).fromLocationSeqId());
        assertEquals("A-03", plan.lists().get(0).thruLocationSeqId());
    }

    @Test
    public void splitByAisleMakesAListPerAisleWithItsLinesAndEmptyLocationsStayCovered() throws InventoryException {
        StartPlan plan = StartPlan.of(WHOLE, AISLE, locations(), book(), Map.of());
        assertEquals(2, plan.lists().size());
        assertEquals(List.of("A-01", "A-03", "A", 4), row(plan.lists().get(0)));
        assertEquals(List.of("B-01", "B-02", "B", 1), row(plan.lists().get(1)));
        assertDealtOnce(plan, book());
    }

    @Test
    public void splitEveryNLocationsCutsRunsOfNWholeLocations() throws InventoryException {
        StartPlan plan = StartPlan.of(WHOLE, new ListSplit(ListSplit.Mode.EVERY_N, 2), locations(), book(), Map.of());
        assertEquals(3, plan.lists().size());
        assertEquals(Arrays.asList("A-01", "A-02", null, 3), row(plan.lists().get(0)));
        assertEquals(Arrays.asList("A-03", "B-01", null, 2), row(plan.lists().get(1)));
        assertEquals(Arrays.asList("B-02", "B-02", null, 0), row(plan.lists().get(2)));
        assertDealtOnce(plan, book());
    }

    @Test
    public void theFirstListStartsAndTheLastEndsWhereTheScopeDoesSoNoLocationIsLeftOut() throws InventoryException {
        List<StartList> lists = StartPlan.of(WHOLE, AISLE, locations(), book(), Map.of()).lists();
        assertEquals(Arrays.asList(null, "A-03"), Arrays.asList(lists.get(0).fromLocationSeqId(), lists.get(0).thruLocationSeqId()));
        assertEquals(Arrays.asList("B-01", null), Arrays.asList(lists.get(1).fromLocationSeqId(), lists.get(1).thruLocationSeqId()));
        lists = StartPlan.of(new StartScope("A-02", "B-01", List.of(), null), AISLE, locations().subList(1, 4), new BookStock(), Map.of()).lists();
        assertEquals(Arrays.asList("A-02", "A-03"), Arrays.asList(lists.get(0).fromLocationSeqId(), lists.get(0).thruLocationSeqId()));
        assertEquals(Arrays.asList("B-01", "B-01"), Arrays.asList(lists.get(1).fromLocationSeqId(), lists.get(1).thruLocationSeqId()));
    }

    @Test
    public void aLocationOfTheBookTheFacilityDoesNotListStillGetsItsList() throws InventoryException {
        BookStock book = book();
        book.add(new LineKey("P9", "A-02X", null, null), BigDecimal.ONE, "I9");
        StartPlan plan = StartPlan.of(WHOLE, new ListSplit(ListSplit.Mode.EVERY_N, 2), locations(), book, Map.of());
        assertDealtOnce(plan, book);
    }

    @Test
    public void withASplitLinesWithoutALocationAreOnNoListAndCounted() throws InventoryException {
        BookStock book = book();
        book.add(new LineKey("P8", null, null, null), BigDecimal.ONE, "I8");
        StartPlan plan = StartPlan.of(WHOLE, AISLE, locations(), book, Map.of());
        assertEquals(1, plan.withoutLocation());
        assertEquals(5, plan.lines());
        assertEquals(0, StartPlan.of(WHOLE, ONE, locations(), book, Map.of()).withoutLocation());
    }

    @Test
    public void severalCategoriesMakeAListPerCategoryPerPartThatHasLines() throws InventoryException {
        StartScope scope = new StartScope(null, null, List.of("TOYS", "FOOD"), null);
        BookStock book = book();
        StartPlan plan = StartPlan.of(scope, AISLE, locations(), book, Map.of("P1", List.of("TOYS"), "P2", List.of("FOOD"), "P3", List.of("TOYS")));
        assertEquals(3, plan.lists().size());
        assertEquals(List.of("A-01", "A-03", "A", 2), row(plan.lists().get(0)));
        assertEquals("TOYS", plan.lists().get(0).productCategoryId());
        assertEquals(List.of("A-01", "A-03", "A", 2), row(plan.lists().get(1)));
        assertEquals("FOOD", plan.lists().get(1).productCategoryId());
        assertEquals("TOYS", plan.lists().get(2).productCategoryId());
        assertEquals(List.of("B-01", "B-02", "B", 1), row(plan.lists().get(2)));
        assertDealtOnce(plan, book);
    }

    @Test
    public void aProductInTwoOfTheCategoriesIsRefusedNamingBoth() {
        StartScope scope = new StartScope(null, null, List.of("TOYS", "FOOD"), null);
        try {
            StartPlan.of(scope, ONE, locations(), book(), Map.of("P1", List.of("TOYS", "FOOD")));
            fail("expected a refusal");
        } catch (InventoryException e) {
            assertEquals("PhysInvErrorProductInTwoCategories", e.labelKey());
            assertEquals(List.of("P1", "TOYS", "FOOD"), List.of(e.arguments()));
        }
    }

    @Test
    public void categoriesWithoutStockInTheScopeAreRefused() {
        assertEquals("PhysInvErrorNothingInScope", refusal(new StartScope(null, null, List.of("TOYS"), null), ONE, new BookStock(), Map.of()));
    }

    @Test
    public void aSplitOfAScopeWithoutLocationsIsRefused() {
        try {
            StartPlan.of(WHOLE, AISLE, List.of(), new BookStock(), Map.of());
            fail("expected a refusal");
        } catch (InventoryException e) {
            assertEquals("PhysInvErrorNoLocationsToSplit", e.labelKey());
        }
    }

    @Test
    public void oneListOfAnEmptyFacilityIsAnEmptyListForFreeCounting() throws InventoryException {
        StartPlan plan = StartPlan.of(WHOLE, ONE, List.of(), new BookStock(), Map.of());
        assertEquals(1, plan.lists().size());
        assertEquals(0, plan.lists().get(0).lines());
    }

    @Test
    public void moreListsThanTheMostAreRefused() {
        List<Location> many = new ArrayList<>();
        for (int i = 0; i <= ListSplit.MOST_LISTS; i++) {
            many.add(new Location(String.format("L%05d", i), null, null));
        }
        try {
            StartPlan.of(WHOLE, new ListSplit(ListSplit.Mode.EVERY_N, 1), many, new BookStock(), Map.of());
            fail("expected a refusal");
        } catch (InventoryException e) {
            assertEquals("PhysInvErrorTooManyLists", e.labelKey());
        }
    }

    @Test
    public void countersAreSpreadOverTheListsByTheirLines() throws InventoryException {
        StartPlan plan = StartPlan.of(WHOLE, AISLE, locations(), book(), Map.of());
        assertEquals(List.of(List.of("ann"), List.of("bob")), plan.counters(List.of("ann", "bob")));
        assertEquals(List.of(List.of("ann"), List.of("ann")), plan.counters(List.of("ann")));
    }

    /** The first and last location of a list, its aisle and lines. */
    private static List<Object> row(StartList list) {
        List<Object> row = new ArrayList<>();
        row.add(list.first());
        row.add(list.last());
        row.add(list.aisle());
        row.add(list.lines());
        return row;
    }
}
