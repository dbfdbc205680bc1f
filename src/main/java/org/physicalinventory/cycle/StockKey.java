package org.physicalinventory.cycle;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * A product in a location of the facility, as the plan sees it: its book quantity, the count lines it
 * would make (one per lot and serial number), when it was last counted in a posted inventory (null:
 * never), and when its stock last moved (needed only when the book is zero).
 */
public record StockKey(String productId, String locationSeqId, BigDecimal bookQuantity, int lines, LocalDateTime lastCounted,
        LocalDateTime lastMoved) {

    public boolean isEmpty() {
        return bookQuantity.signum() == 0;
    }
}
