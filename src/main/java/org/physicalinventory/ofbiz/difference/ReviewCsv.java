package org.physicalinventory.ofbiz.difference;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.apache.ofbiz.base.util.UtilGenerics;
import org.apache.ofbiz.base.util.UtilHttp;
import org.apache.ofbiz.entity.Delegator;
import org.apache.ofbiz.entity.GenericEntityException;
import org.apache.ofbiz.entity.GenericValue;
import org.apache.ofbiz.entity.util.EntityListIterator;
import org.apache.ofbiz.service.GenericServiceException;
import org.apache.ofbiz.service.LocalDispatcher;
import org.physicalinventory.count.LineKey;
import org.physicalinventory.difference.CountedLine.LineRef;
import org.physicalinventory.difference.Difference;
import org.physicalinventory.difference.ReviewExport;
import org.physicalinventory.difference.ReviewFilter;
import org.physicalinventory.difference.ReviewLine;
import org.physicalinventory.explain.CauseKind;
import org.physicalinventory.explain.LikelyCause;
import org.physicalinventory.ofbiz.Downloads;
import org.physicalinventory.ofbiz.Labels;
import org.physicalinventory.ofbiz.Transactions;

/**
 * The review of an inventory as CSV (the ReviewCsv request), streamed: the heading leaves at once, then the rows of the review
 * the screen keeps ({@link KeptReview}, brought up to date or worked out as for the screen), written as they are read from it,
 * so that the export holds no more than the screen already does. A posted inventory's lines come through a cursor. The
 * service getPiReviewExport, run as the user, checks the permission and the inventory and gives the screen's filters.
 */
public final class ReviewCsv {

    private static final List<String> PARAMETERS = List.of("piInventoryId", "piListId", "locationSeqId", "productId", "productCategoryId",
            "differencesOnly", "overTolerance", "moved", "conflicts");
    private static final List<String> HEADINGS = List.of("PhysInvLocation", "PhysInvProduct", "PhysInvLot", "PhysInvSerialNumber", "PhysInvList",
            "PhysInvBookQuantity", "PhysInvCurrentBookQuantity", "PhysInvCountedQuantity", "PhysInvDifference", "PhysInvUnitCost", "PhysInvValue",
            "PhysInvReason", "PhysInvOverTolerance", "PhysInvMovedSinceCount", "PhysInvMovedChoice", "PhysInvConflict", "PhysInvLikelyCause");
    /** Rows written between two flushes, so that the reader gets them as they come. */
    private static final int FLUSH_EVERY = 1000;

    private ReviewCsv() {
    }

    /** Writes the CSV of the request's inventory and filters to the response; a refusal answers its message. */
    public static void write(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Map<String, Object> input = new HashMap<>();
        PARAMETERS.forEach(name -> input.put(name, request.getParameter(name)));
        Map<String, Object> result = Downloads.run(request, response, "review.csv", "getPiReviewExport", input);
        if (result == null) {
            return;
        }
        GenericValue inventory = (GenericValue) result.get("inventory");
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"differences-" + Downloads.safe(inventory.getString("piInventoryId"))
                + ".csv\"");
        write((Delegator) request.getAttribute("delegator"), (LocalDispatcher) request.getAttribute("dispatcher"), result,
                UtilHttp.getLocale(request), new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
    }

    /**
     * Writes the CSV of a review as its rows come, the heading at once, then a flush every {@value #FLUSH_EVERY} rows.
     *
     * @param export getPiReviewExport's answer: the inventory, the filter, the reasons in words
     */
    public static void write(Delegator delegator, LocalDispatcher dispatcher, Map<String, Object> export, Locale locale, Writer out)
            throws IOException {
        GenericValue inventory = (GenericValue) export.get("inventory");
        ReviewFilter filter = (ReviewFilter) export.get("filter");
        Map<String, String> reasons = UtilGenerics.cast(export.get("reasons"));
        try (ReviewExport csv = ReviewExport.csv(out, HEADINGS.stream().map(key -> Labels.message(key, locale)).toList())) {
            csv.flush();
            if (inventory.get("postedDate") != null) {
                posted(delegator, inventory, filter, reasons, csv);
            } else {
                open(delegator, dispatcher, inventory, filter, reasons, locale, csv);
            }
        } catch (GenericEntityException | GenericServiceException e) {
            // the heading and some rows may be out already: the file ends where the failure came
            throw new IOException(Labels.message("PhysInvErrorReviewFailed", locale, inventory.get("piInventoryId")), e);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * An inventory not posted yet: every difference the filter accepts, from the review the screen keeps (brought up to date, or
     * worked out as the screen would): no second pass over the lines, and the same rows as the screen's.
     */
    private static void open(Delegator delegator, LocalDispatcher dispatcher, GenericValue inventory, ReviewFilter filter,
            Map<String, String> reasons, Locale locale, ReviewExport csv) throws GenericEntityException, GenericServiceException {
        int rows = 0;
        KeptReview kept = KeptReview.of(delegator, dispatcher, inventory);
        for (Difference difference : kept.differences()) {
            if (filter.accepts(difference)) {
                write(csv, ReviewLine.of(difference, ReviewRows.description(difference.reasonId(), reasons),
                        causes(kept.causes(difference.key()), locale)), ++rows);
            }
        }
    }

    /** The likely causes of a difference in words, as the screen shows them, one after the other; null when there are none. */
    private static String causes(List<LikelyCause> causes, Locale locale) {
        if (causes.isEmpty()) {
            return null;
        }
        return causes.stream().map(c -> c.kind() == CauseKind.MISLAID ? Labels.message("PhysInvCauseMislaidMove", locale,
                c.quantity().stripTrailingZeros().toPlainString(), c.fromLocationSeqId(), c.toLocationSeqId()) : Labels.message(c.kind().labelKey(), locale))
                .collect(Collectors.joining("; "));
    }

    /** A posted inventory: every line the filter accepts, with what was posted for it. */
    private static void posted(Delegator delegator, GenericValue inventory, ReviewFilter filter, Map<String, String> reasons,
            ReviewExport csv) throws GenericEntityException {
        Map<String, String> lineReasons = new HashMap<>();
        for (GenericValue movement : ReviewServices.postedMovements(delegator, inventory)) {
            lineReasons.put(new LineRef(movement.getString("piListId"), movement.getString("lineSeqId")).text(),
                    movement.getString("varianceReasonId"));
        }
        Transactions.read(() -> {
            try (EntityListIterator lines = ReviewBook.lineQuery(delegator, inventory).fetchSize(2000).queryIterator()) {
                GenericValue line;
                int rows = 0;
                while ((line = lines.next()) != null) {
                    BigDecimal posted = line.get("postedQuantity") == null ? BigDecimal.ZERO : line.getBigDecimal("postedQuantity");
                    LineKey key = InventoryReview.key(line);
                    if (filter.acceptsPosted(line.getString("piListId"), key, posted)) {
                        String reason = lineReasons.get(new LineRef(line.getString("piListId"), line.getString("lineSeqId")).text());
                        write(csv, ReviewLine.posted(key, line.getString("piListId"), line.getBigDecimal("bookQuantity"),
                                line.getBigDecimal("countedQuantity"), posted, line.getBigDecimal("postedValue"),
                                ReviewRows.description(reason, reasons)), ++rows);
                    }
                }
            }
            return null;
        });
    }

    private static void write(ReviewExport csv, ReviewLine line, int row) {
        try {
            csv.row(line);
            if (row % FLUSH_EVERY == 0) {
                csv.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
