package org.physicalinventory.ofbiz.difference;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.apache.ofbiz.entity.Delegator;
import org.apache.ofbiz.entity.GenericEntityException;
import org.apache.ofbiz.entity.GenericValue;
import org.apache.ofbiz.entity.condition.EntityCondition;
import org.apache.ofbiz.entity.condition.EntityOperator;
import org.apache.ofbiz.entity.util.EntityQuery;
import org.apache.ofbiz.service.DispatchContext;
import org.apache.ofbiz.service.ServiceUtil;
import org.physicalinventory.inventory.FreezeChoice;
import org.physicalinventory.inventory.InventoryException;
import org.physicalinventory.inventory.InventoryStatus;
import org.physicalinventory.inventory.ListScope;
import org.physicalinventory.inventory.ListStatus;
import org.physicalinventory.ofbiz.Labels;
import org.physicalinventory.ofbiz.inventory.InventoryRows;

/**
 * The freeze of seed 004: while an inventory that freezes movements (its own choice when it was
 * started, else its facility's parameters) is counting (or counted, not yet posted), OFBiz refuses
 * stock movements in its facility, or only in its lists' locations: every InventoryItemDetail
 * (receipts, issues, variances) and every item moved to or from there (transfers). Entity ECAs call {@link #checkStockFreeze}; posting or cancelling releases it.
 */
public final class StockFreezeServices {

    private static final String MODULE = StockFreezeServices.class.getName();
    private static final List<String> FROZEN = List.of(InventoryStatus.COUNTING.statusId(), InventoryStatus.COUNTED.statusId());
    private static final ThreadLocal<Boolean> POSTING = ThreadLocal.withInitial(() -> false);

    private StockFreezeServices() {
    }

    /** While a posting runs in this thread, its own follow-ups (reservations rebalanced) are no movements to refuse. */
    static Lifted lift() {
        POSTING.set(true);
        return () -> POSTING.set(false);
    }

    /** The freeze lifted for the current thread until closed. */
    interface Lifted extends AutoCloseable {
        @Override
        void close();
    }

    /** checkPiStockFreezeForDetail: refuses a detail that changes the quantity on hand of an item in a frozen place. */
    public static Map<String, Object> checkDetail(DispatchContext dctx, Map<String, ? extends Object> context) {
        BigDecimal onHand = (BigDecimal) context.get("quantityOnHandDiff");
        if (POSTING.get() || onHand == null || onHand.signum() == 0) {
            return ServiceUtil.returnSuccess(); // reservations change what is available, not what is there
        }
        try {
            if (!anyFreeze(dctx.getDelegator())) {
                return ServiceUtil.returnSuccess();
            }
            GenericValue item = EntityQuery.use(dctx.getDelegator()).from("InventoryItem").where("inventoryItemId", context.get("inventoryItemId"))
                    .queryOne();
            return item == null ? ServiceUtil.returnSuccess()
                    : refuse(dctx.getDelegator(), item.getString("facilityId"), item.getString("locationSeqId"), (Locale) context.get("locale"));
        } catch (GenericEntityException e) {
            return Labels.failure("PhysInvErrorStockFreezeCheckFailed", e, MODULE, (Locale) context.get("locale"),
                    context.get("inventoryItemId"));
        }
    }

    /** checkPiStockFreezeForItem: refuses moving an item (a transfer) out of or into a frozen place. */
    public static Map<String, Object> checkItem(DispatchContext dctx, Map<String, ? extends Object> context) {
        if (POSTING.get()) {
            return ServiceUtil.returnSuccess();
        }
        Delegator delegator = dctx.getDelegator();
        Locale locale = (Locale) context.get("locale");
        String facilityId = (String) context.get("facilityId");
        String locationSeqId = (String) context.get("locationSeqId");
        try {
            if (!anyFreeze(delegator)) {
                return ServiceUtil.returnSuccess();
            }
            GenericValue stored = EntityQuery.use(delegator).from("InventoryItem").where("inventoryItemId", context.get("inventoryItemId")).queryOne();
            if (stored == null || Objects.equals(stored.get("facilityId"), facilityId) && Objects.equals(stored.get("locationSeqId"), locationSeqId)) {
                return ServiceUtil.returnSuccess();
            }
            Map<String, Object> refusal = refuse(delegator, stored.getString("facilityId"), stored.getString("locationSeqId"), locale);
            return ServiceUtil.isError(refusal) ? refusal : refuse(delegator, facilityId, locationSeqId, locale);
        } catch (GenericEntityException e) {
            return Labels.failure("PhysInvErrorStockFreezeCheckFailed", e, MODULE, locale,
                    context.get("inventoryItemId"));
        }
    }

