package org.physicalinventory.ofbiz.difference;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.ofbiz.base.util.UtilMisc;
import org.apache.ofbiz.entity.GenericValue;
import org.apache.ofbiz.service.ServiceUtil;
import org.physicalinventory.count.LineKey;
import org.physicalinventory.difference.CountedLine.LineRef;
import org.physicalinventory.difference.Difference;
import org.physicalinventory.difference.CountedLine;
import org.physicalinventory.difference.ReviewFilter;
import org.physicalinventory.difference.ReviewTotals;
import org.physicalinventory.difference.Summary;
import org.physicalinventory.explain.CauseKind;
import org.physicalinventory.explain.LikelyCause;

/**
 * What the review screen shows (getPiInventoryReview's answer): a row per difference, or once posted a row
 * per line, and the movements by variance reason as the core totals them.
 */
final class ReviewRows {

    private ReviewRows() {
    }

    /**
     * The review of an inventory not posted yet: the differences the filter accepts (a page of them, when asked), and
     * above them the totals of the whole review.
     *
     * @param cause   only the differences with this likely cause, or null for all
     * @param byCause the differences with a likely cause first, by cause
     * @param page the rows to show, or null for every row
     */
    static Map<String, Object> open(KeptReview kept, ReviewFilter filter, CauseKind cause, boolean byCause, Map<String, String> reasons,
            Page page) {
        List<Map<String, Object>> rows = new ArrayList<>();
        int accepted = 0;
        for (Difference difference : byCause ? kept.differencesByCause() : kept.differences()) {
            if (filter.accepts(difference) && (cause == null || kept.causes(difference.key()).stream().anyMatch(c -> c.kind() == cause))) {
                if (page == null || page.holds(accepted)) {
                    Map<String, Object> row = row(difference, kept);
                    row.put("reasonDescription", description(difference.reasonId(), reasons));
                    rows.add(row);
                }
                accepted++;
            }
        }
        ReviewTotals totals = kept.totals();
        Map<String, Object> result = result(rows, totals.summary(), totals.conflicts(), totals.missingCosts(), totals.moved(), totals.changes());
        result.put("differenceCount", accepted);
        return result;
    }

    /** No review to show yet (the first one is being worked out): no rows, every total nought. */
    static Map<String, Object> none() {
        Map<String, Object> result = result(List.of(), Summary.of(List.of()), 0, 0, 0, 0);
        result.put("differenceCount", 0);
        return result;
    }

    /** A page of rows: the index of the page (from 0) and how many rows a page holds. */
    record Page(int index, int size) {

        /** The page asked for: none without a size (every row), the first without an index. */
        static Page of(Integer index, Integer size) {
            return size == null || size < 1 ? null : new Page(index == null || index < 0 ? 0 : index, size);
        }

        boolean holds(int row) {
            return row >= (long) index * size && row < (long) index * size + size;
        }
    }

