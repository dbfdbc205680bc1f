package org.physicalinventory.inventory;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class ListCoverageTest {

    private static ListCoverage aisle(String from, String thru) {
        return new ListCoverage(new ListScope(from, thru), null, null);
    }

    private static ListCoverage category(String from, String thru, String category) {
        return new ListCoverage(new ListScope(from, thru), category, null);
    }

    @Test
    public void aListInsideAnotherListsRangeOverlapsIt() {
        assertTrue(aisle("A01", "A10").overlaps(aisle("A03", "A05")));
        assertTrue(aisle("A03", "A05").overlaps(aisle("A01", "A10")));
    }

    @Test
    public void rangesSharingOneLocationOverlap() {
        assertTrue(aisle("A01", "A05").overlaps(aisle("A05", "A10")));
    }

    @Test
    public void separateAislesDoNotOverlap() {
        assertFalse(aisle("A01", "A10").overlaps(aisle("B01", "B10")));
        assertFalse(aisle("B01", "B10").overlaps(aisle("A01", "A10")));
    }

    @Test
    public void theWholeFacilityOverlapsEveryList() {
        assertTrue(aisle(null, null).overlaps(aisle("B01", "B10")));
        assertTrue(aisle("A01", null).overlaps(aisle("B01", "B10")));
        assertFalse(aisle(null, "A10").overlaps(aisle("B01", "B10")));
    }

    @Test
    public void differentCategoriesInTheSameAisleMayBothBeCounted() {
        assertFalse(category("A01", "A10", "TOOLS").overlaps(category("A01", "A10", "FOOD")));
    }

    @Test
    public void aListOfEveryProductOverlapsACategoryListInItsRange() {
        assertTrue(aisle("A01", "A10").overlaps(category("A01", "A10", "FOOD")));
        assertTrue(category("A01", "A10", "TOOLS").overlaps(category("A05", "A06", "TOOLS")));
    }
}
