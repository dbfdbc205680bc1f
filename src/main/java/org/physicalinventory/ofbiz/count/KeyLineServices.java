package org.physicalinventory.ofbiz.count;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.ofbiz.base.util.UtilDateTime;
import org.apache.ofbiz.entity.Delegator;
import org.apache.ofbiz.entity.GenericEntityException;
import org.apache.ofbiz.entity.GenericValue;
import org.apache.ofbiz.service.DispatchContext;
import org.apache.ofbiz.service.ServiceUtil;
import org.physicalinventory.LabelledException;
import org.physicalinventory.count.BookStock;
import org.physicalinventory.count.LineKey;
import org.physicalinventory.lines.LineException;
import org.physicalinventory.lines.LineRegeneration;
import org.physicalinventory.ofbiz.Labels;
import org.physicalinventory.ofbiz.inventory.InventoryRows;

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
            GenericValue list = CountingLists.found(delegator, context.get("piListId"));
            String piListId = list.getString("piListId");
            LineRegeneration.requireExplicitKeys(piListId, "Y".equals(list.getString("explicitKeys")));
            GenericValue inventory = InventoryRows.inventoryOf(list);
            CountingLists.requireOpenForLines(list, inventory);
            BookStock stock = book(delegator, inventory.getString("facilityId"), references(context.get("cycleKey")));
            CountingLists.requireNoOverlap(CountLineRows.otherListCounting(delegator, list, stock.lines().keySet()));
            Timestamp now = UtilDateTime.nowTimestamp();
            List<GenericValue> lines = new ArrayList<>();
            for (LineRegeneration.Write write : LineRegeneration.missing(stock, CountLineRows.keys(delegator, piListId))) {
                lines.add(CountLineRows.newLine(delegator, list, write.key(), write.book(), now));
            }
            ListProgress.ensure(delegator, piListId);
            delegator.storeAll(lines);
            ListProgress.add(delegator, piListId, lines.size(), 0);
            Map<String, Object> result = ServiceUtil.returnSuccess();
            result.put("linesCreated", lines.size());
            return result;
        } catch (LabelledException e) {
            return Labels.error(e.labelKey(), locale, e.arguments());
        } catch (GenericEntityException e) {
            return Labels.failure("PhysInvErrorCountLinesFailed", e, MODULE, locale, context.get("piListId"));
        }
    }

    /** The book lines of the products in locations the references name; refused for a reference that is not one, or names no stock. */
    private static BookStock book(Delegator delegator, String facilityId, Collection<String> references)
            throws GenericEntityException, LineException {
        BookStock stock = new BookStock();
        for (String reference : references) {
            LineKey place = LineRegeneration.place(reference);
            if (!stock.addPlace(place, BookRows.itemsAt(delegator, facilityId, place))) {
                throw new LineException("PhysInvErrorNoStockRecord", place.productId(), place.locationSeqId(), facilityId);
            }
        }
        return stock;
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
