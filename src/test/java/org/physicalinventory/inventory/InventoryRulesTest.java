package org.physicalinventory.inventory;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.Test;

public class InventoryRulesTest {

    @Test
    public void anInventoryIsCountedThenPostedThenArchived() {
        assertTrue(InventoryStatus.CREATED.canChangeTo(InventoryStatus.COUNTING));
        assertTrue(InventoryStatus.COUNTING.canChangeTo(InventoryStatus.COUNTED));
        assertTrue(InventoryStatus.COUNTED.canChangeTo(InventoryStatus.POSTED));
        assertTrue(InventoryStatus.POSTED.canChangeTo(InventoryStatus.CLOSED));
    }

    @Test
    public void aCountedInventoryCanBeRecounted() {
        assertTrue(InventoryStatus.COUNTED.canChangeTo(InventoryStatus.COUNTING));
    }

    @Test
    public void aPostedInventoryCanNoLongerBeCancelled() {
        assertFalse(InventoryStatus.POSTED.canChangeTo(InventoryStatus.CANCELLED));
    }

    @Test
    public void closedAndCancelledAreFinalAndRefuseEveryChange() {
        for (InventoryStatus end : List.of(InventoryStatus.CLOSED, InventoryStatus.CANCELLED)) {
            assertTrue(end.isFinal());
            for (InventoryStatus to : InventoryStatus.values()) {
                assertEquals(Optional.of("PhysInvErrorInventoryIsFinal"), InventoryRules.refuseInventoryChange(end, to, List.of(), 0));
            }
            assertEquals(Optional.of("PhysInvErrorInventoryIsFinal"), InventoryRules.refuseInventoryEdit(end));
        }
    }

    @Test
    public void onlyCreatedCountingAndCountedAreOpen() {
        for (InventoryStatus status : InventoryStatus.values()) {
            boolean open = status == InventoryStatus.CREATED || status == InventoryStatus.COUNTING || status == InventoryStatus.COUNTED;
            assertEquals(status.name(), open, status.isOpen());
        }
    }

    @Test
    public void skippingAStepIsRefused() {
        assertEquals(Optional.of("PhysInvErrorStatusChangeNotAllowed"),
                InventoryRules.refuseInventoryChange(InventoryStatus.CREATED, InventoryStatus.CLOSED, List.of(), 0));
        assertEquals(Optional.of("PhysInvErrorStatusChangeNotAllowed"),
                InventoryRules.refuseInventoryChange(InventoryStatus.CREATED, InventoryStatus.POSTED, List.of(), 0));
    }

    @Test
    public void anInventoryIsCountedOnlyWhenEveryActiveListIsCounted() {
        assertEquals(Optional.of("PhysInvErrorListsNotCounted"), InventoryRules.refuseInventoryChange(
                InventoryStatus.COUNTING, InventoryStatus.COUNTED, List.of(ListStatus.COUNTED, ListStatus.COUNTING), 0));
        assertEquals(Optional.empty(), InventoryRules.refuseInventoryChange(
                InventoryStatus.COUNTING, InventoryStatus.COUNTED, List.of(ListStatus.COUNTED, ListStatus.CANCELLED), 0));
    }

    @Test
    public void aCountedInventoryWithDifferencesStillToPostCannotBeArchived() {
        assertEquals(Optional.of("PhysInvErrorDifferencesNotPosted"), InventoryRules.refuseInventoryChange(
                InventoryStatus.COUNTED, InventoryStatus.CLOSED, List.of(ListStatus.COUNTED), 3));
    }

    @Test
    public void aCountedInventoryWithNothingToPostCanBeArchived() {
        assertEquals(Optional.empty(), InventoryRules.refuseInventoryChange(
                InventoryStatus.COUNTED, InventoryStatus.CLOSED, List.of(ListStatus.COUNTED), 0));
    }

    @Test
    public void aCountedInventoryWithDifferencesCanBeCancelledOrRecounted() {
        assertEquals(Optional.empty(), InventoryRules.refuseInventoryChange(
                InventoryStatus.COUNTED, InventoryStatus.CANCELLED, List.of(ListStatus.COUNTED), 3));
        assertEquals(Optional.empty(), InventoryRules.refuseInventoryChange(
                InventoryStatus.COUNTED, InventoryStatus.COUNTING, List.of(ListStatus.COUNTED), 3));
    }

    @Test
    public void aPostedInventoryIsArchived() {
        assertEquals(Optional.empty(), InventoryRules.refuseInventoryChange(
                InventoryStatus.POSTED, InventoryStatus.CLOSED, List.of(ListStatus.COUNTED), 0));
    }

    @Test
    public void anInventoryWithoutACountedListCannotBeCounted() {
        assertEquals(Optional.of("PhysInvErrorNothingCounted"), InventoryRules.refuseInventoryChange(
                InventoryStatus.COUNTING, InventoryStatus.COUNTED, List.of(ListStatus.CANCELLED), 0));
        assertEquals(Optional.of("PhysInvErrorNothingCounted"), InventoryRules.refuseInventoryChange(
                InventoryStatus.COUNTING, InventoryStatus.COUNTED, List.of(), 0));
    }

