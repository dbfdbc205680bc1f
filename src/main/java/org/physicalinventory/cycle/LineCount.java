package org.physicalinventory.cycle;

import java.math.BigDecimal;
import java.time.YearMonth;

import org.physicalinventory.count.LineKey;

/**
 * A counted line of a posted inventory, as accuracy reads it: the month the inventory was posted,
 * the book quantity the line was counted against, the count, the value posted for it (null when
 * nothing was posted), whether it is a recount and how the reviewer settled a key counted twice.
 */
public record LineCount(String piInventoryId, LineKey key, YearMonth month, boolean recount, String resolution, BigDecimal book,
        BigDecimal counted, BigDecimal value) {
}
