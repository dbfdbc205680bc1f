package org.physicalinventory.ofbiz.test;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.ofbiz.base.util.UtilMisc;
import org.apache.ofbiz.entity.GenericEntityException;
import org.apache.ofbiz.entity.GenericValue;
import org.apache.ofbiz.entity.util.EntityQuery;

/**
 * Integration tests of the one-step start (startPiInventory): the inventory counting with lists covering its scope
 * without overlap, lines as the book, counters assigned and the stock-before snapshot taken; the splits; the user's own
 * number; the inventory's own freeze; and every refusal, early or half-way, leaving nothing written.
 */
public class StartInventoryTests extends PhysInvTestCase {

    private static final String ORG = "PI_TEST_ORG";
    /** The tables a start writes, counted before and after a refusal. */
    private static final List<String> WRITTEN = List.of("PiInventory", "PiInventoryList", "PiCountLine", "PiListAssignment", "PiListProgress",
            "PiStockSnapshot", "PiStockSnapshotItem");

    public StartInventoryTests(String name) {
        super(name);
    }

    /**
     * Aisles A (A-01..A-03), B (B-01, B-02, empty) and C (C-01); five lines: the plain product in A-01 (two items, one line
     * of 15) and B-01, the lot product in A-02, the pieces product in A-03, the weighed one in C-01.
     */
    private TestStock warehouse() throws GenericEntityException {
        TestStock stock = new TestStock(getDelegator(), ORG, "A-01", "A-02", "A-03", "B-01", "B-02", "C-01");
        stock.item("PI_TP_PLAIN", "A-01", null, "10", "2", "2026-01-10");
        stock.item("PI_TP_PLAIN", "A-01", null, "5", "2", "2026-01-11");
        stock.item("PI_TP_LOT", "A-02", "PI_TLOT1", "7", "3", "2026-01-10");
        stock.item("PI_TP_EACH", "A-03", null, "4", "1", "2026-01-10");
        stock.item("PI_TP_PLAIN", "B-01", null, "3", "2", "2026-01-10");
        stock.item("PI_TP_KG", "C-01", null, "2", "5", "2026-01-10");
        return stock;
    }

    private Map<String, Object> start(TestStock stock, Object... fields) throws GenericEntityException {
        List<Object> all = new ArrayList<>(List.of("facilityId", stock.facilityId));
        all.addAll(Arrays.asList(fields));
        return call("startPiInventory", "pitest-admin", all.toArray());
    }

    public void testAStartMakesTheInventoryCountingWithItsListsLinesCountersAndStockBefore() throws Exception {
        TestStock stock = warehouse();
        Map<String, Object> started = ok(start(stock, "splitMode", "EVERY_N", "locationsPerList", "2", "partyId",
                List.of("PI_TEST_EMP", "PI_TEST_EMP2"), "freezeMovements", "N", "description", "Year-end"));
        String inventoryId = (String) started.get("piInventoryId");
        GenericValue inventory = inventory(inventoryId);
        assertEquals("PI_INV_COUNTING", inventory.getString("statusId"));
        assertEquals("N", inventory.getString("freezeMovements"));
        assertEquals("Year-end", inventory.getString("description"));
        assertTrue(String.valueOf(started.get("successMessage")), String.valueOf(started.get("successMessage")).contains("3 lists, 5 lines"));

        List<GenericValue> lists = lists(inventoryId);
        assertEquals(started.get("piListIds"), lists.stream().map(l -> l.getString("piListId")).toList());
        assertEquals("every 2 locations, the first open at its start and the last at its end",
                List.of(Arrays.asList(null, "A-02"), Arrays.asList("A-03", "B-01"), Arrays.asList("B-02", null)), ranges(lists));
        for (GenericValue list : lists) {
            assertEquals("PI_LIST_COUNTING", list.getString("statusId"));
            assertEquals("PI_STANDARD", list.getString("listTypeId"));
        }
        assertEquals("each line of the book once, with its book quantity", Map.of("PI_TP_PLAIN@A-01", "15", "PI_TP_LOT@A-02", "7",
                "PI_TP_EACH@A-03", "4", "PI_TP_PLAIN@B-01", "3", "PI_TP_KG@C-01", "2"), book(lists));
        assertEquals(5L, started.get("linesCreated"));
        assertEquals(2L, progress(lists.get(0)));

        Set<String> assigned = new HashSet<>();
        for (GenericValue list : lists) {
            List<String> counters = counters(list);
            assertFalse("every list has a counter: " + list.get("piListId"), counters.isEmpty());
            assigned.addAll(counters);
        }
        assertEquals(Set.of("PI_TEST_EMP", "PI_TEST_EMP2"), assigned);

        GenericValue before = EntityQuery.use(getDelegator()).from("PiStockSnapshot").where("piInventoryId", inventoryId, "snapshotType", "BEFORE")
                .queryOne();
        assertNotNull("opening counting took the stock before", before);
        assertEquals(6L, before.getLong("itemCount").longValue());
        assertEquals(6, EntityQuery.use(getDelegator()).from("PiStockSnapshotItem").where("piInventoryId", inventoryId).queryCount());
    }