    private static final OpenInventory FULL = new OpenInventory("10010", false);
    private static final OpenInventory CYCLE = new OpenInventory("10020", true);

    /** The refusal of a new inventory beside the open ones: its label key and arguments, or nothing when admitted. */
    private static List<Object> refusal(boolean cycleCount, List<OpenInventory> open, boolean allowConcurrent) {
        try {
            InventoryRules.admitNewInventory("WH", cycleCount, open, allowConcurrent);
            return List.of();
        } catch (InventoryException e) {
            List<Object> refusal = new ArrayList<>(List.of(e.labelKey()));
            refusal.addAll(List.of(e.arguments()));
            return refusal;
        }
    }

    @Test
    public void aSecondOpenInventoryInAFacilityNeedsTheParameters() {
        assertEquals(List.of(), refusal(false, List.of(), false));
        assertEquals(List.of("PhysInvErrorInventoryAlreadyOpen", "WH"), refusal(false, List.of(FULL), false));
        assertEquals(List.of(), refusal(false, List.of(FULL), true));
    }

    @Test
    public void aFullInventoryWaitsForTheOpenCycleInventoriesUnlessTheParametersAllowConcurrentOnes() {
        assertEquals(List.of("PhysInvErrorInventoryAlreadyOpen", "WH"), refusal(false, List.of(CYCLE), false));
        assertEquals(List.of(), refusal(false, List.of(CYCLE), true));
    }

    @Test
    public void cycleInventoriesRunBesideEachOther() {
        assertEquals(List.of(), refusal(true, List.of(), false));
        assertEquals(List.of(), refusal(true, List.of(CYCLE, CYCLE), false));
    }

    @Test
    public void aCycleInventoryNeverRunsBesideAFullOneWhateverTheParameters() {
        for (boolean allowConcurrent : new boolean[] {false, true}) {
            assertEquals(List.of("PhysInvErrorFullInventoryOpen", "10010", "WH"), refusal(true, List.of(CYCLE, FULL), allowConcurrent));
        }
    }

    @Test
    public void theOpenStatusesAreCreatedCountingAndCounted() {
        assertEquals(List.of("PI_INV_CREATED", "PI_INV_COUNTING", "PI_INV_COUNTED"), InventoryStatus.openStatusIds());
    }

    @Test
    public void listsChangeOnlyWhileTheInventoryIsCreatedOrCounting() {
        assertEquals(Optional.empty(), InventoryRules.refuseListEdit(InventoryStatus.CREATED));
        assertEquals(Optional.empty(), InventoryRules.refuseListEdit(InventoryStatus.COUNTING));
        assertEquals(Optional.of("PhysInvErrorInventoryCounted"), InventoryRules.refuseListEdit(InventoryStatus.COUNTED));
        assertEquals(Optional.of("PhysInvErrorInventoryIsFinal"), InventoryRules.refuseListEdit(InventoryStatus.POSTED));
        assertEquals(Optional.of("PhysInvErrorInventoryIsFinal"), InventoryRules.refuseListEdit(InventoryStatus.CLOSED));
    }

    @Test
    public void aCountedListCanBeReopenedForARecountButACancelledOneNever() {
        assertEquals(Optional.empty(), InventoryRules.refuseListChange(InventoryStatus.COUNTING, ListStatus.COUNTED, ListStatus.COUNTING));
        for (ListStatus to : ListStatus.values()) {
            assertEquals(Optional.of("PhysInvErrorStatusChangeNotAllowed"),
                    InventoryRules.refuseListChange(InventoryStatus.COUNTING, ListStatus.CANCELLED, to));
        }
    }

    @Test
    public void openingTheFirstListStartsTheInventorysCount() {
        assertEquals(InventoryStatus.COUNTING, InventoryRules.afterListChange(InventoryStatus.CREATED, ListStatus.COUNTING));
        assertEquals(InventoryStatus.CREATED, InventoryRules.afterListChange(InventoryStatus.CREATED, ListStatus.CANCELLED));
        assertEquals(InventoryStatus.COUNTING, InventoryRules.afterListChange(InventoryStatus.COUNTING, ListStatus.COUNTED));
    }

    @Test
    public void aLocationRangeMustNotBeReversed() {
        assertEquals(Optional.empty(), InventoryRules.refuseLocationRange("A01", "A10"));
        assertEquals(Optional.empty(), InventoryRules.refuseLocationRange("A01", "A01"));
        assertEquals(Optional.empty(), InventoryRules.refuseLocationRange(null, "A10"));
        assertEquals(Optional.of("PhysInvErrorLocationRangeReversed"), InventoryRules.refuseLocationRange("B01", "A10"));
    }

    @Test
    public void statusesAreFoundByTheirOfbizIds() {
        for (InventoryStatus status : InventoryStatus.values()) {
            assertEquals(status, InventoryStatus.of(status.statusId()));
        }
        for (ListStatus status : ListStatus.values()) {
            assertEquals(status, ListStatus.of(status.statusId()));
        }
    }

    @Test(expected = IllegalArgumentException.class)
    public void anUnknownStatusIdIsRejected() {
        InventoryStatus.of("PI_LIST_COUNTED");
    }
}
