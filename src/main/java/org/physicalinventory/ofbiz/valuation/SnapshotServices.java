package org.physicalinventory.ofbiz.valuation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.ofbiz.base.util.UtilDateTime;
import org.apache.ofbiz.base.util.UtilMisc;
import org.apache.ofbiz.entity.Delegator;
import org.apache.ofbiz.entity.GenericEntityException;
import org.apache.ofbiz.entity.GenericValue;
import org.apache.ofbiz.entity.condition.EntityCondition;
import org.apache.ofbiz.entity.condition.EntityOperator;
import org.apache.ofbiz.entity.util.EntityListIterator;
import org.apache.ofbiz.entity.util.EntityQuery;
import org.apache.ofbiz.service.DispatchContext;
import org.apache.ofbiz.service.ServiceUtil;
import org.physicalinventory.inventory.InventoryStatus;
import org.physicalinventory.ofbiz.Labels;
import org.physicalinventory.ofbiz.inventory.InventoryRows;
import org.physicalinventory.ofbiz.valuation.sql.BulkInsert;
import org.physicalinventory.valuation.Valuation;

/**
 * The stock of an inventory's facility when counting starts (BEFORE) and once its differences are posted (AFTER):
 * every inventory item on hand, with its quantity, unit cost and value. Taken in the transaction that changes the
 * inventory's status (an entity ECA on PiInventory), so each is the stock at that very moment. Their zip: {@link StockSnapshotZip}.
 */
public final class SnapshotServices {

    public static final String BEFORE = "BEFORE";
    public static final String AFTER = "AFTER";
    private static final String MODULE = SnapshotServices.class.getName();
    /** The stock zip's order of a snapshot's items: product, location, lot, item (no lot or location last, as the databases sort). */
    private static final Comparator<GenericValue> FILE_ORDER = byField("productId").thenComparing(byField("locationSeqId"))
            .thenComparing(byField("lotId")).thenComparing(byField("inventoryItemId"));

    private SnapshotServices() {
    }

    /**
     * snapshotPiInventoryStock (entity ECA on PiInventory): when an inventory is counting and has no BEFORE snapshot, takes it;
     * when it is posted and has a BEFORE but no AFTER snapshot, takes the AFTER one. Anything else: nothing.
     */
    public static Map<String, Object> snapshotOnStatus(DispatchContext dctx, Map<String, ? extends Object> context) {
        Delegator delegator = dctx.getDelegator();
        Locale locale = (Locale) context.get("locale");
        String piInventoryId = (String) context.get("piInventoryId");
        String statusId = (String) context.get("statusId");
        try {
            if (InventoryStatus.COUNTING.statusId().equals(statusId) && find(delegator, piInventoryId, BEFORE) == null) {
                take(delegator, piInventoryId, BEFORE);
            } else if (InventoryStatus.POSTED.statusId().equals(statusId) && find(delegator, piInventoryId, BEFORE) != null
                    && find(delegator, piInventoryId, AFTER) == null) {
                take(delegator, piInventoryId, AFTER);
            }
            return ServiceUtil.returnSuccess();
        } catch (GenericEntityException e) {
            return Labels.failure("PhysInvErrorSnapshotFailed", e, MODULE, locale, piInventoryId);
        }
    }

    /** takePiStockSnapshot: takes (or takes again) one snapshot of an inventory's facility now. */
    public static Map<String, Object> takeSnapshot(DispatchContext dctx, Map<String, ? extends Object> context) {
        Delegator delegator = dctx.getDelegator();
        Locale locale = (Locale) context.get("locale");
        String piInventoryId = (String) context.get("piInventoryId");
        String type = (String) context.get("snapshotType");
        try {
            if (InventoryRows.inventory(delegator, piInventoryId) == null) {
                return Labels.error("PhysInvErrorInventoryNotFound", locale, piInventoryId);
            }
            if (!BEFORE.equals(type) && !AFTER.equals(type)) {
                return Labels.error("PhysInvErrorUnknownSnapshotType", locale, type);
            }
            GenericValue snapshot = take(delegator, piInventoryId, type);
            Map<String, Object> result = ServiceUtil.returnSuccess();
            result.put("itemCount", snapshot.getLong("itemCount"));
            result.put("totalValue", snapshot.getBigDecimal("totalValue"));
            return result;
        } catch (GenericEntityException e) {
            return Labels.failure("PhysInvErrorSnapshotFailed", e, MODULE, locale, piInventoryId);
        }
    }

