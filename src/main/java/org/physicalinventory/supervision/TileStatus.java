package org.physicalinventory.supervision;

/** How far the counting of a location range (an aisle) or a list has gone. */
public enum TileStatus {
    /** No line counted yet. */
    NOT_STARTED,
    /** Some lines counted, not all. */
    PARTLY,
    /** Every line counted. */
    COUNTED
}
