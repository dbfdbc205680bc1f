package org.physicalinventory.ofbiz.test;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.ofbiz.entity.GenericEntityException;
import org.apache.ofbiz.entity.GenericValue;
import org.apache.ofbiz.entity.condition.EntityCondition;
import org.apache.ofbiz.entity.condition.EntityOperator;
import org.apache.ofbiz.entity.util.EntityQuery;
import org.physicalinventory.ofbiz.Transactions;
import org.physicalinventory.ofbiz.bench.PostingBenchmark;
import org.physicalinventory.ofbiz.inventory.InventoryRows;

/** The reference warehouse generator and the posting benchmark, at a size a test can afford. */
public class BenchmarkToolTests extends PhysInvTestCase {

    public BenchmarkToolTests(String name) {
        super(name);
    }

    public void testTheReferenceWarehouseHoldsWhatItsHistorySays() throws Exception {
        Map<String, Object> made = ok(call("generatePiReferenceWarehouse", "pitest-admin", "facilityId", "PI_TREF", "ownerPartyId", "PI_TACCT",
                "locations", 6L, "products", 20L, "items", 90L, "detailsPerItem", 8L));
        assertTrue((String) made.get("report"), ((String) made.get("report")).contains("90 inventory items"));
        assertNotNull(EntityQuery.use(getDelegator()).from("FacilityAttribute").where("facilityId", "PI_TREF", "attrName", "physinv.benchmark")
                .queryOne());
        assertEquals(90, EntityQuery.use(getDelegator()).from("InventoryItem").where("facilityId", "PI_TREF").queryCount());
        int serialized = 0;
        for (GenericValue item : EntityQuery.use(getDelegator()).from("InventoryItem").where("facilityId", "PI_TREF").queryList()) {
            GenericValue summary = EntityQuery.use(getDelegator()).from("InventoryItemDetailSummary")
                    .where("inventoryItemId", item.get("inventoryItemId")).queryOne();
            assertEquals("the totals of " + item.get("inventoryItemId") + " are the sum of its details", 0,
                    summary.getBigDecimal("quantityOnHandTotal").compareTo(item.getBigDecimal("quantityOnHandTotal")));
            assertEquals(0, summary.getBigDecimal("availableToPromiseTotal").compareTo(item.getBigDecimal("availableToPromiseTotal")));
            long details = EntityQuery.use(getDelegator()).from("InventoryItemDetail").where("inventoryItemId", item.get("inventoryItemId"))
                    .queryCount();
            if ("SERIALIZED_INV_ITEM".equals(item.getString("inventoryItemTypeId"))) {
                serialized++;
                assertEquals("a serial on hand is available, a sold one delivered", item.getBigDecimal("quantityOnHandTotal").signum() > 0
                        ? "INV_AVAILABLE" : "INV_DELIVERED", item.getString("statusId"));
                assertTrue("received, perhaps sold", details == 1 || details == 2);
                continue;
            }
            assertTrue(item.getBigDecimal("quantityOnHandTotal").signum() >= 0);
            assertEquals(8, details);
        }
        assertTrue("one product in twenty is serialized", serialized > 0);
        assertEquals("one average cost row per receipt", 90, EntityQuery.use(getDelegator()).from("ProductAverageCost")
                .where("facilityId", "PI_TREF").queryCount());
        assertEquals("one current average cost per product", 20, EntityQuery.use(getDelegator()).from("ProductAverageCost")
                .where("facilityId", "PI_TREF", "thruDate", null).queryCount());
        String refusal = error(call("generatePiReferenceWarehouse", "pitest-admin", "facilityId", "PI_TREF", "ownerPartyId", "PI_TACCT"));
        assertTrue(refusal, refusal.contains("exists already"));
        refusal = error(call("generatePiReferenceWarehouse", "pitest-viewer", "facilityId", "PI_TREF2"));
        assertTrue(refusal, refusal.contains("PHYSINV_ADMIN"));
    }

