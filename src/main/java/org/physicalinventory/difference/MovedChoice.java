package org.physicalinventory.difference;

/** What posting does with a line whose stock moved between the count and the posting. */
public enum MovedChoice {
    /** the default: counted minus book-at-count is applied to today's stock, so later movements stay */
    KEEP_DIFFERENCE,
    /** today's stock becomes the counted quantity, as if nothing had moved since the count */
    KEEP_COUNT
}
