package org.physicalinventory.ofbiz.inventory;

import java.sql.Timestamp;
import java.util.List;
import java.util.Map;

import org.apache.ofbiz.base.util.UtilDateTime;
import org.apache.ofbiz.entity.Delegator;
import org.apache.ofbiz.entity.GenericEntityException;
import org.apache.ofbiz.entity.GenericValue;
import org.physicalinventory.inventory.InventoryException;
import org.physicalinventory.inventory.InventoryRules;
import org.physicalinventory.inventory.InventoryStart;
import org.physicalinventory.inventory.InventoryStatus;
import org.physicalinventory.inventory.OpenInventory;

/**
 * The one way a physical inventory is created, full or cycle. {@link #full} or {@link #cycle} holds the facility for the
 * rest of the caller's transaction (two inventories of one facility created at the same moment: the second waits, then
 * sees the first) and admits the new inventory beside the open ones; {@link #create} then writes it.
 */
public final class NewInventory {

    private final Delegator delegator;
    private final String facilityId;
    private final boolean cycleCount;
    private final String ownNumber;

    private NewInventory(Delegator delegator, String facilityId, boolean cycleCount, String ownNumber) {
        this.delegator = delegator;
        this.facilityId = facilityId;
        this.cycleCount = cycleCount;
        this.ownNumber = ownNumber;
    }

    /** A full inventory: refused while the facility has an open inventory, unless its parameters allow concurrent ones. */
    public static NewInventory full(Delegator delegator, GenericValue facility) throws GenericEntityException, InventoryException {
        return admit(delegator, facility, false);
    }

    /** A cycle inventory: refused while a full inventory of the facility is open. */
    public static NewInventory cycle(Delegator delegator, GenericValue facility) throws GenericEntityException, InventoryException {
        return admit(delegator, facility, true);
    }

    private static NewInventory admit(Delegator delegator, GenericValue facility, boolean cycleCount)
            throws GenericEntityException, InventoryException {
        String facilityId = facility.getString("facilityId");
        FacilityLock.hold(delegator, facilityId);
        List<OpenInventory> open = InventoryRows.openInventories(delegator, facilityId).stream()
                .map(i -> new OpenInventory(i.getString("piInventoryId"), "Y".equals(i.getString("cycleCount")))).toList();
        GenericValue params = InventoryRows.stockDifferenceParameters(delegator, facility);
        InventoryRules.admitNewInventory(facilityId, cycleCount, open, params != null && params.getBoolean("allowConcurrent") == Boolean.TRUE);
        return new NewInventory(delegator, facilityId, cycleCount, null);
    }

    /**
     * The inventory numbered by the user instead of by the sequence (null: by the sequence); refused when another
     * inventory has that number. Two inventories given one number at the same moment: the second fails on its key.
     */
    public NewInventory numbered(String number) throws GenericEntityException, InventoryException {
        InventoryStart.requireNumberFree(number, number != null && InventoryRows.inventory(delegator, number) != null);
        return new NewInventory(delegator, facilityId, cycleCount, number);
    }

    /**
     * Writes the inventory with the fields given (date, description, notes, its own freeze choice): in status created,
     * dated now unless a date is given, created by the user now.
     */
    public GenericValue create(Map<String, ? extends Object> fields, GenericValue userLogin) throws GenericEntityException {
        Timestamp now = UtilDateTime.nowTimestamp();
        GenericValue inventory = delegator.makeValue("PiInventory");
        inventory.setNonPKFields(fields);
        inventory.set("piInventoryId", ownNumber != null ? ownNumber : nextFreeNumber());
        inventory.set("facilityId", facilityId);
        inventory.set("statusId", InventoryStatus.CREATED.statusId());
        inventory.set("cycleCount", cycleCount ? "Y" : null);
        if (inventory.get("inventoryDate") == null) {
            inventory.set("inventoryDate", now);
        }
        inventory.set("createdByUserLogin", userLogin.get("userLoginId"));
        inventory.set("createdDate", now);
        inventory.set("closedByUserLogin", null);
        inventory.set("closedDate", null);
        return inventory.create();
    }

    /** The sequence's next number that no inventory has: a user may have taken one of its numbers as their own. */
    private String nextFreeNumber() throws GenericEntityException {
        String number;
        do {
            number = delegator.getNextSeqId("PiInventory");
        } while (InventoryRows.inventory(delegator, number) != null);
        return number;
    }
}
