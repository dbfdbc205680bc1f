package org.physicalinventory.ofbiz.count;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.ofbiz.base.util.UtilMisc;
import org.apache.ofbiz.entity.Delegator;
import org.apache.ofbiz.entity.GenericEntityException;
import org.apache.ofbiz.entity.GenericValue;
import org.apache.ofbiz.entity.condition.EntityCondition;
import org.apache.ofbiz.entity.condition.EntityOperator;
import org.apache.ofbiz.entity.util.EntityListIterator;
import org.apache.ofbiz.entity.util.EntityQuery;
import org.physicalinventory.count.BookStock;
import org.physicalinventory.count.CountLine;
import org.physicalinventory.count.LineKey;
import org.physicalinventory.inventory.ListStatus;
import org.physicalinventory.ofbiz.RowLocks;
import org.physicalinventory.ofbiz.Transactions;
import org.physicalinventory.ofbiz.inventory.InventoryRows;

/**
 * The rows of count lines (PiCountLine) and of their natural keys (PiCountLineKey): the services of counting find,
 * lock, make and change lines here rather than querying the entities themselves.
 */
public final class CountLineRows {

    private static final String LINE = "PiCountLine";

    private CountLineRows() {
    }

    /** The list's line with this number, or null. */
    public static GenericValue line(Delegator delegator, Object piListId, Object lineSeqId) throws GenericEntityException {
        return EntityQuery.use(delegator).from(LINE).where("piListId", piListId, "lineSeqId", lineSeqId).queryOne();
    }

    /** The list's line for a key (null lot and serial match empty ones), or null. */
    public static GenericValue lineByKey(Delegator delegator, String piListId, LineKey key) throws GenericEntityException {
        return EntityQuery.use(delegator).from(LINE).where(keyCondition(piListId, key)).queryFirst();
    }

    /**
     * The list's line for a key, locked for the rest of the transaction as it is read (concurrent Adds on one line then
     * queue up instead of losing one), or null.
     */
    static GenericValue lockedLineByKey(Delegator delegator, String piListId, LineKey key) throws GenericEntityException {
        return RowLocks.first(delegator, LINE, keyCondition(piListId, key), "countedQuantity");
    }

    private static EntityCondition keyCondition(String piListId, LineKey key) {
        return EntityCondition.makeCondition(List.of(
                EntityCondition.makeCondition("piListId", piListId),
                EntityCondition.makeCondition("productId", key.productId()),
                EntityCondition.makeCondition("locationSeqId", key.locationSeqId()),
                EntityCondition.makeCondition("lotId", key.lotId()),
                EntityCondition.makeCondition("serialNumber", key.serialNumber())));
    }

    /** The list's lines in a location, in the order they were made. */
    static List<GenericValue> linesAt(Delegator delegator, String piListId, String locationSeqId) throws GenericEntityException {
        return EntityQuery.use(delegator).from(LINE).where(place(piListId, locationSeqId)).orderBy("lineSeqId").queryList();
    }

    /** Whether the list has a line in the location. */
    static boolean hasLinesAt(Delegator delegator, String piListId, String locationSeqId) throws GenericEntityException {
        return EntityQuery.use(delegator).from(LINE).where("piListId", piListId, "locationSeqId", locationSeqId).queryCount() > 0;
    }

    /** The list's lines by their key (of two lines with one key, the later read). */
    static Map<LineKey, CountLine> linesByKey(Delegator delegator, String piListId) throws GenericEntityException {
        Map<LineKey, CountLine> lines = new LinkedHashMap<>();
        for (GenericValue line : EntityQuery.use(delegator).from(LINE).where("piListId", piListId).queryList()) {
            lines.put(key(line), toLine(line));
        }
        return lines;
    }

    /** The keys the list has lines for. */
    static Set<LineKey> keys(Delegator delegator, String piListId) throws GenericEntityException {
        Set<LineKey> keys = new HashSet<>();
        for (GenericValue line : EntityQuery.use(delegator).from(LINE).where("piListId", piListId).queryList()) {
            keys.add(key(line));
        }
        return keys;
    }

    /** How many lines the list has. */
    static long count(Delegator delegator, String piListId) throws GenericEntityException {
        return EntityQuery.use(delegator).from(LINE).where("piListId", piListId).queryCount();
    }

    /** How many lines of the list are counted. */
    static long countedCount(Delegator delegator, String piListId) throws GenericEntityException {
        return EntityQuery.use(delegator).from(LINE).where(EntityCondition.makeCondition("piListId", piListId),
                EntityCondition.makeCondition("countedQuantity", EntityOperator.NOT_EQUAL, null)).queryCount();
    }

    /** A new line of the list for the key, numbered now and not yet stored. */
    public static GenericValue newLine(Delegator delegator, GenericValue list, LineKey key) {
        GenericValue line = delegator.makeValue(LINE);
        line.set("piListId", list.get("piListId"));
        line.set("lineSeqId", delegator.getNextSeqId(LINE));
        line.set("productId", key.productId());
        line.set("locationSeqId", key.locationSeqId());
        line.set("lotId", key.lotId());
        line.set("serialNumber", key.serialNumber());
        line.set("unlisted", "N");
        return line;
    }

    /** A new line of the list for the key with its book from the book stock, not yet stored. */
    static GenericValue newLine(Delegator delegator, GenericValue list, LineKey key, BookStock.Entry book, Timestamp bookDate) {
        GenericValue line = newLine(delegator, list, key);
        line.set("bookQuantity", book.quantity());
        line.set("inventoryItemId", book.inventoryItemId());
        line.set("bookQuantityDate", bookDate);
        return line;
    }

