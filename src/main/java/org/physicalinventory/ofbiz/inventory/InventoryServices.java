package org.physicalinventory.ofbiz.inventory;

import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.ofbiz.base.util.Debug;
import org.apache.ofbiz.base.util.UtilDateTime;
import org.apache.ofbiz.entity.Delegator;
import org.apache.ofbiz.entity.GenericEntityException;
import org.apache.ofbiz.entity.GenericValue;
import org.apache.ofbiz.entity.condition.EntityCondition;
import org.apache.ofbiz.entity.condition.EntityOperator;
import org.apache.ofbiz.entity.util.EntityQuery;
import org.apache.ofbiz.service.DispatchContext;
import org.apache.ofbiz.service.ServiceUtil;
import org.physicalinventory.inventory.InventoryRules;
import org.physicalinventory.inventory.InventoryStatus;
import org.physicalinventory.inventory.ListStatus;
import org.physicalinventory.ofbiz.Labels;

/** Services of the physical inventory header: create, update and its status changes. */
public final class InventoryServices {

    private static final String MODULE = InventoryServices.class.getName();
    private static final List<String> OPEN_STATUSES = Arrays.stream(InventoryStatus.values())
            .filter(InventoryStatus::isOpen).map(InventoryStatus::statusId).collect(Collectors.toList());

    private InventoryServices() {
    }

    public static Map<String, Object> createInventory(DispatchContext dctx, Map<String, ? extends Object> context) {
        Delegator delegator = dctx.getDelegator();
        Locale locale = (Locale) context.get("locale");
        GenericValue userLogin = (GenericValue) context.get("userLogin");
        String facilityId = (String) context.get("facilityId");
        try {
            GenericValue facility = EntityQuery.use(delegator).from("Facility").where("facilityId", facilityId).queryOne();
            if (facility == null) {
                return Labels.error("PhysInvErrorFacilityNotFound", locale, facilityId);
            }
            // two managers creating an inventory of one facility at the same moment: the second waits here, then counts the first
            FacilityLock.hold(delegator, facilityId);
            long openInFacility = EntityQuery.use(delegator).from("PiInventory").where(
                    EntityCondition.makeCondition("facilityId", facilityId),
                    EntityCondition.makeCondition("statusId", EntityOperator.IN, OPEN_STATUSES)).queryCount();
            GenericValue params = InventoryRows.stockDifferenceParameters(delegator, facility);
            boolean allowConcurrent = params != null && params.getBoolean("allowConcurrent") == Boolean.TRUE;
            Optional<String> refusal = InventoryRules.refuseNewInventory(openInFacility, allowConcurrent);
            if (refusal.isPresent()) {
                return Labels.error(refusal.get(), locale, facilityId);
            }
            Timestamp now = UtilDateTime.nowTimestamp();
            GenericValue inventory = delegator.makeValue("PiInventory");
            inventory.setNonPKFields(context);
            inventory.set("piInventoryId", delegator.getNextSeqId("PiInventory"));
            inventory.set("statusId", InventoryStatus.CREATED.statusId());
            if (inventory.get("inventoryDate") == null) {
                inventory.set("inventoryDate", now);
            }
            inventory.set("createdByUserLogin", userLogin.get("userLoginId"));
            inventory.set("createdDate", now);
            inventory.set("closedByUserLogin", null);
            inventory.set("closedDate", null);
            inventory.create();
            Map<String, Object> result = ServiceUtil.returnSuccess();
            result.put("piInventoryId", inventory.get("piInventoryId"));
            return result;
        } catch (GenericEntityException e) {
            Debug.logError(e, MODULE);
            return ServiceUtil.returnError(e.getMessage());
        }
    }

