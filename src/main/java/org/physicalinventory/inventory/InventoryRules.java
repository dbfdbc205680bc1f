package org.physicalinventory.inventory;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * What may happen to an inventory and its lists. Each method answers the label key of the refusal, or nothing when the
 * change is allowed (a new inventory's refusal, which names the inventory in the way, is an exception); the shell
 * translates the key.
 */
public final class InventoryRules {

    private InventoryRules() {
    }

    /**
     * Admits a new inventory of a facility beside its open ones: a cycle inventory runs beside other cycle inventories
     * but never beside a full one; a full inventory runs beside no other open inventory, cycle ones included, unless the
     * stock-difference parameters allow concurrent inventories.
     *
     * @param open  the facility's open inventories, in the order a refusal names the first in the way
     * @throws InventoryException PhysInvErrorFullInventoryOpen (the full inventory, the facility) for a cycle inventory,
     *         PhysInvErrorInventoryAlreadyOpen (the facility) for a full one
     */
    public static void admitNewInventory(String facilityId, boolean cycleCount, List<OpenInventory> open, boolean allowConcurrent)
            throws InventoryException {
        if (cycleCount) {
            for (OpenInventory other : open) {
                if (!other.cycleCount()) {
                    throw new InventoryException("PhysInvErrorFullInventoryOpen", other.piInventoryId(), facilityId);
                }
            }
        } else if (!open.isEmpty() && !allowConcurrent) {
            throw new InventoryException("PhysInvErrorInventoryAlreadyOpen", facilityId);
        }
    }

    /** Editing the header (date, description, notes). */
    public static Optional<String> refuseInventoryEdit(InventoryStatus status) {
        return status.isFinal() ? Optional.of("PhysInvErrorInventoryIsFinal") : Optional.empty();
    }

    /**
     * Changing the inventory's status, given the statuses of its lists and, for a counted inventory, how many of its stock
     * differences are still to post (posting changes or conflicts to settle): archiving it then would lose its counts, so it
     * is posted or cancelled instead.
     */
    public static Optional<String> refuseInventoryChange(InventoryStatus from, InventoryStatus to,
            Collection<ListStatus> lists, int differencesToPost) {
        if (from.isFinal()) {
            return Optional.of("PhysInvErrorInventoryIsFinal");
        }
        if (!from.canChangeTo(to)) {
            return Optional.of("PhysInvErrorStatusChangeNotAllowed");
        }
        if (from == InventoryStatus.COUNTED && to == InventoryStatus.CLOSED && differencesToPost > 0) {
            return Optional.of("PhysInvErrorDifferencesNotPosted");
        }
        if (to == InventoryStatus.COUNTED) {
            if (lists.stream().anyMatch(l -> l == ListStatus.CREATED || l == ListStatus.COUNTING)) {
                return Optional.of("PhysInvErrorListsNotCounted");
            }
            if (lists.stream().noneMatch(l -> l == ListStatus.COUNTED)) {
                return Optional.of("PhysInvErrorNothingCounted");
            }
        }
        return Optional.empty();
    }

    /** Adding a list to the inventory, or changing a list's type or scope. */
    public static Optional<String> refuseListEdit(InventoryStatus inventory) {
        if (inventory.isFinal() || inventory == InventoryStatus.POSTED) {
            return Optional.of("PhysInvErrorInventoryIsFinal");
        }
        if (inventory == InventoryStatus.COUNTED) {
            return Optional.of("PhysInvErrorInventoryCounted");
        }
        return Optional.empty();
    }

    /** Changing a list's status inside its inventory. */
    public static Optional<String> refuseListChange(InventoryStatus inventory, ListStatus from, ListStatus to) {
        Optional<String> inventoryRefusal = refuseListEdit(inventory);
        if (inventoryRefusal.isPresent()) {
            return inventoryRefusal;
        }
        return from.canChangeTo(to) ? Optional.empty() : Optional.of("PhysInvErrorStatusChangeNotAllowed");
    }

    /** Opening the first list for counting starts the count of the whole inventory. */
    public static InventoryStatus afterListChange(InventoryStatus inventory, ListStatus listTo) {
        return inventory == InventoryStatus.CREATED && listTo == ListStatus.COUNTING ? InventoryStatus.COUNTING : inventory;
    }

    /** A list's scope: a location range, where the first must not come after the last. */
    public static Optional<String> refuseLocationRange(String fromLocationSeqId, String thruLocationSeqId) {
        if (fromLocationSeqId != null && thruLocationSeqId != null && fromLocationSeqId.compareTo(thruLocationSeqId) > 0) {
            return Optional.of("PhysInvErrorLocationRangeReversed");
        }
        return Optional.empty();
    }
}
