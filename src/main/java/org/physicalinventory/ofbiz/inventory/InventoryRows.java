package org.physicalinventory.ofbiz.inventory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.ofbiz.entity.Delegator;
import org.apache.ofbiz.entity.GenericEntityException;
import org.apache.ofbiz.entity.GenericValue;
import org.apache.ofbiz.entity.condition.EntityCondition;
import org.apache.ofbiz.entity.condition.EntityOperator;
import org.apache.ofbiz.entity.util.EntityQuery;
import org.physicalinventory.difference.Tolerances;
import org.physicalinventory.inventory.InventoryStatus;

/**
 * The rows of the inventory aggregate: a physical inventory (PiInventory), its inventory lists (PiInventoryList) with
 * their list types and assigned employees, and the stock-difference parameters in force for its facility. Every
 * service reads them here rather than querying the entities itself.
 */
public final class InventoryRows {

    /** The facility of stock-difference parameters that hold for every facility of their organisation. */
    public static final String ORGANIZATION_DEFAULT = "_NA_";

    private InventoryRows() {
    }

    /** The inventory, or null when there is none with this id. */
    public static GenericValue inventory(Delegator delegator, Object piInventoryId) throws GenericEntityException {
        return piInventoryId == null ? null : EntityQuery.use(delegator).from("PiInventory").where("piInventoryId", piInventoryId).queryOne();
    }

    /** The inventories whose posting wrote these OFBiz physical inventories (PhysicalInventory ids), by the physical inventory. */
    public static Map<String, String> postedAs(Delegator delegator, Collection<String> physicalInventoryIds) throws GenericEntityException {
        Map<String, String> inventories = new HashMap<>();
        if (!physicalInventoryIds.isEmpty()) {
            for (GenericValue inventory : EntityQuery.use(delegator).from("PiInventory").where(EntityCondition.makeCondition("physicalInventoryId",
                    EntityOperator.IN, new ArrayList<>(physicalInventoryIds))).select("piInventoryId", "physicalInventoryId").queryList()) {
                inventories.put(inventory.getString("physicalInventoryId"), inventory.getString("piInventoryId"));
            }
        }
        return inventories;
    }

    /** The open inventories of the facility (created, counting or counted), in the order they were made. */
    public static List<GenericValue> openInventories(Delegator delegator, String facilityId) throws GenericEntityException {
        return EntityQuery.use(delegator).from("PiInventory").where(EntityCondition.makeCondition("facilityId", facilityId),
                EntityCondition.makeCondition("statusId", EntityOperator.IN, InventoryStatus.openStatusIds())).orderBy("piInventoryId").queryList();
    }

    /** The list, or null when there is none with this id. */
    public static GenericValue list(Delegator delegator, Object piListId) throws GenericEntityException {
        return piListId == null ? null : EntityQuery.use(delegator).from("PiInventoryList").where("piListId", piListId).queryOne();
    }

    /** The inventory a list belongs to. */
    public static GenericValue inventoryOf(GenericValue list) throws GenericEntityException {
        return list.getRelatedOne("PiInventory", false);
    }

    /** The facility a list counts in. */
    public static String facilityOf(GenericValue list) throws GenericEntityException {
        return inventoryOf(list).getString("facilityId");
    }

    /** The list type of a list: its counting options. */
    public static GenericValue listTypeOf(GenericValue list) throws GenericEntityException {
        // by its id, not as a relation: a list read through a view (PiListForCounter) has no relations
        return EntityQuery.use(list.getDelegator()).from("PiListType").where("listTypeId", list.get("listTypeId")).cache().queryOne();
    }

    /** The list type (its counting options), or null when there is none with this id. */
    public static GenericValue listType(Delegator delegator, Object listTypeId) throws GenericEntityException {
        return listTypeId == null ? null : EntityQuery.use(delegator).from("PiListType").where("listTypeId", listTypeId).queryOne();
    }

    /** Every list of the inventory, recount lists included, in the order they were made. */
    public static List<GenericValue> lists(Delegator delegator, Object piInventoryId) throws GenericEntityException {
        return EntityQuery.use(delegator).from("PiInventoryList").where("piInventoryId", piInventoryId).orderBy("piListId").queryList();
    }

