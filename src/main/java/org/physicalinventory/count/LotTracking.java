package org.physicalinventory.count;

/** Whether a product is counted by lot, as OFBiz's Product.lotIdFilledIn says: never, where it has one, or always. */
public enum LotTracking {
    NONE,
    ALLOWED,
    MANDATORY;

    /** The tracking of a product's lotIdFilledIn ("Allowed", "Mandatory"; anything else: none). */
    public static LotTracking of(String lotIdFilledIn) {
        if ("Mandatory".equals(lotIdFilledIn)) {
            return MANDATORY;
        }
        return "Allowed".equals(lotIdFilledIn) ? ALLOWED : NONE;
    }

    /** Whether the product's lines and reads carry a lot. */
    public boolean isLotManaged() {
        return this != NONE;
    }

    /** The lot a line key of the product carries: the one given for a lot-managed product, none for another. */
    public String lotOf(String lotId) {
        return isLotManaged() ? lotId : null;
    }
}
