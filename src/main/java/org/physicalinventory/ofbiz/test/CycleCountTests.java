package org.physicalinventory.ofbiz.test;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.ofbiz.base.util.UtilMisc;
import org.apache.ofbiz.entity.GenericEntityException;
import org.apache.ofbiz.entity.GenericValue;
import org.apache.ofbiz.entity.util.EntityQuery;

/**
 * Integration tests of cycle counting: ABC classes from OFBiz's movements (the demo's and a test
 * facility's), the plan, a cycle inventory made from it in one action, counted, posted, and the last
 * count dates the posting leaves; zero confirmation; bad input refused with nothing written.
 */
public class CycleCountTests extends PhysInvTestCase {

    private static final String ORG = "PI_TACCT";
    private static final long DAY = 86_400_000L;

    public CycleCountTests(String name) {
        super(name);
    }

    public void testTheDemoMovementsGiveAllThreeClasses() throws Exception {
        Map<String, Object> result = ok(call("computePiAbcClasses", "pitest-admin", "facilityId", "PI_WH2",
                "fromDate", Timestamp.valueOf("2026-01-01 00:00:00"), "thruDate", Timestamp.valueOf("2027-01-01 00:00:00")));
        assertEquals(3, result.get("classA"));
        assertEquals(4, result.get("classB"));
        Map<String, String> classes = classes("PI_WH2");
        assertEquals("A", classes.get("PI-1019"));
        assertEquals("A", classes.get("PI-1015"));
        assertEquals("A", classes.get("PI-1005"));
        assertEquals("B", classes.get("PI-1011"));
        assertEquals("B", classes.get("PI-1041"));
        assertEquals("issued a little", "C", classes.get("PI-1001"));
        assertEquals("in stock, never issued", "C", classes.get("PI-1004"));
        GenericValue top = EntityQuery.use(getDelegator()).from("PiAbcClass").where("facilityId", "PI_WH2", "productId", "PI-1019").queryOne();
        assertEquals(1L, top.getLong("rankNum").longValue());
        assertNumber("400 issued at 16.44", "6576", top.getBigDecimal("issuedValue"));
        assertNotNull(top.get("computedDate"));
    }

    public void testAPeriodWithNoMovementsIsRefusedAndKeepsTheClasses() throws Exception {
        long before = EntityQuery.use(getDelegator()).from("PiAbcClass").where("facilityId", "PI_WH2").queryCount();
        String refusal = error(call("computePiAbcClasses", "pitest-admin", "facilityId", "PI_WH2",
                "fromDate", Timestamp.valueOf("2020-01-01 00:00:00"), "thruDate", Timestamp.valueOf("2021-01-01 00:00:00")));
        assertTrue(refusal, refusal.contains("Nothing left facility PI_WH2"));
        assertEquals(before, EntityQuery.use(getDelegator()).from("PiAbcClass").where("facilityId", "PI_WH2").queryCount());
        TestStock still = new TestStock(getDelegator(), ORG, "P01");
        still.item("PI_TPP_PLAIN", "P01", null, "10", "2", "2026-01-10");
        refusal = error(callIn(Locale.ITALIAN, "computePiAbcClasses", "pitest-admin", "facilityId", still.facilityId));
        assertTrue("translated: " + refusal, refusal.contains("Nulla è uscito dal magazzino"));
        assertEquals(0, EntityQuery.use(getDelegator()).from("PiAbcClass").where("facilityId", still.facilityId).queryCount());
    }

