package org.physicalinventory.difference;

import java.math.BigDecimal;
import java.util.List;

import org.physicalinventory.count.LineKey;
import org.physicalinventory.difference.CountedLine.LineRef;

/**
 * The difference of one product + location + lot + serial, as the reviewer sees it and as posting applies it.
 *
 * @param lines           the lines of the key, the one whose count stands first
 * @param book            the book quantity the count is compared with: at the moment of the count, or today when uncounted
 * @param currentBook     the book quantity today
 * @param counted         the count that stands (after recounts and settled conflicts), or null when uncounted
 * @param difference      what posting adds to today's stock (negative: takes)
 * @param movedChoice     for a line whose stock moved since its count, what the posting keeps; null when nothing moved
 * @param conflict        counted on two lists and not settled yet: nothing is posted until the reviewer settles it
 * @param missingCost     stock would be valued without a unit cost: posting is refused
 * @param serialFrom      the location a counted serial number's item comes from, when it moves
 * @param serialTo        the location a serial number book here was counted in, when it moves away
 */
public record Difference(LineKey key, List<LineRef> lines, BigDecimal book, BigDecimal currentBook, BigDecimal counted,
        BigDecimal difference, MovedChoice movedChoice, boolean conflict, boolean overTolerance, boolean missingCost,
        BigDecimal unitCost, BigDecimal value, String reasonId, String serialFrom, String serialTo,
        List<Adjustment> adjustments) {

    /** Stock moved between the count and today. */
    public boolean moved() {
        return movedChoice != null;
    }

    /** Posting changes something for this key. */
    public boolean changesStock() {
        return !adjustments.isEmpty();
    }

    Difference withConflict() {
        return new Difference(key, lines, book, currentBook, null, BigDecimal.ZERO, null, true, false, false, null, BigDecimal.ZERO,
                null, serialFrom, serialTo, List.of());
    }

    Difference with(Adjustment adjustment) {
        return new Difference(key, lines, book, currentBook, counted, difference, movedChoice, conflict, overTolerance, missingCost,
                unitCost, value, reasonId, serialFrom, serialTo, List.of(adjustment));
    }
}