    public void testOneListOfARangeWithoutCountersIsLeftForPaper() throws Exception {
        TestStock stock = warehouse();
        String inventoryId = (String) ok(start(stock, "fromLocationSeqId", "A-02", "thruLocationSeqId", "B-01")).get("piInventoryId");
        List<GenericValue> lists = lists(inventoryId);
        assertEquals(List.of(Arrays.asList("A-02", "B-01")), ranges(lists));
        assertEquals("Locations A-02 to B-01", lists.get(0).getString("description"));
        assertEquals(Map.of("PI_TP_LOT@A-02", "7", "PI_TP_EACH@A-03", "4", "PI_TP_PLAIN@B-01", "3"), book(lists));
        assertTrue(counters(lists.get(0)).isEmpty());
        assertEquals("PI_INV_COUNTING", inventory(inventoryId).getString("statusId"));
        assertNull("no choice of its own: the parameters decide the freeze", inventory(inventoryId).get("freezeMovements"));
    }

    public void testSplitByAisleTakesOfbizAisleElseWhatTheLocationIdSays() throws Exception {
        TestStock stock = new TestStock(getDelegator(), ORG);
        location(stock, "X-01", "Z1", "01");
        location(stock, "X-02", "Z1", "01");
        location(stock, "X-03", "Z1", "02");
        location(stock, "Y-01", null, null);
        location(stock, "Y-02", null, null);
        stock.item("PI_TP_PLAIN", "X-02", null, "1", "2", "2026-01-10");
        stock.item("PI_TP_PLAIN", "X-03", null, "1", "2", "2026-01-10");
        stock.item("PI_TP_PLAIN", "Y-02", null, "1", "2", "2026-01-10");
        String inventoryId = (String) ok(start(stock, "splitMode", "AISLE", "partyId", "PI_TEST_EMP")).get("piInventoryId");
        List<GenericValue> lists = lists(inventoryId);
        assertEquals(List.of(Arrays.asList(null, "X-02"), Arrays.asList("X-03", "X-03"), Arrays.asList("Y-01", null)), ranges(lists));
        assertEquals(List.of("Aisle Z1-01 (X-01 to X-02)", "Aisle Z1-02 (X-03 to X-03)", "Aisle Y (Y-01 to Y-02)"),
                lists.stream().map(l -> l.getString("description")).toList());
        assertEquals(Map.of("PI_TP_PLAIN@X-02", "1", "PI_TP_PLAIN@X-03", "1", "PI_TP_PLAIN@Y-02", "1"), book(lists));
        for (GenericValue list : lists) {
            assertEquals("one counter counts every list", List.of("PI_TEST_EMP"), counters(list));
        }
    }

    public void testSeveralCategoriesMakeAListPerCategoryInEachPart() throws Exception {
        TestStock stock = warehouse();
        String toys = category(stock, "A", "PI_TP_PLAIN", "PI_TP_EACH");
        String food = category(stock, "B", "PI_TP_LOT");
        String inventoryId = (String) ok(start(stock, "splitMode", "AISLE", "productCategoryId", List.of(toys, food))).get("piInventoryId");
        List<GenericValue> lists = lists(inventoryId);
        assertEquals("aisle A in both categories, aisle B in the first; aisle C has neither", List.of(toys, food, toys),
                lists.stream().map(l -> l.getString("productCategoryId")).toList());
        assertEquals(Map.of("PI_TP_PLAIN@A-01", "15", "PI_TP_LOT@A-02", "7", "PI_TP_EACH@A-03", "4", "PI_TP_PLAIN@B-01", "3"), book(lists));
        assertTrue(lists.get(1).getString("description"), lists.get(1).getString("description").endsWith(", category Test category B"));
    }

