package org.physicalinventory.ofbiz.difference;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.ofbiz.base.util.UtilDateTime;
import org.apache.ofbiz.base.util.UtilMisc;
import org.apache.ofbiz.entity.Delegator;
import org.apache.ofbiz.entity.GenericEntityException;
import org.apache.ofbiz.entity.GenericValue;
import org.apache.ofbiz.entity.condition.EntityCondition;
import org.apache.ofbiz.entity.condition.EntityOperator;
import org.apache.ofbiz.entity.util.EntityQuery;
import org.apache.ofbiz.service.GenericServiceException;
import org.apache.ofbiz.service.LocalDispatcher;
import org.physicalinventory.count.LineKey;
import org.physicalinventory.difference.Adjustment;
import org.physicalinventory.difference.Adjustment.FoundItem;
import org.physicalinventory.difference.Adjustment.ItemVariance;
import org.physicalinventory.difference.Adjustment.SerialMove;
import org.physicalinventory.difference.CountedLine.LineRef;
import org.physicalinventory.difference.Difference;
import org.physicalinventory.difference.StockDifferenceParameters;

/**
 * Writes the stock movements of a posting in the caller's transaction, the way OFBiz's
 * createPhysicalInventoryAndVariance leaves them: per adjusted item an InventoryItemVariance and an
 * InventoryItemDetail of one PhysicalInventory, new items for found stock. The details are written
 * without entity ECAs; {@link #finish()} then does once per item and product what those ECAs do once
 * per detail (item totals from all their details, the product-facility last inventory count) and
 * what the service's commit ECA does (reservations rebalanced).
 */
final class PostingWriter implements MovementWriter {

    private static final int CHUNK = 500;
    private static final String NON_SERIALIZED = "NON_SERIAL_INV_ITEM";

    private final Delegator delegator;
    private final Delegator plain;
    private final LocalDispatcher dispatcher;
    private final InventoryReview loaded;
    private final StockDifferenceParameters parameters;
    private final GenericValue userLogin;
    /** The date every movement is dated at: OFBiz's physical inventory, the details, found stock's receipt. */
    private final Timestamp postingDate;
    /** When the posting is written: the items' status history records it. */
    private final Timestamp now = UtilDateTime.nowTimestamp();
    private final String physicalInventoryId;
    private final String currency;
    private final String comments;
    /** Items whose totals change, with what changes them: quantity on hand and available to promise. */
    private final Map<String, BigDecimal[]> totalsToChange = new java.util.LinkedHashMap<>();
    private final Set<String> productsAvailableChanged = new LinkedHashSet<>();
    private final Map<String, String> itemOfProduct = new HashMap<>();
    private final List<GenericValue> rows = new ArrayList<>();

    PostingWriter(Delegator delegator, LocalDispatcher dispatcher, InventoryReview loaded, GenericValue userLogin, Timestamp postingDate,
            String physicalInventoryId, String currency) {
        this.delegator = delegator;
        this.plain = NoEca.of(delegator);
        this.dispatcher = dispatcher;
        this.loaded = loaded;
        this.parameters = loaded.parameters();
        this.userLogin = userLogin;
        this.postingDate = postingDate;
        this.physicalInventoryId = physicalInventoryId;
        this.currency = currency;
        this.comments = "Physical inventory " + loaded.inventory().getString("piInventoryId");
    }

    /** The PhysicalInventory header all details and variances of the posting refer to. */
    @Override
    public void writeHeader() throws GenericEntityException {
        plain.create("PhysicalInventory", UtilMisc.toMap("physicalInventoryId", physicalInventoryId, "physicalInventoryDate", postingDate,
                "partyId", userLogin.get("partyId"), "generalComments", comments));
    }