    private static Map<String, Object> refuse(Delegator delegator, String facilityId, String locationSeqId, Locale locale)
            throws GenericEntityException {
        String frozenBy = frozenBy(delegator, facilityId, locationSeqId);
        return frozenBy == null ? ServiceUtil.returnSuccess() : Labels.error("PhysInvErrorStockFrozen", locale, frozenBy, facilityId);
    }

    /**
     * Whether anything may freeze movements: parameters that freeze them (a cached read: OFBiz's every movement passes
     * here), or an inventory being counted that chose to freeze them itself (few rows, read as they are now).
     */
    private static boolean anyFreeze(Delegator delegator) throws GenericEntityException {
        return !EntityQuery.use(delegator).from("PiStockDiffParam").where("freezeMovements", "Y").cache().queryList().isEmpty()
                || EntityQuery.use(delegator).from("PiInventory").where(EntityCondition.makeCondition("freezeMovements", "Y"),
                        EntityCondition.makeCondition("statusId", EntityOperator.IN, FROZEN)).queryCount() > 0;
    }

    /**
     * The inventory that freezes this place, or null. An inventory freezes movements when it chose to, or, when it made no
     * choice, when its facility's parameters say so; the parameters say whether only its lists' locations are frozen.
     */
    static String frozenBy(Delegator delegator, String facilityId, String locationSeqId) throws GenericEntityException {
        if (facilityId == null) {
            return null;
        }
        List<GenericValue> open = InventoryRows.openInventories(delegator, facilityId).stream()
                .filter(inventory -> FROZEN.contains(inventory.getString("statusId"))).collect(Collectors.toList());
        if (open.isEmpty()) {
            return null;
        }
        GenericValue facility = EntityQuery.use(delegator).from("Facility").where("facilityId", facilityId).cache().queryOne();
        GenericValue params = InventoryRows.stockDifferenceParameters(delegator, facility);
        boolean parametersFreeze = params != null && "Y".equals(params.getString("freezeMovements"));
        boolean locationsOnly = params != null && "Y".equals(params.getString("freezeLocationsOnly"));
        for (GenericValue inventory : open) {
            if (freezes(inventory, parametersFreeze) && (!locationsOnly || counts(delegator, inventory, locationSeqId))) {
                return inventory.getString("piInventoryId");
            }
        }
        return null;
    }

    /** Whether the inventory freezes movements: its own choice, else the parameters'. */
    private static boolean freezes(GenericValue inventory, boolean parametersFreeze) {
        try {
            return FreezeChoice.of(inventory.getString("freezeMovements")).freezes(parametersFreeze);
        } catch (InventoryException e) {
            return parametersFreeze; // an indicator neither Y nor N nor empty: none of the inventory's own
        }
    }

    /** Whether one of the inventory's active lists counts the location (a list of explicit keys: one of its lines is there). */
    private static boolean counts(Delegator delegator, GenericValue inventory, String locationSeqId) throws GenericEntityException {
        for (GenericValue list : InventoryRows.lists(delegator, inventory.get("piInventoryId"))) {
            if (!ListStatus.of(list.getString("statusId")).isActive() || "Y".equals(list.getString("recount"))) {
                continue;
            }
            boolean counted = "Y".equals(list.getString("explicitKeys"))
                    ? EntityQuery.use(delegator).from("PiCountLine").where("piListId", list.get("piListId"), "locationSeqId", locationSeqId)
                            .queryCount() > 0
                    : new ListScope(list.getString("fromLocationSeqId"), list.getString("thruLocationSeqId")).contains(locationSeqId);
            if (counted) {
                return true;
            }
        }
        return false;
    }
}