    public void testSettingsThatDoNotAddUpAreRefusedAndNothingIsWritten() throws Exception {
        TestStock stock = new TestStock(getDelegator(), ORG, "P01");
        String refusal = error(call("savePiCycleCountParam", "pitest-admin", "facilityId", stock.facilityId,
                "classAShare", "80", "classBShare", "15", "classCShare", "10"));
        assertTrue(refusal, refusal.contains("must add up to 100") && refusal.contains("105"));
        refusal = error(call("savePiCycleCountParam", "pitest-admin", "facilityId", stock.facilityId, "countsPerYearA", "0"));
        assertTrue(refusal, refusal.contains("above zero"));
        refusal = error(call("savePiCycleCountParam", "pitest-admin", "facilityId", stock.facilityId, "countsPerYearB", "-4"));
        assertTrue(refusal, refusal.contains("above zero"));
        refusal = error(call("savePiCycleCountParam", "pitest-admin", "facilityId", stock.facilityId, "countsPerYearC", "12abc"));
        assertTrue(refusal, refusal.contains("not a whole number"));
        refusal = error(call("savePiLocationCountFreq", "pitest-admin", "facilityId", stock.facilityId, "locationSeqId", "P01",
                "frequencyDays", "0"));
        assertTrue(refusal, refusal.contains("above zero"));
        assertNull(EntityQuery.use(getDelegator()).from("PiCycleCountParam").where("facilityId", stock.facilityId).queryOne());
        assertEquals(0, EntityQuery.use(getDelegator()).from("PiLocationCountFreq").where("facilityId", stock.facilityId).queryCount());

        ok(call("savePiCycleCountParam", "pitest-admin", "facilityId", stock.facilityId, "classAShare", "70", "classBShare", "20.5",
                "classCShare", "9.5", "countsPerYearA", "24"));
        GenericValue saved = EntityQuery.use(getDelegator()).from("PiCycleCountParam").where("facilityId", stock.facilityId).queryOne();
        assertNumber("20.5", saved.getBigDecimal("classBShare"));
        assertEquals(24L, saved.getLong("countsPerYearA").longValue());
        assertEquals("the default", 4L, saved.getLong("countsPerYearB").longValue());
        refusal = error(call("savePiCycleCountParam", "pitest-viewer", "facilityId", stock.facilityId, "countsPerYearA", "6"));
        assertTrue(refusal, refusal.contains("PHYSINV_UPDATE"));
    }

    /** Plan, one action, the handheld, posting: then the plan no longer shows what was counted, and knows when it was. */
    public void testACycleInventoryFromThePlanIsCountedPostedAndLeavesItsCountDates() throws Exception {
        TestStock stock = new TestStock(getDelegator(), ORG, "P01", "P02", "P03");
        String plain = classifiedStock(stock);
        List<Map<String, Object>> due = due(stock.facilityId);
        assertEquals("never counted: all overdue", List.of("P01", "P02", "P03"), locations(due));
        assertTrue(due.stream().allMatch(d -> "OVERDUE".equals(d.get("due")) && d.get("lastCounted") == null));

        Map<String, Object> made = ok(call("createPiCycleInventory", "pitest-admin", "facilityId", stock.facilityId,
                "partyId", List.of("PI_TEST_EMP")));
        String inventoryId = (String) made.get("piInventoryId");
        String listId = (String) ((List<?>) made.get("piListIds")).get(0);
        assertOpenForCounting(inventoryId, listId);
        assertEquals(3, made.get("linesCreated"));
        assertEquals(3L, EntityQuery.use(getDelegator()).from("PiListProgress").where("piListId", listId).queryOne().getLong("lineCount").longValue());
        assertEquals("items on an open inventory are not planned again", List.of(), due(stock.facilityId));
        String refusal = error(call("createPiCycleInventory", "pitest-admin", "facilityId", stock.facilityId, "partyId", List.of("PI_TEST_EMP")));
        assertTrue(refusal, refusal.contains("Nothing is due"));
        refusal = error(call("generatePiCountLines", "pitest-admin", "piListId", listId));
        assertTrue(refusal, refusal.contains("made for"));

        countAndPost(inventoryId, listId);
        assertNumber("counted 9 of 10", "9", stock.onHand(plain));

        // posted: counted today; P01 has its own frequency of 3 days, so it is due again in 3 days, the others not this week
        due = due(stock.facilityId);
        assertEquals(List.of("P01"), locations(due));
        assertEquals("THIS_WEEK", due.get(0).get("due"));
        assertEquals(LocalDate.now().toString(), due.get(0).get("lastCounted"));
        assertEquals(LocalDate.now().plusDays(3).toString(), due.get(0).get("dueDate"));

        // accuracy: this month, 3 lines; PI_TACCT's tolerance is 2 pieces: -1 is within, the others are exact
        Map<?, ?> thisMonth = accuracyThisMonth(stock.facilityId);
        assertEquals(3, thisMonth.get("lines"));
        assertEquals(3, thisMonth.get("withinTolerance"));
    }