    /** getPiStockSnapshots: the snapshots of an inventory, and the types of those it has for its zip (BEFORE, then AFTER once posted). */
    public static Map<String, Object> getSnapshots(DispatchContext dctx, Map<String, ? extends Object> context) {
        Delegator delegator = dctx.getDelegator();
        Locale locale = (Locale) context.get("locale");
        String piInventoryId = (String) context.get("piInventoryId");
        try {
            if (InventoryRows.inventory(delegator, piInventoryId) == null) {
                return Labels.error("PhysInvErrorInventoryNotFound", locale, piInventoryId);
            }
            List<GenericValue> snapshots = EntityQuery.use(delegator).from("PiStockSnapshot").where("piInventoryId", piInventoryId)
                    .orderBy("takenDate").queryList();
            List<String> types = new ArrayList<>();
            for (String type : List.of(BEFORE, AFTER)) {
                if (snapshots.stream().anyMatch(snapshot -> type.equals(snapshot.getString("snapshotType")))) {
                    types.add(type);
                }
            }
            if (!types.contains(BEFORE)) {
                return Labels.error("PhysInvErrorNoSnapshot", locale, piInventoryId);
            }
            Map<String, Object> result = ServiceUtil.returnSuccess();
            result.put("snapshots", snapshots);
            result.put("snapshotTypes", types);
            return result;
        } catch (GenericEntityException e) {
            return Labels.failure("PhysInvErrorSnapshotReadFailed", e, MODULE, locale, piInventoryId);
        }
    }

    private static Comparator<GenericValue> byField(String field) {
        return Comparator.comparing(row -> row.getString(field), Comparator.nullsLast(Comparator.naturalOrder()));
    }

    private static GenericValue find(Delegator delegator, String piInventoryId, String type) throws GenericEntityException {
        return EntityQuery.use(delegator).from("PiStockSnapshot").where("piInventoryId", piInventoryId, "snapshotType", type).queryOne();
    }

    /** Writes the snapshot (replacing one of the same type) in the caller's transaction. */
    private static GenericValue take(Delegator delegator, String piInventoryId, String type) throws GenericEntityException {
        GenericValue inventory = InventoryRows.inventory(delegator, piInventoryId);
        delegator.removeByAnd("PiStockSnapshotItem", UtilMisc.toMap("piInventoryId", piInventoryId, "snapshotType", type));
        delegator.removeByAnd("PiStockSnapshot", UtilMisc.toMap("piInventoryId", piInventoryId, "snapshotType", type));
        long count = 0;
        BigDecimal quantity = BigDecimal.ZERO;
        BigDecimal value = BigDecimal.ZERO;
        List<GenericValue> rows = new ArrayList<>();
        try (EntityListIterator items = EntityQuery.use(delegator).from("InventoryItem").where(
                EntityCondition.makeCondition("facilityId", inventory.get("facilityId")),
                EntityCondition.makeCondition("quantityOnHandTotal", EntityOperator.NOT_EQUAL, BigDecimal.ZERO),
                EntityCondition.makeCondition("quantityOnHandTotal", EntityOperator.NOT_EQUAL, null))
                .select("inventoryItemId", "productId", "locationSeqId", "lotId", "serialNumber", "quantityOnHandTotal", "availableToPromiseTotal",
                        "unitCost").queryIterator()) {
            GenericValue item;
            while ((item = items.next()) != null) {
                BigDecimal onHand = item.getBigDecimal("quantityOnHandTotal");
                BigDecimal itemValue = item.get("unitCost") == null ? null
                        : onHand.multiply(item.getBigDecimal("unitCost")).setScale(Valuation.VALUE_SCALE, Valuation.ROUNDING);
                rows.add(delegator.makeValue("PiStockSnapshotItem", UtilMisc.toMap("piInventoryId", piInventoryId, "snapshotType", type,
                        "inventoryItemId", item.get("inventoryItemId"), "productId", item.get("productId"), "locationSeqId", item.get("locationSeqId"),
                        "lotId", item.get("lotId"), "serialNumber", item.get("serialNumber"), "quantityOnHand", onHand,
                        "availableToPromise", item.get("availableToPromiseTotal"), "unitCost", item.get("unitCost"), "value", itemValue)));
                count++;
                quantity = quantity.add(onHand);
                value = itemValue == null ? value : value.add(itemValue);
            }
        }
        GenericValue snapshot = delegator.create("PiStockSnapshot", UtilMisc.toMap("piInventoryId", piInventoryId, "snapshotType", type,
                "facilityId", inventory.get("facilityId"), "takenDate", UtilDateTime.nowTimestamp(), "itemCount", count,
                "totalQuantity", quantity, "totalValue", value));
        // written in the stock zip's order (its index's, PI_SSI_FILE): the zip then reads the rows along the index nearly in the order
        // they lie in the table
        rows.sort(FILE_ORDER);
        try (BulkInsert insert = new BulkInsert(delegator, "PiStockSnapshotItem")) {
            for (GenericValue row : rows) {
                insert.add(row);
            }
        }
        return snapshot;
    }
}
