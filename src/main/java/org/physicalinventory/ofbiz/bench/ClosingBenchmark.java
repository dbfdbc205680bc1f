package org.physicalinventory.ofbiz.bench;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
import org.physicalinventory.ofbiz.Labels;
import org.physicalinventory.ofbiz.Transactions;
import org.physicalinventory.valuation.ClosingDate;

/**
 * runPiClosingBenchmark: a stock closing of a benchmark facility at a date against its floor, one SQL aggregate
 * over the same rows (the quantity of every product at the date: InventoryItemDetail joined to InventoryItem,
 * summed per product, every result row read), in one run, alternately, and reports the best run of each and
 * their ratio. The closing is the real one: startPiStockClosing at once, run again on the later rounds.
 */
public final class ClosingBenchmark {

    private static final String MODULE = ClosingBenchmark.class.getName();

    private ClosingBenchmark() {
    }

    public static Map<String, Object> runClosingBenchmark(DispatchContext dctx, Map<String, ? extends Object> context) {
        Delegator delegator = dctx.getDelegator();
        Locale locale = (Locale) context.get("locale");
        String facilityId = (String) context.get("facilityId");
        Date date = (Date) context.get("closingDate");
        int rounds = context.get("rounds") == null ? 3 : ((Long) context.get("rounds")).intValue();
        try {
            if (EntityQuery.use(delegator).from("FacilityAttribute").where("facilityId", facilityId, "attrName", PostingBenchmark.MARK,
                    "attrValue", "Y").queryOne() == null) {
                return Labels.error("PhysInvErrorNotABenchmarkFacility", locale, facilityId);
            }
            Timestamp until = Timestamp.from(ClosingDate.until(date.toLocalDate(), context.get("timeZone") == null ? ZoneId.systemDefault()
                    : ((java.util.TimeZone) context.get("timeZone")).toZoneId()));
            StringBuilder report = new StringBuilder(String.format("closing benchmark: facility %s at %s, %s, method %s%n", facilityId, date,
                    delegator.getGroupHelperInfo("org.apache.ofbiz").getHelperBaseName(),
                    context.get("valuationMethod") == null ? "of the organisation" : context.get("valuationMethod")));
            List<Double> floor = new ArrayList<>();
            List<Double> ours = new ArrayList<>();
            String closingId = null;
            long details = 0;
            for (int round = 0; round < rounds; round++) {
                long started = System.nanoTime();
                long[] counted = Transactions.read(() -> floor(delegator, facilityId, until));
                floor.add((System.nanoTime() - started) / 1e9);
                details = counted[1];
                report.append(String.format("%-58s %9d rows %8.2f s%n", "floor: one SQL aggregate (" + counted[0] + " products)", details,
                        floor.get(round)));
                started = System.nanoTime();
                Map<String, Object> closing = dctx.getDispatcher().runSync("startPiStockClosing", UtilMisc.toMap("closingId", closingId,
                        "facilityId", closingId == null ? facilityId : null, "closingDate", date, "description", "Closing benchmark",
                        "valuationMethod", context.get("valuationMethod"),
                        "userLogin", context.get("userLogin"), "locale", locale, "timeZone", context.get("timeZone")));
                ours.add((System.nanoTime() - started) / 1e9);
                if (!ServiceUtil.isSuccess(closing)) {
                    return ServiceUtil.returnError(ServiceUtil.getErrorMessage(closing));
                }
                closingId = (String) closing.get("closingId");
                report.append(String.format("%-58s %9d rows %8.2f s%n", "ours: closing " + closingId + " (" + closing.get("lineCount") + " lines)",
                        details, ours.get(round)));
            }
            double bestFloor = floor.stream().min(Double::compare).get();
            double bestOurs = ours.stream().min(Double::compare).get();
            report.append(String.format("best: floor %.2f s, ours %.2f s: the closing takes %.2fx the floor%n", bestFloor, bestOurs,
                    bestOurs / bestFloor));
            Debug.logInfo(report.toString(), MODULE);
            Map<String, Object> result = ServiceUtil.returnSuccess();
            result.put("report", report.toString());
            result.put("closingId", closingId);
            return result;
        } catch (GenericEntityException | GenericServiceException e) {
            Debug.logError(e, MODULE);
            return ServiceUtil.returnError(e.getMessage());
        }
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
