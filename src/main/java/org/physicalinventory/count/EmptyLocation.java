package org.physicalinventory.count;

import java.util.List;
import java.util.Optional;

/**
 * Zero confirmation: a location whose book stock is zero is confirmed empty with one read, which counts
 * zero on each of its lines not counted yet. Refused when the book or a count already made holds stock
 * there: then its items are counted one by one.
 */
public final class EmptyLocation {

    private EmptyLocation() {
    }

    /**
     * The label key of the refusal, if any.
     *
     * @param lines the list's lines in the location, each with its book quantity as of now
     */
    public static Optional<String> refusal(List<CountLine> lines) {
        boolean stock = lines.stream().anyMatch(l -> l.bookQuantity() != null && l.bookQuantity().signum() != 0
                || l.isCounted() && l.countedQuantity().signum() != 0);
        return stock ? Optional.of("PhysInvErrorLocationNotEmpty") : Optional.empty();
    }

    /** The lines the confirmation counts zero: those not counted yet (lines counted zero already stay as they are). */
    public static List<CountLine> toConfirm(List<CountLine> lines) {
        return lines.stream().filter(l -> !l.isCounted()).toList();
    }
}
