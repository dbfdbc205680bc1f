package org.physicalinventory.ofbiz.count;

import org.apache.ofbiz.entity.Delegator;
import org.apache.ofbiz.entity.GenericEntityException;
import org.apache.ofbiz.entity.GenericValue;
import org.apache.ofbiz.entity.util.EntityQuery;
import org.physicalinventory.count.CountException;
import org.physicalinventory.count.CountingList;
import org.physicalinventory.count.ListOptions;
import org.physicalinventory.inventory.InventoryStatus;
import org.physicalinventory.inventory.ListScope;
import org.physicalinventory.inventory.ListStatus;
import org.physicalinventory.lines.LineException;
import org.physicalinventory.lines.LineRegeneration;
import org.physicalinventory.ofbiz.inventory.InventoryRows;

/** Inventory lists read for counting: found, assigned, converted to the core's {@link CountingList}, checked. */
final class CountingLists {

    private CountingLists() {
    }

    /** The list the request names; refused when there is none. */
    static GenericValue found(Delegator delegator, Object piListId) throws GenericEntityException, CountException {
        GenericValue list = InventoryRows.list(delegator, piListId);
        CountingList.requireFound(list, piListId);
        return list;
    }

    /** The list the request names, when it is assigned to the counter; refused otherwise. */
    static GenericValue assigned(Delegator delegator, Object piListId, GenericValue userLogin) throws GenericEntityException, CountException {
        GenericValue list = found(delegator, piListId);
        CountingList.requireAssigned(list.getString("piListId"), InventoryRows.isAssigned(delegator, list, userLogin));
        return list;
    }

    /**
     * A list a counter reads on, as {@link #assigned} and {@link #counting} find it, with its progress counters when it has
     * them (else null): one query where a read is answered, four when it is refused or the list has no counters yet. When
     * found in one query, {@code list} is the row of the view {@code PiListForCounter}: every field of the list, but no relations
     * (hence {@link InventoryRows#listTypeOf} by id).
     */
    record ForRead(GenericValue list, CountingList counting, GenericValue progress) {
    }

    /** The list for a counter's read, refused as {@link #assigned} refuses. */
    static ForRead forRead(Delegator delegator, Object piListId, GenericValue userLogin) throws GenericEntityException, CountException {
        GenericValue row = piListId == null ? null : EntityQuery.use(delegator).from("PiListForCounter")
                .where("piListId", piListId, "partyId", userLogin.getString("partyId")).filterByDate().queryFirst();
        if (row == null) { // not found, not assigned: refused with the reason
            GenericValue list = assigned(delegator, piListId, userLogin);
            return new ForRead(list, counting(list), null);
        }
        return new ForRead(row, counting(row, row.getString("inventoryStatusId"), row.getString("facilityId")),
                row.get("lineCount") == null ? null : row);
    }

    /** The list as the counting rules see it: its inventory read now, its list type's options. */
    static CountingList counting(GenericValue list) throws GenericEntityException {
        GenericValue inventory = InventoryRows.inventoryOf(list);
        return counting(list, inventory.getString("statusId"), inventory.getString("facilityId"));
    }

    private static CountingList counting(GenericValue list, String inventoryStatusId, String facilityId) throws GenericEntityException {
        boolean open = CountingList.isOpen(ListStatus.of(list.getString("statusId")), InventoryStatus.of(inventoryStatusId));
        return new CountingList(list.getString("piListId"), facilityId, open,
                new ListScope(list.getString("fromLocationSeqId"), list.getString("thruLocationSeqId")),
                "Y".equals(list.getString("explicitKeys")), options(InventoryRows.listTypeOf(list)));
    }

    /** The list as the counting rules see it, refused unless it and its inventory are open for counting. */
    static CountingList open(GenericValue list) throws GenericEntityException, CountException {
        CountingList counting = counting(list);
        counting.requireOpen();
        return counting;
    }

    /** The counting options of a list type. */
    private static ListOptions options(GenericValue type) {
        return new ListOptions("Y".equals(type.getString("keepLocation")), "Y".equals(type.getString("blindCount")),
                "Y".equals(type.getString("allowUnlisted")), "Y".equals(type.getString("lotRequired")), type.getBigDecimal("quantityPerScan"));
    }

    /** Whether the list counts the location: a list of explicit keys where it has lines, another in its range. */
    static boolean countsLocation(Delegator delegator, CountingList list, String locationSeqId) throws GenericEntityException {
        return list.explicitKeys() ? CountLineRows.hasLinesAt(delegator, list.piListId(), locationSeqId) : list.scope().contains(locationSeqId);
    }

    /** Refuses a location that is not one of the facility's, or that the list does not count. */
    static void requireLocation(Delegator delegator, CountingList list, String locationSeqId) throws GenericEntityException, CountException {
        list.requireLocation(locationSeqId, ScanResolver.location(delegator, list.facilityId(), locationSeqId) != null
                && countsLocation(delegator, list, locationSeqId));
    }

    /** Refuses new lines on the list (see {@link LineRegeneration#requireOpenForLines}). */
    static void requireOpenForLines(GenericValue list, GenericValue inventory) throws LineException {
        LineRegeneration.requireOpenForLines(inventory.getString("piInventoryId"), InventoryStatus.of(inventory.getString("statusId")),
                list.getString("piListId"), ListStatus.of(list.getString("statusId")));
    }

    /** Refuses lines another list of the inventory counts already, naming it ({@code other}, or null when there is none). */
    static void requireNoOverlap(GenericValue other) throws LineException {
        LineRegeneration.requireNoOverlap(other == null ? null : other.getString("piListId"),
                other == null ? null : other.getString("description"));
    }
}