    public void testAProductInTwoOfTheCategoriesIsRefusedAndNothingIsWritten() throws Exception {
        TestStock stock = warehouse();
        String toys = category(stock, "A", "PI_TP_PLAIN");
        String both = category(stock, "B", "PI_TP_PLAIN", "PI_TP_LOT");
        Map<String, Long> before = written();
        String refusal = error(start(stock, "productCategoryId", List.of(toys, both)));
        assertTrue(refusal, refusal.contains("Product PI_TP_PLAIN is in both categories"));
        assertEquals("the inventory written before the refusal is gone", before, written());
    }

    public void testTheLastCounterNotAnEmployeeIsRefusedAndNothingIsWritten() throws Exception {
        TestStock stock = warehouse();
        Map<String, Long> before = written();
        String refusal = error(start(stock, "splitMode", "EVERY_N", "locationsPerList", "2", "partyId",
                List.of("PI_TEST_EMP", "PI_TEST_EMP2", "PI_TEST_CUSTOMER")));
        assertTrue(refusal, refusal.contains("PI_TEST_CUSTOMER is not an employee"));
        refusal = error(start(stock, "partyId", List.of("PI_TEST_EMP", "PI_NO_SUCH_PARTY")));
        assertTrue(refusal, refusal.contains("There is no party PI_NO_SUCH_PARTY"));
        assertEquals(before, written());
    }

    /** An item in a location the facility does not list cuts the lists there: the list service refuses after lists and lines were written. */
    public void testARefusalAfterListsAndLinesWereWrittenLeavesNothing() throws Exception {
        TestStock stock = warehouse();
        stock.item("PI_TP_PLAIN", "B-01X", null, "1", "2", "2026-01-10");
        Map<String, Long> before = written();
        String refusal = error(start(stock, "splitMode", "EVERY_N", "locationsPerList", "1", "partyId", "PI_TEST_EMP"));
        assertTrue(refusal, refusal.contains("B-01X"));
        assertEquals("no inventory, list, line, assignment or snapshot", before, written());
        assertEquals(0, EntityQuery.use(getDelegator()).from("PiInventory").where("facilityId", stock.facilityId).queryCount());
    }

    public void testBadRequestsAreRefusedWithTheirReasonAndNothingIsWritten() throws Exception {
        TestStock stock = warehouse();
        Map<String, Long> before = written();
        assertTrue(error(start(stock, "splitMode", "EVERY_N", "locationsPerList", "0")).contains("not a whole number of at least 1"));
        assertTrue(error(start(stock, "fromLocationSeqId", "B-01", "thruLocationSeqId", "A-01")).contains("A-01"));
        assertTrue(error(start(stock, "fromLocationSeqId", "Q-99")).contains("Q-99"));
        assertTrue(error(start(stock, "listTypeId", "PI_NO_SUCH_TYPE")).contains("PI_NO_SUCH_TYPE"));
        assertTrue(error(start(stock, "piInventoryId", "MY INV")).contains("MY INV"));
        String refusal = error(call("startPiInventory", "pitest-viewer", "facilityId", stock.facilityId));
        assertTrue(refusal, refusal.contains("PHYSINV_CREATE"));
        assertEquals(before, written());
    }

    public void testAnOwnInventoryNumberIsUsedAndRefusedWhenTaken() throws Exception {
        TestStock stock = warehouse();
        String number = "INV-" + stock.facilityId;
        assertEquals(number, ok(start(stock, "piInventoryId", number)).get("piInventoryId"));
        assertEquals("PI_INV_COUNTING", inventory(number).getString("statusId"));
        TestStock other = warehouse();
        Map<String, Long> before = written();
        String refusal = error(start(other, "piInventoryId", number));
        assertTrue(refusal, refusal.contains("inventory number " + number + " is already taken"));
        refusal = error(callIn(Locale.ITALIAN, "startPiInventory", "pitest-admin", "facilityId", other.facilityId, "piInventoryId", number));
        assertTrue("translated: " + refusal, refusal.contains("è già usato da un altro inventario"));
        assertEquals(before, written());
    }

    public void testAnotherOpenInventoryOfTheFacilityRefusesTheStart() throws Exception {
        TestStock stock = warehouse();
        ok(start(stock));
        Map<String, Long> before = written();
        String refusal = error(start(stock, "splitMode", "AISLE"));
        assertTrue(refusal, refusal.contains("already has an open physical inventory"));
        assertEquals(before, written());
    }

