package org.physicalinventory.ofbiz.inventory;

import java.sql.Timestamp;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.ofbiz.base.util.UtilDateTime;
import org.apache.ofbiz.entity.Delegator;
import org.apache.ofbiz.entity.GenericEntityException;
import org.apache.ofbiz.entity.GenericValue;
import org.apache.ofbiz.entity.util.EntityQuery;
import org.apache.ofbiz.service.DispatchContext;
import org.apache.ofbiz.service.ServiceUtil;
import org.physicalinventory.inventory.InventoryException;
import org.physicalinventory.inventory.InventoryRules;
import org.physicalinventory.inventory.ListCoverage;
import org.physicalinventory.inventory.ListScope;
import org.physicalinventory.inventory.InventoryStatus;
import org.physicalinventory.inventory.ListStatus;
import org.physicalinventory.ofbiz.Labels;
import org.physicalinventory.ofbiz.difference.ReviewServices;

/** Services of inventory lists: create, update, status, and the employees assigned to count them. */
public final class ListServices {

    private static final String MODULE = ListServices.class.getName();
    private static final List<String> SCOPE_FIELDS = List.of("listTypeId", "description", "fromLocationSeqId",
            "thruLocationSeqId", "productCategoryId", "supplierPartyId");

    private ListServices() {
    }

    public static Map<String, Object> createInventoryList(DispatchContext dctx, Map<String, ? extends Object> context) {
        Delegator delegator = dctx.getDelegator();
        Locale locale = (Locale) context.get("locale");
        GenericValue userLogin = (GenericValue) context.get("userLogin");
        try {
            GenericValue inventory = InventoryRows.inventory(delegator, context.get("piInventoryId"));
            if (inventory == null) {
                return Labels.error("PhysInvErrorInventoryNotFound", locale, context.get("piInventoryId"));
            }
            GenericValue list = delegator.makeValue("PiInventoryList");
            list.set("piInventoryId", inventory.get("piInventoryId"));
            if ("Y".equals(context.get("explicitKeys"))) {
                // its lines are the products and locations it is given (addPiCountLinesForKeys): no range, category or supplier
                if (SCOPE_FIELDS.subList(2, SCOPE_FIELDS.size()).stream().anyMatch(f -> context.get(f) != null)) {
                    return Labels.error("PhysInvErrorExplicitKeysHaveNoScope", locale);
                }
                list.set("explicitKeys", "Y");
            }
            Map<String, Object> refusal = applyScope(delegator, inventory, list, context, locale);
            if (refusal != null) {
                return refusal;
            }
            list.set("piListId", delegator.getNextSeqId("PiInventoryList"));
            list.set("statusId", ListStatus.CREATED.statusId());
            list.set("createdByUserLogin", userLogin.get("userLoginId"));
            list.set("createdDate", UtilDateTime.nowTimestamp());
            list.create();
            Map<String, Object> result = ServiceUtil.returnSuccess();
            result.put("piListId", list.get("piListId"));
            return result;
        } catch (GenericEntityException e) {
            return Labels.failure("PhysInvErrorListCreateFailed", e, MODULE, locale, context.get("piInventoryId"));
        }
    }

    public static Map<String, Object> updateInventoryList(DispatchContext dctx, Map<String, ? extends Object> context) {
        Delegator delegator = dctx.getDelegator();
        Locale locale = (Locale) context.get("locale");
        try {
            GenericValue list = activeList(delegator, context.get("piListId"));
            Map<String, Object> refusal = applyScope(delegator, InventoryRows.inventoryOf(list), list, context, locale);
            if (refusal != null) {
                return refusal;
            }
            list.store();
            return ServiceUtil.returnSuccess();
        } catch (InventoryException e) {
            return Labels.error(e.labelKey(), locale, e.arguments());
        } catch (GenericEntityException e) {
            return Labels.failure("PhysInvErrorListStoreFailed", e, MODULE, locale, context.get("piListId"));
        }
    }

