package org.physicalinventory.inventory;

/** The locations an inventory list counts: a range, open at either end; no range means the whole facility. */
public record ListScope(String fromLocationSeqId, String thruLocationSeqId) {

    public boolean contains(String locationSeqId) {
        return locationSeqId != null
                && (fromLocationSeqId == null || locationSeqId.compareTo(fromLocationSeqId) >= 0)
                && (thruLocationSeqId == null || locationSeqId.compareTo(thruLocationSeqId) <= 0);
    }

    /** Whether the two ranges have a location in common (an open end reaches everything on its side). */
    public boolean meets(ListScope other) {
        return (fromLocationSeqId == null || other.thruLocationSeqId == null || fromLocationSeqId.compareTo(other.thruLocationSeqId) <= 0)
                && (other.fromLocationSeqId == null || thruLocationSeqId == null || other.fromLocationSeqId.compareTo(thruLocationSeqId) <= 0);
    }
}
