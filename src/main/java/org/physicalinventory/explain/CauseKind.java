package org.physicalinventory.explain;

/** The likely causes of a difference the rules know, in the order the review sorts them. */
public enum CauseKind {
    /** The same quantity is missing here and found in another location of the inventory: a mislaid pallet, a move to propose. */
    MISLAID,
    /** A receipt of the key booked within the cut-off window around the count: booked before the goods were shelved, or after. */
    CUT_OFF_RECEIPT,
    /** A pick of the key (an issue to a shipment, an order, a production run) booked within the window around the count. */
    CUT_OFF_ISSUE,
    /** A transfer of the key under way at the count whose other side (facility or location) the inventory does not count. */
    TRANSFER_UNCOUNTED,
    /** Counted or book is a unit-of-measure multiple of the other (10×, 12×, the product's pack), or the difference is whole packs. */
    UNIT_MULTIPLE;

    /** The key of the cause's label: PhysInvCause and the cause in camel case (PhysInvCauseCutOffReceipt); its help: that and Help. */
    public String labelKey() {
        return "PhysInv" + "Cause" + MovementKind.camel(name());
    }

    /** The cause a review filter names, or null for none or an unknown name. */
    public static CauseKind of(String name) {
        for (CauseKind kind : values()) {
            if (kind.name().equals(name)) {
                return kind;
            }
        }
        return null;
    }
}