    public void testTheInventoryOwnFreezeGoesBeforeTheParameters() throws Exception {
        TestStock frozen = warehouse();
        String item = frozen.item("PI_TP_PLAIN", "B-02", null, "10", "2", "2026-01-10");
        String inventoryId = (String) ok(start(frozen, "freezeMovements", "Y")).get("piInventoryId");
        try {
            frozen.move(item, "-1");
            fail("the inventory freezes movements though its facility has no parameters");
        } catch (GenericEntityException expected) {
            assertTrue(expected.getMessage(), expected.getMessage().contains(inventoryId));
        }
        ok(call("cancelPiInventory", "pitest-admin", "piInventoryId", inventoryId));
        frozen.move(item, "-1");

        TestStock free = warehouse();
        free.parameters("freezeMovements", "Y");
        String moving = free.item("PI_TP_PLAIN", "B-02", null, "10", "2", "2026-01-10");
        ok(start(free, "freezeMovements", "N"));
        free.move(moving, "-1");
        assertEquals(0, new BigDecimal("9").compareTo(free.onHand(moving)));
    }

    // --- reading what a start wrote ---

    private GenericValue inventory(String inventoryId) throws GenericEntityException {
        return EntityQuery.use(getDelegator()).from("PiInventory").where("piInventoryId", inventoryId).queryOne();
    }

    private List<GenericValue> lists(String inventoryId) throws GenericEntityException {
        return EntityQuery.use(getDelegator()).from("PiInventoryList").where("piInventoryId", inventoryId).orderBy("piListId").queryList();
    }

    private static List<List<String>> ranges(List<GenericValue> lists) {
        return lists.stream().map(l -> Arrays.asList(l.getString("fromLocationSeqId"), l.getString("thruLocationSeqId"))).toList();
    }

    /** The lines of the lists, product@location to book quantity; fails on a key on two lists. */
    private Map<String, String> book(List<GenericValue> lists) throws GenericEntityException {
        Map<String, String> book = new HashMap<>();
        for (GenericValue list : lists) {
            for (GenericValue line : EntityQuery.use(getDelegator()).from("PiCountLine").where("piListId", list.get("piListId")).queryList()) {
                String key = line.getString("productId") + "@" + line.getString("locationSeqId");
                assertNull("on two lists: " + key, book.put(key, line.getBigDecimal("bookQuantity").stripTrailingZeros().toPlainString()));
            }
        }
        return book;
    }

    private long progress(GenericValue list) throws GenericEntityException {
        return EntityQuery.use(getDelegator()).from("PiListProgress").where("piListId", list.get("piListId")).queryOne().getLong("lineCount");
    }

    private List<String> counters(GenericValue list) throws GenericEntityException {
        return EntityQuery.use(getDelegator()).from("PiListAssignment").where("piListId", list.get("piListId")).filterByDate().queryList()
                .stream().map(a -> a.getString("partyId")).sorted().toList();
    }

    /** How many rows each table a start writes holds. */
    private Map<String, Long> written() throws GenericEntityException {
        Map<String, Long> counts = new HashMap<>();
        for (String entity : WRITTEN) {
            counts.put(entity, EntityQuery.use(getDelegator()).from(entity).queryCount());
        }
        return counts;
    }

    private void location(TestStock stock, String locationSeqId, String areaId, String aisleId) throws GenericEntityException {
        getDelegator().create("FacilityLocation", UtilMisc.toMap("facilityId", stock.facilityId, "locationSeqId", locationSeqId,
                "areaId", areaId, "aisleId", aisleId));
    }

    /** A category of its own for the test, named "Test category {name}", with these products. */
    private String category(TestStock stock, String name, String... productIds) throws GenericEntityException {
        String categoryId = "PI_TC_" + name + stock.facilityId;
        getDelegator().create("ProductCategory", UtilMisc.toMap("productCategoryId", categoryId, "productCategoryTypeId", "CATALOG_CATEGORY",
                "categoryName", "Test category " + name));
        for (String productId : productIds) {
            getDelegator().create("ProductCategoryMember", UtilMisc.toMap("productCategoryId", categoryId, "productId", productId,
                    "fromDate", Timestamp.valueOf("2024-01-01 00:00:00")));
        }
        return categoryId;
    }
}
