package org.physicalinventory.count;

/** What a second read of a counted line does (seed 002: "Add or Replace"). */
public enum ScanAction {
    /** the read's quantity is added to the counted quantity */
    ADD,
    /** the read's quantity becomes the counted quantity */
    REPLACE
}
