package org.physicalinventory.ofbiz.count;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.ofbiz.entity.Delegator;
import org.apache.ofbiz.entity.GenericEntityException;
import org.physicalinventory.count.CountImport;
import org.physicalinventory.count.ImportRow;
import org.physicalinventory.count.QuantityReader;
import org.physicalinventory.ofbiz.Labels;

/** An import's rows as its preview shows them, and as the reads it stores. */
final class ImportRows {

    private ImportRows() {
    }

    /** A row the import records: where, what, the quantity as typed, and the line's count before and after, as the user types them. */
    static Map<String, Object> recording(CountImport.Recording recording, Locale locale) {
        Map<String, Object> row = fields(recording.row());
        row.put("productId", recording.read().productId());
        row.put("lotId", recording.read().lineKey().lotId());
        row.put("serialNumber", recording.read().lineKey().serialNumber());
        row.put("action", recording.read().action().name());
        row.put("before", QuantityReader.format(recording.before(), locale));
        row.put("after", QuantityReader.format(recording.after(), locale));
        row.put("newLine", recording.newLine());
        return row;
    }

    /** A row refused: its fields as in the file, and why in the user's language. */
    static Map<String, Object> refused(CountImport.Refused refused, Locale locale) {
        Map<String, Object> row = fields(refused.row());
        row.put("reason", Labels.message(refused.labelKey(), locale, refused.arguments().toArray()));
        return row;
    }

    /** The reasons rows are refused for, the most frequent first: each with how many rows, and the first of them told in full. */
    static List<Map<String, Object>> reasons(CountImport.Plan plan, Locale locale) {
        Map<String, CountImport.Refused> first = new LinkedHashMap<>();
        plan.refusals().forEach(refused -> first.putIfAbsent(refused.labelKey(), refused));
        List<Map<String, Object>> reasons = new ArrayList<>();
        plan.refusalsByReason().forEach((key, rows) -> reasons.add(Map.of("rows", rows, "firstRow", first.get(key).row().number(),
                "reason", Labels.message(key, locale, first.get(key).arguments().toArray()))));
        return reasons;
    }

    /** The reads of the rows to record, logged as imported from the file; a lot OFBiz does not know is made with its read. */
    static List<ReadBatch.Item> items(Delegator delegator, List<CountImport.Recording> recordings, String fileName) throws GenericEntityException {
        Map<String, Boolean> unknownLots = new HashMap<>();
        List<ReadBatch.Item> items = new ArrayList<>(recordings.size());
        for (CountImport.Recording recording : recordings) {
            String lotId = recording.read().lineKey().lotId();
            if (lotId != null && !unknownLots.containsKey(lotId)) {
                unknownLots.put(lotId, ScanResolver.unknownLot(delegator, lotId) != null);
            }
            items.add(new ReadBatch.Item(new CountServices.Counted(recording.read(), recording.options()),
                    ReadOrigin.imported(fileName, recording.row().code()), lotId != null && unknownLots.get(lotId) ? lotId : null));
        }
        return items;
    }

    private static Map<String, Object> fields(ImportRow row) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("number", row.number());
        fields.put("locationSeqId", row.locationSeqId());
        fields.put("productId", row.productId());
        fields.put("code", row.code());
        fields.put("lotId", row.lotId());
        fields.put("serialNumber", row.serialNumber());
        fields.put("quantity", row.quantity());
        return fields;
    }
}
