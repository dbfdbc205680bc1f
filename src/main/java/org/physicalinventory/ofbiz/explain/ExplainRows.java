package org.physicalinventory.ofbiz.explain;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.ofbiz.entity.Delegator;
import org.apache.ofbiz.entity.GenericEntityException;
import org.apache.ofbiz.entity.GenericValue;
import org.apache.ofbiz.entity.condition.EntityCondition;
import org.apache.ofbiz.entity.condition.EntityOperator;
import org.apache.ofbiz.entity.util.EntityListIterator;
import org.apache.ofbiz.entity.util.EntityQuery;
import org.physicalinventory.count.LineKey;
import org.physicalinventory.explain.Movement;
import org.physicalinventory.explain.Transfer;

/**
 * What the story of a difference and its likely causes read from OFBiz: the stock movements of a facility's items (PiStoryMovement),
 * the transfers of its items (PiTransferItem), the products' packs, and the two parameters of the stock-difference parameters that
 * set the cut-off window and the story's period.
 */
public final class ExplainRows {

    /** The cut-off window when the parameters set none, in minutes before and after a count. */
    public static final int CUT_OFF_MINUTES = 120;
    /** How far back a story goes when nobody counted its key before and the parameters set no period, in days. */
    public static final int STORY_DAYS = 365;
    private static final String[] MOVEMENT_FIELDS = {"inventoryItemId", "effectiveDate", "quantityOnHandDiff", "physicalInventoryId",
        "receiptId", "itemIssuanceId", "orderId", "returnId", "workEffortId", "fixedAssetId", "detailShipmentId", "receiptShipmentId",
        "receiptReturnId", "issuanceShipmentId", "issuanceOrderId", "productId", "locationSeqId", "lotId", "serialNumber"};

    private ExplainRows() {
    }

    /** The cut-off window the facility's stock-difference parameters set (cutOffMinutes), else the default. */
    public static Duration window(GenericValue parameters) {
        Long minutes = parameters == null ? null : parameters.getLong("cutOffMinutes");
        return Duration.ofMinutes(minutes == null || minutes < 0 ? CUT_OFF_MINUTES : minutes);
    }

    /** The story's period the facility's parameters set (storyDays), else the default. */
    public static int storyDays(GenericValue parameters) {
        Long days = parameters == null ? null : parameters.getLong("storyDays");
        return days == null || days < 1 ? STORY_DAYS : days.intValue();
    }

    /** The movements of the facility's items booked in [from, until], in one query. */
    public static List<Movement> movementsBetween(Delegator delegator, String facilityId, Instant from, Instant until)
            throws GenericEntityException {
        return movements(delegator, EntityCondition.makeCondition(List.of(EntityCondition.makeCondition("facilityId", facilityId),
                EntityCondition.makeCondition("effectiveDate", EntityOperator.GREATER_THAN_EQUAL_TO, Timestamp.from(from)),
                EntityCondition.makeCondition("effectiveDate", EntityOperator.LESS_THAN_EQUAL_TO, Timestamp.from(until)),
                EntityCondition.makeCondition("quantityOnHandDiff", EntityOperator.NOT_EQUAL, BigDecimal.ZERO))), false);
    }

