package org.physicalinventory.ofbiz.cycle;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
import org.physicalinventory.cycle.AbcClass;
import org.physicalinventory.cycle.CyclePlanner;
import org.physicalinventory.cycle.CycleSettings;
import org.physicalinventory.cycle.DueItem;
import org.physicalinventory.cycle.LineCount;
import org.physicalinventory.cycle.StockKey;
import org.physicalinventory.inventory.InventoryStatus;
import org.physicalinventory.inventory.ListStatus;

/**
 * Reads what the plan of a facility needs and asks the core what is due: the book stock per product
 * and location (items without a location are not planned: nobody can scan them), when each was last
 * counted in a posted inventory and, for those whose book is zero, when their stock last moved; the
 * products' classes, the locations' own frequencies, and what is on a list of an open inventory already.
 * Each is one query, the last counts and last movements SQL aggregates.
 */
final class CyclePlan {

    private CyclePlan() {
    }

    /** The plan: what is due up to this week, leaving out the products and locations on an open inventory ({@code busy}). */
    static List<DueItem> due(Delegator delegator, String facilityId, CycleSettings settings, Set<String> busy, LocalDate today, ZoneId zone)
            throws GenericEntityException {
        Map<String, LocalDateTime> lastCounted = lastCounted(delegator, facilityId, zone);
        Map<String, LocalDateTime> lastMoved = lastMoved(delegator, facilityId, zone, today.minusDays(settings.periodDays()));
        List<StockKey> keys = new ArrayList<>();
        for (Map.Entry<String, Book> book : book(delegator, facilityId).entrySet()) {
            String[] key = book.getKey().split("\\|", 2);
            keys.add(new StockKey(key[0], key[1], book.getValue().quantity, Math.max(1, book.getValue().lines.size()),
                    lastCounted.get(book.getKey()), lastMoved.get(book.getKey())));
        }
        return CyclePlanner.plan(keys, classes(delegator, facilityId), settings.frequencies(), CycleSettingServices.locationDays(delegator, facilityId),
                busy, today);
    }

    /** The book quantity of a product in a location, and the lots and serial numbers holding stock (the lines it would make). */
    private static final class Book {
        private BigDecimal quantity = BigDecimal.ZERO;
        private final Set<String> lines = new HashSet<>();
    }

    private static Map<String, Book> book(Delegator delegator, String facilityId) throws GenericEntityException {
        Map<String, Book> book = new LinkedHashMap<>();
        try (EntityListIterator items = EntityQuery.use(delegator).from("InventoryItem").where(
                EntityCondition.makeCondition("facilityId", facilityId),
                EntityCondition.makeCondition("locationSeqId", EntityOperator.NOT_EQUAL, null))
                .select("productId", "locationSeqId", "lotId", "serialNumber", "quantityOnHandTotal").queryIterator()) {
            GenericValue item;
            while ((item = items.next()) != null) {
                Book entry = book.computeIfAbsent(CyclePlanner.reference(item.getString("productId"), item.getString("locationSeqId")),
                        k -> new Book());
                BigDecimal quantity = CycleSettingServices.orZero(item.getBigDecimal("quantityOnHandTotal"));
                entry.quantity = entry.quantity.add(quantity);
                if (quantity.signum() != 0) {
                    entry.lines.add(item.getString("lotId") + "\u0000" + item.getString("serialNumber"));
                }
            }
        }
        return book;
    }

    /** When each product in each location was last counted, in a posted inventory of the facility. */
    static Map<String, LocalDateTime> lastCounted(Delegator delegator, String facilityId, ZoneId zone) throws GenericEntityException {
        Map<String, LocalDateTime> counted = new HashMap<>();
        try (EntityListIterator rows = EntityQuery.use(delegator).from("PiLastCountDate").where(
                EntityCondition.makeCondition("facilityId", facilityId),
                EntityCondition.makeCondition("postedDate", EntityOperator.NOT_EQUAL, null),
                EntityCondition.makeCondition("countedQuantity", EntityOperator.NOT_EQUAL, null),
                EntityCondition.makeCondition("listStatusId", EntityOperator.NOT_EQUAL, ListStatus.CANCELLED.statusId()))
                .select("facilityId", "productId", "locationSeqId", "lastCountedDate").queryIterator()) {
            GenericValue row;
            while ((row = rows.next()) != null) {
                if (row.get("lastCountedDate") != null) {
                    counted.put(CyclePlanner.reference(row.getString("productId"), row.getString("locationSeqId")),
                            local(row.getTimestamp("lastCountedDate"), zone));
                }
            }
        }
        return counted;
    }