    /**
     * Each path posts one unit short on items of its own (PostingBenchmark.itemSets deals them, in the order of the paths): each
     * leaves on its items the same totals, the same variances, and the same ledger balances for their cost.
     */
    public void testThePostingBenchmarkPostsTheSameRowsEveryWay() throws Exception {
        ok(call("generatePiReferenceWarehouse", "pitest-admin", "facilityId", "PI_TREF3", "ownerPartyId", "PI_TACCT",
                "locations", 40L, "products", 40L, "items", 60L, "detailsPerItem", 3L));
        List<String> paths = List.of("ofbiz", "ours", "real", "floor");
        List<List<GenericValue>> sets = Transactions.read(() -> PostingBenchmark.itemSets(getDelegator(), "PI_TREF3", 5, paths.size()));
        String report = (String) ok(call("runPiPostingBenchmark", "pitest-admin", "facilityId", "PI_TREF3", "rows", 5L)).get("report");
        assertTrue(report, report.contains("OFBiz createPhysicalInventoryAndVariance per row") && report.contains("ours postPiInventory")
                && report.contains("ours, counted inventory, stock-after snapshot") && report.contains("floor")
                && report.contains("ours is") && report.contains("a real posting (stock-after snapshot included) is")
                && report.contains("faster than OFBiz's own path"));
        for (int i = 0; i < paths.size(); i++) {
            assertPostedOneShort(paths.get(i), sets.get(i));
        }
        assertNotNull("a real posting takes the stock-after snapshot", snapshotAfter(sets.get(paths.indexOf("real")).get(0)));
        assertNull("the posting of an inventory that never counted takes none", snapshotAfter(sets.get(paths.indexOf("ours")).get(0)));
        String refusal = error(call("runPiPostingBenchmark", "pitest-admin", "facilityId", "PI_TF_COUNT", "rows", 5L));
        assertTrue("never on a facility that is not a benchmark one: " + refusal, refusal.contains("not a benchmark facility"));
        refusal = error(call("runPiPostingBenchmark", "pitest-admin", "facilityId", "PI_TREF3", "rows", 5L, "paths", "ours,fastest"));
        assertTrue("a path that does not exist is refused, naming it: " + refusal, refusal.contains("fastest"));
    }

    /** The line generation and its floor write the same lines; the start makes them too; every inventory made is cancelled. */
    public void testTheStartBenchmarkComparesTheLineGenerationWithItsFloorOnTheSameLines() throws Exception {
        ok(call("generatePiReferenceWarehouse", "pitest-admin", "facilityId", "PI_TREF4", "ownerPartyId", "PI_TACCT",
                "locations", 10L, "products", 10L, "items", 20L, "detailsPerItem", 2L));
        String report = (String) ok(call("runPiStartBenchmark", "pitest-admin", "facilityId", "PI_TREF4", "locationsPerList", 5L,
                "counters", 1L)).get("report");
        List<Long> lines = Pattern.compile("(\\d+) lines").matcher(report).results().map(found -> Long.parseLong(found.group(1))).toList();
        assertEquals(report, 3, lines.size());
        assertTrue(report, lines.get(0) > 0 && lines.get(0).equals(lines.get(1)) && lines.get(0).equals(lines.get(2)));
        assertTrue(report, report.contains("line generation") && report.contains("its floor") && report.contains("the start"));
        assertEquals("every inventory the benchmark made is cancelled", 0, EntityQuery.use(getDelegator()).from("PiInventory").where(
                EntityCondition.makeCondition("facilityId", "PI_TREF4"), EntityCondition.makeCondition("statusId", EntityOperator.NOT_EQUAL,
                        "PI_INV_CANCELLED")).queryCount());
        String floorOnly = (String) ok(call("runPiStartBenchmark", "pitest-admin", "facilityId", "PI_TREF4", "paths", "generation,floor")).get("report");
        assertFalse("the start runs only when asked: " + floorOnly, floorOnly.contains("one-step start:"));
        assertTrue("the line generation's table row: " + floorOnly, floorOnly.contains("TABLE | line generation vs the same rows written | " + lines.get(0)));
    }


