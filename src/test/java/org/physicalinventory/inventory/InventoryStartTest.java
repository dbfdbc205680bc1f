package org.physicalinventory.inventory;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.Arrays;
import java.util.List;

import org.junit.Test;

public class InventoryStartTest {

    private static final StartScope WHOLE = new StartScope(null, null, List.of(), null);

    private static String refusal(ThrowingRunnable start) {
        try {
            start.run();
        } catch (InventoryException e) {
            return e.labelKey();
        }
        fail("expected a refusal");
        return null;
    }

    private interface ThrowingRunnable {
        void run() throws InventoryException;
    }

    @Test
    public void anEmptyInventoryNumberTakesTheNextOfTheSequence() throws InventoryException {
        assertNull(InventoryStart.ownNumber(null));
        assertNull(InventoryStart.ownNumber("  "));
    }

    @Test
    public void anOwnInventoryNumberIsKeptTrimmed() throws InventoryException {
        assertEquals("INV-2026.12", InventoryStart.ownNumber(" INV-2026.12 "));
    }

    @Test
    public void anOwnInventoryNumberWithSpacesOrSlashesOrTooLongIsRefused() {
        for (String bad : List.of("INV 2026", "2026/12", "<b>", "-START", "A23456789012345678901")) {
            assertEquals(bad, "PhysInvErrorInventoryNumberInvalid", refusal(() -> InventoryStart.ownNumber(bad)));
        }
    }

    @Test
    public void anOwnInventoryNumberTakenIsRefusedByItsNumber() {
        assertEquals("PhysInvErrorInventoryNumberTaken", refusal(() -> InventoryStart.requireNumberFree("INV-1", true)));
    }

    @Test
    public void aFreeOwnNumberOrNoneAtAllPasses() throws InventoryException {
        InventoryStart.requireNumberFree("INV-1", false);
        InventoryStart.requireNumberFree(null, true);
    }

    @Test
    public void noSplitChosenIsOneList() throws InventoryException {
        assertEquals(ListSplit.Mode.ONE, InventoryStart.split(null, null).mode());
        assertEquals(ListSplit.Mode.AISLE, InventoryStart.split("AISLE", "abc").mode());
    }

    @Test
    public void everyNLocationsTakesTheNumberTyped() throws InventoryException {
        assertEquals(new ListSplit(ListSplit.Mode.EVERY_N, 40), InventoryStart.split("EVERY_N", " 40 "));
    }

    @Test
    public void everyNLocationsRefusesZeroNothingAndWhatIsNoWholeNumber() {
        for (String bad : Arrays.asList("0", "", null, "2,5", "12abc", "-3")) {
            assertEquals(String.valueOf(bad), "PhysInvErrorLocationsPerList", refusal(() -> InventoryStart.split("EVERY_N", bad)));
        }
    }

    @Test
    public void anUnknownSplitIsRefused() {
        assertEquals("PhysInvErrorUnknownSplit", refusal(() -> InventoryStart.split("PER_SHELF", null)));
    }

    @Test
    public void aReversedLocationRangeIsRefused() {
        StartScope reversed = new StartScope("B01", "A01", List.of(), null);
        assertEquals("PhysInvErrorLocationRangeReversed", refusal(() -> InventoryStart.of(null, reversed, "ONE", null, List.of(), null)));
    }

    @Test
    public void countersChosenTwiceOrBlankAreAssignedOnce() throws InventoryException {
        InventoryStart start = InventoryStart.of("", WHOLE, "ONE", null, Arrays.asList("ann", " bob", "", null, "ann"), "Y");
        assertEquals(List.of("ann", "bob"), start.counters());
        assertEquals(FreezeChoice.YES, start.freeze());
        assertNull(start.ownNumber());
    }

    @Test
    public void blankScopeFieldsAreNoneAndCategoriesNamedTwiceCountOnce() {
        StartScope scope = new StartScope(" ", "B-09 ", Arrays.asList("TOYS", "", null, "FOOD", "TOYS"), "");
        assertEquals(new StartScope(null, "B-09", List.of("TOYS", "FOOD"), null), scope);
    }

    @Test
    public void aScopeOfCategoriesOrASupplierTakesOnlySomeProducts() {
        assertFalse(WHOLE.restrictsProducts());
        assertTrue(new StartScope(null, null, List.of("TOYS"), null).restrictsProducts());
        assertTrue(new StartScope(null, null, List.of(), "ACME").restrictsProducts());
    }
}
