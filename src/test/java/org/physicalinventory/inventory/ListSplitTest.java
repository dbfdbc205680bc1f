package org.physicalinventory.inventory;

import static org.junit.Assert.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.Test;
import org.physicalinventory.inventory.ListSplit.Mode;
import org.physicalinventory.inventory.ListSplit.Place;
import org.physicalinventory.inventory.ListSplit.PlannedList;

public class ListSplitTest {

    /** Aisles A and B of three locations each, then C of two; each location two lines. */
    private static List<Place> warehouse() {
        List<Place> places = new ArrayList<>();
        for (String location : List.of("A01", "A02", "A03", "B01", "B02", "B03", "C01", "C02")) {
            places.add(new Place(location, ListSplit.aisleOf(location, null, null), 2));
        }
        return places;
    }

    @Test
    public void theAisleOfALocationIsOfbizsAreaAndAisleWhenItHasThem() {
        assertEquals("MAIN-A", ListSplit.aisleOf("X-17", "MAIN", "A"));
        assertEquals("07", ListSplit.aisleOf("X-17", null, "07"));
    }

    @Test
    public void withoutAnAisleTheLocationIdSaysIt() {
        assertEquals("R03", ListSplit.aisleOf("R03-12", null, null));
        assertEquals("A", ListSplit.aisleOf("A12", null, ""));
        assertEquals("HALL", ListSplit.aisleOf("HALL.2.4", null, null));
        assertEquals("0042", ListSplit.aisleOf("0042", null, null));
    }

    @Test
    public void splitByAisleMakesOneListPerAisleWithItsRangeAndLines() {
        List<PlannedList> lists = new ListSplit(Mode.AISLE, 0).plan(warehouse());
        assertEquals(List.of(new PlannedList("A01", "A03", "A", 6), new PlannedList("B01", "B03", "B", 6),
                new PlannedList("C01", "C02", "C", 4)), lists);
    }

    @Test
    public void splitEveryNLocationsKeepsTheLastListShort() {
        List<PlannedList> lists = new ListSplit(Mode.EVERY_N, 3).plan(warehouse());
        assertEquals(List.of(new PlannedList("A01", "A03", null, 6), new PlannedList("B01", "B03", null, 6),
                new PlannedList("C01", "C02", null, 4)), lists);
        assertEquals(8, new ListSplit(Mode.EVERY_N, 1).plan(warehouse()).size());
        assertEquals(1, new ListSplit(Mode.EVERY_N, 100).plan(warehouse()).size());
    }

    @Test
    public void anAisleThatComesBackLaterStartsAnotherListSoListsNeverOverlap() {
        List<Place> places = List.of(new Place("01", "A", 1), new Place("02", "B", 1), new Place("03", "A", 1));
        assertEquals(3, new ListSplit(Mode.AISLE, 0).plan(places).size());
    }

    @Test
    public void noLocationsNoLists() {
        assertEquals(List.of(), new ListSplit(Mode.AISLE, 0).plan(List.of()));
    }

    @Test(expected = IllegalArgumentException.class)
    public void everyZeroLocationsIsRefused() {
        new ListSplit(Mode.EVERY_N, 0);
    }

    @Test
    public void moreCountersThanListsJoinTheFirstLists() {
        List<PlannedList> lists = new ListSplit(Mode.AISLE, 0).plan(warehouse());
        assertEquals(List.of(List.of("ann", "dan"), List.of("bob"), List.of("cat")),
                ListSplit.spread(lists, List.of("ann", "bob", "cat", "dan")));
    }

    @Test
    public void fewerCountersTakeTheListsSoTheirLinesStayEven() {
        List<PlannedList> lists = List.of(new PlannedList("A", "A", null, 100), new PlannedList("B", "B", null, 10),
                new PlannedList("C", "C", null, 10), new PlannedList("D", "D", null, 50));
        assertEquals(List.of(List.of("ann"), List.of("bob"), List.of("bob"), List.of("bob")),
                ListSplit.spread(lists, List.of("ann", "bob")));
    }

    @Test
    public void listsWithoutCountersWhenNobodyIsNamed() {
        assertEquals(List.of(List.of(), List.of(), List.of()), ListSplit.spread(new ListSplit(Mode.AISLE, 0).plan(warehouse()), List.of()));
    }
}
