package org.physicalinventory.difference;

import java.util.Optional;

import org.physicalinventory.inventory.InventoryStatus;

/** When an inventory's differences may be reviewed, changed and posted. */
public final class DifferenceRules {

    private DifferenceRules() {
    }

    /** Settling conflicts, choosing for moved lines, making a recount list: while the inventory is counting or counted. */
    public static Optional<String> refuseReviewChange(InventoryStatus status) {
        switch (status) {
        case COUNTING:
        case COUNTED:
            return Optional.empty();
        case CREATED:
            return Optional.of("PhysInvErrorNotCounted");
        default:
            return Optional.of("PhysInvErrorInventoryIsFinal");
        }
    }

    /** Posting: a counted inventory, once. */
    public static Optional<String> refusePosting(InventoryStatus status) {
        switch (status) {
        case COUNTED:
            return Optional.empty();
        case POSTED:
            return Optional.of("PhysInvErrorAlreadyPosted");
        case CLOSED:
        case CANCELLED:
            return Optional.of("PhysInvErrorInventoryIsFinal");
        default:
            return Optional.of("PhysInvErrorNotCounted");
        }
    }

    /** A recount list sends a counted inventory back to counting; one still counting goes on. */
    public static InventoryStatus afterRecount(InventoryStatus status) {
        return status == InventoryStatus.COUNTED ? InventoryStatus.COUNTING : status;
    }
}
