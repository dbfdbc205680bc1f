package org.physicalinventory.cycle;

import java.time.LocalDate;

/**
 * A product in a location that is due: its class (null when the product is not classified: counted as
 * C), the days between its counts, the day it is due (null when it was never counted) and when that is.
 */
public record DueItem(StockKey key, AbcClass abcClass, int intervalDays, LocalDate dueDate, Due due) {

    /** A location whose book is zero: it is confirmed empty in one scan. */
    public boolean zeroConfirmation() {
        return key.isEmpty();
    }
}
