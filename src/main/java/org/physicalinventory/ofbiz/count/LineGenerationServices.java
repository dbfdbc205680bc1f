package org.physicalinventory.ofbiz.count;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.ofbiz.base.util.Debug;
import org.apache.ofbiz.base.util.UtilDateTime;
import org.apache.ofbiz.entity.Delegator;
import org.apache.ofbiz.entity.GenericEntityException;
import org.apache.ofbiz.entity.GenericValue;
import org.apache.ofbiz.entity.condition.EntityCondition;
import org.apache.ofbiz.entity.condition.EntityOperator;
import org.apache.ofbiz.entity.transaction.TransactionUtil;
import org.apache.ofbiz.entity.util.EntityListIterator;
import org.apache.ofbiz.entity.util.EntityQuery;
import org.apache.ofbiz.service.DispatchContext;
import org.apache.ofbiz.service.ServiceUtil;
import org.physicalinventory.count.BookStock;
import org.physicalinventory.count.LineKey;
import org.physicalinventory.inventory.InventoryRules;
import org.physicalinventory.inventory.InventoryStatus;
import org.physicalinventory.inventory.ListStatus;
import org.physicalinventory.ofbiz.Labels;
import org.physicalinventory.ofbiz.Transactions;
import org.physicalinventory.ofbiz.inventory.InventoryRows;

/**
 * Makes an inventory list's lines from the book stock in its scope. Streams the inventory items,
 * gathers them per product + location + lot + serial, then writes in chunks of their own
 * transactions: running it again adds what is missing and refreshes uncounted lines, never duplicates.
 */
public final class LineGenerationServices {

    private static final String MODULE = LineGenerationServices.class.getName();
    private static final int CHUNK = 1000;

    private LineGenerationServices() {
    }

    public static Map<String, Object> generateCountLines(DispatchContext dctx, Map<String, ? extends Object> context) {
        Delegator delegator = dctx.getDelegator();
        Locale locale = (Locale) context.get("locale");
        BookStock stock = new BookStock();
        Map<LineKey, GenericValue> existing = new HashMap<>();
        GenericValue list;
        try {
            list = EntityQuery.use(delegator).from("PiInventoryList").where("piListId", context.get("piListId")).queryOne();
            if (list == null) {
                return Labels.error("PhysInvErrorListNotFound", locale, context.get("piListId"));
            }
            GenericValue inventory = list.getRelatedOne("PiInventory", false);
            Map<String, Object> refusal = refuseNewLines(list, inventory, locale);
            if (refusal != null) {
                return refusal;
            }
            if ("Y".equals(list.getString("recount"))) {
                return Labels.error("PhysInvErrorRecountListNotGenerated", locale, list.get("piListId"));
            }
            if ("Y".equals(list.getString("explicitKeys"))) {
                return Labels.error("PhysInvErrorExplicitListNotGenerated", locale, list.get("piListId"));
            }
            GenericValue other = Transactions.read(() -> {
                readBookStock(delegator, list, inventory.getString("facilityId"), stock);
                return listCountingTheSame(delegator, list, stock.lines().keySet());
            });
            if (other != null) {
                return Labels.error("PhysInvErrorListOverlaps", locale, other.get("piListId"), other.get("description") == null ? ""
                        : other.get("description"));
            }
            for (GenericValue line : EntityQuery.use(delegator).from("PiCountLine").where("piListId", list.get("piListId")).queryList()) {
                existing.put(EntityCountStore.toLine(line).key(), line);
            }
        } catch (GenericEntityException e) {
            Debug.logError(e, MODULE);
            return ServiceUtil.returnError(e.getMessage());
        }
        int created = 0;
        int refreshed = 0;
        Timestamp now = UtilDateTime.nowTimestamp();
        String piListId = list.getString("piListId");
        List<GenericValue> toCreate = new ArrayList<>(CHUNK);
        List<GenericValue> toRefresh = new ArrayList<>(CHUNK);
        try {
            ListProgress.ensure(delegator, piListId);
            for (Map.Entry<LineKey, BookStock.Entry> book : stock.lines().entrySet()) {
                GenericValue line = existing.get(book.getKey());
                if (line == null) {
                    line = newLine(delegator, list, book.getKey());
                    toCreate.add(line);
                    created++;
                } else if (line.get("countedQuantity") == null) {
                    toRefresh.add(line);
                    refreshed++;
                } else {
                    continue; // counted lines keep the book quantity they were counted against
                }
                line.set("bookQuantity", book.getValue().quantity());
                line.set("inventoryItemId", book.getValue().inventoryItemId());
                line.set("bookQuantityDate", now);
                if (toCreate.size() + toRefresh.size() == CHUNK) {
                    store(delegator, piListId, toCreate, toRefresh);
                }
            }
            store(delegator, piListId, toCreate, toRefresh);
        } catch (GenericEntityException e) {
            Debug.logError(e, MODULE);
            return ServiceUtil.returnError(e.getMessage());
        }
        // uncounted lines whose book stock has gone since the last run go too; counted and unlisted lines stay
        List<GenericValue> stale = new ArrayList<>();
        existing.forEach((key, line) -> {
            if (!stock.lines().containsKey(key) && line.get("countedQuantity") == null && !"Y".equals(line.getString("unlisted"))) {
                stale.add(line);
            }
        });
        remove(delegator, piListId, stale);
        Map<String, Object> result = ServiceUtil.returnSuccess(Labels.message("PhysInvLinesGenerated", locale, created, refreshed,
                stale.size()));
        result.put("linesCreated", created);
        result.put("linesRefreshed", refreshed);
        result.put("linesRemoved", stale.size());
        return result;
    }

