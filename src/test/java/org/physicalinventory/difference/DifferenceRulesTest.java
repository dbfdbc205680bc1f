package org.physicalinventory.difference;

import static org.junit.Assert.assertEquals;

import java.util.Optional;

import org.junit.Test;
import org.physicalinventory.inventory.InventoryStatus;

public class DifferenceRulesTest {

    @Test
    public void theReviewChangesWhileCountingOrCountedAndOnlyACountedInventoryIsPostedOnce() {
        Object[][] cases = {
            // status, refusal of a change to the review, refusal of the posting
            {InventoryStatus.CREATED, "PhysInvErrorNotCounted", "PhysInvErrorNotCounted"},
            {InventoryStatus.COUNTING, null, "PhysInvErrorNotCounted"},
            {InventoryStatus.COUNTED, null, null},
            {InventoryStatus.POSTED, "PhysInvErrorInventoryIsFinal", "PhysInvErrorAlreadyPosted"},
            {InventoryStatus.CLOSED, "PhysInvErrorInventoryIsFinal", "PhysInvErrorInventoryIsFinal"},
            {InventoryStatus.CANCELLED, "PhysInvErrorInventoryIsFinal", "PhysInvErrorInventoryIsFinal"},
        };
        for (Object[] test : cases) {
            InventoryStatus status = (InventoryStatus) test[0];
            assertEquals("review of " + status, Optional.ofNullable(test[1]), DifferenceRules.refuseReviewChange(status));
            assertEquals("posting of " + status, Optional.ofNullable(test[2]), DifferenceRules.refusePosting(status));
        }
    }

    @Test
    public void aRecountSendsACountedInventoryBackToCounting() {
        assertEquals(InventoryStatus.COUNTING, DifferenceRules.afterRecount(InventoryStatus.COUNTED));
        assertEquals(InventoryStatus.COUNTING, DifferenceRules.afterRecount(InventoryStatus.COUNTING));
    }
}