    /** Three products that moved enough to be A, B and C, and P01 counted every 3 days; answers the A product's item. */
    private String classifiedStock(TestStock stock) throws GenericEntityException {
        String plain = stock.item("PI_TPP_PLAIN", "P01", null, "30", "2", "2026-01-10");
        String lot = stock.item("PI_TPP_LOT", "P02", "PI_TPLOT_A", "7", "4", "2026-01-10");
        stock.item("PI_TPP_OWNGL", "P03", null, "6", "1", "2026-01-10");
        issue(plain, "20", daysAgo(20));          // 40 of value: A
        issue(lot, "1", daysAgo(10));             // 4: B (it starts at 90.9 percent)
        ok(call("computePiAbcClasses", "pitest-admin", "facilityId", stock.facilityId));
        assertEquals(Map.of("PI_TPP_PLAIN", "A", "PI_TPP_LOT", "B", "PI_TPP_OWNGL", "C"), classes(stock.facilityId));
        ok(call("savePiLocationCountFreq", "pitest-admin", "facilityId", stock.facilityId, "locationSeqId", "P01", "frequencyDays", "3"));
        return plain;
    }

    private void assertOpenForCounting(String inventoryId, String listId) throws GenericEntityException {
        GenericValue inventory = inventory(inventoryId);
        assertEquals("Y", inventory.getString("cycleCount"));
        assertEquals("PI_INV_COUNTING", inventory.getString("statusId"));
        GenericValue list = EntityQuery.use(getDelegator()).from("PiInventoryList").where("piListId", listId).queryOne();
        assertEquals("Y", list.getString("explicitKeys"));
        assertEquals("PI_LIST_COUNTING", list.getString("statusId"));
    }

    /** The counter sees the list and counts it (a location not on the list is refused); the inventory is posted. */
    private void countAndPost(String inventoryId, String listId) throws GenericEntityException {
        List<?> mine = (List<?>) ok(call("getMyPiCountLists", "pitest-counter")).get("countLists");
        assertTrue(mine.stream().anyMatch(l -> listId.equals(((Map<?, ?>) l).get("piListId"))));
        String refusal = error(call("recordPiCount", "pitest-counter", "piListId", listId, "scanKey", UUID.randomUUID().toString(),
                "locationSeqId", "P09", "productId", "PI_TPP_PLAIN", "quantity", "1"));
        assertTrue(refusal, refusal.contains("P09"));
        read(listId, "P01", "PI_TPP_PLAIN", null, "9");
        read(listId, "P02", "PI_TPP_LOT", "PI_TPLOT_A", "6");
        read(listId, "P03", "PI_TPP_OWNGL", null, "6");
        ok(call("changePiInventoryListStatus", "pitest-admin", "piListId", listId, "statusId", "PI_LIST_COUNTED"));
        ok(call("changePiInventoryStatus", "pitest-admin", "piInventoryId", inventoryId, "statusId", "PI_INV_COUNTED"));
        ok(call("postPiInventory", "pitest-admin", "piInventoryId", inventoryId));
    }

    private Map<?, ?> accuracyThisMonth(String facilityId) throws GenericEntityException {
        Map<String, Object> accuracy = ok(call("getPiCountAccuracy", "pitest-admin", "facilityId", facilityId));
        return ((List<?>) accuracy.get("accuracy")).stream().map(p -> (Map<?, ?>) p)
                .filter(p -> "ALL".equals(p.get("abcClass")) && YearMonth.now().toString().equals(p.get("month"))).findFirst().get();
    }

    public void testTheDueItemsAreSharedOutToTheEmployeesByWholeLocations() throws Exception {
        TestStock stock = new TestStock(getDelegator(), ORG, "P01", "P02", "P03");
        stock.item("PI_TPP_PLAIN", "P01", null, "3", "2", "2026-01-10");
        stock.item("PI_TPP_OWNGL", "P01", null, "3", "2", "2026-01-10");
        stock.item("PI_TPP_PLAIN", "P02", null, "3", "2", "2026-01-10");
        stock.item("PI_TPP_PLAIN", "P03", null, "3", "2", "2026-01-10");
        Map<String, Object> made = ok(call("createPiCycleInventory", "pitest-admin", "facilityId", stock.facilityId,
                "partyId", List.of("PI_TEST_EMP", "PI_TEST_EMP2")));
        List<?> lists = (List<?>) made.get("piListIds");
        assertEquals(2, lists.size());
        for (Object listId : lists) {
            List<String> places = EntityQuery.use(getDelegator()).from("PiCountLine").where("piListId", listId).queryList().stream()
                    .map(l -> l.getString("locationSeqId")).distinct().sorted().collect(Collectors.toList());
            assertTrue(listId + " counts " + places, places.equals(List.of("P01")) || places.equals(List.of("P02", "P03")));
        }
        assertEquals(1, EntityQuery.use(getDelegator()).from("PiListAssignment").where("piListId", lists.get(1), "partyId", "PI_TEST_EMP2").queryCount());
    }