    /** Null when lines may be added to the list: its inventory is still counting or to be counted, and the list is open. */
    static Map<String, Object> refuseNewLines(GenericValue list, GenericValue inventory, Locale locale) {
        Optional<String> refusal = InventoryRules.refuseListEdit(InventoryStatus.of(inventory.getString("statusId")));
        if (refusal.isPresent()) {
            return Labels.error(refusal.get(), locale, inventory.get("piInventoryId"));
        }
        ListStatus status = ListStatus.of(list.getString("statusId"));
        if (status != ListStatus.CREATED && status != ListStatus.COUNTING) {
            return Labels.error("PhysInvErrorListNotOpen", locale, list.get("piListId"));
        }
        return null;
    }

    /** Another active list of the inventory with a line for one of these keys, or null (recount lists excepted). */
    static GenericValue listCountingTheSame(Delegator delegator, GenericValue list, Set<LineKey> keys) throws GenericEntityException {
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
                if (keys.contains(EntityCountStore.toKey(line))) {
                    return EntityQuery.use(delegator).from("PiInventoryList").where("piListId", line.get("piListId")).queryOne();
                }
            }
        }
        return null;
    }

    /** The book quantity of one line key: what the facility's items in that place hold. */
    static BigDecimal bookQuantity(Delegator delegator, GenericValue list, LineKey key) throws GenericEntityException {
        GenericValue inventory = list.getRelatedOne("PiInventory", false);
        BigDecimal total = BigDecimal.ZERO;
        for (GenericValue item : EntityQuery.use(delegator).from("InventoryItem").where("facilityId", inventory.get("facilityId"),
                "productId", key.productId(), "locationSeqId", key.locationSeqId(), "lotId", key.lotId(),
                "serialNumber", key.serialNumber()).queryList()) {
            total = total.add(Optional.ofNullable(item.getBigDecimal("quantityOnHandTotal")).orElse(BigDecimal.ZERO));
        }
        return total;
    }

    private static void readBookStock(Delegator delegator, GenericValue list, String facilityId, BookStock stock)
            throws GenericEntityException {
        List<EntityCondition> conditions = new ArrayList<>();
        conditions.add(EntityCondition.makeCondition("facilityId", facilityId));
        conditions.add(EntityCondition.makeCondition("quantityOnHandTotal", EntityOperator.NOT_EQUAL, BigDecimal.ZERO));
        if (list.get("fromLocationSeqId") != null) {
            conditions.add(EntityCondition.makeCondition("locationSeqId", EntityOperator.GREATER_THAN_EQUAL_TO, list.get("fromLocationSeqId")));
        }
        if (list.get("thruLocationSeqId") != null) {
            conditions.add(EntityCondition.makeCondition("locationSeqId", EntityOperator.LESS_THAN_EQUAL_TO, list.get("thruLocationSeqId")));
        }
        Set<String> products = productsInScope(delegator, list);
        try (EntityListIterator items = EntityQuery.use(delegator).from("InventoryItem").where(conditions)
                .select("inventoryItemId", "productId", "locationSeqId", "lotId", "serialNumber", "quantityOnHandTotal")
                .queryIterator()) {
            GenericValue item;
            while ((item = items.next()) != null) {
                if (products == null || products.contains(item.getString("productId"))) {
                    stock.add(new LineKey(item.getString("productId"), item.getString("locationSeqId"), item.getString("lotId"),
                            item.getString("serialNumber")), item.getBigDecimal("quantityOnHandTotal"), item.getString("inventoryItemId"));
                }
            }
        }
    }

    /** The products a category or supplier scope allows, or null when the scope does not restrict products. */
    private static Set<String> productsInScope(Delegator delegator, GenericValue list) throws GenericEntityException {
        Set<String> products = null;
        if (list.get("productCategoryId") != null) {
            products = productIds(EntityQuery.use(delegator).from("ProductCategoryMember")
                    .where("productCategoryId", list.get("productCategoryId")).filterByDate().queryList());
        }
        if (list.get("supplierPartyId") != null) {
            Set<String> supplied = productIds(EntityQuery.use(delegator).from("SupplierProduct")
                    .where("partyId", list.get("supplierPartyId")).queryList());
            if (products == null) {
                products = supplied;
            } else {
                products.retainAll(supplied);
            }
        }
        return products;
    }

    private static Set<String> productIds(List<GenericValue> rows) {
        Set<String> ids = new HashSet<>();
        rows.forEach(r -> ids.add(r.getString("productId")));
        return ids;
    }

    /** A new line of the list for the key, not yet stored. */
    public static GenericValue newLine(Delegator delegator, GenericValue list, LineKey key) {
        GenericValue line = delegator.makeValue("PiCountLine");
        line.set("piListId", list.get("piListId"));
        line.set("lineSeqId", delegator.getNextSeqId("PiCountLine"));
        line.set("productId", key.productId());
        line.set("locationSeqId", key.locationSeqId());
        line.set("lotId", key.lotId());
        line.set("serialNumber", key.serialNumber());
        line.set("unlisted", "N");
        return line;
    }

    /**
     * Writes a chunk in a transaction of its own (the service runs without one) and empties it: new
     * lines, and the book quantity of lines nobody counted meanwhile (a count made since is kept).
     */
    private static void store(Delegator delegator, String piListId, List<GenericValue> toCreate, List<GenericValue> toRefresh) {
        List<GenericValue> chunk = new ArrayList<>(toCreate);
        chunk.addAll(toRefresh);
        inTransaction(delegator, chunk, () -> {
            delegator.storeAll(toCreate);
            for (GenericValue line : toRefresh) {
                Map<String, Object> book = new HashMap<>();
                book.put("bookQuantity", line.get("bookQuantity"));
                book.put("inventoryItemId", line.get("inventoryItemId"));
                book.put("bookQuantityDate", line.get("bookQuantityDate"));
                delegator.storeByCondition("PiCountLine", book, uncounted(line));
            }
            ListProgress.add(delegator, piListId, toCreate.size(), 0);
        });
        toCreate.clear();
        toRefresh.clear();
    }

    private static void remove(Delegator delegator, String piListId, List<GenericValue> lines) {
        for (int from = 0; from < lines.size(); from += CHUNK) {
            List<GenericValue> chunk = lines.subList(from, Math.min(lines.size(), from + CHUNK));
            inTransaction(delegator, chunk, () -> {
                long removed = 0;
                for (GenericValue line : chunk) {
                    removed += delegator.removeByCondition("PiCountLine", uncounted(line));
                }
                ListProgress.add(delegator, piListId, -removed, 0);
            });
        }
    }

    /** The line, as long as nobody counted it. */
    private static EntityCondition uncounted(GenericValue line) {
        return EntityCondition.makeCondition(EntityCondition.makeCondition(line.getPrimaryKey()),
                EntityCondition.makeCondition("countedQuantity", null));
    }

    private interface EntityWork {
        void run() throws GenericEntityException;
    }

    private static void inTransaction(Delegator delegator, List<GenericValue> chunk, EntityWork work) {
        if (chunk.isEmpty()) {
            return;
        }
        boolean began = false;
        try {
            began = TransactionUtil.begin();
            work.run();
            TransactionUtil.commit(began);
        } catch (GenericEntityException e) {
            try {
                TransactionUtil.rollback(began, e.getMessage(), e);
            } catch (GenericEntityException rollbackError) {
                Debug.logError(rollbackError, MODULE);
            }
            throw new IllegalStateException(e);
        }
    }
}
