package org.physicalinventory.difference;

import java.math.BigDecimal;
import java.time.Instant;

import org.physicalinventory.count.LineKey;

/**
 * A line of one of the inventory's lists, as the review sees it.
 *
 * @param counted       the counted quantity, or null when nobody counted the line
 * @param bookAtCount   the book quantity when the line was counted (or generated, while uncounted)
 * @param recount       the line is on a recount list: once counted, it replaces every other count of its key
 * @param resolution    how the reviewer settled a key counted on two lists, or null
 * @param movedChoice   what the reviewer chose for a key whose stock moved after the count, or null for the default
 */
public record CountedLine(String piListId, String lineSeqId, LineKey key, BigDecimal counted, BigDecimal bookAtCount,
        Instant countedAt, boolean recount, Resolution resolution, MovedChoice movedChoice) {

    public boolean isCounted() {
        return counted != null;
    }

    public LineRef ref() {
        return new LineRef(piListId, lineSeqId);
    }

    /** Which list line this is. */
    public record LineRef(String piListId, String lineSeqId) {

        /** The line as the review screen names it: piListId|lineSeqId. */
        public String text() {
            return piListId + "|" + lineSeqId;
        }

        /** The line the review screen names; a text without the separator names no line. */
        public static LineRef parse(String text) {
            int separator = text.indexOf('|');
            return separator < 0 ? new LineRef(text, null) : new LineRef(text.substring(0, separator), text.substring(separator + 1));
        }
    }
}