    public static Map<String, Object> changeInventoryListStatus(DispatchContext dctx, Map<String, ? extends Object> context) {
        Delegator delegator = dctx.getDelegator();
        Locale locale = (Locale) context.get("locale");
        ListStatus to;
        try {
            to = ListStatus.of((String) context.get("statusId"));
        } catch (IllegalArgumentException e) {
            return Labels.error("PhysInvErrorUnknownStatus", locale, context.get("statusId"));
        }
        try {
            GenericValue list = InventoryRows.list(delegator, context.get("piListId"));
            if (list == null) {
                return Labels.error("PhysInvErrorListNotFound", locale, context.get("piListId"));
            }
            GenericValue inventory = InventoryRows.inventoryOf(list);
            InventoryStatus inventoryStatus = InventoryStatus.of(inventory.getString("statusId"));
            ListStatus from = ListStatus.of(list.getString("statusId"));
            Optional<String> refusal = InventoryRules.refuseListChange(inventoryStatus, from, to);
            if (refusal.isPresent()) {
                return Labels.error(refusal.get(), locale, inventory.get("piInventoryId"), from.statusId(), to.statusId());
            }
            list.set("statusId", to.statusId());
            list.store();
            InventoryStatus inventoryAfter = InventoryRules.afterListChange(inventoryStatus, to);
            if (inventoryAfter != inventoryStatus) {
                inventory.set("statusId", inventoryAfter.statusId());
                inventory.store();
            }
            if (inventoryAfter != inventoryStatus || to == ListStatus.COUNTED) {
                // counting started, or a list is counted: the reviewer may look next
                ReviewServices.reviewInAdvance(dctx, inventory);
            }
            Map<String, Object> result = ServiceUtil.returnSuccess();
            result.put("oldStatusId", from.statusId());
            return result;
        } catch (GenericEntityException e) {
            return Labels.failure("PhysInvErrorListStoreFailed", e, MODULE, locale, context.get("piListId"));
        }
    }

    /** Assigns an employee to count the list; assigning someone already assigned changes nothing. */
    public static Map<String, Object> assignInventoryList(DispatchContext dctx, Map<String, ? extends Object> context) {
        Delegator delegator = dctx.getDelegator();
        Locale locale = (Locale) context.get("locale");
        String partyId = (String) context.get("partyId");
        try {
            GenericValue list = activeList(delegator, context.get("piListId"));
            Optional<String> refusal = InventoryRules.refuseListEdit(
                    InventoryStatus.of(InventoryRows.inventoryOf(list).getString("statusId")));
            if (refusal.isPresent()) {
                return Labels.error(refusal.get(), locale, list.get("piInventoryId"));
            }
            if (!InventoryRows.isEmployee(delegator, partyId)) {
                return Labels.error("PhysInvErrorNotAnEmployee", locale, partyId);
            }
            if (InventoryRows.activeAssignments(delegator, list.getString("piListId"), partyId).isEmpty()) {
                delegator.create("PiListAssignment", "piListId", list.get("piListId"), "partyId", partyId,
                        "fromDate", UtilDateTime.nowTimestamp());
            }
            return ServiceUtil.returnSuccess();
        } catch (InventoryException e) {
            return Labels.error(e.labelKey(), locale, e.arguments());
        } catch (GenericEntityException e) {
            return Labels.failure("PhysInvErrorAssignmentStoreFailed", e, MODULE, locale, partyId, context.get("piListId"));
        }
    }

    /** Ends the employee's assignment today; the history of who was assigned stays. */
    public static Map<String, Object> unassignInventoryList(DispatchContext dctx, Map<String, ? extends Object> context) {
        Delegator delegator = dctx.getDelegator();
        Locale locale = (Locale) context.get("locale");
        String piListId = (String) context.get("piListId");
        String partyId = (String) context.get("partyId");
        try {
            List<GenericValue> assignments = InventoryRows.activeAssignments(delegator, piListId, partyId);
            if (assignments.isEmpty()) {
                return Labels.error("PhysInvErrorNotAssigned", locale, partyId, piListId);
            }
            Timestamp now = UtilDateTime.nowTimestamp();
            for (GenericValue assignment : assignments) {
                assignment.set("thruDate", now);
                assignment.store();
            }
            return ServiceUtil.returnSuccess();
        } catch (GenericEntityException e) {
            return Labels.failure("PhysInvErrorAssignmentStoreFailed", e, MODULE, locale, partyId, piListId);
        }
    }