    public void testAnEmptyLocationIsConfirmedInOneRead() throws Exception {
        TestStock stock = new TestStock(getDelegator(), ORG, "P01", "P04");
        stock.item("PI_TPP_PLAIN", "P01", null, "5", "2", "2026-01-10");
        String emptied = stock.item("PI_TPP_OWNGL", "P04", null, "5", "2", "2026-01-10");
        issue(emptied, "5", daysAgo(2));
        List<Map<String, Object>> due = due(stock.facilityId);
        Map<String, Object> zero = due.stream().filter(d -> "P04".equals(d.get("locationSeqId"))).findFirst().get();
        assertEquals("Y", zero.get("zeroConfirmation"));
        Map<String, Object> made = ok(call("createPiCycleInventory", "pitest-admin", "facilityId", stock.facilityId,
                "partyId", List.of("PI_TEST_EMP"), "cycleKey", List.of(zero.get("cycleKey"))));
        String listId = (String) ((List<?>) made.get("piListIds")).get(0);
        GenericValue line = EntityQuery.use(getDelegator()).from("PiCountLine").where("piListId", listId).queryOne();
        assertNumber("0", line.getBigDecimal("bookQuantity"));
        Map<String, Object> scanned = ok(call("resolvePiScan", "pitest-counter", "piListId", listId, "code", "P04"));
        assertEquals(Boolean.TRUE, scanned.get("bookEmpty"));

        String scanKey = UUID.randomUUID().toString();
        Map<String, Object> confirmed = ok(call("confirmPiLocationEmpty", "pitest-counter", "piListId", listId, "scanKey", scanKey,
                "locationSeqId", "P04"));
        assertEquals(1, confirmed.get("linesConfirmed"));
        assertEquals(1L, confirmed.get("countedLines"));
        assertNumber("0", EntityQuery.use(getDelegator()).from("PiCountLine").where("piListId", listId).queryOne().getBigDecimal("countedQuantity"));
        Map<String, Object> again = ok(call("confirmPiLocationEmpty", "pitest-counter", "piListId", listId, "scanKey", scanKey, "locationSeqId", "P04"));
        assertEquals("a retried read counts once", Boolean.TRUE, again.get("replayed"));
        assertEquals(1, EntityQuery.use(getDelegator()).from("PiScanLog").where("piListId", listId).queryCount());
        Map<String, Object> refused = call("confirmPiLocationEmpty", "pitest-counter2", "piListId", listId, "scanKey", UUID.randomUUID().toString(),
                "locationSeqId", "P04");
        assertEquals("NOT_YOUR_LIST", refused.get("errorCode"));
    }

    public void testALocationHoldingStockIsNotConfirmedEmptyAndNothingIsCounted() throws Exception {
        TestStock full = new TestStock(getDelegator(), ORG, "P01");
        full.item("PI_TPP_PLAIN", "P01", null, "5", "2", "2026-01-10");
        String fullList = (String) ((List<?>) ok(call("createPiCycleInventory", "pitest-admin", "facilityId", full.facilityId,
                "partyId", List.of("PI_TEST_EMP"))).get("piListIds")).get(0);
        assertEquals(Boolean.FALSE, ok(call("resolvePiScan", "pitest-counter", "piListId", fullList, "code", "P01")).get("bookEmpty"));
        Map<String, Object> refused = call("confirmPiLocationEmpty", "pitest-counter", "piListId", fullList, "scanKey",
                UUID.randomUUID().toString(), "locationSeqId", "P01");
        assertTrue(error(refused), error(refused).contains("not empty"));
        assertEquals("LOCATION_NOT_EMPTY", refused.get("errorCode"));
        assertNull(EntityQuery.use(getDelegator()).from("PiCountLine").where("piListId", fullList).queryOne().get("countedQuantity"));
    }