    /** The movements of one difference, and what the line that stands records of them. */
    @Override
    public void write(Difference difference) throws GenericEntityException {
        LineRef line = difference.lines().get(0);
        for (Adjustment adjustment : difference.adjustments()) {
            if (adjustment instanceof ItemVariance variance) {
                GenericValue item = loaded.item(variance.inventoryItemId());
                boolean serialized = InventoryReview.SERIALIZED.equals(item.getString("inventoryItemTypeId"));
                // a serialized item that left: its availability goes with it
                BigDecimal available = serialized ? item.getBigDecimal("availableToPromiseTotal").negate() : variance.quantity();
                vary(item.getString("inventoryItemId"), item.getString("productId"), variance.quantity(), available, variance.reasonId());
                if (serialized) {
                    leave(item);
                } else {
                    totalsToChange.put(item.getString("inventoryItemId"), new BigDecimal[] {variance.quantity(), available});
                }
                record(line, item.getString("inventoryItemId"), "VARIANCE", variance.quantity(), variance.unitCost(),
                        variance.reasonId(), null);
            } else if (adjustment instanceof FoundItem found) {
                String inventoryItemId = createItem(found);
                vary(inventoryItemId, found.key().productId(), found.quantity(), found.quantity(), found.reasonId());
                if (found.key().serialNumber() == null) {
                    totalsToChange.put(inventoryItemId, new BigDecimal[] {found.quantity(), found.quantity()});
                }
                record(line, inventoryItemId, "FOUND", found.quantity(), found.unitCost(), found.reasonId(), null);
            } else if (adjustment instanceof SerialMove move) {
                plain.storeByCondition("InventoryItem", UtilMisc.toMap("locationSeqId", move.toLocationSeqId()),
                        EntityCondition.makeCondition("inventoryItemId", move.inventoryItemId()));
                record(line, move.inventoryItemId(), "SERIAL_MOVE", BigDecimal.ZERO, null, null, move.fromLocationSeqId());
            }
        }
        plain.storeByCondition("PiCountLine", UtilMisc.toMap("postedQuantity", difference.difference(), "postedValue", difference.value()),
                EntityCondition.makeCondition(UtilMisc.toMap("piListId", line.piListId(), "lineSeqId", line.lineSeqId())));
        flushIfFull();
    }

    /** An InventoryItemDetail and an InventoryItemVariance, as createInventoryItemVariance writes them. */
    private void vary(String inventoryItemId, String productId, BigDecimal quantity, BigDecimal available, String reasonId) {
        String detailSeqId = delegator.getNextSeqId("InventoryItemDetail");
        rows.add(plain.makeValue("InventoryItemDetail", UtilMisc.toMap("inventoryItemId", inventoryItemId,
                "inventoryItemDetailSeqId", detailSeqId, "effectiveDate", postingDate,
                "quantityOnHandDiff", quantity, "availableToPromiseDiff", available, "accountingQuantityDiff", quantity,
                "physicalInventoryId", physicalInventoryId, "reasonEnumId", reasonId, "description", comments)));
        rows.add(plain.makeValue("InventoryItemVariance", UtilMisc.toMap("inventoryItemId", inventoryItemId,
                "physicalInventoryId", physicalInventoryId, "varianceReasonId", reasonId, "quantityOnHandVar", quantity,
                "availableToPromiseVar", available, "comments", comments)));
        if (available.signum() != 0) {
            productsAvailableChanged.add(productId);
        }
        itemOfProduct.putIfAbsent(productId, inventoryItemId);
    }

    private void record(LineRef line, String inventoryItemId, String movementTypeId, BigDecimal quantity, BigDecimal unitCost,
            String reasonId, String fromLocationSeqId) {
        rows.add(plain.makeValue("PiLinePosting", UtilMisc.toMap("piListId", line.piListId(), "lineSeqId", line.lineSeqId(),
                "inventoryItemId", inventoryItemId, "movementTypeId", movementTypeId, "quantity", quantity, "unitCost", unitCost,
                "postedValue", unitCost == null ? BigDecimal.ZERO : parameters.value(quantity, unitCost), "varianceReasonId", reasonId,
                "physicalInventoryId", reasonId == null ? null : physicalInventoryId, "fromLocationSeqId", fromLocationSeqId)));
    }

    /** A new item for stock found: serialized when a serial number was counted, available, at the found-stock cost. */
    private String createItem(FoundItem found) throws GenericEntityException {
        LineKey key = found.key();
        boolean serialized = key.serialNumber() != null;
        if (key.lotId() != null && EntityQuery.use(delegator).from("Lot").where("lotId", key.lotId()).queryOne() == null) {
            plain.create("Lot", UtilMisc.toMap("lotId", key.lotId()));
        }
        String inventoryItemId = delegator.getNextSeqId("InventoryItem");
        GenericValue item = plain.makeValue("InventoryItem", UtilMisc.toMap("inventoryItemId", inventoryItemId,
                "inventoryItemTypeId", serialized ? InventoryReview.SERIALIZED : NON_SERIALIZED, "productId", key.productId(),
                "facilityId", loaded.facility().get("facilityId"), "locationSeqId", key.locationSeqId(), "lotId", key.lotId(),
                "serialNumber", key.serialNumber(), "ownerPartyId", loaded.facility().get("ownerPartyId"), "currencyUomId", currency,
                "unitCost", found.unitCost(), "datetimeReceived", postingDate, "comments", comments));
        if (serialized) {
            // what updateSerializedInventoryTotals and createInventoryItemStatus do for a new available serialized item
            item.set("statusId", "INV_AVAILABLE");
            item.set("quantityOnHandTotal", BigDecimal.ONE);
            item.set("availableToPromiseTotal", BigDecimal.ONE);
            item.set("accountingQuantityTotal", BigDecimal.ONE);
        }
        plain.create(item);
        if (serialized) {
            statusHistory(inventoryItemId, key.productId(), "INV_AVAILABLE");
        }
        return inventoryItemId;
    }

