package org.physicalinventory.ofbiz.supervision;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.ofbiz.entity.Delegator;
import org.apache.ofbiz.entity.GenericEntityException;
import org.apache.ofbiz.entity.GenericValue;
import org.apache.ofbiz.entity.condition.EntityCondition;
import org.apache.ofbiz.entity.condition.EntityFieldValue;
import org.apache.ofbiz.entity.condition.EntityOperator;
import org.apache.ofbiz.entity.util.EntityQuery;
import org.physicalinventory.ofbiz.count.ReadOrigin;
import org.physicalinventory.supervision.AisleTile;
import org.physicalinventory.supervision.CounterReads;
import org.physicalinventory.supervision.Progress;
import org.physicalinventory.supervision.WatchedLine;

/**
 * What supervision reads of an inventory, each figure added up by the database in one query over the views of
 * entitymodel_supervision.xml (never the inventory's lines in memory): lines per aisle, reads per counter, serials read more
 * than once, and the latest counted lines that differ from the book or were not on the list.
 */
final class SupervisionRows {

    /** The fields of a watched line read: what {@link WatchedLine} holds but the unit cost, and the line's item. */
    private static final String[] WATCHED_FIELDS = {"piListId", "lineSeqId", "productId", "locationSeqId", "lotId", "serialNumber", "bookQuantity",
        "countedQuantity", "blindCount", "countedByUserLogin", "countedDate", "inventoryItemId"};

    private SupervisionRows() {
    }

    /** Lines and counted lines per area and aisle of the facility's locations. */
    static List<AisleTile> aisles(Delegator delegator, String piInventoryId, String facilityId) throws GenericEntityException {
        List<AisleTile> tiles = new ArrayList<>();
        for (GenericValue row : EntityQuery.use(delegator).from("PiAisleProgress").where("piInventoryId", piInventoryId, "facilityId", facilityId)
                .select("areaId", "aisleId", "lines", "countedLines").queryList()) {
            tiles.add(new AisleTile(row.getString("areaId"), row.getString("aisleId"), new Progress(count(row, "lines"), count(row, "countedLines"))));
        }
        return tiles;
    }

    /** Each counter's reads of the inventory (undos and imported files left out), with how many since {@code windowStart}. */
    static List<CounterReads> counters(Delegator delegator, String piInventoryId, Instant windowStart) throws GenericEntityException {
        Map<String, Long> inWindow = new HashMap<>();
        for (GenericValue row : EntityQuery.use(delegator).from("PiCounterReads").where(counted(piInventoryId),
                EntityCondition.makeCondition("scanDate", EntityOperator.GREATER_THAN_EQUAL_TO, Timestamp.from(windowStart)))
                .select("userLoginId", "reads").queryList()) {
            inWindow.put(row.getString("userLoginId"), count(row, "reads"));
        }
        List<CounterReads> counters = new ArrayList<>();
        for (GenericValue row : EntityQuery.use(delegator).from("PiCounterReads").where(counted(piInventoryId))
                .select("userLoginId", "reads", "firstRead", "lastRead").queryList()) {
            String user = row.getString("userLoginId");
            counters.add(new CounterReads(user, count(row, "reads"), instant(row, "firstRead"), instant(row, "lastRead"), inWindow.getOrDefault(user, 0L)));
        }
        return counters;
    }

    /** The serials of the inventory read more than once (undos and reads undone left out), the latest first. */
    static List<GenericValue> serialsReadAgain(Delegator delegator, String piInventoryId, int max) throws GenericEntityException {
        return EntityQuery.use(delegator).from("PiSerialReads").where(counted(piInventoryId),
                EntityCondition.makeCondition("serialNumber", EntityOperator.NOT_EQUAL, null), EntityCondition.makeCondition("undoneByScanKey", null))
                .having(EntityCondition.makeCondition("reads", EntityOperator.GREATER_THAN, 1L))
                .select("productId", "serialNumber", "reads", "lines", "locations", "lastRead").orderBy("-lastRead").maxRows(max).queryList()
                .stream().limit(max).toList();
    }

    /** The reads of the inventory's handhelds that the counting rules refused, the latest first. */
    static List<GenericValue> latestRefused(Delegator delegator, String piInventoryId, int max) throws GenericEntityException {
        return EntityQuery.use(delegator).from("PiInventoryRefusedRead").where("piInventoryId", piInventoryId)
                .select("piListId", "userLoginId", "refusedDate", "locationSeqId", "productId", "lotId", "serialNumber", "rawCode", "refusal")
                .orderBy("-refusedDate").maxRows(max).queryList().stream().limit(max).toList();
    }

