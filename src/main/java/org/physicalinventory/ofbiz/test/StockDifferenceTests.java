package org.physicalinventory.ofbiz.test;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.apache.ofbiz.base.util.UtilMisc;
import org.apache.ofbiz.entity.GenericEntityException;
import org.apache.ofbiz.entity.GenericValue;
import org.apache.ofbiz.entity.transaction.TransactionUtil;
import org.apache.ofbiz.entity.util.EntityQuery;
import org.apache.ofbiz.service.GenericServiceException;
import org.apache.ofbiz.service.ServiceUtil;
import org.physicalinventory.difference.Difference;
import org.physicalinventory.ofbiz.difference.MovementWriter;
import org.physicalinventory.ofbiz.difference.Posting;

/**
 * Integration tests of the stock differences: review, conflicts, moved lines, recount, posting to stock
 * and ledger, and the freeze, inside OFBiz. Each test makes a facility and stock of its own.
 */
public class StockDifferenceTests extends PostingTestCase {

    public StockDifferenceTests(String name) {
        super(name);
    }

    public void testPostingAdjustsStockAndPostsOneBalancedTransaction() throws Exception {
        TestStock stock = new TestStock(getDelegator(), ORG, "P01", "P02", "P04");
        String old = stock.item("PI_TPP_PLAIN", "P01", null, "10", "2", "2026-01-10");
        String recent = stock.item("PI_TPP_PLAIN", "P01", null, "5", "3", "2026-03-10");
        String lot = stock.item("PI_TPP_LOT", "P02", "PI_TPLOT_A", "7", "4", "2026-02-10");
        stock.averageCost("PI_TPP_FOUND", "5");
        stock.productFacility("PI_TPP_PLAIN");
        String inventoryId = inventory(stock);
        String listId = list(inventoryId, null, null);
        ok(call("generatePiCountLines", "pitest-admin", "piListId", listId));
        count(listId, "PI_TPP_PLAIN", "P01", null, "9");
        count(listId, "PI_TPP_LOT", "P02", "PI_TPLOT_A", "9");
        count(listId, "PI_TPP_FOUND", "P04", null, "3");
        counted(inventoryId, listId);

        Map<String, Object> review = ok(call("getPiInventoryReview", "pitest-admin", "piInventoryId", inventoryId, "differencesOnly", "Y"));
        assertEquals(3, review.get("linesToPost"));
        assertNumber("23", (BigDecimal) review.get("surplusValue"));
        assertNumber("-12", (BigDecimal) review.get("shortageValue"));

        Map<String, Object> posted = ok(call("postPiInventory", "pitest-admin", "piInventoryId", inventoryId));
        String physicalInventoryId = (String) posted.get("physicalInventoryId");
        assertNotNull(physicalInventoryId);
        assertNumber("4", stock.onHand(old));
        assertNumber("4", stock.item(old).getBigDecimal("availableToPromiseTotal"));
        assertNumber("5", stock.onHand(recent));
        assertNumber("9", stock.onHand(lot));
        GenericValue found = EntityQuery.use(getDelegator()).from("InventoryItem")
                .where("facilityId", stock.facilityId, "productId", "PI_TPP_FOUND").queryOne();
        assertNumber("3", found.getBigDecimal("quantityOnHandTotal"));
        assertNumber("5", found.getBigDecimal("unitCost"));
        assertEquals("P04", found.getString("locationSeqId"));
        assertEquals(ORG, found.getString("ownerPartyId"));

        List<GenericValue> details = EntityQuery.use(getDelegator()).from("InventoryItemDetail")
                .where("physicalInventoryId", physicalInventoryId).queryList();
        assertEquals("one detail per adjusted item", 3, details.size());
        GenericValue shortage = details.stream().filter(d -> d.getString("inventoryItemId").equals(old)).findFirst().get();
        assertNumber("-6", shortage.getBigDecimal("quantityOnHandDiff"));
        assertEquals("VAR_LOST", shortage.getString("reasonEnumId"));
        assertEquals(3, EntityQuery.use(getDelegator()).from("InventoryItemVariance").where("physicalInventoryId", physicalInventoryId).queryCount());
        assertNotNull(EntityQuery.use(getDelegator()).from("PhysicalInventory").where("physicalInventoryId", physicalInventoryId).queryOne());
        assertNumber("9", EntityQuery.use(getDelegator()).from("ProductFacility")
                .where("productId", "PI_TPP_PLAIN", "facilityId", stock.facilityId).queryOne().getBigDecimal("lastInventoryCount"));

        GenericValue inventory = inventoryRow(inventoryId);
        assertEquals("PI_INV_POSTED", inventory.getString("statusId"));
        assertEquals(physicalInventoryId, inventory.getString("physicalInventoryId"));
        GenericValue transaction = EntityQuery.use(getDelegator()).from("AcctgTrans").where("acctgTransId", inventory.get("acctgTransId")).queryOne();
        assertEquals("posted, not filed on the error journal", "Y", transaction.getString("isPosted"));
        assertEquals("ITEM_VARIANCE", transaction.getString("acctgTransTypeId"));
        assertEquals(physicalInventoryId, transaction.getString("physicalInventoryId"));
        Map<String, BigDecimal> balances = balances(List.of(transaction.getString("acctgTransId")));
        assertNumber("the inventory account grows by 8 + 15 - 12", "11", balances.get("PI_TGL_INV"));
        assertNumber("-11", balances.get("PI_TGL_VAR"));
        assertNumber("balanced", "0", balances.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));