    /**
     * A serialized item counted nowhere leaves the book as OFBiz marks a serialized item that left the
     * warehouse: status delivered, on hand and available zero (updateSerializedInventoryTotals keeps it so).
     */
    private void leave(GenericValue item) throws GenericEntityException {
        plain.storeByCondition("InventoryItem", UtilMisc.toMap("statusId", "INV_DELIVERED", "quantityOnHandTotal", BigDecimal.ZERO,
                "availableToPromiseTotal", BigDecimal.ZERO, "accountingQuantityTotal", BigDecimal.ZERO),
                EntityCondition.makeCondition("inventoryItemId", item.get("inventoryItemId")));
        for (GenericValue open : EntityQuery.use(delegator).from("InventoryItemStatus")
                .where("inventoryItemId", item.get("inventoryItemId"), "statusEndDatetime", null).queryList()) {
            open.set("statusEndDatetime", now);
            plain.store(open);
        }
        statusHistory(item.getString("inventoryItemId"), item.getString("productId"), "INV_DELIVERED");
    }

    private void statusHistory(String inventoryItemId, String productId, String statusId) {
        rows.add(plain.makeValue("InventoryItemStatus", UtilMisc.toMap("inventoryItemId", inventoryItemId, "statusId", statusId,
                "statusDatetime", now, "changeByUserLoginId", userLogin.get("userLoginId"), "productId", productId)));
    }

    private void flushIfFull() throws GenericEntityException {
        if (rows.size() >= CHUNK) {
            flush();
        }
    }

    private void flush() throws GenericEntityException {
        for (GenericValue row : rows) {
            plain.create(row);
        }
        rows.clear();
    }

    /**
     * Once per item and product, what OFBiz's ECAs do per detail: item totals, the sum of all the item's
     * details (updateInventoryItemFromDetail), the product-facility last inventory count where
     * availability changed (setLastInventoryCount), then reservations rebalanced for products that have
     * reservations (balanceInventoryItems) and discontinuation checked where stock ran out.
     */
    @Override
    public void finish() throws GenericEntityException, GenericServiceException {
        flush();
        for (Map.Entry<String, BigDecimal[]> change : totalsToChange.entrySet()) {
            updateTotals(change.getKey(), change.getValue()[0], change.getValue()[1]);
        }
        String facilityId = loaded.facility().getString("facilityId");
        for (List<String> chunk : chunks(productsAvailableChanged)) {
            List<GenericValue> productFacilities = EntityQuery.use(delegator).from("ProductFacility").where(
                    EntityCondition.makeCondition("facilityId", facilityId),
                    EntityCondition.makeCondition("productId", EntityOperator.IN, chunk)).queryList();
            if (!productFacilities.isEmpty()) {
                Map<String, BigDecimal> available = availableByProduct(facilityId, chunk);
                for (GenericValue productFacility : productFacilities) {
                    plain.storeByCondition("ProductFacility", UtilMisc.toMap("lastInventoryCount",
                            available.getOrDefault(productFacility.getString("productId"), BigDecimal.ZERO)),
                            EntityCondition.makeCondition(productFacility.getPrimaryKey()));
                }
            }
        }
        for (List<String> chunk : chunks(itemOfProduct.keySet())) {
            Set<String> reserved = new LinkedHashSet<>();
            EntityQuery.use(delegator).from("OrderItemShipGrpInvResAndItem").where(
                    EntityCondition.makeCondition("facilityId", facilityId),
                    EntityCondition.makeCondition("productId", EntityOperator.IN, chunk)).select("productId").distinct().queryList()
                    .forEach(r -> reserved.add(r.getString("productId")));
            for (String productId : reserved) {
                dispatcher.runSync("balanceInventoryItems", UtilMisc.toMap("inventoryItemId", itemOfProduct.get(productId),
                        "userLogin", InventoryReview.systemUser(delegator)));
            }
            for (GenericValue product : EntityQuery.use(delegator).from("Product").where(
                    EntityCondition.makeCondition("productId", EntityOperator.IN, chunk),
                    EntityCondition.makeCondition("salesDiscWhenNotAvail", "Y")).queryList()) {
                dispatcher.runAsync("checkProductInventoryDiscontinuation", UtilMisc.toMap("productId", product.get("productId"),
                        "userLogin", InventoryReview.systemUser(delegator)), false);
            }
        }
    }

