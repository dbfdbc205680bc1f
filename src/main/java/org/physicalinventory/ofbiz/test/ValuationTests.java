package org.physicalinventory.ofbiz.test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.ofbiz.base.util.UtilDateTime;
import org.apache.ofbiz.base.util.UtilGenerics;
import org.apache.ofbiz.base.util.UtilMisc;
import org.apache.ofbiz.entity.Delegator;
import org.apache.ofbiz.entity.GenericEntityException;
import org.apache.ofbiz.entity.GenericValue;
import org.apache.ofbiz.entity.condition.EntityCondition;
import org.apache.ofbiz.entity.condition.EntityOperator;
import org.apache.ofbiz.entity.config.model.EntityConfig;
import org.apache.ofbiz.entity.datasource.GenericHelperInfo;
import org.apache.ofbiz.entity.jdbc.SQLProcessor;
import org.apache.ofbiz.entity.util.EntityQuery;
import org.apache.ofbiz.service.ServiceUtil;
import org.physicalinventory.ofbiz.valuation.StockSnapshotZip;

/**
 * Integration tests of warehouse valorization inside OFBiz: closings against an independent SQL computation and
 * OFBiz's own figures (its inventory valuation, the average cost its receipts leave), bad input refused with nothing
 * written, run again until confirmed, the job, history, the report, and the stock before and after an inventory.
 */
public class ValuationTests extends PhysInvTestCase {

    private static final String ORG = "PI_TVAL";
    private static final ZoneId UTC = ZoneId.of("UTC");

    public ValuationTests(String name) {
        super(name);
    }

    // ---- closings against other computations of the same figures

