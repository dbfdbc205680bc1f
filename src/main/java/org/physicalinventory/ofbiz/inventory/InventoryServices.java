package org.physicalinventory.ofbiz.inventory;

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
import org.apache.ofbiz.service.GenericServiceException;
import org.apache.ofbiz.service.ServiceUtil;
import org.physicalinventory.difference.Review;
import org.physicalinventory.inventory.InventoryException;
import org.physicalinventory.inventory.InventoryRules;
import org.physicalinventory.inventory.InventoryStatus;
import org.physicalinventory.inventory.ListStatus;
import org.physicalinventory.ofbiz.Labels;
import org.physicalinventory.ofbiz.difference.InventoryReview;
import org.physicalinventory.ofbiz.difference.ReviewServices;

/** Services of the physical inventory header: create, update and its status changes. */
public final class InventoryServices {

    private static final String MODULE = InventoryServices.class.getName();

    private InventoryServices() {
    }

    /** createPiInventory: a full inventory of the facility, in status created. */
    public static Map<String, Object> createInventory(DispatchContext dctx, Map<String, ? extends Object> context) {
        Delegator delegator = dctx.getDelegator();
        Locale locale = (Locale) context.get("locale");
        String facilityId = (String) context.get("facilityId");
        try {
            GenericValue facility = EntityQuery.use(delegator).from("Facility").where("facilityId", facilityId).queryOne();
            if (facility == null) {
                return Labels.error("PhysInvErrorFacilityNotFound", locale, facilityId);
            }
            GenericValue inventory = NewInventory.full(delegator, facility).create(context, (GenericValue) context.get("userLogin"));
            Map<String, Object> result = ServiceUtil.returnSuccess();
            result.put("piInventoryId", inventory.get("piInventoryId"));
            return result;
        } catch (InventoryException e) {
            return Labels.error(e.labelKey(), locale, e.arguments());
        } catch (GenericEntityException e) {
            return Labels.failure("PhysInvErrorInventoryCreateFailed", e, MODULE, locale, facilityId);
        }
    }

    /** Changes date, description and notes; the facility and status have their own rules. */
    public static Map<String, Object> updateInventory(DispatchContext dctx, Map<String, ? extends Object> context) {
        Locale locale = (Locale) context.get("locale");
        try {
            GenericValue inventory = InventoryRows.inventory(dctx.getDelegator(), context.get("piInventoryId"));
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
            return Labels.failure("PhysInvErrorInventoryStoreFailed", e, MODULE, locale, context.get("piInventoryId"));
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
        try {
            GenericValue inventory = InventoryRows.inventory(delegator, context.get("piInventoryId"));
            if (inventory == null) {
                return Labels.error("PhysInvErrorInventoryNotFound", locale, context.get("piInventoryId"));
            }
            InventoryStatus from = InventoryStatus.of(inventory.getString("statusId"));
            List<GenericValue> lists = InventoryRows.lists(delegator, inventory.get("piInventoryId"));
            int toPost = from == InventoryStatus.COUNTED && to == InventoryStatus.CLOSED ? differencesToPost(dctx, inventory) : 0;
            Optional<String> refusal = InventoryRules.refuseInventoryChange(from, to,
                    lists.stream().map(l -> ListStatus.of(l.getString("statusId"))).toList(), toPost);
            if (refusal.isPresent()) {
                return Labels.error(refusal.get(), locale, inventory.get("piInventoryId"), from.statusId(), to.statusId(), toPost);
            }
            if (to == InventoryStatus.CANCELLED) {
                cancelActive(lists);
            }
            if (to.isFinal()) {
                inventory.set("closedByUserLogin", ((GenericValue) context.get("userLogin")).get("userLoginId"));
                inventory.set("closedDate", UtilDateTime.nowTimestamp());
            }
            inventory.set("statusId", to.statusId());
            inventory.store();
            if (to == InventoryStatus.COUNTED || to == InventoryStatus.COUNTING) {
                ReviewServices.reviewInAdvance(dctx, inventory);
            }
            Map<String, Object> result = ServiceUtil.returnSuccess();
            result.put("oldStatusId", from.statusId());
            return result;
        } catch (GenericEntityException | GenericServiceException e) {
            return Labels.failure("PhysInvErrorInventoryStoreFailed", e, MODULE, locale, context.get("piInventoryId"));
        }
    }

    /** The inventory's stock differences not posted yet, as its review shows them: the changes posting makes and the conflicts to settle. */
    private static int differencesToPost(DispatchContext dctx, GenericValue inventory) throws GenericEntityException, GenericServiceException {
        Review review = InventoryReview.load(dctx.getDelegator(), dctx.getDispatcher(), inventory).review();
        return review.changes().size() + review.conflicts().size();
    }

    /** A cancelled inventory cancels its lists that are still active. */
    private static void cancelActive(List<GenericValue> lists) throws GenericEntityException {
        for (GenericValue list : lists) {
            if (ListStatus.of(list.getString("statusId")).isActive()) {
                list.set("statusId", ListStatus.CANCELLED.statusId());
                list.store();
            }
        }
    }
}