        GenericValue plainLine = line(listId, "PI_TPP_PLAIN", "P01");
        assertNumber("-6", plainLine.getBigDecimal("postedQuantity"));
        assertNumber("-12", plainLine.getBigDecimal("postedValue"));
        assertEquals(1, EntityQuery.use(getDelegator()).from("PiLinePosting")
                .where("piListId", listId, "lineSeqId", plainLine.get("lineSeqId")).queryCount());
    }

    public void testPostingAgainPostsNothingTwice() throws Exception {
        TestStock stock = new TestStock(getDelegator(), ORG, "P01");
        String item = stock.item("PI_TPP_PLAIN", "P01", null, "10", "2", "2026-01-10");
        String inventoryId = inventory(stock);
        String listId = list(inventoryId, null, null);
        ok(call("generatePiCountLines", "pitest-admin", "piListId", listId));
        count(listId, "PI_TPP_PLAIN", "P01", null, "7");
        counted(inventoryId, listId);
        String physicalInventoryId = (String) ok(call("postPiInventory", "pitest-admin", "piInventoryId", inventoryId)).get("physicalInventoryId");
        String refusal = error(call("postPiInventory", "pitest-admin", "piInventoryId", inventoryId));
        assertTrue(refusal, refusal.contains("posted already"));
        assertNumber("7", stock.onHand(item));
        assertEquals(1, EntityQuery.use(getDelegator()).from("InventoryItemDetail").where("physicalInventoryId", physicalInventoryId).queryCount());
        assertEquals(1, EntityQuery.use(getDelegator()).from("AcctgTrans").where("physicalInventoryId", physicalInventoryId).queryCount());
        refusal = error(call("startPiPosting", "pitest-admin", "piInventoryId", inventoryId));
        assertTrue(refusal, refusal.contains("posted already"));
    }

    /** The same variances through OFBiz's own path (createPhysicalInventoryAndVariance per row) leave the same stock and ledger. */
    public void testPostingLeavesWhatOfbizOwnPathLeaves() throws Exception {
        TestStock ours = new TestStock(getDelegator(), ORG, "P01", "P02", "P03");
        TestStock theirs = new TestStock(getDelegator(), ORG, "P01", "P02", "P03");
        Map<String, String> twin = new HashMap<>();
        for (String[] row : new String[][] {{"PI_TPP_PLAIN", "P01", null, "10", "2.35", "2026-01-10"},
                {"PI_TPP_PLAIN", "P01", null, "5", "3.1", "2026-03-10"}, {"PI_TPP_LOT", "P02", "PI_TPLOT_A", "7", "4.125", "2026-02-10"},
                {"PI_TPP_OWNGL", "P03", null, "6", "1.99", "2026-02-11"}}) {
            twin.put(ours.item(row[0], row[1], row[2], row[3], row[4], row[5]), theirs.item(row[0], row[1], row[2], row[3], row[4], row[5]));
        }
        ours.productFacility("PI_TPP_PLAIN");
        theirs.productFacility("PI_TPP_PLAIN");
        String inventoryId = inventory(ours);
        String listId = list(inventoryId, null, null);
        ok(call("generatePiCountLines", "pitest-admin", "piListId", listId));
        count(listId, "PI_TPP_PLAIN", "P01", null, "3");
        count(listId, "PI_TPP_LOT", "P02", "PI_TPLOT_A", "10");
        count(listId, "PI_TPP_OWNGL", "P03", null, "1");
        counted(inventoryId, listId);
        ok(call("postPiInventory", "pitest-admin", "piInventoryId", inventoryId));
        String physicalInventoryId = inventoryRow(inventoryId).getString("physicalInventoryId");

        List<String> theirTransactions = new java.util.ArrayList<>();
        for (GenericValue variance : EntityQuery.use(getDelegator()).from("InventoryItemVariance")
                .where("physicalInventoryId", physicalInventoryId).queryList()) {
            Map<String, Object> result = getDispatcher().runSync("createPhysicalInventoryAndVariance", UtilMisc.toMap(
                    "inventoryItemId", twin.get(variance.getString("inventoryItemId")), "varianceReasonId", variance.get("varianceReasonId"),
                    "quantityOnHandVar", variance.get("quantityOnHandVar"), "availableToPromiseVar", variance.get("availableToPromiseVar"),
                    "physicalInventoryDate", new Timestamp(System.currentTimeMillis()), "userLogin", getUserLogin("system")));
            assertTrue(ServiceUtil.getErrorMessage(result), ServiceUtil.isSuccess(result));
            theirTransactions.addAll(EntityQuery.use(getDelegator()).from("AcctgTrans")
                    .where("physicalInventoryId", result.get("physicalInventoryId")).queryList().stream()
                    .peek(t -> assertEquals("Y", t.getString("isPosted"))).map(t -> t.getString("acctgTransId")).toList());
        }
        for (Map.Entry<String, String> pair : twin.entrySet()) {
            GenericValue mine = ours.item(pair.getKey());
            GenericValue other = theirs.item(pair.getValue());
            for (String total : List.of("quantityOnHandTotal", "availableToPromiseTotal", "accountingQuantityTotal")) {
                assertNumber(total + " of " + pair.getKey(), other.getBigDecimal(total).toPlainString(), mine.getBigDecimal(total));
            }
        }
        assertNumber(EntityQuery.use(getDelegator()).from("ProductFacility").where("productId", "PI_TPP_PLAIN", "facilityId", theirs.facilityId)
                .queryOne().getBigDecimal("lastInventoryCount").toPlainString(),
                EntityQuery.use(getDelegator()).from("ProductFacility").where("productId", "PI_TPP_PLAIN", "facilityId", ours.facilityId)
                .queryOne().getBigDecimal("lastInventoryCount"));
        Map<String, BigDecimal> mine = balances(List.of(inventoryRow(inventoryId).getString("acctgTransId")));
        Map<String, BigDecimal> theirsBalances = balances(theirTransactions);
        assertEquals(theirsBalances.keySet(), mine.keySet());
        for (String account : mine.keySet()) {
            assertNumber(account, theirsBalances.get(account).toPlainString(), mine.get(account));
        }
        assertNumber("a product with its own inventory account posts there, as OFBiz does", "-9.9500", mine.get("PI_TGL_SHR"));
    }

    public void testALargePostingRunsAsAJobWithProgress() throws Exception {
        TestStock stock = new TestStock(getDelegator(), ORG, "P01", "P02");
        String item = stock.item("PI_TPP_PLAIN", "P01", null, "10", "2", "2026-01-10");
        String inventoryId = countedInventory(stock, null, "PI_TPP_PLAIN", "P01", "6");
        assertEquals("DONE", postAsJob(inventoryId));
        assertEquals("PI_INV_POSTED", inventoryRow(inventoryId).getString("statusId"));
        assertNumber("6", stock.onHand(item));
    }

    public void testSerialNumbersFoundMissingAndMoved() throws Exception {
        TestStock stock = new TestStock(getDelegator(), ORG, "S01", "S02");
        String missing = stock.serial("PI_TPP_SER", "S01", "SN-1", "50");
        String moved = stock.serial("PI_TPP_SER", "S01", "SN-2", "60");
        stock.averageCost("PI_TPP_SER", "55");
        String inventoryId = inventory(stock);
        String listId = list(inventoryId, null, null);
        ok(call("generatePiCountLines", "pitest-admin", "piListId", listId));
        count(listId, "PI_TPP_SER", "S01", null, "SN-1", "0");
        count(listId, "PI_TPP_SER", "S01", null, "SN-2", "0");
        count(listId, "PI_TPP_SER", "S02", null, "SN-2", "1");
        count(listId, "PI_TPP_SER", "S02", null, "SN-3", "1");
        counted(inventoryId, listId);
        ok(call("postPiInventory", "pitest-admin", "piInventoryId", inventoryId));

        GenericValue gone = stock.item(missing);
        assertEquals("INV_DELIVERED", gone.getString("statusId"));
        assertNumber("0", gone.getBigDecimal("quantityOnHandTotal"));
        assertNumber("0", gone.getBigDecimal("availableToPromiseTotal"));
        GenericValue there = stock.item(moved);
        assertEquals("S02", there.getString("locationSeqId"));
        assertNumber("1", there.getBigDecimal("quantityOnHandTotal"));
        assertEquals("a move is no variance", 0, EntityQuery.use(getDelegator()).from("InventoryItemDetail")
                .where("inventoryItemId", moved, "physicalInventoryId", inventoryRow(inventoryId).get("physicalInventoryId")).queryCount());
        GenericValue found = EntityQuery.use(getDelegator()).from("InventoryItem").where("facilityId", stock.facilityId, "serialNumber", "SN-3").queryOne();
        assertEquals("SERIALIZED_INV_ITEM", found.getString("inventoryItemTypeId"));
        assertEquals("INV_AVAILABLE", found.getString("statusId"));
        assertNumber("1", found.getBigDecimal("quantityOnHandTotal"));
        assertNumber("55", found.getBigDecimal("unitCost"));
        Map<String, BigDecimal> balances = balances(List.of(inventoryRow(inventoryId).getString("acctgTransId")));
        assertNumber("SN-3 found at 55, SN-1 lost at 50", "5", balances.get("PI_TGL_INV"));
    }

    public void testUncountedLinesBecomeZeroOnlyWhenTheParametersSaySo() throws Exception {
        TestStock stock = new TestStock(getDelegator(), ORG, "P01", "P02");
        stock.parameters("zeroUncounted", "Y");
        String counted = stock.item("PI_TPP_PLAIN", "P01", null, "10", "2", "2026-01-10");
        String uncounted = stock.item("PI_TPP_LOT", "P02", "PI_TPLOT_A", "4", "3", "2026-01-10");
        String inventoryId = inventory(stock);
        String listId = list(inventoryId, null, null);
        ok(call("generatePiCountLines", "pitest-admin", "piListId", listId));
        count(listId, "PI_TPP_PLAIN", "P01", null, "10");
        counted(inventoryId, listId);
        ok(call("postPiInventory", "pitest-admin", "piInventoryId", inventoryId));
        assertNumber("10", stock.onHand(counted));
        assertNumber("0", stock.onHand(uncounted));

        TestStock keep = new TestStock(getDelegator(), ORG, "P02");
        String untouched = keep.item("PI_TPP_LOT", "P02", "PI_TPLOT_A", "4", "3", "2026-01-10");
        String keepInventory = inventory(keep);
        String keepList = list(keepInventory, null, null);
        ok(call("generatePiCountLines", "pitest-admin", "piListId", keepList));
        counted(keepInventory, keepList);
        assertNull("nothing to post: no ledger transaction", ok(call("postPiInventory", "pitest-admin", "piInventoryId", keepInventory))
                .get("acctgTransId"));
        assertNumber("4", keep.onHand(untouched));
        assertEquals("PI_INV_POSTED", inventoryRow(keepInventory).getString("statusId"));
    }

    public void testMovementsAfterTheCountAreNettedUnlessTheCountIsKept() throws Exception {
        TestStock stock = new TestStock(getDelegator(), ORG, "P01", "P02");
        String a = stock.item("PI_TPP_PLAIN", "P01", null, "15", "2", "2026-01-10");
        String b = stock.item("PI_TPP_PLAIN", "P02", null, "15", "2", "2026-01-10");
        String inventoryId = inventory(stock);
        String listId = list(inventoryId, null, null);
        ok(call("generatePiCountLines", "pitest-admin", "piListId", listId));
        count(listId, "PI_TPP_PLAIN", "P01", null, "9");
        count(listId, "PI_TPP_PLAIN", "P02", null, "9");
        stock.move(a, "-3");   // issued after the count, while the warehouse keeps working
        stock.move(b, "-3");
        GenericValue lineB = line(listId, "PI_TPP_PLAIN", "P02");
        ok(call("setPiMovedChoice", "pitest-admin", "piInventoryId", inventoryId, "piListId", listId,
                "lineSeqId", lineB.get("lineSeqId"), "movedChoice", "KEEP_COUNT"));
        Map<String, Object> review = ok(call("getPiInventoryReview", "pitest-admin", "piInventoryId", inventoryId, "moved", "Y"));
        assertEquals(2, ((List<?>) review.get("differences")).size());
        counted(inventoryId, listId);
        ok(call("postPiInventory", "pitest-admin", "piInventoryId", inventoryId));
        assertNumber("counted 9 of 15, then 3 left: 6 remain", "6", stock.onHand(a));
        assertNumber("keep the count: today's stock is the count", "9", stock.onHand(b));
    }

    public void testAChoiceOnALineThatDidNotMoveIsRefused() throws Exception {
        TestStock stock = new TestStock(getDelegator(), ORG, "P01");
        stock.item("PI_TPP_PLAIN", "P01", null, "15", "2", "2026-01-10");
        String inventoryId = inventory(stock);
        String listId = list(inventoryId, null, null);
        ok(call("generatePiCountLines", "pitest-admin", "piListId", listId));
        count(listId, "PI_TPP_PLAIN", "P01", null, "9");
        GenericValue line = line(listId, "PI_TPP_PLAIN", "P01");
        String refusal = error(call("setPiMovedChoice", "pitest-admin", "piInventoryId", inventoryId, "piListId", listId,
                "lineSeqId", line.get("lineSeqId"), "movedChoice", "KEEP_COUNT"));
        assertTrue(refusal, refusal.contains("did not move"));
        assertNull(line(listId, "PI_TPP_PLAIN", "P01").get("movedChoice"));
        refusal = error(call("setPiMovedChoice", "pitest-admin", "piInventoryId", inventoryId, "allMoved", "Y", "movedChoice", "KEEP_ALL"));
        assertTrue(refusal, refusal.contains("Unknown choice"));
    }

    public void testAKeyCountedOnTwoListsIsAConflictToSettleBeforePosting() throws Exception {
        TestStock stock = new TestStock(getDelegator(), ORG, "P01", "P02");
        String item = stock.item("PI_TPP_PLAIN", "P01", null, "10", "2", "2026-01-10");
        String inventoryId = inventory(stock);
        String first = list(inventoryId, "P01", "P01");
        String second = list(inventoryId, "P02", "P02");
        ok(call("generatePiCountLines", "pitest-admin", "piListId", first));
        count(first, "PI_TPP_PLAIN", "P01", null, "10");
        count(second, "PI_TPP_PLAIN", "P01", null, "4"); // found by the other team: added to its list in the back office
        counted(inventoryId, first, second);
        Map<String, Object> review = ok(call("getPiInventoryReview", "pitest-admin", "piInventoryId", inventoryId, "conflicts", "Y"));
        List<?> conflicts = (List<?>) review.get("differences");
        assertEquals("shown once", 1, conflicts.size());
        String refusal = error(call("postPiInventory", "pitest-admin", "piInventoryId", inventoryId));
        assertTrue(refusal, refusal.contains("counted on two lists"));
        assertEquals("PI_INV_COUNTED", inventoryRow(inventoryId).getString("statusId"));
        assertNumber("10", stock.onHand(item));

        refusal = error(call("settlePiCountConflict", "pitest-admin", "piInventoryId", inventoryId, "productId", "PI_TPP_PLAIN",
                "locationSeqId", "P01", "resolution", "KEEP", "keepPiListId", "NOT_A_LIST"));
        assertTrue(refusal, refusal.contains("did not count"));
        ok(call("settlePiCountConflict", "pitest-admin", "piInventoryId", inventoryId, "productId", "PI_TPP_PLAIN",
                "locationSeqId", "P01", "resolution", "ADD"));
        ok(call("postPiInventory", "pitest-admin", "piInventoryId", inventoryId));
        assertNumber("the counts added", "14", stock.onHand(item));
    }

    public void testOverlappingListsAreRefusedNamingTheOtherList() throws Exception {
        TestStock stock = new TestStock(getDelegator(), ORG, "A01", "A05", "A10", "B01");
        stock.item("PI_TPP_PLAIN", "A05", null, "10", "2", "2026-01-10");
        stock.item("PI_TPP_LOT", "A05", "PI_TPLOT_A", "10", "2", "2026-01-10");
        String inventoryId = inventory(stock);
        String aisle = list(inventoryId, "A01", "A10");
        String refusal = error(call("createPiInventoryList", "pitest-admin", "piInventoryId", inventoryId, "listTypeId", "PI_STANDARD",
                "fromLocationSeqId", "A05", "thruLocationSeqId", "B01"));
        assertTrue(refusal, refusal.contains(aisle));
        ok(call("generatePiCountLines", "pitest-admin", "piListId", aisle));
        // category lists over the same aisle are allowed, but lines one of them would share with another are refused
        TestStock categories = new TestStock(getDelegator(), ORG, "A05");
        categories.item("PI_TPP_PLAIN", "A05", null, "10", "2", "2026-01-10");
        String byCategory = inventory(categories);
        String listA = (String) ok(call("createPiInventoryList", "pitest-admin", "piInventoryId", byCategory, "listTypeId", "PI_STANDARD",
                "productCategoryId", "PI_TPCAT_A")).get("piListId");
        String listB = (String) ok(call("createPiInventoryList", "pitest-admin", "piInventoryId", byCategory, "listTypeId", "PI_STANDARD",
                "productCategoryId", "PI_TPCAT_B")).get("piListId");
        ok(call("generatePiCountLines", "pitest-admin", "piListId", listA));
        refusal = error(call("generatePiCountLines", "pitest-admin", "piListId", listB));
        assertTrue(refusal, refusal.contains(listA));
        assertEquals(0, EntityQuery.use(getDelegator()).from("PiCountLine").where("piListId", listB).queryCount());
    }

    public void testARecountListHoldsOnlyTheChosenLinesAndReplacesTheFirstCount() throws Exception {
        TestStock stock = new TestStock(getDelegator(), ORG, "P01", "P02");
        String over = stock.item("PI_TPP_PLAIN", "P01", null, "10", "2", "2026-01-10");
        stock.item("PI_TPP_LOT", "P02", "PI_TPLOT_A", "10", "2", "2026-01-10");
        String inventoryId = inventory(stock);
        String listId = list(inventoryId, null, null);
        ok(call("generatePiCountLines", "pitest-admin", "piListId", listId));
        count(listId, "PI_TPP_PLAIN", "P01", null, "4");               // 6 short: over the tolerance of 2
        count(listId, "PI_TPP_LOT", "P02", "PI_TPLOT_A", "9");       // within it
        counted(inventoryId, listId);
        Map<String, Object> recount = ok(call("createPiRecountList", "pitest-admin", "piInventoryId", inventoryId,
                "partyId", "PI_TEST_EMP", "overTolerance", "Y"));
        String recountId = (String) recount.get("piListId");
        assertEquals(1, recount.get("linesCreated"));
        assertEquals("PI_INV_COUNTING", inventoryRow(inventoryId).getString("statusId"));
        assertNotNull(line(recountId, "PI_TPP_PLAIN", "P01"));
        assertEquals(1, EntityQuery.use(getDelegator()).from("PiCountLine").where("piListId", recountId).queryCount());
        String refusal = error(call("generatePiCountLines", "pitest-admin", "piListId", recountId));
        assertTrue(refusal, refusal.contains("recount list"));
        // the employee counts it on the handheld as usual
        ok(call("recordPiCount", "pitest-counter", "piListId", recountId, "scanKey", java.util.UUID.randomUUID().toString(),
                "locationSeqId", "P01", "productId", "PI_TPP_PLAIN", "quantity", "10"));
        ok(call("changePiInventoryListStatus", "pitest-admin", "piListId", recountId, "statusId", "PI_LIST_COUNTED"));
        ok(call("changePiInventoryStatus", "pitest-admin", "piInventoryId", inventoryId, "statusId", "PI_INV_COUNTED"));
        ok(call("postPiInventory", "pitest-admin", "piInventoryId", inventoryId));
        assertNumber("the recount of 10 replaced the count of 4", "10", stock.onHand(over));
    }

    public void testAPostingWithoutAnOpenFiscalPeriodIsRefusedBeforeAnythingIsWritten() throws Exception {
        TestStock stock = new TestStock(getDelegator(), "PI_TACCT2", "P01");
        String item = stock.item("PI_TPP_PLAIN", "P01", null, "10", "2", "2026-01-10");
        String inventoryId = inventory(stock);
        String listId = list(inventoryId, null, null);
        ok(call("generatePiCountLines", "pitest-admin", "piListId", listId));
        count(listId, "PI_TPP_PLAIN", "P01", null, "8");
        counted(inventoryId, listId);
        String refusal = error(call("postPiInventory", "pitest-admin", "piInventoryId", inventoryId));
        assertTrue(refusal, refusal.contains("No open fiscal period"));
        assertUntouched(inventoryId, stock, item, "10");
    }

    /** A counted inventory with differences still to post is never archived, which would lose its counts: it is posted, or cancelled. */
    public void testACountedInventoryWithDifferencesIsPostedOrCancelledNeverArchived() throws Exception {
        TestStock stock = new TestStock(getDelegator(), ORG, "P01", "P02");
        String item = stock.item("PI_TPP_PLAIN", "P01", null, "10", "2", "2026-01-10");
        stock.item("PI_TPP_PLAIN", "P02", null, "4", "2", "2026-01-10");
        String inventoryId = countedInventory(stock, null, "PI_TPP_PLAIN", "P01", "8", "PI_TPP_PLAIN", "P02", "5");
        String listId = EntityQuery.use(getDelegator()).from("PiInventoryList").where("piInventoryId", inventoryId).queryFirst().getString("piListId");
        String refusal = error(call("closePiInventory", "pitest-admin", "piInventoryId", inventoryId));
        assertTrue(refusal, refusal.contains("still has 2 stock differences to post") && refusal.contains("cancel the inventory"));
        refusal = error(callIn(Locale.FRENCH, "changePiInventoryStatus", "pitest-admin", "piInventoryId", inventoryId, "statusId", "PI_INV_CLOSED"));
        assertTrue(refusal, refusal.contains("encore 2 écarts d’inventaire à comptabiliser"));
        assertEquals("PI_INV_COUNTED", inventoryRow(inventoryId).getString("statusId"));

        ok(call("cancelPiInventory", "pitest-admin", "piInventoryId", inventoryId));
        assertEquals("PI_INV_CANCELLED", inventoryRow(inventoryId).getString("statusId"));
        assertEquals("PI_LIST_CANCELLED", EntityQuery.use(getDelegator()).from("PiInventoryList").where("piListId", listId).queryOne()
                .getString("statusId"));
        assertUntouched(inventoryId, stock, item, "10");
        refusal = error(call("postPiInventory", "pitest-admin", "piInventoryId", inventoryId));
        assertTrue(refusal, refusal.contains("cannot change"));

        // counted as booked: nothing to post, so nothing is lost by archiving it
        String same = countedInventory(stock, null, "PI_TPP_PLAIN", "P01", "10", "PI_TPP_PLAIN", "P02", "4");
        ok(call("closePiInventory", "pitest-admin", "piInventoryId", same));
        assertEquals("PI_INV_CLOSED", inventoryRow(same).getString("statusId"));
    }

    public void testLinesWithoutACostAreRefused() throws Exception {
        TestStock stock = new TestStock(getDelegator(), ORG, "P01");
        String inventoryId = inventory(stock);
        String listId = list(inventoryId, null, null);
        count(listId, "PI_TPP_NOCOST", "P01", null, "2");
        counted(inventoryId, listId);
        String refusal = error(call("postPiInventory", "pitest-admin", "piInventoryId", inventoryId));
        assertTrue(refusal, refusal.contains("no unit cost") && refusal.contains("PI_TPP_NOCOST"));
        assertEquals(0, EntityQuery.use(getDelegator()).from("InventoryItem").where("facilityId", stock.facilityId).queryCount());
        assertEquals("PI_INV_COUNTED", inventoryRow(inventoryId).getString("statusId"));
    }

    public void testPostingNeedsACountedInventoryAndThePostPermission() throws Exception {
        TestStock stock = new TestStock(getDelegator(), ORG, "P01");
        String item = stock.item("PI_TPP_PLAIN", "P01", null, "10", "2", "2026-01-10");
        String inventoryId = inventory(stock);
        String listId = list(inventoryId, null, null);
        ok(call("generatePiCountLines", "pitest-admin", "piListId", listId));
        count(listId, "PI_TPP_PLAIN", "P01", null, "8");
        String refusal = error(call("postPiInventory", "pitest-admin", "piInventoryId", inventoryId));
        assertTrue(refusal, refusal.contains("not counted yet"));
        counted(inventoryId, listId);
        refusal = error(call("postPiInventory", "pitest-viewer", "piInventoryId", inventoryId));
        assertTrue(refusal, refusal.contains("PHYSINV_POST"));
        refusal = error(call("startPiPosting", "pitest-viewer", "piInventoryId", inventoryId));
        assertTrue(refusal, refusal.contains("PHYSINV_POST"));
        assertUntouched(inventoryId, stock, item, "10");

        ok(call("cancelPiInventory", "pitest-admin", "piInventoryId", inventoryId));
        refusal = error(call("postPiInventory", "pitest-admin", "piInventoryId", inventoryId));
        assertTrue(refusal, refusal.contains("cannot change"));
        assertUntouched(inventoryId, stock, item, "10");
    }

    public void testAFailureInjectedMidPostingLeavesNothing() throws Exception {
        TestStock stock = new TestStock(getDelegator(), ORG, "P01", "P02", "P03");
        String a = stock.item("PI_TPP_PLAIN", "P01", null, "10", "2", "2026-01-10");
        String b = stock.item("PI_TPP_PLAIN", "P02", null, "10", "2", "2026-01-10");
        String c = stock.item("PI_TPP_PLAIN", "P03", null, "10", "2", "2026-01-10");
        String inventoryId = inventory(stock);
        String listId = list(inventoryId, null, null);
        ok(call("generatePiCountLines", "pitest-admin", "piListId", listId));
        count(listId, "PI_TPP_PLAIN", "P01", null, "1");
        count(listId, "PI_TPP_PLAIN", "P02", null, "2");
        count(listId, "PI_TPP_PLAIN", "P03", null, "3");
        counted(inventoryId, listId);
        long transactionsBefore = EntityQuery.use(getDelegator()).from("AcctgTrans").queryCount();
        String refusal = error(postAsTheServiceDoes(inventoryId, writer -> new FailingWriter(writer, 2)));
        assertTrue(refusal, refusal.contains("nothing was posted"));
        assertNumber("10", stock.onHand(a));
        assertNumber("10", stock.onHand(b));
        assertNumber("10", stock.onHand(c));
        assertEquals(transactionsBefore, EntityQuery.use(getDelegator()).from("AcctgTrans").queryCount());
        assertUntouched(inventoryId, stock, a, "10");
        assertEquals("FAILED", ok(call("getPiPostingProgress", "pitest-admin", "piInventoryId", inventoryId)).get("runStatusId"));

        String physicalInventoryId = (String) ok(call("postPiInventory", "pitest-admin", "piInventoryId", inventoryId)).get("physicalInventoryId");
        assertNumber("running it again finishes it", "1", stock.onHand(a));
        assertNumber("3", stock.onHand(c));
        assertEquals("once", 3, EntityQuery.use(getDelegator()).from("InventoryItemDetail").where("physicalInventoryId", physicalInventoryId)
                .queryCount());
        assertEquals("one ledger transaction", transactionsBefore + 1, EntityQuery.use(getDelegator()).from("AcctgTrans").queryCount());
    }

    public void testTheFreezeRefusesOfbizOwnMovementsUntilPosted() throws Exception {
        TestStock stock = new TestStock(getDelegator(), ORG, "P01", "P02");
        stock.parameters("freezeMovements", "Y");
        String item = stock.item("PI_TPP_PLAIN", "P01", null, "10", "2", "2026-01-10");
        Map<String, Object> receipt = UtilMisc.toMap("facilityId", stock.facilityId, "productId", "PI_TPP_PLAIN", "locationSeqId", "P02",
                "inventoryItemTypeId", "NON_SERIAL_INV_ITEM", "quantityAccepted", new BigDecimal("5"), "quantityRejected", BigDecimal.ZERO,
                "unitCost", new BigDecimal("2"), "ownerPartyId", ORG, "userLogin", getUserLogin("system"));
        String inventoryId = inventory(stock);
        String listId = list(inventoryId, null, null);      // open for counting: the facility is frozen
        Map<String, Object> refused = getDispatcher().runSync("receiveInventoryProduct", new HashMap<>(receipt));
        assertTrue("a receipt is refused", ServiceUtil.isError(refused));
        assertTrue(ServiceUtil.getErrorMessage(refused), ServiceUtil.getErrorMessage(refused).contains(inventoryId));
        getDelegator().create("WorkEffort", UtilMisc.toMap("workEffortId", "PI_TWE" + stock.facilityId, "workEffortTypeId", "TASK",
                "currentStatusId", "CAL_IN_PLANNING", "workEffortName", "Freeze test"));
        Map<String, Object> issue = getDispatcher().runSync("issueInventoryItemToWorkEffort", UtilMisc.toMap("workEffortId",
                "PI_TWE" + stock.facilityId, "inventoryItem", stock.item(item), "quantity", new BigDecimal("2"), "userLogin", getUserLogin("system")));
        assertTrue("an issue is refused", ServiceUtil.isError(issue));
        Map<String, Object> variance = getDispatcher().runSync("createPhysicalInventoryAndVariance", UtilMisc.toMap("inventoryItemId", item,
                "varianceReasonId", "VAR_DAMAGED", "quantityOnHandVar", new BigDecimal("-1"), "availableToPromiseVar", new BigDecimal("-1"),
                "userLogin", getUserLogin("system")));
        assertTrue("another variance is refused", ServiceUtil.isError(variance));
        Map<String, Object> moved = getDispatcher().runSync("updateInventoryItem", UtilMisc.toMap("inventoryItemId", item,
                "locationSeqId", "P02", "userLogin", getUserLogin("system")));
        assertTrue("moving the item to another location is refused", ServiceUtil.isError(moved));
        assertEquals("P01", stock.item(item).getString("locationSeqId"));
        Map<String, Object> described = getDispatcher().runSync("updateInventoryItem", UtilMisc.toMap("inventoryItemId", item,
                "comments", "a note is no movement", "userLogin", getUserLogin("system")));
        assertTrue("an update that moves nothing goes on: " + ServiceUtil.getErrorMessage(described), ServiceUtil.isSuccess(described));
        assertNumber("10", stock.onHand(item));
        assertEquals("nothing was received", 1, EntityQuery.use(getDelegator()).from("InventoryItem").where("facilityId", stock.facilityId).queryCount());

        ok(call("generatePiCountLines", "pitest-admin", "piListId", listId));
        count(listId, "PI_TPP_PLAIN", "P01", null, "9");
        counted(inventoryId, listId);
        ok(call("postPiInventory", "pitest-admin", "piInventoryId", inventoryId));
        assertNumber("9", stock.onHand(item));
        Map<String, Object> released = getDispatcher().runSync("receiveInventoryProduct", new HashMap<>(receipt));
        assertTrue("posting releases the freeze: " + ServiceUtil.getErrorMessage(released), ServiceUtil.isSuccess(released));
    }

    public void testTheFreezeOfCountedLocationsLeavesOtherLocationsFree() throws Exception {
        TestStock stock = new TestStock(getDelegator(), ORG, "P01", "P02");
        stock.parameters("freezeMovements", "Y", "freezeLocationsOnly", "Y");
        String counted = stock.item("PI_TPP_PLAIN", "P01", null, "10", "2", "2026-01-10");
        String free = stock.item("PI_TPP_PLAIN", "P02", null, "10", "2", "2026-01-10");
        String inventoryId = inventory(stock);
        list(inventoryId, "P01", "P01");
        try {
            stock.move(counted, "-1");
            fail("a movement in a counted location must be refused");
        } catch (GenericEntityException expected) {
            assertTrue(expected.getMessage(), expected.getMessage().contains(inventoryId));
        }
        stock.move(free, "-1");
        assertNumber("10", stock.onHand(counted));
        assertNumber("9", stock.onHand(free));
        ok(call("cancelPiInventory", "pitest-admin", "piInventoryId", inventoryId));
        stock.move(counted, "-1");
        assertNumber("cancelling releases the freeze", "9", stock.onHand(counted));
    }

    // --- the flow, as a user drives it ---

    /**
     * The posting as postPiInventory runs it, with its movements written through the writer {@code writerOf} makes:
     * in a transaction of its own, committed when it succeeds and rolled back when it answers an error, as the service
     * engine does for the service.
     */
    private Map<String, Object> postAsTheServiceDoes(String inventoryId, UnaryOperator<MovementWriter> writerOf) throws GenericEntityException {
        Map<String, Object> context = UtilMisc.toMap("piInventoryId", inventoryId, "userLogin", getUserLogin("pitest-admin"),
                "locale", Locale.ENGLISH);
        boolean began = TransactionUtil.begin();
        assertTrue("the posting runs in a transaction of its own", began);
        Map<String, Object> result = null;
        try {
            result = new Posting(getDispatcher().getDispatchContext(), context).post(writerOf);
        } finally {
            if (result != null && ServiceUtil.isSuccess(result)) {
                TransactionUtil.commit(began);
            } else {
                TransactionUtil.rollback(began, "the posting failed", null);
            }
        }
        return result;
    }

    /** Writes a posting's movements as the real writer does, then fails after so many differences, as a crash would. */
    private static final class FailingWriter implements MovementWriter {
        private final MovementWriter writer;
        private final int failAfter;
        private int written;

        FailingWriter(MovementWriter writer, int failAfter) {
            this.writer = writer;
            this.failAfter = failAfter;
        }

        @Override
        public void writeHeader() throws GenericEntityException {
            writer.writeHeader();
        }

        @Override
        public void write(Difference difference) throws GenericEntityException {
            writer.write(difference);
            if (++written == failAfter) {
                throw new GenericEntityException("Failure injected after " + written + " differences");
            }
        }

        @Override
        public void finish() throws GenericEntityException, GenericServiceException {
            writer.finish();
        }
    }
}
