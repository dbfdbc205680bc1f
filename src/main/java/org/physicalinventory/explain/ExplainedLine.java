package org.physicalinventory.explain;

import java.math.BigDecimal;
import java.time.Instant;

import org.physicalinventory.count.LineKey;

/**
 * A difference as the rules see it: its key, the book it was compared with (at the moment of the count), the count that stands
 * and when it was counted.
 *
 * @param counted   null when nobody counted the key
 * @param countedAt null when nobody counted the key, or the time is not known
 */
public record ExplainedLine(LineKey key, BigDecimal book, BigDecimal counted, Instant countedAt) {

    /** Counted less book: what the count found more (negative: less) than the book. */
    public BigDecimal difference() {
        return counted == null ? BigDecimal.ZERO.subtract(book == null ? BigDecimal.ZERO : book)
                : counted.subtract(book == null ? BigDecimal.ZERO : book);
    }

    public boolean isCounted() {
        return counted != null;
    }
}