    /**
     * The item's totals as OFBiz's updateInventoryItemFromDetail leaves them, the sum of all its details:
     * the totals read for the review plus this posting's detail, written only if they are still what was
     * read; an item changed meanwhile (or without totals) is summed from its details. A new item holds
     * its one detail.
     */
    private void updateTotals(String inventoryItemId, BigDecimal onHandDiff, BigDecimal availableDiff) throws GenericEntityException {
        GenericValue read = loaded.item(inventoryItemId);
        EntityCondition unchanged = null;
        Map<String, Object> totals;
        if (read == null) {
            totals = UtilMisc.toMap("quantityOnHandTotal", onHandDiff, "availableToPromiseTotal", availableDiff,
                    "accountingQuantityTotal", onHandDiff);
        } else {
            BigDecimal onHand = read.getBigDecimal("quantityOnHandTotal");
            BigDecimal available = read.getBigDecimal("availableToPromiseTotal");
            BigDecimal accounting = read.getBigDecimal("accountingQuantityTotal");
            totals = onHand == null || available == null || accounting == null ? null : UtilMisc.toMap("quantityOnHandTotal",
                    onHand.add(onHandDiff), "availableToPromiseTotal", available.add(availableDiff), "accountingQuantityTotal",
                    accounting.add(onHandDiff));
            unchanged = totals == null ? null : EntityCondition.makeCondition(UtilMisc.toMap("quantityOnHandTotal", onHand,
                    "availableToPromiseTotal", available, "accountingQuantityTotal", accounting));
        }
        EntityCondition item = EntityCondition.makeCondition("inventoryItemId", inventoryItemId);
        if (totals != null && plain.storeByCondition("InventoryItem", totals,
                unchanged == null ? item : EntityCondition.makeCondition(item, EntityOperator.AND, unchanged)) == 1) {
            return;
        }
        GenericValue summary = EntityQuery.use(delegator).from("InventoryItemDetailSummary").where("inventoryItemId", inventoryItemId)
                .queryOne();
        plain.storeByCondition("InventoryItem", UtilMisc.toMap("quantityOnHandTotal", summary.get("quantityOnHandTotal"),
                "availableToPromiseTotal", summary.get("availableToPromiseTotal"),
                "accountingQuantityTotal", summary.get("accountingQuantityTotal")), item);
    }

    /** What getInventoryAvailableByFacility answers, for many products at once: the items it counts, summed. */
    private Map<String, BigDecimal> availableByProduct(String facilityId, List<String> productIds) throws GenericEntityException {
        Map<String, BigDecimal> available = new HashMap<>();
        for (GenericValue item : EntityQuery.use(delegator).from("InventoryItem").where(
                EntityCondition.makeCondition("facilityId", facilityId),
                EntityCondition.makeCondition("productId", EntityOperator.IN, productIds))
                .select("productId", "statusId", "inventoryItemTypeId", "availableToPromiseTotal").queryList()) {
            String status = item.getString("statusId");
            if (status == null || "INV_AVAILABLE".equals(status) || "INV_NS_RETURNED".equals(status)
                    || InventoryReview.SERIALIZED.equals(item.getString("inventoryItemTypeId"))) {
                BigDecimal atp = item.getBigDecimal("availableToPromiseTotal");
                available.merge(item.getString("productId"), atp == null ? BigDecimal.ZERO : atp, BigDecimal::add);
            }
        }
        return available;
    }

    private static List<List<String>> chunks(Collection<String> ids) {
        List<List<String>> chunks = new ArrayList<>();
        List<String> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += CHUNK) {
            chunks.add(all.subList(from, Math.min(all.size(), from + CHUNK)));
        }
        return chunks;
    }
}