    /**
     * The movements of the facility's items of these keys booked in [from, until]: their items found by product (OFBiz's index),
     * then their details by item id (the details' primary key), so that the database reads only those rows.
     */
    public static List<Movement> movementsOfKeys(Delegator delegator, String facilityId, Set<LineKey> keys, Instant from, Instant until)
            throws GenericEntityException {
        List<String> itemIds = new ArrayList<>();
        try (EntityListIterator items = EntityQuery.use(delegator).from("InventoryItem").where(EntityCondition.makeCondition("facilityId", facilityId),
                EntityCondition.makeCondition("productId", EntityOperator.IN, keys.stream().map(LineKey::productId).distinct().toList()))
                .select("inventoryItemId", "productId", "locationSeqId", "lotId", "serialNumber").queryIterator()) {
            GenericValue item;
            while ((item = items.next()) != null) {
                if (keys.contains(LineKey.of(item::getString))) {
                    itemIds.add(item.getString("inventoryItemId"));
                }
            }
        }
        if (itemIds.isEmpty()) {
            return List.of();
        }
        return movements(delegator, EntityCondition.makeCondition(List.of(EntityCondition.makeCondition("inventoryItemId", EntityOperator.IN, itemIds),
                EntityCondition.makeCondition("effectiveDate", EntityOperator.GREATER_THAN_EQUAL_TO, Timestamp.from(from)),
                EntityCondition.makeCondition("effectiveDate", EntityOperator.LESS_THAN_EQUAL_TO, Timestamp.from(until)),
                EntityCondition.makeCondition("quantityOnHandDiff", EntityOperator.NOT_EQUAL, BigDecimal.ZERO))), false);
    }

    /** The movements of the items of a key of the facility booked after a moment. */
    public static List<Movement> movementsOf(Delegator delegator, String facilityId, LineKey key, Instant after) throws GenericEntityException {
        return movements(delegator, EntityCondition.makeCondition(List.of(ofKey(facilityId, key),
                EntityCondition.makeCondition("effectiveDate", EntityOperator.GREATER_THAN, Timestamp.from(after)),
                EntityCondition.makeCondition("quantityOnHandDiff", EntityOperator.NOT_EQUAL, BigDecimal.ZERO))), true);
    }

    /** OFBiz's last physical inventory (variance) of the items of a key of the facility: its detail, or null. */
    public static GenericValue lastVariance(Delegator delegator, String facilityId, LineKey key) throws GenericEntityException {
        return EntityQuery.use(delegator).from("PiStoryMovement").where(ofKey(facilityId, key),
                EntityCondition.makeCondition("physicalInventoryId", EntityOperator.NOT_EQUAL, null)).select("physicalInventoryId", "effectiveDate")
                .orderBy("-effectiveDate").maxRows(1).queryFirst();
    }

    /** The key's latest count on another inventory of this plugin of the facility, posted: its inventory and count date, or null. */
    public static GenericValue lastPostedCount(Delegator delegator, String facilityId, LineKey key, String exceptPiInventoryId)
            throws GenericEntityException {
        return EntityQuery.use(delegator).from("PiCountLineAndInventory").where(ofKey(facilityId, key),
                EntityCondition.makeCondition("countedDate", EntityOperator.NOT_EQUAL, null),
                EntityCondition.makeCondition("postedDate", EntityOperator.NOT_EQUAL, null),
                EntityCondition.makeCondition("piInventoryId", EntityOperator.NOT_EQUAL, exceptPiInventoryId))
                .select("piInventoryId", "countedDate").orderBy("-countedDate").queryFirst();
    }

    private static EntityCondition ofKey(String facilityId, LineKey key) {
        return EntityCondition.makeCondition(List.of(EntityCondition.makeCondition("facilityId", facilityId),
                EntityCondition.makeCondition("productId", key.productId()), EntityCondition.makeCondition("locationSeqId", key.locationSeqId()),
                EntityCondition.makeCondition("lotId", key.lotId()), EntityCondition.makeCondition("serialNumber", key.serialNumber())));
    }

    /** The movements a condition keeps, oldest first when asked (the rules need no order). */
    private static List<Movement> movements(Delegator delegator, EntityCondition where, boolean ordered) throws GenericEntityException {
        List<Movement> movements = new ArrayList<>();
        EntityQuery query = EntityQuery.use(delegator).from("PiStoryMovement").where(where).select(MOVEMENT_FIELDS);
        try (EntityListIterator rows = (ordered ? query.orderBy("effectiveDate") : query).queryIterator()) {
            GenericValue row;
            while ((row = rows.next()) != null) {
                movements.add(Movement.of(LineKey.of(row::getString), row.getString("inventoryItemId"), row.getTimestamp("effectiveDate").toInstant(),
                        row.getBigDecimal("quantityOnHandDiff"), origin(row)));
            }
        }
        return movements;
    }