    public void testACycleInventoryWhileAFullInventoryIsOpenIsRefused() throws Exception {
        TestStock stock = new TestStock(getDelegator(), ORG, "P01");
        stock.item("PI_TPP_PLAIN", "P01", null, "5", "2", "2026-01-10");
        String full = (String) ok(call("createPiInventory", "pitest-admin", "facilityId", stock.facilityId)).get("piInventoryId");
        String refusal = error(callIn(Locale.GERMAN, "createPiCycleInventory", "pitest-admin", "facilityId", stock.facilityId,
                "partyId", List.of("PI_TEST_EMP")));
        assertTrue(refusal, refusal.contains("Inventur " + full) && refusal.contains("ist offen"));
        assertEquals("nothing written", 1, EntityQuery.use(getDelegator()).from("PiInventory").where("facilityId", stock.facilityId).queryCount());
        ok(call("cancelPiInventory", "pitest-admin", "piInventoryId", full));
        ok(call("createPiCycleInventory", "pitest-admin", "facilityId", stock.facilityId, "partyId", List.of("PI_TEST_EMP")));
    }

    /** Cycle inventories run beside each other; a full inventory waits for them unless the parameters allow concurrent ones. */
    public void testCycleInventoriesRunBesideEachOtherAndAFullOneWaitsForThem() throws Exception {
        TestStock stock = new TestStock(getDelegator(), ORG, "P01", "P02");
        stock.item("PI_TPP_PLAIN", "P01", null, "5", "2", "2026-01-10");
        stock.item("PI_TPP_OWNGL", "P02", null, "5", "2", "2026-01-10");
        stock.parameters("allowConcurrent", "N");
        ok(call("createPiCycleInventory", "pitest-admin", "facilityId", stock.facilityId, "partyId", List.of("PI_TEST_EMP"),
                "cycleKey", List.of("PI_TPP_PLAIN|P01")));
        String second = (String) ok(call("createPiCycleInventory", "pitest-admin", "facilityId", stock.facilityId,
                "partyId", List.of("PI_TEST_EMP"), "cycleKey", List.of("PI_TPP_OWNGL|P02"))).get("piInventoryId");
        GenericValue made = inventory(second);
        assertEquals("pitest-admin", made.getString("createdByUserLogin"));
        assertNotNull(made.get("createdDate"));
        assertEquals(made.get("createdDate"), made.get("inventoryDate"));

        String refusal = error(callIn(Locale.ITALIAN, "createPiInventory", "pitest-admin", "facilityId", stock.facilityId));
        assertTrue(refusal, refusal.contains("ha già un inventario aperto"));
        GenericValue params = EntityQuery.use(getDelegator()).from("PiStockDiffParam").where("organizationPartyId", ORG,
                "facilityId", stock.facilityId).queryOne();
        params.set("allowConcurrent", "Y");
        params.store();
        String full = (String) ok(call("createPiInventory", "pitest-admin", "facilityId", stock.facilityId)).get("piInventoryId");
        assertNull("a full inventory", inventory(full).get("cycleCount"));
        assertEquals(3, EntityQuery.use(getDelegator()).from("PiInventory").where("facilityId", stock.facilityId).queryCount());
    }

    public void testBadRequestsForACycleInventoryChangeNothing() throws Exception {
        TestStock stock = new TestStock(getDelegator(), ORG, "P01", "P02");
        stock.item("PI_TPP_PLAIN", "P01", null, "5", "2", "2026-01-10");
        assertTrue(error(call("createPiCycleInventory", "pitest-admin", "facilityId", stock.facilityId)).contains("at least one employee"));
        assertTrue(error(call("createPiCycleInventory", "pitest-admin", "facilityId", stock.facilityId, "partyId", List.of("admin")))
                .contains("admin"));
        String refusal = error(call("createPiCycleInventory", "pitest-admin", "facilityId", stock.facilityId, "partyId", List.of("PI_TEST_EMP"),
                "cycleKey", List.of("PI_TPP_LOT|P02")));
        assertTrue(refusal, refusal.contains("not due"));
        refusal = error(call("createPiCycleInventory", "pitest-admin", "facilityId", stock.facilityId, "partyId", List.of("PI_TEST_EMP"),
                "maxLines", "-1"));
        assertTrue(refusal, refusal.contains("negative"));
        refusal = error(call("createPiCycleInventory", "pitest-viewer", "facilityId", stock.facilityId, "partyId", List.of("PI_TEST_EMP")));
        assertTrue(refusal, refusal.contains("PHYSINV_CREATE"));
        assertEquals(0, EntityQuery.use(getDelegator()).from("PiInventory").where("facilityId", stock.facilityId).queryCount());
    }