    /** A condition on lists that are not recount lists (the indicator is empty on most). */
    public static EntityCondition notRecount() {
        return EntityCondition.makeCondition(EntityCondition.makeCondition("recount", null), EntityOperator.OR,
                EntityCondition.makeCondition("recount", "N"));
    }

    /** The employee's assignments to the list in force now. */
    public static List<GenericValue> activeAssignments(Delegator delegator, String piListId, String partyId) throws GenericEntityException {
        return EntityQuery.use(delegator).from("PiListAssignment").where("piListId", piListId, "partyId", partyId)
                .filterByDate().queryList();
    }

    /** The lists the party is assigned to now, one per assignment in force. */
    public static List<GenericValue> assignedLists(Delegator delegator, String partyId) throws GenericEntityException {
        List<GenericValue> lists = new ArrayList<>();
        for (GenericValue assignment : EntityQuery.use(delegator).from("PiListAssignment").where("partyId", partyId).filterByDate().queryList()) {
            lists.add(assignment.getRelatedOne("PiInventoryList", false));
        }
        return lists;
    }

    /** Whether the user counts the list now: their party is assigned to it. */
    public static boolean isAssigned(Delegator delegator, GenericValue list, GenericValue userLogin) throws GenericEntityException {
        return !activeAssignments(delegator, list.getString("piListId"), userLogin.getString("partyId")).isEmpty();
    }

    /** The facility's locations in a range (open at either end), in location order: their id, area and aisle. */
    public static List<GenericValue> locations(Delegator delegator, String facilityId, String fromLocationSeqId, String thruLocationSeqId)
            throws GenericEntityException {
        List<EntityCondition> conditions = new ArrayList<>(List.of(EntityCondition.makeCondition("facilityId", facilityId)));
        if (fromLocationSeqId != null) {
            conditions.add(EntityCondition.makeCondition("locationSeqId", EntityOperator.GREATER_THAN_EQUAL_TO, fromLocationSeqId));
        }
        if (thruLocationSeqId != null) {
            conditions.add(EntityCondition.makeCondition("locationSeqId", EntityOperator.LESS_THAN_EQUAL_TO, thruLocationSeqId));
        }
        return EntityQuery.use(delegator).from("FacilityLocation").where(conditions).select("locationSeqId", "areaId", "aisleId")
                .orderBy("locationSeqId").queryList();
    }

    /** Whether there is a party with this id. */
    public static boolean isParty(Delegator delegator, String partyId) throws GenericEntityException {
        return partyId != null && EntityQuery.use(delegator).from("Party").where("partyId", partyId).queryOne() != null;
    }

    /** Whether the party may be assigned to count: it has OFBiz's EMPLOYEE role. */
    public static boolean isEmployee(Delegator delegator, String partyId) throws GenericEntityException {
        return partyId != null
                && EntityQuery.use(delegator).from("PartyRole").where("partyId", partyId, "roleTypeId", "EMPLOYEE").queryOne() != null;
    }

    /** The stock-difference parameters in force for a facility: its own row, else its organisation's default; null when none. */
    public static GenericValue stockDifferenceParameters(Delegator delegator, GenericValue facility) throws GenericEntityException {
        String organizationPartyId = facility.getString("ownerPartyId");
        if (organizationPartyId == null) {
            return null;
        }
        GenericValue own = EntityQuery.use(delegator).from("PiStockDiffParam")
                .where("organizationPartyId", organizationPartyId, "facilityId", facility.getString("facilityId")).queryOne();
        return own != null ? own : EntityQuery.use(delegator).from("PiStockDiffParam")
                .where("organizationPartyId", organizationPartyId, "facilityId", ORGANIZATION_DEFAULT).queryOne();
    }

    /** The stock-difference tolerances in force for a facility; none (only an exact count is within) when it has no parameters. */
    public static Tolerances tolerances(Delegator delegator, GenericValue facility) throws GenericEntityException {
        GenericValue params = stockDifferenceParameters(delegator, facility);
        return params == null ? Tolerances.NONE : new Tolerances(params.getBigDecimal("toleranceQuantity"), params.getBigDecimal("tolerancePercent"),
                params.getBigDecimal("toleranceValue"));
    }
}
