package org.physicalinventory.count;

import java.math.BigDecimal;

/** A line of an inventory list: its book quantity and, once counted, its counted quantity. */
public record CountLine(String lineSeqId, LineKey key, BigDecimal bookQuantity, BigDecimal countedQuantity, boolean unlisted) {

    public boolean isCounted() {
        return countedQuantity != null;
    }

    /** The same line with the book quantity read again. */
    public CountLine withBook(BigDecimal book) {
        return new CountLine(lineSeqId, key, book, countedQuantity, unlisted);
    }
}
