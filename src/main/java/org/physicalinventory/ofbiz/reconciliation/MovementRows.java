package org.physicalinventory.ofbiz.reconciliation;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.ofbiz.entity.Delegator;
import org.apache.ofbiz.entity.GenericEntityException;
import org.apache.ofbiz.entity.GenericValue;
import org.apache.ofbiz.entity.condition.EntityCondition;
import org.apache.ofbiz.entity.condition.EntityOperator;
import org.apache.ofbiz.entity.util.EntityListIterator;
import org.apache.ofbiz.entity.util.EntityQuery;
import org.physicalinventory.ofbiz.Transactions;
import org.physicalinventory.reconciliation.Document;
import org.physicalinventory.reconciliation.Document.MovementOrigin;
import org.physicalinventory.reconciliation.ItemHistory;
import org.physicalinventory.reconciliation.ItemHistory.Detail;
import org.physicalinventory.reconciliation.MovementSum;
import org.physicalinventory.reconciliation.Outside.Moved;

/**
 * The stock movements of an organisation's facilities (views PiMovementSum, added up by the database, and PiMovementOrigin): a
 * movement is an InventoryItemDetail that changes the quantity on hand; a revision of cost is one that records a unit cost and moves
 * nothing.
 */
final class MovementRows {

    /** The fields naming a movement's document, in the order of {@link MovementOrigin}. */
    private static final List<String> ORIGIN_FIELDS = List.of("physicalInventoryId", "receiptId", "receiptShipmentId", "issuanceShipmentId",
            "fixedAssetId", "workEffortId");
    private static final int IN_CHUNK = 500;

    private MovementRows() {
    }

    /** The facilities the organisation owns. */
    static List<String> facilitiesOf(Delegator delegator, String organizationPartyId) throws GenericEntityException {
        return EntityQuery.use(delegator).from("Facility").where("ownerPartyId", organizationPartyId).select("facilityId").orderBy("facilityId")
                .queryList().stream().map(f -> f.getString("facilityId")).toList();
    }

    /** The period's movements by document, product and facility, valued at each item's current unit cost. */
    static List<MovementSum> sums(Delegator delegator, List<String> facilityIds, Timestamp from, Timestamp until) throws GenericEntityException {
        List<EntityCondition> where = new ArrayList<>(List.of(moves(facilityIds),
                EntityCondition.makeCondition("effectiveDate", EntityOperator.LESS_THAN, until)));
        if (from != null) {
            where.add(EntityCondition.makeCondition("effectiveDate", EntityOperator.GREATER_THAN_EQUAL_TO, from));
        }
        List<String> fields = new ArrayList<>(List.of("facilityId", "productId", "firstDate", "lastDate", "movements", "quantity", "oneItemId",
                "value"));
        fields.addAll(ORIGIN_FIELDS);
        return Transactions.read(() -> {
            List<MovementSum> sums = new ArrayList<>();
            try (EntityListIterator rows = EntityQuery.use(delegator).from("PiMovementSum").where(where).select(fields.toArray(new String[0]))
                    .queryIterator()) {
                GenericValue row;
                while ((row = rows.next()) != null) {
                    sums.add(new MovementSum(Document.ofMovement(origin(row), row.getString("productId")), row.getString("facilityId"),
                            row.getString("productId"), row.getString("oneItemId"), row.getLong("movements"), row.getBigDecimal("quantity"),
                            row.getBigDecimal("value"), instant(row, "firstDate"), instant(row, "lastDate")));
                }
            }
            return sums;
        });
    }

    /**
     * The items of the facilities whose unit cost was revised in the period or after it (a sum at their current cost would value their
     * movements wrongly), each with its movements up to the end of the period.
     */
    static List<ItemHistory> revaluedItems(Delegator delegator, List<String> facilityIds, Timestamp from, Timestamp until)
            throws GenericEntityException {
        List<EntityCondition> where = new ArrayList<>(List.of(EntityCondition.makeCondition("facilityId", EntityOperator.IN, facilityIds),
                revisions()));
        if (from != null) {
            where.add(EntityCondition.makeCondition("effectiveDate", EntityOperator.GREATER_THAN_EQUAL_TO, from));
        }
        List<String> itemIds = EntityQuery.use(delegator).from("PiMovementOrigin").where(where).select("inventoryItemId").distinct().queryList()
                .stream().map(r -> r.getString("inventoryItemId")).toList();
        Map<String, GenericValue> items = new LinkedHashMap<>();
        Map<String, List<Detail>> details = new HashMap<>();
        for (List<String> chunk : Documents.chunks(itemIds, IN_CHUNK)) {
            for (GenericValue row : EntityQuery.use(delegator).from("PiMovementOrigin").where(EntityCondition.makeCondition("inventoryItemId",
                    EntityOperator.IN, chunk), EntityCondition.makeCondition("effectiveDate", EntityOperator.LESS_THAN, until)).queryList()) {
                items.putIfAbsent(row.getString("inventoryItemId"), row);
                details.computeIfAbsent(row.getString("inventoryItemId"), k -> new ArrayList<>()).add(new Detail(instant(row, "effectiveDate"),
                        row.getString("inventoryItemDetailSeqId"), row.getBigDecimal("quantityOnHandDiff"), row.getBigDecimal("unitCost"),
                        Document.ofMovement(origin(row), row.getString("productId"))));
            }
        }
        return items.values().stream().map(row -> new ItemHistory(row.getString("inventoryItemId"), row.getString("productId"),
                row.getString("facilityId"), row.getBigDecimal("itemUnitCost"), details.get(row.getString("inventoryItemId")))).toList();
    }