    public void testAClosingOfTheDemoWarehouseEqualsAnIndependentSqlComputationAndOfbizOwnValuation() throws Exception {
        LocalDate day = LocalDate.now(UTC).minusDays(1);
        Timestamp until = Timestamp.from(day.plusDays(1).atStartOfDay(UTC).toInstant());
        Map<String, Object> closing = ok(close("pitest-admin", "facilityId", "WebStoreWarehouse", "closingDate", Date.valueOf(day),
                "valuationMethod", "FIFO"));
        Map<String, GenericValue> lines = lines((String) closing.get("closingId"));
        // independently, in plain SQL: each item's quantity at the date, and the cost its details recorded last before it (else its own)
        Map<String, Object[]> items = new HashMap<>();
        try (SQLProcessor query = new SQLProcessor(getDelegator(), helper())) {
            query.prepareStatement("SELECT I.INVENTORY_ITEM_ID, I.PRODUCT_ID, I.UNIT_COST, SUM(D.QUANTITY_ON_HAND_DIFF) FROM " + table("InventoryItemDetail")
                    + " D JOIN " + table("InventoryItem") + " I ON I.INVENTORY_ITEM_ID = D.INVENTORY_ITEM_ID WHERE I.FACILITY_ID = ? AND D.EFFECTIVE_DATE < ?"
                    + " GROUP BY I.INVENTORY_ITEM_ID, I.PRODUCT_ID, I.UNIT_COST");
            query.setValue("WebStoreWarehouse");
            query.setValue(until);
            ResultSet rows = query.executeQuery();
            while (rows.next()) {
                items.put(rows.getString(1), new Object[] {rows.getString(2), rows.getBigDecimal(3), rows.getBigDecimal(4), Boolean.FALSE});
            }
        }
        try (SQLProcessor query = new SQLProcessor(getDelegator(), helper())) {
            query.prepareStatement("SELECT D.INVENTORY_ITEM_ID, D.UNIT_COST FROM " + table("InventoryItemDetail") + " D JOIN " + table("InventoryItem")
                    + " I ON I.INVENTORY_ITEM_ID = D.INVENTORY_ITEM_ID WHERE I.FACILITY_ID = ? AND D.EFFECTIVE_DATE < ? AND D.UNIT_COST IS NOT NULL"
                    + " ORDER BY D.EFFECTIVE_DATE, D.INVENTORY_ITEM_DETAIL_SEQ_ID");
            query.setValue("WebStoreWarehouse");
            query.setValue(until);
            ResultSet rows = query.executeQuery();
            while (rows.next()) {
                Object[] item = items.get(rows.getString(1));
                item[3] = item[3] == Boolean.TRUE || item[1] == null || ((BigDecimal) item[1]).compareTo(rows.getBigDecimal(2)) != 0;
                item[1] = rows.getBigDecimal(2);
            }
        }
        Map<String, BigDecimal[]> sql = new HashMap<>();
        Map<String, Boolean> costRevised = new HashMap<>();
        for (Object[] item : items.values()) {
            BigDecimal[] sum = sql.computeIfAbsent((String) item[0], k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            sum[0] = sum[0].add((BigDecimal) item[2]);
            sum[1] = sum[1].add(((BigDecimal) item[2]).multiply(item[1] == null ? BigDecimal.ZERO : (BigDecimal) item[1]));
            costRevised.merge((String) item[0], (Boolean) item[3], Boolean::logicalOr);
        }
        assertTrue("the demo warehouse holds stock", sql.size() > 5);
        assertEquals(sql.keySet(), lines.keySet());
        for (Map.Entry<String, BigDecimal[]> row : sql.entrySet()) {
            GenericValue line = lines.get(row.getKey());
            assertNumber(row.getKey(), row.getValue()[0], line.getBigDecimal("quantity"));
            assertNumber(row.getKey(), row.getValue()[1].setScale(2, RoundingMode.HALF_UP), line.getBigDecimal("fifoValue"));
            assertNumber(row.getKey(), line.getBigDecimal("fifoValue"), line.getBigDecimal("value"));
        }
        // OFBiz's own inventory valuation (Accounting > Reports): accounting quantity up to the date times the item's unit cost
        Map<String, BigDecimal[]> ofbiz = new HashMap<>();
        for (GenericValue row : EntityQuery.use(getDelegator()).from("InventoryItemDetailForSum").where(
                EntityCondition.makeCondition("facilityId", "WebStoreWarehouse"),
                EntityCondition.makeCondition("effectiveDate", EntityOperator.LESS_THAN_EQUAL_TO, new Timestamp(until.getTime() - 1)),
                EntityCondition.makeCondition("accountingQuantityDiff", EntityOperator.NOT_EQUAL, BigDecimal.ZERO))
                .select("productId", "unitCost", "accountingQuantitySum").queryList()) {
            BigDecimal[] sum = ofbiz.computeIfAbsent(row.getString("productId"), k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            sum[0] = sum[0].add(row.getBigDecimal("accountingQuantitySum"));
            sum[1] = sum[1].add(row.getBigDecimal("accountingQuantitySum").multiply(row.getBigDecimal("unitCost")));
        }
        int compared = 0;
        for (Map.Entry<String, BigDecimal[]> row : ofbiz.entrySet()) {
            GenericValue line = lines.get(row.getKey());
            // both define the figure where OFBiz's accounting quantity is the quantity on hand and no item's cost changed since the date
            if (line != null && row.getValue()[0].compareTo(line.getBigDecimal("quantity")) == 0 && !costRevised.get(row.getKey())) {
                assertNumber(row.getKey(), row.getValue()[1].setScale(2, RoundingMode.HALF_UP), line.getBigDecimal("fifoValue"));
                compared++;
            }
        }
        assertTrue("compared with OFBiz's valuation: " + compared, compared > 5);
    }

    public void testTheAverageCostIsTheOneOfbizReceiptsLeaveAndTheLastCostThatOfTheLastReceipt() throws Exception {
        // an organisation that keeps a ledger (OFBiz posts its receipts) and values at average cost (COGS_AVG_COST)
        TestStock stock = new TestStock(getDelegator(), "PI_TACCT", "A1");
        LocalDate today = LocalDate.now(UTC);
        // received and issued through OFBiz's own services (which date them now), then moved back to past days
        String first = receive(stock, "10", "5.00", today.minusDays(20));
        issue(first, "-4", today.minusDays(15));
        receive(stock, "6", "8.33", today.minusDays(10));
        receive(stock, "3", "7.10", today.minusDays(5));
        List<GenericValue> averages = EntityQuery.use(getDelegator()).from("ProductAverageCost").where("productId", "PI_TVP_AVG",
                "facilityId", stock.facilityId).orderBy("fromDate").queryList();
        assertEquals("OFBiz moved its average at each receipt", 3, averages.size());
        // after the second receipt: (5.00 × 6 + 8.33 × 6) / 12 = 6.665 -> 6.67; after the third: (6.67 × 12 + 7.10 × 3) / 15 = 6.756 -> 6.76
        assertNumber("OFBiz", new BigDecimal("6.67"), averages.get(1).getBigDecimal("averageCost"));
        assertNumber("OFBiz", new BigDecimal("6.76"), averages.get(2).getBigDecimal("averageCost"));

        GenericValue end = line(ok(close("pitest-admin", "facilityId", stock.facilityId, "closingDate", Date.valueOf(today.minusDays(1)))),
                "PI_TVP_AVG");
        assertNumber("quantity", new BigDecimal("15"), end.getBigDecimal("quantity"));
        assertNumber("average as OFBiz's current ProductAverageCost", averages.get(2).getBigDecimal("averageCost"), end.getBigDecimal("averageCost"));
        assertNumber("last cost", new BigDecimal("7.10"), end.getBigDecimal("lastCost"));
        // FIFO: 6 @ 5.00 left on the first item, 6 @ 8.33, 3 @ 7.10
        assertNumber("FIFO", new BigDecimal("101.28"), end.getBigDecimal("fifoValue"));
        assertNull("LIFO is the value of closings by LIFO only", end.get("lifoValue"));
        // LIFO: the issue of 4 took from the only layer; 6 @ 5.00, 6 @ 8.33, 3 @ 7.10 remain
        GenericValue lifo = line(ok(close("pitest-admin", "facilityId", stock.facilityId, "closingDate", Date.valueOf(today.minusDays(1)),
                "valuationMethod", "LIFO")), "PI_TVP_AVG");
        assertNumber("LIFO", new BigDecimal("101.28"), lifo.getBigDecimal("lifoValue"));
        assertNumber("valued by LIFO", new BigDecimal("101.28"), lifo.getBigDecimal("value"));
        assertNumber("the same average in a LIFO closing", averages.get(2).getBigDecimal("averageCost"), lifo.getBigDecimal("averageCost"));
        assertEquals("the organisation's COGS method (COGS_AVG_COST)", "AVERAGE", closingRow(end.getString("closingId")).getString("valuationMethod"));
        assertNumber("valued at the average", new BigDecimal("101.40"), end.getBigDecimal("value"));

        GenericValue between = line(ok(close("pitest-admin", "facilityId", stock.facilityId, "closingDate", Date.valueOf(today.minusDays(8)))),
                "PI_TVP_AVG");
        assertNumber("before the third receipt", new BigDecimal("12"), between.getBigDecimal("quantity"));
        assertNumber("the average OFBiz had then", averages.get(1).getBigDecimal("averageCost"), between.getBigDecimal("averageCost"));
        assertNumber("last cost then", new BigDecimal("8.33"), between.getBigDecimal("lastCost"));
    }

    public void testAClosingOfTheReferenceWarehouseAgreesWithItsHistoryAndTheAverageCostsItsGeneratorLeft() throws Exception {
        ok(call("generatePiReferenceWarehouse", "pitest-admin", "facilityId", "PI_TVREF", "ownerPartyId", ORG, "locations", 10L, "products", 30L,
                "items", 120L, "detailsPerItem", 9L));
        Date day = Date.valueOf("2025-12-31");
        Timestamp until = Timestamp.valueOf("2026-01-01 00:00:00");
        Map<String, GenericValue> lines = lines((String) ok(close("pitest-admin", "facilityId", "PI_TVREF", "closingDate", day,
                "valuationMethod", "AVERAGE")).get("closingId"));
        Map<String, BigDecimal> sums = new HashMap<>();
        try (SQLProcessor query = new SQLProcessor(getDelegator(), helper())) {
            query.prepareStatement("SELECT I.PRODUCT_ID, SUM(D.QUANTITY_ON_HAND_DIFF) FROM " + table("InventoryItemDetail") + " D JOIN "
                    + table("InventoryItem") + " I ON I.INVENTORY_ITEM_ID = D.INVENTORY_ITEM_ID WHERE I.FACILITY_ID = 'PI_TVREF' AND D.EFFECTIVE_DATE < ?"
                    + " GROUP BY I.PRODUCT_ID");
            query.setValue(until);
            ResultSet rows = query.executeQuery();
            while (rows.next()) {
                sums.put(rows.getString(1), rows.getBigDecimal(2) == null ? BigDecimal.ZERO : rows.getBigDecimal(2));
            }
        }
        assertEquals(sums.keySet(), lines.keySet());
        int averages = 0;
        for (Map.Entry<String, BigDecimal> sum : sums.entrySet()) {
            GenericValue line = lines.get(sum.getKey());
            assertNumber(sum.getKey(), sum.getValue(), line.getBigDecimal("quantity"));
            // the generator wrote the ProductAverageCost history OFBiz's receipts leave: the row valid at the date is our average
            GenericValue average = EntityQuery.use(getDelegator()).from("ProductAverageCost").where(
                    EntityCondition.makeCondition("productId", sum.getKey()), EntityCondition.makeCondition("facilityId", "PI_TVREF"),
                    EntityCondition.makeCondition("fromDate", EntityOperator.LESS_THAN, until),
                    EntityCondition.makeCondition(EntityCondition.makeCondition("thruDate", null), EntityOperator.OR,
                            EntityCondition.makeCondition("thruDate", EntityOperator.GREATER_THAN_EQUAL_TO, until))).queryOne();
            if (average != null) {
                assertNumber(sum.getKey(), average.getBigDecimal("averageCost"), line.getBigDecimal("averageCost"));
                averages++;
            }
        }
        assertTrue("average costs compared: " + averages, averages > 20);
        String report = (String) ok(call("runPiClosingBenchmark", "pitest-admin", "facilityId", "PI_TVREF", "closingDate", day, "rounds", 1L))
                .get("report");
        assertTrue(report, report.contains("floor: one SQL aggregate") && report.contains("the closing takes"));
        String refusal = error(call("runPiClosingBenchmark", "pitest-admin", "facilityId", "WebStoreWarehouse", "closingDate", day));
        assertTrue("never on a facility that is not a benchmark one: " + refusal, refusal.contains("not a benchmark facility"));
    }

    // ---- bad input: a clear message, nothing written

    public void testBadInputIsRefusedWithAClearMessageAndNothingWritten() throws Exception {
        TestStock stock = new TestStock(getDelegator(), ORG, "A1");
        stock.item("PI_TVP_A", "A1", null, "5", "2", "2026-01-10");
        long before = closings();
        String refusal = error(close("pitest-admin", "facilityId", stock.facilityId, "closingDate", Date.valueOf(LocalDate.now(UTC).plusDays(3))));
        assertTrue(refusal, refusal.contains("is not over yet"));
        refusal = error(close("pitest-admin", "facilityId", stock.facilityId, "closingDate", Date.valueOf(LocalDate.now(UTC))));
        assertTrue("today is not over either: " + refusal, refusal.contains("is not over yet"));
        refusal = error(close("pitest-admin", "facilityId", stock.facilityId, "closingDate", Date.valueOf("2026-01-09")));
        assertTrue(refusal, refusal.contains("No stock moved in " + stock.facilityId + " up to 2026-01-09"));
        refusal = error(close("pitest-admin", "facilityId", "PI_NO_SUCH_FACILITY", "closingDate", Date.valueOf("2026-02-01")));
        assertTrue(refusal, refusal.contains("Facility PI_NO_SUCH_FACILITY does not exist"));
        refusal = error(close("pitest-admin", "organizationPartyId", "PI_TVAL_EMPTY", "closingDate", Date.valueOf("2026-02-01")));
        assertTrue(refusal, refusal.contains("owns no facility"));
        refusal = error(close("pitest-admin", "facilityId", stock.facilityId, "organizationPartyId", "Company", "closingDate", Date.valueOf("2026-02-01")));
        assertTrue(refusal, refusal.contains("does not belong to organisation Company"));
        refusal = error(close("pitest-admin", "facilityId", stock.facilityId, "closingDate", Date.valueOf("2026-02-01"), "valuationMethod", "HIFO"));
        assertTrue(refusal, refusal.contains("Unknown valuation method HIFO"));
        refusal = error(close("pitest-viewer", "facilityId", stock.facilityId, "closingDate", Date.valueOf("2026-02-01")));
        assertTrue(refusal, refusal.contains("PHYSINV_CLOSE"));
        refusal = error(close("pitest-nobody", "facilityId", stock.facilityId, "closingDate", Date.valueOf("2026-02-01")));
        assertTrue(refusal, refusal.contains("PHYSINV_CLOSE"));
        assertEquals("nothing written", before, closings());
        // and in Italian
        Map<String, Object> context = new HashMap<>(UtilMisc.toMap("facilityId", stock.facilityId, "closingDate",
                Date.valueOf(LocalDate.now(UTC).plusDays(3)), "userLogin", getUserLogin("pitest-admin"), "locale", java.util.Locale.ITALIAN,
                "timeZone", TimeZone.getTimeZone(UTC)));
        refusal = ServiceUtil.getErrorMessage(getDispatcher().runSync("startPiStockClosing", context));
        assertTrue(refusal, refusal.contains("non è ancora finito"));
    }

    public void testAClosingRunsAgainUntilConfirmedAndAConfirmedOneNeverChanges() throws Exception {
        TestStock stock = new TestStock(getDelegator(), ORG, "A1");
        String item = stock.item("PI_TVP_B", "A1", null, "10", "3", "2026-01-10");
        String closingId = (String) ok(close("pitest-admin", "facilityId", stock.facilityId, "closingDate", Date.valueOf("2026-01-31"))).get("closingId");
        assertNumber("first run", new BigDecimal("10"), line(closingId, "PI_TVP_B").getBigDecimal("quantity"));
        // a movement of January entered late: running the closing again takes it in, and replaces the lines
        detail(item, "-4", "2026-01-20 10:00:00");
        ok(call("startPiStockClosing", "pitest-admin", "closingId", closingId, "valuationMethod", "LAST_COST"));
        GenericValue rerun = line(closingId, "PI_TVP_B");
        assertNumber("second run", new BigDecimal("6"), rerun.getBigDecimal("quantity"));
        assertNumber(new BigDecimal("18.00"), rerun.getBigDecimal("value"));
        assertEquals("one line per product", 1, EntityQuery.use(getDelegator()).from("PiStockClosingLine").where("closingId", closingId).queryCount());
        assertEquals("LAST_COST", closingRow(closingId).getString("valuationMethod"));

        ok(call("confirmPiStockClosing", "pitest-admin", "closingId", closingId));
        assertEquals("PI_CLS_CONFIRMED", closingRow(closingId).getString("statusId"));
        detail(item, "-1", "2026-01-21 10:00:00");
        String refusal = error(call("startPiStockClosing", "pitest-admin", "closingId", closingId));
        assertTrue(refusal, refusal.contains("is confirmed: it can no longer change"));
        refusal = error(call("confirmPiStockClosing", "pitest-admin", "closingId", closingId));
        assertTrue(refusal, refusal.contains("is confirmed"));
        assertNumber("unchanged", new BigDecimal("6"), line(closingId, "PI_TVP_B").getBigDecimal("quantity"));
        assertEquals("PI_CLS_CONFIRMED", closingRow(closingId).getString("statusId"));
        refusal = error(call("confirmPiStockClosing", "pitest-viewer", "closingId", closingId));
        assertTrue(refusal, refusal.contains("PHYSINV_CLOSE"));
    }

    public void testAClosingOfAnOrganisationCoversEveryFacilityItOwnsAndRunsAsAJobWithProgress() throws Exception {
        TestStock one = new TestStock(getDelegator(), ORG, "A1");
        TestStock two = new TestStock(getDelegator(), ORG, "B1");
        one.item("PI_TVP_A", "A1", null, "5", "2", "2026-01-10");
        two.item("PI_TVP_A", "B1", null, "7", "3", "2026-01-11");
        Map<String, Object> started = ok(close("pitest-admin", "organizationPartyId", ORG, "closingDate", Date.valueOf("2026-01-31"), "runAsJob", true));
        String closingId = (String) started.get("closingId");
        Map<String, Object> status = null;
        for (int i = 0; i < 120; i++) {
            status = ok(call("getPiStockClosingStatus", "pitest-viewer", "closingId", closingId));
            if (!Boolean.TRUE.equals(status.get("running"))) {
                break;
            }
            Thread.sleep(500);
        }
        assertEquals("PI_CLS_DONE", status.get("statusId"));
        assertEquals(100L, status.get("percentDone"));
        assertNumber(new BigDecimal("5"), line(closingId, one.facilityId, "PI_TVP_A").getBigDecimal("quantity"));
        assertNumber(new BigDecimal("7"), line(closingId, two.facilityId, "PI_TVP_A").getBigDecimal("quantity"));
        assertNull("an organisation's closing names no facility", closingRow(closingId).get("facilityId"));
    }

    // ---- closing history, warehouse history, the valorized report

    public void testTwoClosingsCompareAndAProductShowsItsHistoryAcrossThem() throws Exception {
        TestStock stock = new TestStock(getDelegator(), ORG, "A1");
        String a = stock.item("PI_TVP_A", "A1", null, "10", "2", "2026-01-10");
        stock.item("PI_TVP_B", "A1", null, "4", "5", "2026-01-10");
        detail(a, "-3", "2026-02-10 09:00:00");
        String january = (String) ok(close("pitest-admin", "facilityId", stock.facilityId, "closingDate", Date.valueOf("2026-01-31"))).get("closingId");
        String february = (String) ok(close("pitest-admin", "facilityId", stock.facilityId, "closingDate", Date.valueOf("2026-02-28"))).get("closingId");
        // asked the other way round, the earlier closing still comes first
        Map<String, Object> comparison = ok(call("comparePiStockClosings", "pitest-viewer", "closingId", february, "otherClosingId", january));
        assertEquals(january, ((GenericValue) comparison.get("earlier")).getString("closingId"));
        List<Map<String, Object>> changes = UtilGenerics.cast(comparison.get("changes"));
        assertEquals("only what changed", 1, changes.size());
        assertEquals("PI_TVP_A", changes.get(0).get("productId"));
        assertNumber(new BigDecimal("-3"), (BigDecimal) changes.get(0).get("quantityChange"));
        assertNumber(new BigDecimal("-6.00"), (BigDecimal) comparison.get("valueChange"));
        List<Map<String, Object>> all = UtilGenerics.cast(ok(call("comparePiStockClosings", "pitest-viewer", "closingId", january,
                "otherClosingId", february, "changedOnly", "N")).get("changes"));
        assertEquals(2, all.size());

        Map<String, Object> history = ok(call("getPiWarehouseHistory", "pitest-viewer", "productId", "PI_TVP_A", "facilityId", stock.facilityId));
        List<GenericValue> rows = UtilGenerics.cast(history.get("history"));
        assertEquals(2, rows.size());
        assertEquals(january, rows.get(0).getString("closingId"));
        assertNumber(new BigDecimal("7"), rows.get(1).getBigDecimal("quantity"));
        assertEquals("two points on each chart", 2, ((String) history.get("valuePoints")).split(" ").length);
        String refusal = error(call("getPiWarehouseHistory", "pitest-viewer", "productId", "PI_NO_SUCH_PRODUCT"));
        assertTrue(refusal, refusal.contains("does not exist"));
        refusal = error(call("comparePiStockClosings", "pitest-nobody", "closingId", january, "otherClosingId", february));
        assertTrue(refusal, refusal.contains("PHYSINV_VIEW"));
    }

    public void testTheValorizedReportTotalsItsRowsByCategoryAndFiltersByCategorySupplierAndLot() throws Exception {
        TestStock stock = new TestStock(getDelegator(), ORG, "A1", "A2");
        stock.item("PI_TVP_A", "A1", null, "10", "2", "2026-01-10");
        stock.item("PI_TVP_B", "A1", null, "4", "5", "2026-01-10");
        stock.item("PI_TVP_LOT", "A2", "PI_TVLOT1", "3", "7", "2026-01-10");
        stock.item("PI_TVP_LOT", "A2", "PI_TVLOT2", "2", "9", "2026-01-12");
        String closingId = (String) ok(close("pitest-admin", "facilityId", stock.facilityId, "closingDate", Date.valueOf("2026-01-31"))).get("closingId");
        Map<String, Object> report = ok(call("getPiValorizedReport", "pitest-viewer", "closingId", closingId));
        // 10 × 2 + 4 × 5 + 3 × 7 + 2 × 9
        assertNumber(new BigDecimal("79.00"), (BigDecimal) report.get("totalValue"));
        assertNumber(closingRow(closingId).getBigDecimal("totalValue"), (BigDecimal) report.get("totalValue"));
        List<Map<String, Object>> categories = UtilGenerics.cast(report.get("categoryTotals"));
        assertEquals("PI_TVCAT", categories.get(0).get("categoryId"));
        assertEquals("Valuation test category", categories.get(0).get("categoryName"));
        assertNumber(new BigDecimal("20.00"), (BigDecimal) categories.get(0).get("value"));
        assertEquals("rows without a category last", "", categories.get(1).get("categoryId"));
        assertNumber(new BigDecimal("59.00"), (BigDecimal) categories.get(1).get("value"));

        List<Map<String, Object>> rows = UtilGenerics.cast(ok(call("getPiValorizedReport", "pitest-viewer", "closingId", closingId,
                "productCategoryId", "PI_TVCAT")).get("reportRows"));
        assertEquals(1, rows.size());
        assertEquals("PI_TVP_A", rows.get(0).get("productId"));
        rows = UtilGenerics.cast(ok(call("getPiValorizedReport", "pitest-viewer", "closingId", closingId, "supplierPartyId", ORG)).get("reportRows"));
        assertEquals(1, rows.size());
        assertEquals("PI_TVP_B", rows.get(0).get("productId"));
        Map<String, Object> lot = ok(call("getPiValorizedReport", "pitest-viewer", "closingId", closingId, "lotId", "PI_TVLOT2"));
        rows = UtilGenerics.cast(lot.get("reportRows"));
        assertEquals(1, rows.size());
        assertNumber(new BigDecimal("2"), (BigDecimal) rows.get(0).get("quantity"));
        assertNumber("the lot's own items", new BigDecimal("18.00"), (BigDecimal) rows.get(0).get("value"));

        // the live stock: each item's quantity on hand now at its unit cost, as OFBiz holds it
        Map<String, Object> live = ok(call("getPiValorizedReport", "pitest-viewer", "facilityId", stock.facilityId, "valuationMethod", "FIFO"));
        BigDecimal ofbiz = BigDecimal.ZERO;
        for (GenericValue item : EntityQuery.use(getDelegator()).from("InventoryItem").where("facilityId", stock.facilityId).queryList()) {
            ofbiz = ofbiz.add(item.getBigDecimal("quantityOnHandTotal").multiply(item.getBigDecimal("unitCost")));
        }
        assertNumber(ofbiz.setScale(2, RoundingMode.HALF_UP), (BigDecimal) live.get("totalValue"));
        // standard cost: A has one (4.50), the others have none and their FIFO value stands in
        Map<String, Object> standard = ok(call("getPiValorizedReport", "pitest-viewer", "facilityId", stock.facilityId, "valuationMethod", "STANDARD"));
        assertNumber(new BigDecimal("104.00"), (BigDecimal) standard.get("totalValue"));
        String refusal = error(call("getPiValorizedReport", "pitest-nobody", "closingId", closingId));
        assertTrue(refusal, refusal.contains("PHYSINV_VIEW"));
    }

    // ---- the stock before and after an inventory

    public void testTheStockIsTakenWhenCountingStartsAndOnceThePostingIsDone() throws Exception {
        TestStock stock = new TestStock(getDelegator(), "PI_TACCT", "P01", "P02");
        String item = stock.item("PI_TPP_PLAIN", "P01", null, "10", "2", "2026-01-10");
        stock.item("PI_TPP_LOT", "P02", "PI_TPLOT_A", "7", "4", "2026-02-10");
        String inventoryId = (String) ok(call("createPiInventory", "pitest-admin", "facilityId", stock.facilityId)).get("piInventoryId");
        String listId = (String) ok(call("createPiInventoryList", "pitest-admin", "piInventoryId", inventoryId, "listTypeId", "PI_STANDARD"))
                .get("piListId");
        ok(call("assignPiInventoryList", "pitest-admin", "piListId", listId, "partyId", "PI_TEST_EMP"));
        assertNull("no snapshot before counting", snapshot(inventoryId, "BEFORE"));
        ok(call("changePiInventoryListStatus", "pitest-admin", "piListId", listId, "statusId", "PI_LIST_COUNTING"));
        GenericValue before = snapshot(inventoryId, "BEFORE");
        assertNotNull("taken when counting started", before);
        assertEquals(2L, before.getLong("itemCount").longValue());
        assertNumber(new BigDecimal("48.00"), before.getBigDecimal("totalValue"));

        ok(call("generatePiCountLines", "pitest-admin", "piListId", listId));
        ok(call("setPiCountedQuantity", "pitest-admin", "piListId", listId, "productId", "PI_TPP_PLAIN", "locationSeqId", "P01",
                "countedQuantity", new BigDecimal("8")));
        ok(call("setPiCountedQuantity", "pitest-admin", "piListId", listId, "productId", "PI_TPP_LOT", "locationSeqId", "P02", "lotId", "PI_TPLOT_A",
                "countedQuantity", new BigDecimal("7")));
        ok(call("changePiInventoryListStatus", "pitest-admin", "piListId", listId, "statusId", "PI_LIST_COUNTED"));
        ok(call("changePiInventoryStatus", "pitest-admin", "piInventoryId", inventoryId, "statusId", "PI_INV_COUNTED"));
        assertNull("not yet posted", snapshot(inventoryId, "AFTER"));
        ok(call("postPiInventory", "pitest-admin", "piInventoryId", inventoryId));
        assertNumber(new BigDecimal("8"), stock.onHand(item));
        GenericValue after = snapshot(inventoryId, "AFTER");
        assertNotNull("taken with the posting", after);
        assertNumber(new BigDecimal("44.00"), after.getBigDecimal("totalValue"));
        assertNumber("the before snapshot stays", new BigDecimal("48.00"), snapshot(inventoryId, "BEFORE").getBigDecimal("totalValue"));

        Map<String, String> files = stockZip(inventoryId);
        assertEquals(List.of("stock-before.csv", "stock-after.csv", "stock-changes.csv"), List.copyOf(files.keySet()));
        List<CSVRecord> changes = CSVFormat.DEFAULT.parse(new StringReader(files.get("stock-changes.csv"))).getRecords();
        assertEquals(List.of("Product", "Location", "Lot", "Quantity before", "Quantity after", "Quantity change", "Value before", "Value after",
                "Value change"), changes.get(0).toList());
        CSVRecord plain = changes.stream().filter(r -> "PI_TPP_PLAIN".equals(r.get(0))).findFirst().get();
        assertEquals(List.of("PI_TPP_PLAIN", "P01", "", "10", "8", "-2", "20", "16", "-4"), plain.toList());
        CSVRecord lot = changes.stream().filter(r -> "PI_TPP_LOT".equals(r.get(0))).findFirst().get();
        assertEquals("-0 never: an unchanged line says 0", "0", lot.get(5));
        String refusal = error(call("getPiStockSnapshots", "pitest-nobody", "piInventoryId", inventoryId));
        assertTrue(refusal, refusal.contains("PHYSINV_VIEW"));
    }

    // ---- helpers

    /** The files of the inventory's stock zip, streamed as the download writes it, by name in their order. */
    private Map<String, String> stockZip(String inventoryId) throws Exception {
        List<String> types = UtilGenerics.cast(ok(call("getPiStockSnapshots", "pitest-viewer", "piInventoryId", inventoryId)).get("snapshotTypes"));
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        StockSnapshotZip.write(getDelegator(), inventoryId, types, Locale.ENGLISH, zip);
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.toByteArray()), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    private Map<String, Object> close(String userLoginId, Object... fields) throws GenericEntityException {
        Map<String, Object> context = new HashMap<>(UtilMisc.toMap(fields));
        context.put("timeZone", TimeZone.getTimeZone(UTC));
        Object[] all = new Object[context.size() * 2];
        int i = 0;
        for (Map.Entry<String, Object> field : context.entrySet()) {
            all[i++] = field.getKey();
            all[i++] = field.getValue();
        }
        return call("startPiStockClosing", userLoginId, all);
    }

    /** Receives a quantity through OFBiz's receiveInventoryProduct (its average cost follows by SECA), then dates it on {@code day}. */
    private String receive(TestStock stock, String quantity, String unitCost, LocalDate day) throws Exception {
        Timestamp mark = UtilDateTime.nowTimestamp();
        Map<String, Object> received = ok(call("receiveInventoryProduct", "system", "facilityId", stock.facilityId, "productId", "PI_TVP_AVG",
                "inventoryItemTypeId", "NON_SERIAL_INV_ITEM", "locationSeqId", "A1", "ownerPartyId", stock.ownerPartyId, "quantityAccepted", new BigDecimal(quantity),
                "quantityRejected", BigDecimal.ZERO, "unitCost", new BigDecimal(unitCost), "currencyUomId", "USD"));
        String itemId = (String) received.get("inventoryItemId");
        backdate(itemId, mark, day);
        return itemId;
    }

    /** Issues through OFBiz's createInventoryItemDetail (as an issuance does), then dates it on {@code day}. */
    private void issue(String itemId, String quantity, LocalDate day) throws Exception {
        Timestamp mark = UtilDateTime.nowTimestamp();
        ok(call("createInventoryItemDetail", "system", "inventoryItemId", itemId, "quantityOnHandDiff", new BigDecimal(quantity),
                "availableToPromiseDiff", new BigDecimal(quantity), "accountingQuantityDiff", new BigDecimal(quantity)));
        backdate(itemId, mark, day);
    }

    /** OFBiz dates its movements now: the details of the item made since {@code mark} happened at noon on {@code day}. */
    private void backdate(String itemId, Timestamp mark, LocalDate day) throws GenericEntityException {
        for (GenericValue detail : EntityQuery.use(getDelegator()).from("InventoryItemDetail").where(
                EntityCondition.makeCondition("inventoryItemId", itemId),
                EntityCondition.makeCondition("effectiveDate", EntityOperator.GREATER_THAN_EQUAL_TO, mark)).queryList()) {
            detail.set("effectiveDate", Timestamp.from(day.atTime(12, 0).atZone(UTC).toInstant()));
            detail.store();
        }
    }

    private void detail(String itemId, String quantity, String when) throws GenericEntityException {
        getDelegator().create("InventoryItemDetail", UtilMisc.toMap("inventoryItemId", itemId, "inventoryItemDetailSeqId",
                getDelegator().getNextSeqId("InventoryItemDetail"), "effectiveDate", Timestamp.valueOf(when),
                "quantityOnHandDiff", new BigDecimal(quantity), "availableToPromiseDiff", new BigDecimal(quantity),
                "accountingQuantityDiff", new BigDecimal(quantity)));
    }

    private Map<String, GenericValue> lines(String closingId) throws GenericEntityException {
        Map<String, GenericValue> lines = new HashMap<>();
        for (GenericValue line : EntityQuery.use(getDelegator()).from("PiStockClosingLine").where("closingId", closingId).queryList()) {
            lines.put(line.getString("productId"), line);
        }
        return lines;
    }

    private GenericValue line(Map<String, Object> closing, String productId) throws GenericEntityException {
        return line((String) closing.get("closingId"), productId);
    }

    private GenericValue line(String closingId, String productId) throws GenericEntityException {
        return EntityQuery.use(getDelegator()).from("PiStockClosingLine").where("closingId", closingId, "productId", productId).queryOne();
    }

    private GenericValue line(String closingId, String facilityId, String productId) throws GenericEntityException {
        return EntityQuery.use(getDelegator()).from("PiStockClosingLine").where("closingId", closingId, "facilityId", facilityId,
                "productId", productId).queryOne();
    }

    private GenericValue closingRow(String closingId) throws GenericEntityException {
        return EntityQuery.use(getDelegator()).from("PiStockClosing").where("closingId", closingId).queryOne();
    }

    private GenericValue snapshot(String inventoryId, String type) throws GenericEntityException {
        return EntityQuery.use(getDelegator()).from("PiStockSnapshot").where("piInventoryId", inventoryId, "snapshotType", type).queryOne();
    }

    private long closings() throws GenericEntityException {
        return EntityQuery.use(getDelegator()).from("PiStockClosing").queryCount();
    }

    private GenericHelperInfo helper() {
        Delegator delegator = getDelegator();
        return delegator.getGroupHelperInfo(delegator.getEntityGroupName("InventoryItemDetail"));
    }

    private String table(String entity) {
        return getDelegator().getModelEntity(entity).getTableName(EntityConfig.getDatasource(helper().getHelperBaseName()));
    }

    private long count(String sql) throws Exception {
        try (SQLProcessor query = new SQLProcessor(getDelegator(), helper())) {
            ResultSet rows = query.executeQuery(sql);
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void assertNumber(BigDecimal expected, BigDecimal actual) {
        assertNumber("", expected, actual);
    }

    private static void assertNumber(String message, BigDecimal expected, BigDecimal actual) {
        assertTrue(message + ": expected " + expected + " but was " + actual, actual != null && expected.compareTo(actual) == 0);
    }
}
