package org.physicalinventory.difference;

import java.time.Instant;
import java.util.Optional;

/**
 * The date a posting is made at: every stock movement, OFBiz's physical inventory header and the ledger transaction
 * carry it, and the fiscal period is the one that holds it. A year-end count posted in January lands in December.
 */
public final class PostingDate {

    private PostingDate() {
    }

    /** The last confirmed stock closing of the facility: its id and the moment it ends (movements before it are closed). */
    public record Closing(String closingId, Instant thruDate) {
    }

    /** A refusal of a posting date: the label key of its message and the arguments. */
    public record Refusal(String labelKey, Object... arguments) {
    }

    /** The date a posting proposes: the inventory's date when it is past, else now. */
    public static Instant proposed(Instant inventoryDate, Instant now) {
        return inventoryDate != null && inventoryDate.isBefore(now) ? inventoryDate : now;
    }

    /** The date a posting is made at: the one the user chose, else the one proposed. */
    public static Instant chosen(Instant asked, Instant inventoryDate, Instant now) {
        return asked != null ? asked : proposed(inventoryDate, now);
    }

    /**
     * Why a posting may not be made at {@code date}, if it may not: a date to come (stock cannot move in the future), or
     * a date a confirmed stock closing of the facility has closed (it would change a closed period's stock), naming it.
     */
    public static Optional<Refusal> refuse(Instant date, Instant now, Optional<Closing> lastConfirmed) {
        if (date.isAfter(now)) {
            return Optional.of(new Refusal("PhysInvErrorPostingDateFuture"));
        }
        if (lastConfirmed.isPresent() && date.isBefore(lastConfirmed.get().thruDate())) {
            return Optional.of(new Refusal("PhysInvErrorPostingDateClosed", lastConfirmed.get().closingId()));
        }
        return Optional.empty();
    }
}
