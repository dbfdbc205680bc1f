package org.physicalinventory.supervision;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A counted line as supervision reads it: its key, the book quantity read when the line was made (empty: none), the count,
 * the item's unit cost (empty: unknown), whether its list counts blind, who counted it and when.
 */
public record WatchedLine(String piListId, String lineSeqId, String productId, String locationSeqId, String lotId, String serialNumber,
        BigDecimal book, BigDecimal counted, BigDecimal unitCost, boolean blind, String countedBy, Instant countedDate) {
}
