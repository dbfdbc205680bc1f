package org.physicalinventory.ofbiz.bench;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

import org.apache.ofbiz.base.util.Debug;
import org.apache.ofbiz.base.util.UtilMisc;
import org.apache.ofbiz.entity.Delegator;
import org.apache.ofbiz.entity.GenericEntityException;
import org.apache.ofbiz.entity.GenericValue;
import org.apache.ofbiz.entity.condition.EntityCondition;
import org.apache.ofbiz.entity.condition.EntityOperator;
import org.apache.ofbiz.entity.model.DynamicViewEntity;
import org.apache.ofbiz.entity.model.ModelKeyMap;
import org.apache.ofbiz.entity.util.EntityListIterator;
import org.apache.ofbiz.entity.util.EntityQuery;
import org.apache.ofbiz.service.DispatchContext;
import org.apache.ofbiz.service.GenericServiceException;
import org.apache.ofbiz.service.ServiceUtil;
import org.physicalinventory.bench.Rounds;
import org.physicalinventory.bench.TableRow;
import org.physicalinventory.ofbiz.Labels;
import org.physicalinventory.ofbiz.Transactions;
import org.physicalinventory.valuation.ClosingDate;

/**
 * runPiClosingBenchmark: a stock closing of a benchmark facility at a date against its floor, one SQL aggregate
 * over the same rows (the quantity of every product at the date: InventoryItemDetail joined to InventoryItem,
 * summed per product, every result row read), in one run, alternately, the same number of rounds of each, and
 * reports the median and the best round of each and their ratios. The closing is the real one: startPiStockClosing
 * at once, run again on the later rounds. By LIFO, which goes on from the last confirmed LIFO closing of its scope,
 * a first closing some weeks earlier is made from the whole history and confirmed; then each round runs the floor,
 * the closing from the whole history, and the closing carried forward from that first one.
 */
public final class ClosingBenchmark {

    private static final String MODULE = ClosingBenchmark.class.getName();
    /** Rounds of each when the caller names none; the script uses the same on every database. */
    private static final int ROUNDS = 5;
    /** By LIFO, the first closing is this many days before the closing date unless the caller names its date. */
    private static final int CARRIED_DAYS_BEFORE = 28;

    private ClosingBenchmark() {
    }

    public static Map<String, Object> runClosingBenchmark(DispatchContext dctx, Map<String, ? extends Object> context) {
        Delegator delegator = dctx.getDelegator();
        Locale locale = (Locale) context.get("locale");
        String facilityId = (String) context.get("facilityId");
        int rounds = context.get("rounds") == null ? ROUNDS : ((Long) context.get("rounds")).intValue();
        try {
            if (!PostingBenchmark.isBenchmarkFacility(delegator, facilityId)) {
                return Labels.error("PhysInvErrorNotABenchmarkFacility", locale, facilityId);
            }
            if (rounds < 1) {
                return Labels.error("PhysInvErrorBenchmarkRounds", locale, rounds);
            }
            Bench bench = new Bench(dctx, context, rounds);
            String closingId = "LIFO".equals(context.get("valuationMethod")) ? bench.carried() : bench.plain();
            if (closingId == null) {
                return ServiceUtil.returnError(bench.failure);
            }
            Debug.logInfo(bench.report.toString(), MODULE);
            Map<String, Object> result = ServiceUtil.returnSuccess();
            result.put("report", bench.report.toString());
            result.put("closingId", closingId);
            return result;
        } catch (GenericEntityException | GenericServiceException e) {
            return Labels.failure("PhysInvErrorClosingBenchmarkFailed", e, MODULE, locale, facilityId);
        }
    }

    /** One run of the benchmark: its rounds and its report. */
    private static final class Bench {
        private final DispatchContext dctx;
        private final Map<String, ? extends Object> context;
        private final Delegator delegator;
        private final String facilityId;
        private final Timestamp until;
        private final int rounds;
        private final StringBuilder report;
        /** The lines of the latest closing made: the rows of the benchmark table. */
        private long lines;
        private String failure;

