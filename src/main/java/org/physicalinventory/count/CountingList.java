package org.physicalinventory.count;

import org.physicalinventory.inventory.InventoryStatus;
import org.physicalinventory.inventory.ListScope;
import org.physicalinventory.inventory.ListStatus;

/**
 * An inventory list as the counting services see it: where it counts, whether counters may count on it now, and its
 * list type's options. Its checks refuse in the order a counter meets them, with the codes the counting API answers.
 *
 * @param open         whether counters may count on it now (see {@link #isOpen})
 * @param explicitKeys whether it counts explicit products in locations (a cycle count) rather than a location range
 */
public record CountingList(String piListId, String facilityId, boolean open, ListScope scope, boolean explicitKeys, ListOptions options) {

    /** Counters count on a list while both the list and its inventory are counting. */
    public static boolean isOpen(ListStatus list, InventoryStatus inventory) {
        return list == ListStatus.COUNTING && inventory == InventoryStatus.COUNTING;
    }

    /** Refuses a request for a list that is not there. */
    public static void requireFound(Object list, Object piListId) throws CountException {
        if (list == null) {
            throw new CountException("PhysInvErrorListNotFound", piListId);
        }
    }

    /** Refuses a counter the list is not assigned to. */
    public static void requireAssigned(String piListId, boolean assigned) throws CountException {
        if (!assigned) {
            throw new CountException("PhysInvErrorNotYourList", piListId);
        }
    }

    /** Refuses a count on a list that is not open for counting. */
    public void requireOpen() throws CountException {
        if (!open) {
            throw new CountException("PhysInvErrorListNotOpen", piListId);
        }
    }

    /**
     * Refuses a location the list does not count.
     *
     * @param counted whether it is one of the facility's locations that the list counts
     */
    public void requireLocation(String locationSeqId, boolean counted) throws CountException {
        if (!counted) {
            throw new CountException("PhysInvErrorLocationNotInList", locationSeqId, piListId);
        }
    }
}
