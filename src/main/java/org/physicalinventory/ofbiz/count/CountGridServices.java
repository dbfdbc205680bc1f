package org.physicalinventory.ofbiz.count;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.ofbiz.entity.Delegator;
import org.apache.ofbiz.entity.GenericEntityException;
import org.apache.ofbiz.entity.GenericValue;
import org.apache.ofbiz.service.DispatchContext;
import org.apache.ofbiz.service.ServiceUtil;
import org.physicalinventory.LabelledException;
import org.physicalinventory.count.CountOutcome;
import org.physicalinventory.count.CountingList;
import org.physicalinventory.count.GridEdits;
import org.physicalinventory.count.ListOptions;
import org.physicalinventory.count.QuantityReader;
import org.physicalinventory.count.ReadRequest;
import org.physicalinventory.ofbiz.Labels;
import org.physicalinventory.ofbiz.inventory.InventoryRows;

/**
 * The back office's count grid: a page of a list's lines, filtered, and the page's counts saved at once. Each changed row
 * is stored as the back office's correction of one line is ({@code setPiCountedQuantity}: a REPLACE read, logged as typed
 * in the back office), many to a transaction; a row refused keeps what was typed and says why, the others are stored.
 */
public final class CountGridServices {

    private static final String MODULE = CountGridServices.class.getName();

    private CountGridServices() {
    }

    /** The list's lines the filter keeps: a page of them, or all of them when no page size is asked (the count sheets). */
    public static Map<String, Object> findCountLines(DispatchContext dctx, Map<String, ? extends Object> context) {
        Delegator delegator = dctx.getDelegator();
        Locale locale = (Locale) context.get("locale");
        CountGridRows.Filter filter = new CountGridRows.Filter((String) context.get("piListId"), (String) context.get("locationSeqId"),
                (String) context.get("productId"), (String) context.get("supplierPartyId"), (String) context.get("counted"));
        Integer asked = (Integer) context.get("viewSize");
        int size = asked == null ? 0 : Math.max(1, Math.min(asked, CountSettings.gridPageMax(delegator)));
        int index = context.get("viewIndex") == null ? 0 : Math.max(0, (Integer) context.get("viewIndex"));
        try {
            GenericValue list = CountingLists.found(delegator, filter.piListId());
            if (Boolean.TRUE.equals(context.get("checkOnly"))) {
                return found(List.of(), 0, index, size, list);
            }
            List<GenericValue> page = CountGridRows.lines(delegator, filter, index * size, size); // size 0: every line
            long total;
            if (size == 0 || page.size() < size && (!page.isEmpty() || index == 0)) {
                total = (long) index * size + page.size(); // every line, or the last page not full: the lines before it and its own
            } else {
                total = CountGridRows.count(delegator, filter);
                if ((long) index * size >= total) {
                    index = total == 0 ? 0 : (int) ((total - 1) / size); // past the end: the last page
                    page = CountGridRows.lines(delegator, filter, index * size, size);
                }
            }
            List<Map<String, Object>> lines = new ArrayList<>();
            for (GenericValue line : page) {
                lines.add(row(line, locale));
            }
            return found(lines, total, index, size, list);
        } catch (LabelledException e) {
            return Labels.error(e.labelKey(), locale, e.arguments());
        } catch (GenericEntityException e) {
            return Labels.failure("PhysInvErrorCountLinesFailed", e, MODULE, locale, filter.piListId());
        }
    }

    private static Map<String, Object> found(List<Map<String, Object>> lines, long total, int index, int size, GenericValue list)
            throws GenericEntityException {
        Map<String, Object> result = ServiceUtil.returnSuccess();
        result.put("countLines", lines);
        result.put("lineCount", total);
        result.put("viewIndex", index);
        result.put("viewSize", size);
        result.put("blindCount", "Y".equals(InventoryRows.listTypeOf(list).getString("blindCount")));
        return result;
    }

    /**
     * Stores every row of the grid whose count was changed: typed ({@code counts}, by line) differently from what the page
     * showed ({@code shown}). Answers how many were saved and, when some were refused, an error naming how many, with
     * the reason of each by line ({@code refusals}); the rows saved stay saved.
     */
    public static Map<String, Object> setCountedQuantities(DispatchContext dctx, Map<String, ? extends Object> context) {
        Delegator delegator = dctx.getDelegator();
        Locale locale = (Locale) context.get("locale");
        GenericValue userLogin = (GenericValue) context.get("userLogin");
        try {
            GenericValue list = CountingLists.found(delegator, context.get("piListId"));
            CountingList counting = CountingLists.open(list);
            Map<String, String> refusals = new LinkedHashMap<>();
            List<String> lineIds = new ArrayList<>();
            List<ReadBatch.Item> items = new ArrayList<>();
            for (GridEdits.Edit edit : GridEdits.changed(strings(context.get("counts")), strings(context.get("shown")), locale)) {
                try {
                    ReadRequest request = CountServices.correction(delegator, list, Map.of("lineSeqId", edit.lineSeqId(), "countedQuantity", edit.typed()));
                    items.add(new ReadBatch.Item(CountServices.read(delegator, request, ListOptions.BACK_OFFICE, locale), ReadOrigin.backOffice(), null));
                    lineIds.add(edit.lineSeqId());
                } catch (LabelledException e) {
                    refusals.put(edit.lineSeqId(), Labels.message(e.labelKey(), locale, e.arguments()));
                }
            }
            // a page is a few hundred rows at most: one transaction
            ReadBatch.Target target = new ReadBatch.Target(delegator, list, counting.facilityId(), userLogin.getString("userLoginId"));
            List<CountOutcome> outcomes = ReadBatch.store(target, items, Math.max(1, items.size()));
            for (int i = 0; i < outcomes.size(); i++) {
                if (outcomes.get(i) instanceof CountOutcome.Refused refused) {
                    refusals.put(lineIds.get(i), Labels.message(refused.labelKey(), locale));
                }
            }
            return answer((int) outcomes.stream().filter(CountOutcome.Recorded.class::isInstance).count(), refusals, locale);
        } catch (LabelledException e) {
            return Labels.error(e.labelKey(), locale, e.arguments());
        } catch (GenericEntityException | RuntimeException e) {
            return Labels.failure("PhysInvErrorServer", e, MODULE, locale);
        }
    }

    private static Map<String, Object> answer(int saved, Map<String, String> refusals, Locale locale) {
        Map<String, Object> result = refusals.isEmpty() ? ServiceUtil.returnSuccess(Labels.message("PhysInvCountsSaved", locale, saved))
                : ServiceUtil.returnError(Labels.message("PhysInvErrorCountsRefused", locale, saved, refusals.size()));
        result.put("saved", saved);
        result.put("refusals", refusals);
        return result;
    }

    /** A map of the request's strings by line (a field left empty comes as null). */
    private static Map<String, String> strings(Object map) {
        Map<String, String> strings = new HashMap<>();
        if (map instanceof Map<?, ?> given) {
            given.forEach((k, v) -> strings.put(String.valueOf(k), v == null ? "" : v.toString()));
        }
        return strings;
    }

    /** A line as the grid shows it: its fields, its product's name, and its count as the user types it back. */
    private static Map<String, Object> row(GenericValue line, Locale locale) {
        Map<String, Object> row = new HashMap<>(line.getAllFields());
        row.put("productName", CountGridRows.productName(line));
        row.put("countedText", QuantityReader.format(line.getBigDecimal("countedQuantity"), locale));
        return row;
    }
}
