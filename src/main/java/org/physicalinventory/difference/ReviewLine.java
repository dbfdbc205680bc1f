package org.physicalinventory.difference;

import java.math.BigDecimal;
import java.util.stream.Collectors;

import org.physicalinventory.count.LineKey;
import org.physicalinventory.difference.CountedLine.LineRef;

/**
 * One row of the review as its exports write it: a difference of an inventory not posted yet, or a line of a posted one.
 *
 * @param listIds     the lists of the key, comma-separated, the one whose count stands first
 * @param counted     null when uncounted
 * @param unitCost    null when there is none to show
 * @param reason      the variance reason in words, or null when nothing changes
 * @param movedChoice the reviewer's choice for stock that moved since the count, or null
 * @param causes      the likely causes of the difference in words, or null when none was found
 */
public record ReviewLine(LineKey key, String listIds, BigDecimal book, BigDecimal currentBook, BigDecimal counted, BigDecimal difference,
        BigDecimal unitCost, BigDecimal value, String reason, boolean overTolerance, boolean moved, MovedChoice movedChoice,
        boolean conflict, String causes) {

    /** The row of a difference, its reason in words, without likely causes. */
    public static ReviewLine of(Difference difference, String reason) {
        return of(difference, reason, null);
    }

    /** The row of a difference, its reason and its likely causes in words (null: none). */
    public static ReviewLine of(Difference difference, String reason, String causes) {
        return new ReviewLine(difference.key(), difference.lines().stream().map(LineRef::piListId).distinct().collect(Collectors.joining(", ")),
                difference.book(), difference.currentBook(), difference.counted(), difference.difference(), difference.unitCost(),
                difference.value(), reason, difference.overTolerance(), difference.moved(), difference.movedChoice(), difference.conflict(), causes);
    }

    /** The row of a line of a posted inventory: what was posted for it (nothing: zero), compared with nothing any more. */
    public static ReviewLine posted(LineKey key, String piListId, BigDecimal book, BigDecimal counted, BigDecimal posted, BigDecimal postedValue,
            String reason) {
        return new ReviewLine(key, piListId, book, book, counted, posted == null ? BigDecimal.ZERO : posted, null,
                postedValue == null ? BigDecimal.ZERO : postedValue, reason, false, false, null, false, null);
    }
}