        Bench(DispatchContext dctx, Map<String, ? extends Object> context, int rounds) {
            this.dctx = dctx;
            this.context = context;
            this.delegator = dctx.getDelegator();
            this.facilityId = (String) context.get("facilityId");
            this.until = Timestamp.from(ClosingDate.until(date().toLocalDate(), zone()));
            this.rounds = rounds;
            this.report = new StringBuilder(String.format("closing benchmark: facility %s at %s, %s, method %s, %d rounds of each%n", facilityId,
                    date(), delegator.getGroupHelperInfo("org.apache.ofbiz").getHelperBaseName(),
                    context.get("valuationMethod") == null ? "of the organisation" : context.get("valuationMethod"), rounds));
        }

        /** Floor and closing, alternately; answers the closing, or null when it failed. */
        String plain() throws GenericEntityException, GenericServiceException {
            List<Double> floor = new ArrayList<>();
            List<Double> ours = new ArrayList<>();
            String closingId = null;
            for (int round = 0; round < rounds; round++) {
                floorRound(floor);
                closingId = closingRound(closingId, date(), false, ours, "ours");
                if (closingId == null) {
                    return null;
                }
            }
            report.append(summary("ours", new Rounds(floor), new Rounds(ours)))
                    .append(TableRow.best("closing, " + method() + " vs one SQL aggregate", lines, new Rounds(ours), new Rounds(floor)).line());
            return closingId;
        }

        /**
         * By LIFO: a first closing from the whole history some weeks earlier, confirmed; then floor, the closing from the whole
         * history and the closing carried forward from the first, alternately. Answers the closing carried forward, or null.
         */
        String carried() throws GenericEntityException, GenericServiceException {
            Date carriedDate = context.get("carriedFromDate") != null ? (Date) context.get("carriedFromDate")
                    : Date.valueOf(date().toLocalDate().minusDays(CARRIED_DAYS_BEFORE));
            String first = closingRound(null, carriedDate, true, new ArrayList<>(), "first closing at " + carriedDate + ", whole history");
            if (first == null || !confirmed(first)) {
                return null;
            }
            List<Double> floor = new ArrayList<>();
            List<Double> whole = new ArrayList<>();
            List<Double> carried = new ArrayList<>();
            String wholeId = null;
            String carriedId = null;
            for (int round = 0; round < rounds; round++) {
                floorRound(floor);
                wholeId = closingRound(wholeId, date(), true, whole, "ours, whole history");
                carriedId = wholeId == null ? null : closingRound(carriedId, date(), false, carried, "ours, carried forward");
                if (carriedId == null) {
                    return null;
                }
            }
            report.append(summary("ours from the whole history", new Rounds(floor), new Rounds(whole)))
                    .append(summary("ours carried forward", new Rounds(floor), new Rounds(carried)))
                    .append(TableRow.best("closing, LIFO from the whole history vs one SQL aggregate", lines, new Rounds(whole), new Rounds(floor)).line())
                    .append(TableRow.best("closing, LIFO carried forward vs one SQL aggregate", lines, new Rounds(carried), new Rounds(floor)).line());
            return carriedId;
        }

        /** One round of the floor, timed into {@code seconds} and reported. */
        private void floorRound(List<Double> seconds) throws GenericEntityException {
            long started = System.nanoTime();
            long[] counted = Transactions.read(() -> floor(delegator, facilityId, until));
            seconds.add((System.nanoTime() - started) / 1e9);
            report.append(line("floor: one SQL aggregate (" + counted[0] + " products)", counted[1] + " rows", seconds.get(seconds.size() - 1)));
        }

