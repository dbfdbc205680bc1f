package org.physicalinventory.count;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Zero confirmation: a location whose book stock is zero (nothing of any product on the book there) is
 * confirmed empty with one read, which counts zero on each of the list's lines in it not counted yet.
 * Refused when the book or a count already made holds stock there: then its items are counted one by one.
 */
public final class EmptyLocation {

    private EmptyLocation() {
    }

    /**
     * The label key of the refusal, if any.
     *
     * @param locationBook the book stock of the whole location, every product
     * @param lines        the list's lines in the location, each with its book quantity as of now
     */
    public static Optional<String> refusal(BigDecimal locationBook, List<CountLine> lines) {
        boolean stock = locationBook.signum() != 0 || lines.stream().anyMatch(l -> l.bookQuantity() != null && l.bookQuantity().signum() != 0
                || l.isCounted() && l.countedQuantity().signum() != 0);
        return stock ? Optional.of("PhysInvErrorLocationNotEmpty") : Optional.empty();
    }

    /** The lines the confirmation counts zero: those not counted yet (lines counted zero already stay as they are). */
    public static List<CountLine> toConfirm(List<CountLine> lines) {
        return lines.stream().filter(l -> !l.isCounted()).toList();
    }
}