    public void testExplicitKeyLinesKeepListsApartAndTheirCounters() throws Exception {
        TestStock stock = new TestStock(getDelegator(), ORG, "P01", "P02");
        stock.item("PI_TPP_PLAIN", "P01", null, "5", "2", "2026-01-10");
        stock.item("PI_TPP_LOT", "P01", "PI_TPLOT_A", "2", "2", "2026-01-10");
        String inventoryId = (String) ok(call("createPiInventory", "pitest-admin", "facilityId", stock.facilityId)).get("piInventoryId");
        String first = (String) ok(call("createPiInventoryList", "pitest-admin", "piInventoryId", inventoryId, "listTypeId", "PI_STANDARD",
                "explicitKeys", "Y")).get("piListId");
        String second = (String) ok(call("createPiInventoryList", "pitest-admin", "piInventoryId", inventoryId, "listTypeId", "PI_STANDARD",
                "explicitKeys", "Y")).get("piListId");
        assertEquals(1, ok(call("addPiCountLinesForKeys", "pitest-admin", "piListId", first, "cycleKey", List.of("PI_TPP_PLAIN|P01")))
                .get("linesCreated"));
        assertEquals("added again: nothing doubled", 0, ok(call("addPiCountLinesForKeys", "pitest-admin", "piListId", first,
                "cycleKey", List.of("PI_TPP_PLAIN|P01"))).get("linesCreated"));
        assertEquals(1L, EntityQuery.use(getDelegator()).from("PiListProgress").where("piListId", first).queryOne().getLong("lineCount").longValue());
        String refusal = error(call("addPiCountLinesForKeys", "pitest-admin", "piListId", second, "cycleKey", List.of("PI_TPP_PLAIN|P01")));
        assertTrue("names the other list: " + refusal, refusal.contains(first));
        refusal = error(call("addPiCountLinesForKeys", "pitest-admin", "piListId", second, "cycleKey", List.of("PI_TPP_FOUND|P02")));
        assertTrue(refusal, refusal.contains("no stock record"));
        refusal = error(call("createPiInventoryList", "pitest-admin", "piInventoryId", inventoryId, "listTypeId", "PI_STANDARD",
                "explicitKeys", "Y", "fromLocationSeqId", "P01"));
        assertTrue(refusal, refusal.contains("no location range"));
        String ranged = (String) ok(call("createPiInventoryList", "pitest-admin", "piInventoryId", inventoryId, "listTypeId", "PI_STANDARD",
                "fromLocationSeqId", "P02", "thruLocationSeqId", "P02")).get("piListId");
        refusal = error(call("addPiCountLinesForKeys", "pitest-admin", "piListId", ranged, "cycleKey", List.of("PI_TPP_LOT|P01")));
        assertTrue(refusal, refusal.contains("location range"));
        assertEquals(0, EntityQuery.use(getDelegator()).from("PiCountLine").where("piListId", second).queryCount());
    }

    public void testTheFreezeOfACycleInventoryCoversOnlyTheLocationsItCounts() throws Exception {
        TestStock stock = new TestStock(getDelegator(), ORG, "P01", "P02");
        stock.parameters("freezeMovements", "Y", "freezeLocationsOnly", "Y");
        String counted = stock.item("PI_TPP_PLAIN", "P01", null, "10", "2", "2026-01-10");
        String free = stock.item("PI_TPP_OWNGL", "P02", null, "10", "2", "2026-01-10");
        String inventoryId = (String) ok(call("createPiCycleInventory", "pitest-admin", "facilityId", stock.facilityId,
                "partyId", List.of("PI_TEST_EMP"), "cycleKey", List.of("PI_TPP_PLAIN|P01"))).get("piInventoryId");
        try {
            stock.move(counted, "-1");
            fail("a movement in a location the cycle inventory counts must be refused");
        } catch (GenericEntityException expected) {
            assertTrue(expected.getMessage(), expected.getMessage().contains(inventoryId));
        }
        stock.move(free, "-1");
        assertNumber("the rest of the warehouse keeps moving", "9", stock.onHand(free));
        assertNumber("10", stock.onHand(counted));
    }