    static long refusedCount(Delegator delegator, String piInventoryId) throws GenericEntityException {
        return EntityQuery.use(delegator).from("PiInventoryRefusedRead").where("piInventoryId", piInventoryId).queryCount();
    }

    /** The latest counted lines whose count is not their book quantity, the latest first. */
    static List<WatchedLine> latestDiffering(Delegator delegator, String piInventoryId, int max) throws GenericEntityException {
        EntityCondition differs = EntityCondition.makeCondition(EntityCondition.makeCondition("bookQuantity", null), EntityOperator.OR,
                EntityCondition.makeCondition("countedQuantity", EntityOperator.NOT_EQUAL, EntityFieldValue.makeFieldValue("bookQuantity")));
        return watched(delegator, max, EntityCondition.makeCondition("piInventoryId", piInventoryId),
                EntityCondition.makeCondition("countedQuantity", EntityOperator.NOT_EQUAL, null), differs);
    }

    /** The latest counted lines added while counting (not on the list), the latest first. */
    static List<WatchedLine> latestUnlisted(Delegator delegator, String piInventoryId, int max) throws GenericEntityException {
        return watched(delegator, max, EntityCondition.makeCondition("piInventoryId", piInventoryId), EntityCondition.makeCondition("unlisted", "Y"));
    }

    /** How many lines were added while counting. */
    static long unlistedCount(Delegator delegator, String piInventoryId) throws GenericEntityException {
        return EntityQuery.use(delegator).from("PiWatchedLine").where("piInventoryId", piInventoryId, "unlisted", "Y").queryCount();
    }

    /**
     * The latest {@code max} lines the conditions keep, then the unit costs of their items in one query: the lines are sorted by
     * count date without their items (on embedded Derby an item looked up for every counted line before the sort was most of a
     * refresh of a large inventory).
     */
    private static List<WatchedLine> watched(Delegator delegator, int max, EntityCondition... conditions) throws GenericEntityException {
        List<GenericValue> rows = EntityQuery.use(delegator).from("PiWatchedLine").where(conditions).select(WATCHED_FIELDS)
                .orderBy("-countedDate", "-lineSeqId").maxRows(max).queryList().stream().limit(max).toList();
        Map<String, BigDecimal> unitCosts = unitCosts(delegator, rows.stream().map(row -> row.getString("inventoryItemId")).filter(Objects::nonNull).toList());
        List<WatchedLine> lines = new ArrayList<>();
        for (GenericValue row : rows) {
            lines.add(new WatchedLine(row.getString("piListId"), row.getString("lineSeqId"), row.getString("productId"), row.getString("locationSeqId"),
                    row.getString("lotId"), row.getString("serialNumber"), row.getBigDecimal("bookQuantity"), row.getBigDecimal("countedQuantity"),
                    unitCosts.get(row.getString("inventoryItemId")), "Y".equals(row.getString("blindCount")), row.getString("countedByUserLogin"),
                    instant(row, "countedDate")));
        }
        return lines;
    }

    /** The unit cost of each of the items given that has one. */
    private static Map<String, BigDecimal> unitCosts(Delegator delegator, List<String> inventoryItemIds) throws GenericEntityException {
        Map<String, BigDecimal> costs = new HashMap<>();
        if (inventoryItemIds.isEmpty()) {
            return costs;
        }
        for (GenericValue item : EntityQuery.use(delegator).from("InventoryItem")
                .where(EntityCondition.makeCondition("inventoryItemId", EntityOperator.IN, new HashSet<>(inventoryItemIds)))
                .select("inventoryItemId", "unitCost").queryList()) {
            if (item.get("unitCost") != null) {
                costs.put(item.getString("inventoryItemId"), item.getBigDecimal("unitCost"));
            }
        }
        return costs;
    }

    /** Reads of the inventory made by a counter: neither an undo nor a file imported. */
    private static EntityCondition counted(String piInventoryId) {
        return EntityCondition.makeCondition(EntityCondition.makeCondition("piInventoryId", piInventoryId),
                EntityCondition.makeCondition(EntityCondition.makeCondition("readSource", null), EntityOperator.OR,
                        EntityCondition.makeCondition("readSource", EntityOperator.NOT_IN, List.of(ReadOrigin.UNDO, ReadOrigin.IMPORT))));
    }

    private static long count(GenericValue row, String field) {
        Long value = row.getLong(field);
        return value == null ? 0 : value;
    }

    private static Instant instant(GenericValue row, String field) {
        Timestamp stamp = row.getTimestamp(field);
        return stamp == null ? null : stamp.toInstant();
    }
}