    /**
     * The path left each item one unit short (on hand, available, accounting quantity), with one variance of -1 for lost stock,
     * and a posted ledger whose balances are the items' cost: debited to the variance account, credited to the inventory account.
     */
    private void assertPostedOneShort(String path, List<GenericValue> items) throws GenericEntityException {
        Set<String> physicalInventoryIds = new HashSet<>();
        BigDecimal cost = BigDecimal.ZERO;
        for (GenericValue before : items) {
            String itemId = before.getString("inventoryItemId");
            GenericValue after = EntityQuery.use(getDelegator()).from("InventoryItem").where("inventoryItemId", itemId).queryOne();
            for (String total : List.of("quantityOnHandTotal", "availableToPromiseTotal", "accountingQuantityTotal")) {
                assertNumber(path + ": " + total + " of " + itemId + " one less", before.getBigDecimal(total).subtract(BigDecimal.ONE),
                        after.getBigDecimal(total));
            }
            List<GenericValue> variances = EntityQuery.use(getDelegator()).from("InventoryItemVariance").where("inventoryItemId", itemId)
                    .queryList();
            assertEquals(path + ": one variance on " + itemId, 1, variances.size());
            assertEquals(path + ": lost stock", "VAR_LOST", variances.get(0).getString("varianceReasonId"));
            assertNumber(path + ": on hand of the variance", BigDecimal.ONE.negate(), variances.get(0).getBigDecimal("quantityOnHandVar"));
            assertNumber(path + ": available of the variance", BigDecimal.ONE.negate(), variances.get(0).getBigDecimal("availableToPromiseVar"));
            physicalInventoryIds.add(variances.get(0).getString("physicalInventoryId"));
            cost = cost.add(before.getBigDecimal("unitCost"));
        }
        List<GenericValue> transactions = EntityQuery.use(getDelegator()).from("AcctgTrans")
                .where(EntityCondition.makeCondition("physicalInventoryId", EntityOperator.IN, physicalInventoryIds)).queryList();
        assertFalse(path + ": posted to the ledger", transactions.isEmpty());
        for (GenericValue transaction : transactions) {
            assertEquals(path + ": transaction " + transaction.get("acctgTransId") + " is posted", "Y", transaction.getString("isPosted"));
        }
        Map<String, BigDecimal> balances = balances(transactions);
        assertEquals(path + ": accounts " + balances, Set.of("PI_TGL_VAR", "PI_TGL_INV"), balances.keySet());
        assertNumber(path + ": the variance account is debited the items' cost", cost, balances.get("PI_TGL_VAR"));
        assertNumber(path + ": the inventory account is credited the items' cost", cost.negate(), balances.get("PI_TGL_INV"));
    }

    /** Per GL account, the debits less the credits of the transactions' entries. */
    private Map<String, BigDecimal> balances(List<GenericValue> transactions) throws GenericEntityException {
        Map<String, BigDecimal> balances = new HashMap<>();
        for (GenericValue entry : EntityQuery.use(getDelegator()).from("AcctgTransEntry").where(EntityCondition.makeCondition("acctgTransId",
                EntityOperator.IN, transactions.stream().map(t -> t.getString("acctgTransId")).collect(Collectors.toList()))).queryList()) {
            BigDecimal amount = entry.getBigDecimal("amount");
            balances.merge(entry.getString("glAccountId"), "D".equals(entry.getString("debitCreditFlag")) ? amount : amount.negate(),
                    BigDecimal::add);
        }
        return balances;
    }

    /** The stock-after snapshot of the inventory whose list counted the item, or null. */
    private GenericValue snapshotAfter(GenericValue item) throws GenericEntityException {
        GenericValue line = EntityQuery.use(getDelegator()).from("PiCountLine").where("inventoryItemId", item.get("inventoryItemId")).queryFirst();
        String inventoryId = InventoryRows.list(getDelegator(), line.get("piListId")).getString("piInventoryId");
        return EntityQuery.use(getDelegator()).from("PiStockSnapshot").where("piInventoryId", inventoryId, "snapshotType", "AFTER").queryOne();
    }

    private static void assertNumber(String message, BigDecimal expected, BigDecimal actual) {
        assertNotNull(message + ": expected " + expected, actual);
        assertEquals(message + ": expected " + expected + " but was " + actual, 0, expected.compareTo(actual));
    }
}