    /**
     * A posted inventory shows what was posted, line by line (its book and counted quantities, the posted
     * quantity and value), and the movements by reason: the book has changed since, so nothing is compared again.
     *
     * @param movements the posting's movements that carry a variance reason (PiLinePosting), by line
     * @param lines     the lines of the inventory's active lists (PiCountLineAndList)
     */
    static Map<String, Object> posted(List<GenericValue> movements, List<GenericValue> lines, ReviewFilter filter,
            Map<String, String> reasons, Page page) {
        Map<String, String> lineReasons = new HashMap<>();
        List<Summary.Amount> amounts = new ArrayList<>();
        for (GenericValue movement : movements) {
            lineReasons.put(ref(movement).text(), movement.getString("varianceReasonId"));
            amounts.add(new Summary.Amount(movement.getString("varianceReasonId"), movement.getBigDecimal("quantity"),
                    movement.getBigDecimal("postedValue")));
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        int posted = 0;
        int accepted = 0;
        for (GenericValue line : lines) {
            BigDecimal difference = line.get("postedQuantity") == null ? BigDecimal.ZERO : line.getBigDecimal("postedQuantity");
            posted += line.get("postedQuantity") == null ? 0 : 1;
            LineKey key = InventoryReview.key(line);
            if (filter.acceptsPosted(line.getString("piListId"), key, difference)) {
                if (page == null || page.holds(accepted)) {
                    String reasonId = lineReasons.get(ref(line).text());
                    Map<String, Object> row = postedRow(line, key, difference, reasonId);
                    row.put("reasonDescription", description(reasonId, reasons));
                    rows.add(row);
                }
                accepted++;
            }
        }
        Map<String, Object> result = result(rows, Summary.of(amounts), 0, 0, 0, posted);
        result.put("differenceCount", accepted);
        return result;
    }

    private static Map<String, Object> result(List<Map<String, Object>> rows, Summary summary, int conflicts, int missingCosts,
            int moved, int linesToPost) {
        Map<String, Object> result = ServiceUtil.returnSuccess();
        result.put("differences", rows);
        result.put("summary", summary.totals().stream().map(total -> UtilMisc.<String, Object>toMap("varianceReasonId", total.reasonId(),
                "surplus", flag(total.surplus()), "quantity", total.quantity(), "value", total.value(), "lines", total.lines()))
                .collect(Collectors.toList()));
        result.put("surplusValue", summary.surplusValue());
        result.put("shortageValue", summary.shortageValue());
        result.put("conflictCount", conflicts);
        result.put("missingCosts", missingCosts);
        result.put("movedLines", moved);
        result.put("linesToPost", linesToPost);
        return result;
    }

    private static Map<String, Object> row(Difference difference, KeptReview kept) {
        Map<String, Object> row = new HashMap<>();
        if (difference.conflict()) {
            List<CountedLine> lines = kept.conflictLines(difference.key());
            row.put("lineCounts", lines.stream().map(l -> l.piListId() + ": " + l.counted()).collect(Collectors.joining(", ")));
            row.put("conflictListIds", lines.stream().filter(CountedLine::isCounted).map(CountedLine::piListId)
                    .distinct().collect(Collectors.toList()));
        }
        LineRef standing = difference.lines().get(0);
        keyFields(row, standing, difference.key());
        row.put("listIds", difference.lines().stream().map(LineRef::piListId).distinct().collect(Collectors.joining(", ")));
        row.put("bookQuantity", difference.book());
        row.put("currentBookQuantity", difference.currentBook());
        row.put("countedQuantity", difference.counted());
        row.put("difference", difference.difference());
        row.put("unitCost", difference.unitCost());
        row.put("value", difference.value());
        row.put("varianceReasonId", difference.reasonId());
        row.put("overTolerance", flag(difference.overTolerance()));
        row.put("moved", flag(difference.moved()));
        row.put("movedChoice", difference.movedChoice() == null ? null : difference.movedChoice().name());
        row.put("conflict", flag(difference.conflict()));
        row.put("missingCost", flag(difference.missingCost()));
        row.put("serialFrom", difference.serialFrom());
        row.put("serialTo", difference.serialTo());
        row.put("causes", causes(kept.causes(difference.key())));
        return row;
    }

    /** The likely causes of a difference as the screens show them: the kind and its label key, the quantity, a move's locations, the document. */
    static List<Map<String, Object>> causes(List<LikelyCause> causes) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (LikelyCause cause : causes) {
            Map<String, Object> row = new HashMap<>();
            row.put("cause", cause.kind().name());
            row.put("causeKey", cause.kind().labelKey());
            row.put("quantity", cause.quantity());
            row.put("fromLocationSeqId", cause.fromLocationSeqId());
            row.put("toLocationSeqId", cause.toLocationSeqId());
            if (cause.document() != null) {
                row.put("documentKind", cause.document().kind().name());
                row.put("documentKey", cause.document().kind().labelKey());
                row.put("documentId", cause.document().id());
            }
            row.put("date", cause.at() == null ? null : Timestamp.from(cause.at()));
            rows.add(row);
        }
        return rows;
    }

    private static Map<String, Object> postedRow(GenericValue line, LineKey key, BigDecimal difference, String reasonId) {
        Map<String, Object> row = new HashMap<>();
        keyFields(row, ref(line), key);
        row.put("listIds", line.get("piListId"));
        row.put("bookQuantity", line.get("bookQuantity"));
        row.put("currentBookQuantity", line.get("bookQuantity"));
        row.put("countedQuantity", line.get("countedQuantity"));
        row.put("difference", difference);
        row.put("value", line.get("postedValue") == null ? BigDecimal.ZERO : line.get("postedValue"));
        row.put("varianceReasonId", reasonId);
        row.put("overTolerance", "N");
        row.put("moved", "N");
        row.put("conflict", "N");
        row.put("missingCost", "N");
        return row;
    }

    private static void keyFields(Map<String, Object> row, LineRef line, LineKey key) {
        row.put("piListId", line.piListId());
        row.put("lineSeqId", line.lineSeqId());
        row.put("lineRef", line.text());
        row.put("productId", key.productId());
        row.put("locationSeqId", key.locationSeqId());
        row.put("lotId", key.lotId());
        row.put("serialNumber", key.serialNumber());
    }

    private static LineRef ref(GenericValue line) {
        return new LineRef(line.getString("piListId"), line.getString("lineSeqId"));
    }

    static String description(String reasonId, Map<String, String> reasons) {
        return reasonId == null ? null : reasons.getOrDefault(reasonId, reasonId);
    }

    private static String flag(boolean value) {
        return value ? "Y" : "N";
    }
}