    /**
     * Stores the natural key of a new line before the line: a device adding the same item to the list at this
     * moment waits here, then fails and reads again.
     */
    static void createNaturalKey(Delegator delegator, GenericValue line) throws GenericEntityException {
        delegator.create("PiCountLineKey", "piListId", line.get("piListId"), "productId", line.get("productId"),
                "locationSeqId", line.get("locationSeqId"), "lotId", orNa(line.getString("lotId")),
                "serialNumber", orNa(line.getString("serialNumber")), "lineSeqId", line.get("lineSeqId"));
    }

    /** Writes these fields of the line and no other: the database then maintains only the indexes and keys they are in. */
    static void storeFields(Delegator delegator, GenericValue line, Collection<String> fields) throws GenericEntityException {
        GenericValue changed = delegator.makeValue(LINE, line.getPrimaryKey());
        for (String field : fields) {
            changed.set(field, line.get(field));
        }
        changed.store();
    }

    /** Locks the line for the rest of the transaction and reads it again. */
    static void lock(Delegator delegator, GenericValue line) throws GenericEntityException {
        delegator.storeByCondition(LINE, Transactions.lockingUpdate(), EntityCondition.makeCondition(line.getPrimaryKey()));
        line.refresh();
    }

    /** Locks the list's lines in a location for the rest of the transaction. */
    static void lockAt(Delegator delegator, String piListId, String locationSeqId) throws GenericEntityException {
        delegator.storeByCondition(LINE, Transactions.lockingUpdate(), place(piListId, locationSeqId));
    }

    /** Whether the key's serial number of its product is counted (above zero) on another line of the list's inventory. */
    static boolean isSerialCountedElsewhere(Delegator delegator, GenericValue list, LineKey key) throws GenericEntityException {
        List<String> listIds = InventoryRows.lists(delegator, list.get("piInventoryId")).stream().map(l -> l.getString("piListId"))
                .collect(Collectors.toList());
        return EntityQuery.use(delegator).from(LINE).where(
                EntityCondition.makeCondition("piListId", EntityOperator.IN, listIds),
                EntityCondition.makeCondition("productId", key.productId()),
                EntityCondition.makeCondition("serialNumber", key.serialNumber()),
                EntityCondition.makeCondition("countedQuantity", EntityOperator.GREATER_THAN, BigDecimal.ZERO),
                EntityCondition.makeCondition(EntityCondition.makeCondition("piListId", EntityOperator.NOT_EQUAL, list.get("piListId")),
                        EntityOperator.OR, EntityCondition.makeCondition("locationSeqId", EntityOperator.NOT_EQUAL, key.locationSeqId())))
                .queryCount() > 0;
    }

    /**
     * Another active list of the list's inventory with a line for one of these keys (recount lists excepted), or null.
     * Iterates: call it inside a transaction.
     */
    static GenericValue otherListCounting(Delegator delegator, GenericValue list, Set<LineKey> keys) throws GenericEntityException {
        if (keys.isEmpty()) {
            return null;
        }
        try (EntityListIterator lines = EntityQuery.use(delegator).from("PiCountLineAndList").where(
                EntityCondition.makeCondition("piInventoryId", list.get("piInventoryId")),
                EntityCondition.makeCondition("piListId", EntityOperator.NOT_EQUAL, list.get("piListId")),
                EntityCondition.makeCondition("listStatusId", EntityOperator.NOT_EQUAL, ListStatus.CANCELLED.statusId()),
                InventoryRows.notRecount())
                .select("piListId", "productId", "locationSeqId", "lotId", "serialNumber").queryIterator()) {
            GenericValue line;
            while ((line = lines.next()) != null) {
                if (keys.contains(key(line))) {
                    return InventoryRows.list(delegator, line.get("piListId"));
                }
            }
        }
        return null;
    }

    /** Sets the book of a line as long as nobody has counted it: a count made meanwhile keeps the book it was made against. */
    static void refreshBook(Delegator delegator, String piListId, CountLine line, BookStock.Entry book, Timestamp bookDate)
            throws GenericEntityException {
        Map<String, Object> fields = new HashMap<>();
        fields.put("bookQuantity", book.quantity());
        fields.put("inventoryItemId", book.inventoryItemId());
        fields.put("bookQuantityDate", bookDate);
        delegator.storeByCondition(LINE, fields, uncounted(piListId, line));
    }

    /** Removes the line as long as nobody has counted it; how many lines went (0 or 1). */
    static int removeUncounted(Delegator delegator, String piListId, CountLine line) throws GenericEntityException {
        return delegator.removeByCondition(LINE, uncounted(piListId, line));
    }

    /** The key of a line (or of any row with its four fields). */
    static LineKey key(GenericValue line) {
        return LineKey.of(line::getString);
    }

    static CountLine toLine(GenericValue line) {
        return new CountLine(line.getString("lineSeqId"), key(line), line.getBigDecimal("bookQuantity"),
                line.getBigDecimal("countedQuantity"), "Y".equals(line.getString("unlisted")));
    }

    private static EntityCondition place(String piListId, String locationSeqId) {
        return EntityCondition.makeCondition(UtilMisc.toMap("piListId", piListId, "locationSeqId", locationSeqId));
    }

    private static EntityCondition uncounted(String piListId, CountLine line) {
        return EntityCondition.makeCondition(EntityCondition.makeCondition("piListId", piListId),
                EntityCondition.makeCondition("lineSeqId", line.lineSeqId()), EntityCondition.makeCondition("countedQuantity", null));
    }

    private static String orNa(String value) {
        return value == null ? "_NA_" : value;
    }
}