    /** Changes date, description and notes; the facility and status have their own rules. */
    public static Map<String, Object> updateInventory(DispatchContext dctx, Map<String, ? extends Object> context) {
        Locale locale = (Locale) context.get("locale");
        try {
            GenericValue inventory = InventoryRows.inventory(dctx.getDelegator(), (String) context.get("piInventoryId"));
            if (inventory == null) {
                return Labels.error("PhysInvErrorInventoryNotFound", locale, context.get("piInventoryId"));
            }
            Optional<String> refusal = InventoryRules.refuseInventoryEdit(InventoryStatus.of(inventory.getString("statusId")));
            if (refusal.isPresent()) {
                return Labels.error(refusal.get(), locale, inventory.get("piInventoryId"));
            }
            for (String field : List.of("inventoryDate", "description", "notes")) {
                if (context.containsKey(field)) {
                    inventory.set(field, context.get(field));
                }
            }
            inventory.store();
            return ServiceUtil.returnSuccess();
        } catch (GenericEntityException e) {
            Debug.logError(e, MODULE);
            return ServiceUtil.returnError(e.getMessage());
        }
    }

    public static Map<String, Object> changeInventoryStatus(DispatchContext dctx, Map<String, ? extends Object> context) {
        InventoryStatus to;
        try {
            to = InventoryStatus.of((String) context.get("statusId"));
        } catch (IllegalArgumentException e) {
            return Labels.error("PhysInvErrorUnknownStatus", (Locale) context.get("locale"), context.get("statusId"));
        }
        if (to == InventoryStatus.POSTED) {
            // only the posting of stock differences may mark an inventory posted
            return Labels.error("PhysInvErrorPostingOnly", (Locale) context.get("locale"), context.get("piInventoryId"));
        }
        return changeStatus(dctx, context, to);
    }

    public static Map<String, Object> cancelInventory(DispatchContext dctx, Map<String, ? extends Object> context) {
        return changeStatus(dctx, context, InventoryStatus.CANCELLED);
    }

    public static Map<String, Object> closeInventory(DispatchContext dctx, Map<String, ? extends Object> context) {
        return changeStatus(dctx, context, InventoryStatus.CLOSED);
    }

    private static Map<String, Object> changeStatus(DispatchContext dctx, Map<String, ? extends Object> context, InventoryStatus to) {
        Delegator delegator = dctx.getDelegator();
        Locale locale = (Locale) context.get("locale");
        GenericValue userLogin = (GenericValue) context.get("userLogin");
        try {
            GenericValue inventory = InventoryRows.inventory(delegator, (String) context.get("piInventoryId"));
            if (inventory == null) {
                return Labels.error("PhysInvErrorInventoryNotFound", locale, context.get("piInventoryId"));
            }
            InventoryStatus from = InventoryStatus.of(inventory.getString("statusId"));
            List<GenericValue> lists = inventory.getRelated("PiInventoryList", null, null, false);
            List<ListStatus> listStatuses = lists.stream().map(l -> ListStatus.of(l.getString("statusId"))).collect(Collectors.toList());
            Optional<String> refusal = InventoryRules.refuseInventoryChange(from, to, listStatuses);
            if (refusal.isPresent()) {
                return Labels.error(refusal.get(), locale, inventory.get("piInventoryId"), from.statusId(), to.statusId());
            }
            if (to == InventoryStatus.CANCELLED) {
                for (GenericValue list : lists) {
                    if (ListStatus.of(list.getString("statusId")).isActive()) {
                        list.set("statusId", ListStatus.CANCELLED.statusId());
                        list.store();
                    }
                }
            }
            if (to.isFinal()) {
                inventory.set("closedByUserLogin", userLogin.get("userLoginId"));
                inventory.set("closedDate", UtilDateTime.nowTimestamp());
            }
            inventory.set("statusId", to.statusId());
            inventory.store();
            Map<String, Object> result = ServiceUtil.returnSuccess();
            result.put("oldStatusId", from.statusId());
            return result;
        } catch (GenericEntityException e) {
            Debug.logError(e, MODULE);
            return ServiceUtil.returnError(e.getMessage());
        }
    }
}