    /** When the stock of each product in a location whose items are all empty last moved, if that was since {@code since}. */
    private static Map<String, LocalDateTime> lastMoved(Delegator delegator, String facilityId, ZoneId zone, LocalDate since)
            throws GenericEntityException {
        Map<String, LocalDateTime> moved = new HashMap<>();
        try (EntityListIterator rows = EntityQuery.use(delegator).from("PiLastMovement").where(
                EntityCondition.makeCondition("facilityId", facilityId),
                EntityCondition.makeCondition("quantityOnHandTotal", BigDecimal.ZERO))
                .select("productId", "locationSeqId", "lastMovedDate").queryIterator()) {
            GenericValue row;
            while ((row = rows.next()) != null) {
                if (row.get("locationSeqId") != null && row.get("lastMovedDate") != null) {
                    LocalDateTime when = local(row.getTimestamp("lastMovedDate"), zone);
                    if (!when.toLocalDate().isBefore(since)) {
                        moved.put(CyclePlanner.reference(row.getString("productId"), row.getString("locationSeqId")), when);
                    }
                }
            }
        }
        return moved;
    }

    static Map<String, AbcClass> classes(Delegator delegator, String facilityId) throws GenericEntityException {
        Map<String, AbcClass> classes = new HashMap<>();
        for (GenericValue row : EntityQuery.use(delegator).from("PiAbcClass").where("facilityId", facilityId)
                .select("productId", "abcClass").queryList()) {
            classes.put(row.getString("productId"), AbcClass.of(row.getString("abcClass")));
        }
        return classes;
    }

    /** Products in locations on an active list of an open inventory of the facility: being counted already. */
    static Map<String, String> onOpenInventories(Delegator delegator, String facilityId) throws GenericEntityException {
        Map<String, String> busy = new HashMap<>();
        try (EntityListIterator rows = EntityQuery.use(delegator).from("PiCountLineAndInventory").where(
                EntityCondition.makeCondition("facilityId", facilityId),
                EntityCondition.makeCondition("inventoryStatusId", EntityOperator.IN, InventoryStatus.openStatusIds()),
                EntityCondition.makeCondition("listStatusId", EntityOperator.NOT_EQUAL, ListStatus.CANCELLED.statusId()))
                .select("productId", "locationSeqId", "piInventoryId").distinct().queryIterator()) {
            GenericValue row;
            while ((row = rows.next()) != null) {
                busy.put(CyclePlanner.reference(row.getString("productId"), row.getString("locationSeqId")), row.getString("piInventoryId"));
            }
        }
        return busy;
    }

    /** The counted lines of the facility's inventories posted since {@code since}, as accuracy reads them. */
    static List<LineCount> countedLines(Delegator delegator, String facilityId, Timestamp since, ZoneId zone) throws GenericEntityException {
        List<LineCount> lines = new ArrayList<>();
        try (EntityListIterator rows = EntityQuery.use(delegator).from("PiCountLineAndInventory").where(
                EntityCondition.makeCondition("facilityId", facilityId),
                EntityCondition.makeCondition("postedDate", EntityOperator.GREATER_THAN_EQUAL_TO, since),
                EntityCondition.makeCondition("countedQuantity", EntityOperator.NOT_EQUAL, null),
                EntityCondition.makeCondition("listStatusId", EntityOperator.NOT_EQUAL, ListStatus.CANCELLED.statusId()))
                .select("piInventoryId", "productId", "locationSeqId", "lotId", "serialNumber", "recount", "resolution", "bookQuantity",
                        "countedQuantity", "postedValue", "postedDate").queryIterator()) {
            GenericValue row;
            while ((row = rows.next()) != null) {
                lines.add(new LineCount(row.getString("piInventoryId"), new LineKey(row.getString("productId"), row.getString("locationSeqId"),
                        row.getString("lotId"), row.getString("serialNumber")), YearMonth.from(local(row.getTimestamp("postedDate"), zone)),
                        "Y".equals(row.getString("recount")), row.getString("resolution"), row.getBigDecimal("bookQuantity"),
                        row.getBigDecimal("countedQuantity"), row.getBigDecimal("postedValue")));
            }
        }
        return lines;
    }

    static LocalDateTime local(Timestamp timestamp, ZoneId zone) {
        return timestamp.toInstant().atZone(zone).toLocalDateTime();
    }
}