    /** The list, still active: refused when there is none with that id or it is cancelled. */
    private static GenericValue activeList(Delegator delegator, Object piListId) throws GenericEntityException, InventoryException {
        GenericValue list = InventoryRows.list(delegator, piListId);
        if (list == null) {
            throw new InventoryException("PhysInvErrorListNotFound", piListId);
        }
        if (!ListStatus.of(list.getString("statusId")).isActive()) {
            throw new InventoryException("PhysInvErrorListIsCancelled", piListId);
        }
        return list;
    }

    /** Checks the inventory accepts list changes and the scope is valid, then copies type and scope onto the list. */
    private static Map<String, Object> applyScope(Delegator delegator, GenericValue inventory, GenericValue list,
            Map<String, ? extends Object> context, Locale locale) throws GenericEntityException {
        Optional<String> refusal = InventoryRules.refuseListEdit(InventoryStatus.of(inventory.getString("statusId")));
        if (refusal.isPresent()) {
            return Labels.error(refusal.get(), locale, inventory.get("piInventoryId"));
        }
        for (String field : SCOPE_FIELDS) {
            if (context.containsKey(field)) {
                list.set(field, context.get(field));
            }
        }
        String from = list.getString("fromLocationSeqId");
        String thru = list.getString("thruLocationSeqId");
        refusal = InventoryRules.refuseLocationRange(from, thru);
        if (refusal.isPresent()) {
            return Labels.error(refusal.get(), locale, from, thru);
        }
        Map<String, Object> missing = missingInScope(delegator, inventory.getString("facilityId"), list, locale);
        if (missing != null) {
            return missing;
        }
        GenericValue overlapping = overlappingList(delegator, list);
        if (overlapping != null) {
            return Labels.error("PhysInvErrorListOverlaps", locale, overlapping.get("piListId"),
                    overlapping.get("description") == null ? "" : overlapping.get("description"));
        }
        return null;
    }

    /** The refusal of the first thing the list's type and scope name that does not exist (location, type, category, supplier), or null. */
    private static Map<String, Object> missingInScope(Delegator delegator, String facilityId, GenericValue list, Locale locale)
            throws GenericEntityException {
        for (String locationSeqId : new String[] {list.getString("fromLocationSeqId"), list.getString("thruLocationSeqId")}) {
            if (locationSeqId != null && EntityQuery.use(delegator).from("FacilityLocation")
                    .where("facilityId", facilityId, "locationSeqId", locationSeqId).queryOne() == null) {
                return Labels.error("PhysInvErrorLocationNotFound", locale, locationSeqId, facilityId);
            }
        }
        if (InventoryRows.listType(delegator, list.get("listTypeId")) == null) {
            return Labels.error("PhysInvErrorListTypeNotFound", locale, list.get("listTypeId"));
        }
        String productCategoryId = list.getString("productCategoryId");
        if (productCategoryId != null && EntityQuery.use(delegator).from("ProductCategory")
                .where("productCategoryId", productCategoryId).queryOne() == null) {
            return Labels.error("PhysInvErrorCategoryNotFound", locale, productCategoryId);
        }
        String supplierPartyId = list.getString("supplierPartyId");
        if (supplierPartyId != null && EntityQuery.use(delegator).from("Party").where("partyId", supplierPartyId).queryOne() == null) {
            return Labels.error("PhysInvErrorSupplierNotFound", locale, supplierPartyId);
        }
        return null;
    }

    /** Another active list of the inventory that surely counts some of the same places, or null (recount and explicit-key lists excepted). */
    private static GenericValue overlappingList(Delegator delegator, GenericValue list) throws GenericEntityException {
        if ("Y".equals(list.getString("explicitKeys"))) {
            return null; // a list of explicit products and locations has no scope: its lines are checked when they are made
        }
        ListCoverage coverage = coverage(list);
        for (GenericValue other : InventoryRows.lists(delegator, list.get("piInventoryId"))) {
            if (!other.getString("piListId").equals(list.getString("piListId")) && !"Y".equals(other.getString("recount"))
                    && !"Y".equals(other.getString("explicitKeys"))
                    && ListStatus.of(other.getString("statusId")).isActive() && coverage.overlaps(coverage(other))) {
                return other;
            }
        }
        return null;
    }

    private static ListCoverage coverage(GenericValue list) {
        return new ListCoverage(new ListScope(list.getString("fromLocationSeqId"), list.getString("thruLocationSeqId")),
                list.getString("productCategoryId"), list.getString("supplierPartyId"));
    }
}