    public void testTheWeeklyJobRecomputesEveryCycleCountedFacility() throws Exception {
        GenericValue job = EntityQuery.use(getDelegator()).from("JobSandbox").where("jobId", "PI_ABC_CLASSES").queryOne();
        assertEquals("computePiAbcClassesForAll", job.getString("serviceName"));
        assertEquals("PI_ABC_WEEKLY", job.getString("tempExprId"));
        TestStock quiet = new TestStock(getDelegator(), ORG, "P01");
        quiet.item("PI_TPP_PLAIN", "P01", null, "10", "2", "2026-01-10");
        ok(call("savePiCycleCountParam", "pitest-admin", "facilityId", quiet.facilityId));
        Map<String, Object> result = ok(call("computePiAbcClassesForAll", "system"));
        assertTrue(((List<?>) result.get("facilitiesComputed")).contains("PI_WH2"));
        assertTrue("a facility without movements is skipped, not failed", ((List<?>) result.get("facilitiesSkipped")).contains(quiet.facilityId));
    }

    // ---

    private void issue(String inventoryItemId, String quantity, Timestamp when) throws GenericEntityException {
        String issuanceId = getDelegator().getNextSeqId("ItemIssuance");
        getDelegator().create("ItemIssuance", UtilMisc.toMap("itemIssuanceId", issuanceId, "inventoryItemId", inventoryItemId,
                "issuedDateTime", when, "quantity", new BigDecimal(quantity)));
        BigDecimal out = new BigDecimal(quantity).negate();
        getDelegator().create("InventoryItemDetail", UtilMisc.toMap("inventoryItemId", inventoryItemId, "inventoryItemDetailSeqId",
                getDelegator().getNextSeqId("InventoryItemDetail"), "effectiveDate", when, "quantityOnHandDiff", out,
                "availableToPromiseDiff", out, "accountingQuantityDiff", out, "itemIssuanceId", issuanceId));
    }

    private void read(String listId, String location, String productId, String lotId, String quantity) throws GenericEntityException {
        Map<String, Object> result = ok(call("recordPiCount", "pitest-counter", "piListId", listId, "scanKey", UUID.randomUUID().toString(),
                "locationSeqId", location, "productId", productId, "lotId", lotId, "quantity", quantity));
        assertEquals("RECORDED", result.get("outcome"));
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> due(String facilityId) throws GenericEntityException {
        return (List<Map<String, Object>>) ok(call("getPiCyclePlan", "pitest-admin", "facilityId", facilityId)).get("dueItems");
    }

    private static List<String> locations(List<Map<String, Object>> due) {
        return due.stream().map(d -> (String) d.get("locationSeqId")).sorted().collect(Collectors.toList());
    }

    private Map<String, String> classes(String facilityId) throws GenericEntityException {
        return EntityQuery.use(getDelegator()).from("PiAbcClass").where("facilityId", facilityId).queryList().stream()
                .collect(Collectors.toMap(c -> c.getString("productId"), c -> c.getString("abcClass")));
    }

    private GenericValue inventory(String inventoryId) throws GenericEntityException {
        return EntityQuery.use(getDelegator()).from("PiInventory").where("piInventoryId", inventoryId).queryOne();
    }

    private static Timestamp daysAgo(int days) {
        return new Timestamp(System.currentTimeMillis() - days * DAY);
    }

    private static void assertNumber(String expected, BigDecimal actual) {
        assertNumber("", expected, actual);
    }

    private static void assertNumber(String message, String expected, BigDecimal actual) {
        assertNotNull(message + ": expected " + expected, actual);
        assertEquals(message + ": expected " + expected + " but was " + actual, 0, new BigDecimal(expected).compareTo(actual));
    }
}
