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
import org.physicalinventory.ofbiz.Labels;
import org.physicalinventory.ofbiz.Transactions;
import org.physicalinventory.valuation.ClosingDate;

/**
 * runPiClosingBenchmark: a stock closing of a benchmark facility at a date against its floor, one SQL aggregate
 * over the same rows (the quantity of every product at the date: InventoryItemDetail joined to InventoryItem,
 * summed per product, every result row read), in one run, alternately, the same number of rounds of each, and
 * reports the median and the best round of each and their ratios. The closing is the real one: startPiStockClosing
 * at once, run again on the later rounds.
 */
public final class ClosingBenchmark {

    private static final String MODULE = ClosingBenchmark.class.getName();
    /** Rounds of each when the caller names none; the script uses the same on every database. */
    private static final int ROUNDS = 5;

    private ClosingBenchmark() {
    }

    public static Map<String, Object> runClosingBenchmark(DispatchContext dctx, Map<String, ? extends Object> context) {
        Delegator delegator = dctx.getDelegator();
        Locale locale = (Locale) context.get("locale");
        String facilityId = (String) context.get("facilityId");
        Date date = (Date) context.get("closingDate");
        int rounds = context.get("rounds") == null ? ROUNDS : ((Long) context.get("rounds")).intValue();
        try {
            if (!PostingBenchmark.isBenchmarkFacility(delegator, facilityId)) {
                return Labels.error("PhysInvErrorNotABenchmarkFacility", locale, facilityId);
            }
            if (rounds < 1) {
                return Labels.error("PhysInvErrorBenchmarkRounds", locale, rounds);
            }
            Timestamp until = Timestamp.from(ClosingDate.until(date.toLocalDate(), context.get("timeZone") == null ? ZoneId.systemDefault()
                    : ((TimeZone) context.get("timeZone")).toZoneId()));
            StringBuilder report = new StringBuilder(header(delegator, facilityId, date, (String) context.get("valuationMethod"), rounds));
            List<Double> floor = new ArrayList<>();
            List<Double> ours = new ArrayList<>();
            String closingId = null;
            for (int round = 0; round < rounds; round++) {
                long details = floorRound(delegator, facilityId, until, floor, report);
                Map<String, Object> closing = closingRound(dctx, context, closingId, ours);
                if (!ServiceUtil.isSuccess(closing)) {
                    return ServiceUtil.returnError(ServiceUtil.getErrorMessage(closing));
                }
                closingId = (String) closing.get("closingId");
                report.append(line("ours: closing " + closingId + " (" + closing.get("lineCount") + " lines)", details, ours.get(round)));
            }
            report.append(summary(new Rounds(floor), new Rounds(ours)));
            Debug.logInfo(report.toString(), MODULE);
            Map<String, Object> result = ServiceUtil.returnSuccess();
            result.put("report", report.toString());
            result.put("closingId", closingId);
            return result;
        } catch (GenericEntityException | GenericServiceException e) {
            return Labels.failure("PhysInvErrorClosingBenchmarkFailed", e, MODULE, locale, facilityId);
        }
    }

    private static String header(Delegator delegator, String facilityId, Date date, String valuationMethod, int rounds) {
        return String.format("closing benchmark: facility %s at %s, %s, method %s, %d rounds of each%n", facilityId, date,
                delegator.getGroupHelperInfo("org.apache.ofbiz").getHelperBaseName(), valuationMethod == null ? "of the organisation" : valuationMethod,
                rounds);
    }

    /** One round of the floor, timed into {@code seconds} and reported; answers the details it summed. */
    private static long floorRound(Delegator delegator, String facilityId, Timestamp until, List<Double> seconds, StringBuilder report)
            throws GenericEntityException {
        long started = System.nanoTime();
        long[] counted = Transactions.read(() -> floor(delegator, facilityId, until));
        seconds.add((System.nanoTime() - started) / 1e9);
        report.append(line("floor: one SQL aggregate (" + counted[0] + " products)", counted[1], seconds.get(seconds.size() - 1)));
        return counted[1];
    }

    /** One round of the closing, timed into {@code seconds}: made on the first round, run again on the later ones. */
    private static Map<String, Object> closingRound(DispatchContext dctx, Map<String, ? extends Object> context, String closingId,
            List<Double> seconds) throws GenericServiceException {
        long started = System.nanoTime();
        Map<String, Object> closing = dctx.getDispatcher().runSync("startPiStockClosing", UtilMisc.toMap("closingId", closingId,
                "facilityId", closingId == null ? context.get("facilityId") : null, "closingDate", context.get("closingDate"),
                "description", "Closing benchmark", "valuationMethod", context.get("valuationMethod"), "userLogin", context.get("userLogin"),
                "locale", context.get("locale"), "timeZone", context.get("timeZone")));
        seconds.add((System.nanoTime() - started) / 1e9);
        return closing;
    }

    private static String line(String what, long rows, double seconds) {
        return String.format("%-58s %9d rows %8.2f s%n", what, rows, seconds);
    }

    /** The median and the best round of each, and the ratio of the closing to the floor on each. */
    private static String summary(Rounds floor, Rounds ours) {
        return String.format("median of %d: floor %.2f s, ours %.2f s: the closing takes %.2fx the floor%n", floor.count(), floor.median(),
                ours.median(), ours.median() / floor.median())
                + String.format("best of %d:   floor %.2f s, ours %.2f s: the closing takes %.2fx the floor%n", floor.count(), floor.best(),
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