    /** When the stock of some documents moved in the facilities (their cost revised, for items): the first and the last time. */
    static Map<Document, Moved> movedAt(Delegator delegator, List<String> facilityIds, Collection<Document> documents)
            throws GenericEntityException {
        Map<Document, Moved> moved = new HashMap<>();
        for (Document.Kind kind : Document.Kind.values()) {
            List<String> ids = documents.stream().filter(d -> d.kind() == kind && d.id() != null).map(Document::id).toList();
            for (List<String> chunk : Documents.chunks(ids, IN_CHUNK)) {
                if (kind == Document.Kind.ITEM) {
                    revisedAt(delegator, chunk, moved);
                }
                for (String field : fieldsOf(kind)) {
                    for (GenericValue row : EntityQuery.use(delegator).from("PiMovementSum").where(moves(facilityIds),
                            EntityCondition.makeCondition(field, EntityOperator.IN, chunk)).select(field, "firstDate", "lastDate").queryList()) {
                        moved.merge(new Document(kind, row.getString(field)), new Moved(instant(row, "firstDate"), instant(row, "lastDate")),
                                MovementRows::span);
                    }
                }
            }
        }
        return moved;
    }

    /** The revisions of cost of some items, as when their "document" moved. */
    private static void revisedAt(Delegator delegator, List<String> itemIds, Map<Document, Moved> moved) throws GenericEntityException {
        for (GenericValue row : EntityQuery.use(delegator).from("PiMovementOrigin").where(EntityCondition.makeCondition("inventoryItemId",
                EntityOperator.IN, itemIds), revisions()).select("inventoryItemId", "effectiveDate").queryList()) {
            Instant when = instant(row, "effectiveDate");
            moved.merge(Document.ofItem(row.getString("inventoryItemId")), new Moved(when, when), MovementRows::span);
        }
    }

    /** The movement fields naming a kind of document (a shipment: through its receipts and its issuances). */
    private static List<String> fieldsOf(Document.Kind kind) {
        return switch (kind) {
        case PHYSICAL_INVENTORY -> List.of("physicalInventoryId");
        case SHIPMENT -> List.of("receiptShipmentId", "issuanceShipmentId");
        case RECEIPT -> List.of("receiptId");
        case WORK_EFFORT -> List.of("workEffortId");
        case FIXED_ASSET -> List.of("fixedAssetId");
        case ITEM, NONE, ORDER, RETURN, TRANSFER -> List.of();
        };
    }

    private static Moved span(Moved a, Moved b) {
        return new Moved(a.firstDate().isBefore(b.firstDate()) ? a.firstDate() : b.firstDate(),
                a.lastDate().isAfter(b.lastDate()) ? a.lastDate() : b.lastDate());
    }

    /** Details of the facilities that change the quantity on hand. */
    private static EntityCondition moves(List<String> facilityIds) {
        return EntityCondition.makeCondition(EntityCondition.makeCondition("facilityId", EntityOperator.IN, facilityIds),
                EntityCondition.makeCondition("quantityOnHandDiff", EntityOperator.NOT_EQUAL, BigDecimal.ZERO));
    }

    /** Details that record a unit cost and move nothing: revisions of an item's cost. */
    private static EntityCondition revisions() {
        return EntityCondition.makeCondition(EntityCondition.makeCondition("unitCost", EntityOperator.NOT_EQUAL, null),
                EntityCondition.makeCondition(EntityCondition.makeCondition("quantityOnHandDiff", null), EntityOperator.OR,
                        EntityCondition.makeCondition("quantityOnHandDiff", BigDecimal.ZERO)));
    }

    private static MovementOrigin origin(GenericValue row) {
        return new MovementOrigin(row.getString(ORIGIN_FIELDS.get(0)), row.getString(ORIGIN_FIELDS.get(1)), row.getString(ORIGIN_FIELDS.get(2)),
                row.getString(ORIGIN_FIELDS.get(3)), row.getString(ORIGIN_FIELDS.get(4)), row.getString(ORIGIN_FIELDS.get(5)));
    }

    private static Instant instant(GenericValue row, String field) {
        Timestamp timestamp = row.getTimestamp(field);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