    private static Movement.Origin origin(GenericValue row) {
        return new Movement.Origin(row.getString("physicalInventoryId"), row.getString("receiptId"), row.getString("receiptShipmentId"),
                first(row, "returnId", "receiptReturnId"), row.getString("itemIssuanceId"), first(row, "issuanceShipmentId", "detailShipmentId"),
                first(row, "orderId", "issuanceOrderId"), row.getString("workEffortId"), row.getString("fixedAssetId"));
    }

    private static String first(GenericValue row, String field, String otherField) {
        return row.getString(field) != null ? row.getString(field) : row.getString(otherField);
    }

    /**
     * The transfers of items out of the facility or into it (not cancelled) under way at some point of [from, until]: sent before
     * its end and not received before its start; with a location, only those out of it or into it.
     */
    public static List<Transfer> transfers(Delegator delegator, String facilityId, String locationSeqId, Instant from, Instant until)
            throws GenericEntityException {
        EntityCondition out = EntityCondition.makeCondition("facilityId", facilityId);
        EntityCondition in = EntityCondition.makeCondition("facilityIdTo", facilityId);
        if (locationSeqId != null) {
            out = EntityCondition.makeCondition(out, EntityCondition.makeCondition("locationSeqId", locationSeqId));
            in = EntityCondition.makeCondition(in, EntityCondition.makeCondition("locationSeqIdTo", locationSeqId));
        }
        List<EntityCondition> where = new ArrayList<>(List.of(EntityCondition.makeCondition(out, EntityOperator.OR, in),
                EntityCondition.makeCondition("statusId", EntityOperator.NOT_EQUAL, "IXF_CANCELLED"),
                EntityCondition.makeCondition(EntityCondition.makeCondition("receiveDate", null), EntityOperator.OR,
                        EntityCondition.makeCondition("receiveDate", EntityOperator.GREATER_THAN_EQUAL_TO, Timestamp.from(from)))));
        if (until != null) {
            where.add(EntityCondition.makeCondition("sendDate", EntityOperator.LESS_THAN_EQUAL_TO, Timestamp.from(until)));
        }
        List<Transfer> transfers = new ArrayList<>();
        for (GenericValue row : EntityQuery.use(delegator).from("PiTransferItem").where(where).orderBy("sendDate").queryList()) {
            transfers.add(new Transfer(row.getString("inventoryTransferId"), row.getString("productId"), row.getString("lotId"),
                    row.getString("serialNumber"), row.getString("facilityId"), row.getString("locationSeqId"), row.getString("facilityIdTo"),
                    row.getString("locationSeqIdTo"), quantity(row), instant(row.getTimestamp("sendDate")), instant(row.getTimestamp("receiveDate"))));
        }
        return transfers;
    }

    private static BigDecimal quantity(GenericValue row) {
        return row.getString("serialNumber") != null ? BigDecimal.ONE : row.getBigDecimal("quantityOnHandTotal");
    }

    /** The pieces of each product's pack (Product.piecesIncluded above 1) among some products, in one query. */
    public static Map<String, BigDecimal> packs(Delegator delegator, Set<String> productIds) throws GenericEntityException {
        Map<String, BigDecimal> packs = new HashMap<>();
        try (EntityListIterator rows = EntityQuery.use(delegator).from("Product").where(EntityCondition.makeCondition("piecesIncluded",
                EntityOperator.GREATER_THAN, 1L)).select("productId", "piecesIncluded").queryIterator()) {
            GenericValue row;
            while ((row = rows.next()) != null) {
                if (productIds.contains(row.getString("productId"))) {
                    packs.put(row.getString("productId"), BigDecimal.valueOf(row.getLong("piecesIncluded")));
                }
            }
        }
        return packs;
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
