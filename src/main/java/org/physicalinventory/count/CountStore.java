package org.physicalinventory.count;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Where the counts of one inventory list are kept. The OFBiz shell implements it on entities, in
 * one transaction per read; the scan key is the scan log's primary key, so a read stored twice fails.
 */
public interface CountStore {

    /** The read already stored under this key, with its line as it is now. */
    Optional<CountOutcome.Recorded> findScan(String scanKey);

    /** The list's line for this key, locked for the rest of the transaction. */
    Optional<CountLine> findLine(LineKey key);

    /** Whether the key's serial number of its product is counted on another line of the inventory. */
    boolean isSerialCountedElsewhere(LineKey key);

    /** Adds a line for an item not on the list, counted with {@code counted}. */
    CountLine addUnlistedLine(LineKey key, BigDecimal counted);

    /**
     * Sets the counted quantity. {@code countStartsOver} for a first count or a Replace: the line's book
     * quantity is then read again, so that the difference is measured against the book at the moment
     * of the count while the warehouse keeps moving; an Add continues the count it adds to.
     */
    CountLine setCounted(CountLine line, BigDecimal counted, boolean countStartsOver);

    /** Writes the read to the scan log under its key. */
    void logScan(Read read, CountLine line, ScanAction action, BigDecimal quantity);
}
