package org.physicalinventory.cycle;

/** When a product in a location is due to be counted; the order is the plan's. */
public enum Due {
    /** Its last count plus its frequency has passed, or it was never counted. */
    OVERDUE,
    /** Due today. */
    TODAY,
    /** Due within the next six days. */
    THIS_WEEK;

    /** Whether an item due {@code this} is taken when counting what is due up to {@code horizon}. */
    public boolean within(Due horizon) {
        return compareTo(horizon) <= 0;
    }
}
