package org.physicalinventory.difference;

/** How the reviewer settled a key counted on two lists (a conflict). */
public enum Resolution {
    /** the counts of all lists are added */
    ADD,
    /** this line's count is the one that stands */
    KEEP,
    /** this line's count is set aside because another line's is kept */
    DROP
}
