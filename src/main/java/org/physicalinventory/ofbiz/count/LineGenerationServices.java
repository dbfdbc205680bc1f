package org.physicalinventory.ofbiz.count;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.ofbiz.base.util.UtilDateTime;
import org.apache.ofbiz.entity.Delegator;
import org.apache.ofbiz.entity.GenericEntityException;
import org.apache.ofbiz.entity.GenericValue;
import org.apache.ofbiz.service.DispatchContext;
import org.apache.ofbiz.service.ServiceUtil;
import org.physicalinventory.LabelledException;
import org.physicalinventory.count.BookStock;
import org.physicalinventory.count.CountLine;
import org.physicalinventory.lines.LineException;
import org.physicalinventory.lines.LineRegeneration;
import org.physicalinventory.ofbiz.Labels;
import org.physicalinventory.ofbiz.Transactions;
import org.physicalinventory.ofbiz.inventory.InventoryRows;

/**
 * Makes an inventory list's lines from the book stock in its scope. Streams the inventory items,
 * gathers them per product + location + lot + serial, then writes in chunks of their own
 * transactions: running it again adds what is missing and refreshes uncounted lines, never duplicates
 * (the rule: {@link LineRegeneration}).
 */
public final class LineGenerationServices {

    private static final String MODULE = LineGenerationServices.class.getName();
    private static final int CHUNK = 1000;

    private LineGenerationServices() {
    }

    public static Map<String, Object> generateCountLines(DispatchContext dctx, Map<String, ? extends Object> context) {
        Delegator delegator = dctx.getDelegator();
        Locale locale = (Locale) context.get("locale");
        try {
            GenericValue list = CountingLists.found(delegator, context.get("piListId"));
            GenericValue inventory = InventoryRows.inventoryOf(list);
            requireFromBook(list, inventory);
            BookStock stock = new BookStock();
            GenericValue other = Transactions.read(() -> {
                BookRows.readScope(delegator, list, inventory.getString("facilityId"), stock);
                return CountLineRows.otherListCounting(delegator, list, stock.lines().keySet());
            });
            CountingLists.requireNoOverlap(other);
            LineRegeneration.Plan plan = generate(delegator, list, stock);
            Map<String, Object> result = ServiceUtil.returnSuccess(Labels.message("PhysInvLinesGenerated", locale, plan.created(),
                    plan.refreshed(), plan.stale().size()));
            result.put("linesCreated", plan.created());
            result.put("linesRefreshed", plan.refreshed());
            result.put("linesRemoved", plan.stale().size());
            return result;
        } catch (LabelledException e) {
            return Labels.error(e.labelKey(), locale, e.arguments());
        } catch (GenericEntityException | RuntimeException e) {
            return Labels.failure("PhysInvErrorLineGenerationFailed", e, MODULE, locale, context.get("piListId"));
        }
    }

    /**
     * Makes the list's lines from book stock read already, as a run of the generation makes them; the caller has checked
     * that no other list of the inventory counts them. A one-step start reads the book of its scope once for all its lists.
     */
    static LineRegeneration.Plan generate(Delegator delegator, GenericValue list, GenericValue inventory, BookStock stock)
            throws GenericEntityException, LineException {
        requireFromBook(list, inventory);
        return generate(delegator, list, stock);
    }

    private static LineRegeneration.Plan generate(Delegator delegator, GenericValue list, BookStock stock) throws GenericEntityException {
        LineRegeneration.Plan plan = LineRegeneration.plan(stock, CountLineRows.linesByKey(delegator, list.getString("piListId")));
        write(delegator, list, plan);
        return plan;
    }

    /** Refuses lines on a list that is not open for them, or whose lines do not come from the book (a recount, explicit keys). */
    private static void requireFromBook(GenericValue list, GenericValue inventory) throws LineException {
        CountingLists.requireOpenForLines(list, inventory);
        LineRegeneration.requireFromBook(list.getString("piListId"), "Y".equals(list.getString("recount")),
                "Y".equals(list.getString("explicitKeys")));
    }

    /**
     * Writes the plan in chunks of their own transactions (the service runs without one): the new and refreshed lines
     * in the book's order, then the stale lines go.
     */
    private static void write(Delegator delegator, GenericValue list, LineRegeneration.Plan plan) throws GenericEntityException {
        ListProgress.ensure(delegator, list.getString("piListId"));
        Timestamp now = UtilDateTime.nowTimestamp();
        for (int from = 0; from < plan.writes().size(); from += CHUNK) {
            writeChunk(delegator, list, plan.writes().subList(from, Math.min(plan.writes().size(), from + CHUNK)), now);
        }
        for (int from = 0; from < plan.stale().size(); from += CHUNK) {
            removeChunk(delegator, list.getString("piListId"), plan.stale().subList(from, Math.min(plan.stale().size(), from + CHUNK)));
        }
    }

    /** New lines, then the book of lines nobody counted: a count made since the plan keeps the book it was made against. */
    private static void writeChunk(Delegator delegator, GenericValue list, List<LineRegeneration.Write> chunk, Timestamp now)
            throws GenericEntityException {
        String piListId = list.getString("piListId");
        List<GenericValue> created = new ArrayList<>();
        for (LineRegeneration.Write write : chunk) {
            if (write.isNew()) {
                created.add(CountLineRows.newLine(delegator, list, write.key(), write.book(), now));
            }
        }
        Transactions.retried("Lines of list " + piListId, () -> {
            // inserted, not stored: their ids are new, and storeAll would first look each one up
            for (GenericValue line : created) {
                delegator.create(line);
            }
            for (LineRegeneration.Write write : chunk) {
                if (!write.isNew()) {
                    CountLineRows.refreshBook(delegator, piListId, write.line(), write.book(), now);
                }
            }
            ListProgress.add(delegator, piListId, created.size(), 0);
            return null;
        });
    }

    /** Stale lines go, unless somebody has counted them since the plan. */
    private static void removeChunk(Delegator delegator, String piListId, List<CountLine> chunk) throws GenericEntityException {
        Transactions.retried("Stale lines of list " + piListId, () -> {
            long removed = 0;
            for (CountLine line : chunk) {
                removed += CountLineRows.removeUncounted(delegator, piListId, line);
            }
            ListProgress.add(delegator, piListId, -removed, 0);
            return null;
        });
    }
}
