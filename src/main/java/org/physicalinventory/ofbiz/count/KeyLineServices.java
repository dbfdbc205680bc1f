package org.physicalinventory.ofbiz.count;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.ofbiz.base.util.Debug;
import org.apache.ofbiz.base.util.UtilDateTime;
import org.apache.ofbiz.entity.Delegator;
import org.apache.ofbiz.entity.GenericEntityException;
import org.apache.ofbiz.entity.GenericValue;
import org.apache.ofbiz.entity.util.EntityQuery;
import org.apache.ofbiz.service.DispatchContext;
import org.apache.ofbiz.service.ServiceUtil;
import org.physicalinventory.count.BookStock;
import org.physicalinventory.count.LineKey;
import org.physicalinventory.ofbiz.Labels;

/**
 * Lines of a list from an explicit set of products in locations (a cycle count), not from a location
 * range: per product and location, one line per lot and serial number the book holds there, or one
 * line of book zero when the location holds none of it any more (to be confirmed empty). Keeps the
 * list's progress counters, in the caller's transaction.
 */
public final class KeyLineServices {

    private static final String MODULE = KeyLineServices.class.getName();

    private KeyLineServices() {
    }

    /** addPiCountLinesForKeys: the lines of "productId|locationSeqId" keys on a list that counts explicit keys. */
    public static Map<String, Object> addCountLinesForKeys(DispatchContext dctx, Map<String, ? extends Object> context) {
        Delegator delegator = dctx.getDelegator();
        Locale locale = (Locale) context.get("locale");
        try {
            GenericValue list = EntityQuery.use(delegator).from("PiInventoryList").where("piListId", context.get("piListId")).queryOne();
            if (list == null) {
                return Labels.error("PhysInvErrorListNotFound", locale, context.get("piListId"));
            }
            if (!"Y".equals(list.getString("explicitKeys"))) {
                return Labels.error("PhysInvErrorListNotExplicit", locale, list.get("piListId"));
            }
            GenericValue inventory = list.getRelatedOne("PiInventory", false);
            Map<String, Object> refusal = LineGenerationServices.refuseNewLines(list, inventory, locale);
            if (refusal != null) {
                return refusal;
            }
            String facilityId = inventory.getString("facilityId");
            BookStock stock = new BookStock();
            for (String reference : references(context.get("cycleKey"))) {
                String[] parts = reference.split("\\|", -1);
                if (parts.length != 2 || parts[0].isEmpty() || parts[1].isEmpty()) {
                    return Labels.error("PhysInvErrorNotAKey", locale, reference);
                }
                if (!addBook(delegator, facilityId, parts[0], parts[1], stock)) {
                    return Labels.error("PhysInvErrorNoStockRecord", locale, parts[0], parts[1], facilityId);
                }
            }
            GenericValue other = LineGenerationServices.listCountingTheSame(delegator, list, stock.lines().keySet());
            if (other != null) {
                return Labels.error("PhysInvErrorListOverlaps", locale, other.get("piListId"), other.get("description") == null ? ""
                        : other.get("description"));
            }
            Set<LineKey> existing = new HashSet<>();
            for (GenericValue line : EntityQuery.use(delegator).from("PiCountLine").where("piListId", list.get("piListId")).queryList()) {
                existing.add(EntityCountStore.toKey(line));
            }
            Timestamp now = UtilDateTime.nowTimestamp();
            List<GenericValue> lines = new ArrayList<>();
            for (Map.Entry<LineKey, BookStock.Entry> book : stock.lines().entrySet()) {
                if (existing.add(book.getKey())) {
                    GenericValue line = LineGenerationServices.newLine(delegator, list, book.getKey());
                    line.set("bookQuantity", book.getValue().quantity());
                    line.set("inventoryItemId", book.getValue().inventoryItemId());
                    line.set("bookQuantityDate", now);
                    lines.add(line);
                }
            }
            ListProgress.ensure(delegator, list.getString("piListId"));
            delegator.storeAll(lines);
            ListProgress.add(delegator, list.getString("piListId"), lines.size(), 0);
            Map<String, Object> result = ServiceUtil.returnSuccess();
            result.put("linesCreated", lines.size());
            return result;
        } catch (GenericEntityException e) {
            Debug.logError(e, MODULE);
            return ServiceUtil.returnError(e.getMessage());
        }
    }

    /**
     * Adds the book lines of a product in a location: its items holding stock, one line per lot and
     * serial; or, when none holds any, one line of book zero (on the newest item). False when the
     * facility has no item of the product in that location at all.
     */
    private static boolean addBook(Delegator delegator, String facilityId, String productId, String locationSeqId, BookStock stock)
            throws GenericEntityException {
        List<GenericValue> items = EntityQuery.use(delegator).from("InventoryItem")
                .where("facilityId", facilityId, "productId", productId, "locationSeqId", locationSeqId)
                .orderBy("-datetimeReceived", "-inventoryItemId").queryList();
        if (items.isEmpty()) {
            return false;
        }
        boolean held = false;
        for (GenericValue item : items) {
            BigDecimal quantity = item.getBigDecimal("quantityOnHandTotal");
            if (quantity != null && quantity.signum() != 0) {
                stock.add(new LineKey(productId, locationSeqId, item.getString("lotId"), item.getString("serialNumber")), quantity,
                        item.getString("inventoryItemId"));
                held = true;
            }
        }
        if (!held) {
            stock.add(new LineKey(productId, locationSeqId, null, null), BigDecimal.ZERO, items.get(0).getString("inventoryItemId"));
        }
        return true;
    }

    /** The keys of the request: one, or many (a ticked list). */
    public static Collection<String> references(Object value) {
        Set<String> references = new LinkedHashSet<>();
        if (value instanceof Collection<?> many) {
            many.forEach(v -> references.add(String.valueOf(v)));
        } else if (value != null) {
            references.add(value.toString());
        }
        return references;
    }
}