        /**
         * One round of a closing at a date, timed into {@code seconds} and reported: made when {@code closingId} is null, else run
         * again; answers the closing, or null when it failed.
         */
        private String closingRound(String closingId, Date date, boolean wholeHistory, List<Double> seconds, String what)
                throws GenericServiceException {
            long started = System.nanoTime();
            Map<String, Object> closing = dctx.getDispatcher().runSync("startPiStockClosing", UtilMisc.toMap("closingId", closingId,
                    "facilityId", closingId == null ? facilityId : null, "closingDate", date, "description", "Closing benchmark",
                    "valuationMethod", context.get("valuationMethod"), "wholeHistory", wholeHistory, "userLogin", context.get("userLogin"),
                    "locale", context.get("locale"), "timeZone", context.get("timeZone")));
            seconds.add((System.nanoTime() - started) / 1e9);
            if (!ServiceUtil.isSuccess(closing)) {
                failure = ServiceUtil.getErrorMessage(closing);
                return null;
            }
            lines = closing.get("lineCount") instanceof Number count ? count.longValue() : 0;
            Object from = closing.get("carriedFromClosingId");
            Object copied = closing.get("copiedProductCount");
            report.append(line(what + ": closing " + closing.get("closingId") + (from == null ? "" : " from " + from)
                    + (copied instanceof Number count && count.longValue() > 0 ? ", " + count + " copied" : ""), closing.get("lineCount")
                    + " lines", seconds.get(seconds.size() - 1)));
            return (String) closing.get("closingId");
        }

        private boolean confirmed(String closingId) throws GenericServiceException {
            Map<String, Object> confirmed = dctx.getDispatcher().runSync("confirmPiStockClosing", UtilMisc.toMap("closingId", closingId,
                    "userLogin", context.get("userLogin"), "locale", context.get("locale")));
            failure = ServiceUtil.isSuccess(confirmed) ? null : ServiceUtil.getErrorMessage(confirmed);
            return failure == null;
        }

        private String method() {
            return context.get("valuationMethod") == null ? "the organisation's method" : (String) context.get("valuationMethod");
        }

        private Date date() {
            return (Date) context.get("closingDate");
        }

        private ZoneId zone() {
            return context.get("timeZone") == null ? ZoneId.systemDefault() : ((TimeZone) context.get("timeZone")).toZoneId();
        }
    }

    private static String line(String what, String rows, double seconds) {
        return String.format("%-72s %14s %8.2f s%n", what, rows, seconds);
    }

    /** The median and the best round of each, and the ratio of the closing to the floor on each. */
    private static String summary(String what, Rounds floor, Rounds ours) {
        return String.format("median of %d: floor %.2f s, %s %.2f s: the closing takes %.2fx the floor%n", floor.count(), floor.median(), what,
                ours.median(), ours.median() / floor.median())
                + String.format("best of %d:   floor %.2f s, %s %.2f s: the closing takes %.2fx the floor%n", floor.count(), floor.best(), what,
                        ours.best(), ours.best() / floor.best());
    }

    /** The floor: per product, the sum of the quantities of its details before the moment; answers {products, details}. */
    static long[] floor(Delegator delegator, String facilityId, Timestamp until) throws GenericEntityException {
        DynamicViewEntity view = new DynamicViewEntity();
        view.addMemberEntity("IID", "InventoryItemDetail");
        view.addMemberEntity("II", "InventoryItem");
        view.addAlias("II", "productId", null, null, null, true, null);
        view.addAlias("II", "facilityId", null, null, null, false, null);
        view.addAlias("IID", "effectiveDate", null, null, null, false, null);
        view.addAlias("IID", "quantity", "quantityOnHandDiff", null, null, null, "sum");
        view.addAlias("IID", "details", "inventoryItemDetailSeqId", null, null, null, "count");
        view.addViewLink("IID", "II", false, ModelKeyMap.makeKeyMapList("inventoryItemId"));
        long products = 0;
        long details = 0;
        BigDecimal total = BigDecimal.ZERO;
        try (EntityListIterator rows = EntityQuery.use(delegator).from(view).where(EntityCondition.makeCondition("facilityId", facilityId),
                EntityCondition.makeCondition("effectiveDate", EntityOperator.LESS_THAN, until)).select("productId", "quantity", "details")
                .queryIterator()) {
            GenericValue row;
            while ((row = rows.next()) != null) {
                products++;
                details += row.getLong("details");
                total = total.add(row.getBigDecimal("quantity") == null ? BigDecimal.ZERO : row.getBigDecimal("quantity"));
            }
        }
        Debug.logInfo("floor: " + products + " products, " + details + " details, quantity " + total, MODULE);
        return new long[] {products, details};
    }
}
