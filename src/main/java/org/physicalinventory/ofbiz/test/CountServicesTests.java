package org.physicalinventory.ofbiz.test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.apache.ofbiz.base.util.UtilDateTime;
import org.apache.ofbiz.base.util.UtilMisc;
import org.apache.ofbiz.entity.GenericEntityException;
import org.apache.ofbiz.entity.GenericValue;
import org.apache.ofbiz.entity.condition.EntityCondition;
import org.apache.ofbiz.entity.util.EntityQuery;

/** Integration tests of line generation and counting, inside OFBiz (testdef/PhysInvTests.xml). */
public class CountServicesTests extends PhysInvTestCase {

    private static final String EAN = "4006381333931";

    public CountServicesTests(String name) {
        super(name);
    }

    public void testLinesAreMadeFromBookStockAndRegeneratingKeepsCounts() throws Exception {
        String listId = openList("C01", "C02");
        Map<String, Object> first = ok(call("generatePiCountLines", "pitest-admin", "piListId", listId));
        assertEquals("two items of one product in C01 make one line; the lot product in C02 another", 2, first.get("linesCreated"));
        GenericValue plain = line(listId, "PI_TP_PLAIN", "C01");
        assertEquals(0, new BigDecimal("15").compareTo(plain.getBigDecimal("bookQuantity")));
        assertNull("a line of two items names none", plain.get("inventoryItemId"));
        assertEquals("PI_TLOT1", line(listId, "PI_TP_LOT", "C02").getString("lotId"));

        ok(call("recordPiCount", "pitest-counter", "piListId", listId, "scanKey", key(), "locationSeqId", "C01", "code", EAN,
                "quantity", new BigDecimal("14")));
        Map<String, Object> again = ok(call("generatePiCountLines", "pitest-admin", "piListId", listId));
        assertEquals(0, again.get("linesCreated"));
        assertEquals("only the uncounted line is refreshed", 1, again.get("linesRefreshed"));
        assertEquals(2, lines(listId).size());
        assertEquals(0, new BigDecimal("14").compareTo(line(listId, "PI_TP_PLAIN", "C01").getBigDecimal("countedQuantity")));

        // the lot product's stock leaves C02 (issued): its uncounted line goes on the next run, then comes back with the stock
        getDelegator().create("InventoryItemDetail", UtilMisc.toMap("inventoryItemId", "PI_TII_3", "inventoryItemDetailSeqId",
                getDelegator().getNextSeqId("InventoryItemDetail"), "effectiveDate", UtilDateTime.nowTimestamp(),
                "quantityOnHandDiff", new BigDecimal("-7"), "availableToPromiseDiff", new BigDecimal("-7")));
        try {
            Map<String, Object> third = ok(call("generatePiCountLines", "pitest-admin", "piListId", listId));
            assertEquals(1, third.get("linesRemoved"));
            assertNull(line(listId, "PI_TP_LOT", "C02"));
            assertNotNull("the counted line stays", line(listId, "PI_TP_PLAIN", "C01"));
        } finally {
            getDelegator().create("InventoryItemDetail", UtilMisc.toMap("inventoryItemId", "PI_TII_3", "inventoryItemDetailSeqId",
                    getDelegator().getNextSeqId("InventoryItemDetail"), "effectiveDate", UtilDateTime.nowTimestamp(),
                    "quantityOnHandDiff", new BigDecimal("7"), "availableToPromiseDiff", new BigDecimal("7")));
        }
    }

    public void testEachReadTellsTheListsProgressAfterIt() throws Exception {
        String listId = openList("C01", "C02");
        ok(call("generatePiCountLines", "pitest-admin", "piListId", listId));
        String scanKey = key();
        Map<String, Object> first = ok(call("recordPiCount", "pitest-counter", "piListId", listId, "scanKey", scanKey,
                "locationSeqId", "C01", "code", EAN, "quantity", new BigDecimal("3")));
        assertEquals("the first count of a line counts it", List.of(2L, 1L), List.of(first.get("lines"), first.get("countedLines")));
        Map<String, Object> added = ok(call("recordPiCount", "pitest-counter", "piListId", listId, "scanKey", key(),
                "locationSeqId", "C01", "code", EAN, "quantity", new BigDecimal("2"), "scanAction", "ADD"));
        assertEquals(0, new BigDecimal("5").compareTo((BigDecimal) added.get("countedQuantity")));
        assertEquals("a line counted again is not counted twice", List.of(2L, 1L), List.of(added.get("lines"), added.get("countedLines")));
        Map<String, Object> retried = ok(call("recordPiCount", "pitest-counter", "piListId", listId, "scanKey", scanKey,
                "locationSeqId", "C01", "code", EAN, "quantity", new BigDecimal("3")));
        assertEquals(Boolean.TRUE, retried.get("replayed"));
        assertEquals(List.of(2L, 1L), List.of(retried.get("lines"), retried.get("countedLines")));
        assertEquals(0, new BigDecimal("5").compareTo(line(listId, "PI_TP_PLAIN", "C01").getBigDecimal("countedQuantity")));
    }

    public void testAReadRetriedWithTheSameKeyCountsOnce() throws Exception {
        String listId = openList("C01", "C02");
        ok(call("generatePiCountLines", "pitest-admin", "piListId", listId));
        String scanKey = key();
        Map<String, Object> first = ok(call("recordPiCount", "pitest-counter", "piListId", listId, "scanKey", scanKey,
                "locationSeqId", "C01", "code", EAN, "quantity", new BigDecimal("3"), "deviceId", "test-device"));
        assertEquals("RECORDED", first.get("outcome"));
        Map<String, Object> retried = ok(call("recordPiCount", "pitest-counter", "piListId", listId, "scanKey", scanKey,
                "locationSeqId", "C01", "code", EAN, "quantity", new BigDecimal("3"), "deviceId", "test-device"));
        assertEquals(Boolean.TRUE, retried.get("replayed"));
        assertEquals(0, new BigDecimal("3").compareTo(line(listId, "PI_TP_PLAIN", "C01").getBigDecimal("countedQuantity")));
        GenericValue scan = EntityQuery.use(getDelegator()).from("PiScanLog").where("scanKey", scanKey).queryOne();
        assertEquals("pitest-counter", scan.getString("userLoginId"));
        assertEquals("test-device", scan.getString("deviceId"));
        assertEquals(EAN, scan.getString("rawCode"));
        assertEquals(1, EntityQuery.use(getDelegator()).from("PiScanLog").where("piListId", listId).queryCount());
    }

    public void testASecondReadAsksAddOrReplace() throws Exception {
        String listId = openList("C01", "C02");
        ok(call("generatePiCountLines", "pitest-admin", "piListId", listId));
        ok(call("recordPiCount", "pitest-counter", "piListId", listId, "scanKey", key(), "locationSeqId", "C01", "code", EAN,
                "quantity", new BigDecimal("3")));
        String scanKey = key();
        Map<String, Object> ask = ok(call("recordPiCount", "pitest-counter", "piListId", listId, "scanKey", scanKey,
                "locationSeqId", "C01", "code", EAN, "quantity", new BigDecimal("2")));
        assertEquals("ASK", ask.get("outcome"));
        assertEquals(0, new BigDecimal("3").compareTo(line(listId, "PI_TP_PLAIN", "C01").getBigDecimal("countedQuantity")));
        ok(call("recordPiCount", "pitest-counter", "piListId", listId, "scanKey", scanKey, "locationSeqId", "C01", "code", EAN,
                "quantity", new BigDecimal("2"), "scanAction", "ADD"));
        assertEquals(0, new BigDecimal("5").compareTo(line(listId, "PI_TP_PLAIN", "C01").getBigDecimal("countedQuantity")));
        ok(call("recordPiCount", "pitest-counter", "piListId", listId, "scanKey", key(), "locationSeqId", "C01", "code", "0" + EAN,
                "quantity", new BigDecimal("4"), "scanAction", "REPLACE"));
        assertEquals("a GTIN-14 finds the product of its EAN-13", 0,
                new BigDecimal("4").compareTo(line(listId, "PI_TP_PLAIN", "C01").getBigDecimal("countedQuantity")));
    }

    public void testAGs1CodeCarriesTheLotOfALotManagedProduct() throws Exception {
        String listId = openList("C01", "C02");
        ok(call("generatePiCountLines", "pitest-admin", "piListId", listId));
        String refusal = error(call("recordPiCount", "pitest-counter", "piListId", listId, "scanKey", key(), "locationSeqId", "C02",
                "code", "9506000134352", "quantity", BigDecimal.ONE));
        assertTrue(refusal, refusal.contains("managed by lot"));
        ok(call("recordPiCount", "pitest-counter", "piListId", listId, "scanKey", key(), "locationSeqId", "C02",
                "code", "]C10109506000134352" + "10PI_TLOT1", "quantity", new BigDecimal("6")));
        GenericValue line = line(listId, "PI_TP_LOT", "C02");
        assertEquals("PI_TLOT1", line.getString("lotId"));
        assertEquals(0, new BigDecimal("6").compareTo(line.getBigDecimal("countedQuantity")));
    }

    public void testCountersReachOnlyTheirOpenListsAndBadCodesChangeNothing() throws Exception {
        String listId = openList("C01", "C02");
        String refusal = error(call("recordPiCount", "pitest-counter2", "piListId", listId, "scanKey", key(), "locationSeqId", "C01",
                "code", EAN, "quantity", BigDecimal.ONE));
        assertTrue(refusal, refusal.contains("not assigned to you"));
        refusal = error(call("recordPiCount", "pitest-viewer", "piListId", listId, "scanKey", key(), "locationSeqId", "C01",
                "code", EAN, "quantity", BigDecimal.ONE));
        assertTrue(refusal, refusal.contains("PHYSINV_COUNT"));
        refusal = error(call("recordPiCount", "pitest-counter", "piListId", listId, "scanKey", key(), "locationSeqId", "D01",
                "code", EAN, "quantity", BigDecimal.ONE));
        assertTrue("D01 is outside the list's scope: " + refusal, refusal.contains("is not part of inventory list"));
        refusal = error(call("recordPiCount", "pitest-counter", "piListId", listId, "scanKey", key(), "locationSeqId", "C01",
                "code", "NO-SUCH-CODE", "quantity", BigDecimal.ONE));
        assertTrue(refusal, refusal.contains("Unknown code"));
        refusal = error(call("recordPiCount", "pitest-counter", "piListId", listId, "scanKey", key(), "locationSeqId", "C01",
                "code", "]C10109506000134353", "quantity", BigDecimal.ONE));
        assertTrue(refusal, refusal.contains("check digit"));
        refusal = error(call("recordPiCount", "pitest-counter", "piListId", listId, "scanKey", key(), "locationSeqId", "C01",
                "code", EAN, "quantity", new BigDecimal("-2")));
        assertTrue(refusal, refusal.contains("negative"));
        assertEquals("nothing was logged", 0, EntityQuery.use(getDelegator()).from("PiScanLog").where("piListId", listId).queryCount());

        ok(call("changePiInventoryListStatus", "pitest-admin", "piListId", listId, "statusId", "PI_LIST_COUNTED"));
        refusal = error(call("recordPiCount", "pitest-counter", "piListId", listId, "scanKey", key(), "locationSeqId", "C01",
                "code", EAN, "quantity", BigDecimal.ONE));
        assertTrue(refusal, refusal.contains("not open for counting"));
    }

    public void testTheBackOfficeCorrectsACountAndAddsALine() throws Exception {
        String listId = openList("C01", "C02");
        ok(call("generatePiCountLines", "pitest-admin", "piListId", listId));
        String lineSeqId = line(listId, "PI_TP_PLAIN", "C01").getString("lineSeqId");
        ok(call("setPiCountedQuantity", "pitest-admin", "piListId", listId, "lineSeqId", lineSeqId, "countedQuantity", new BigDecimal("9")));
        assertEquals(0, new BigDecimal("9").compareTo(line(listId, "PI_TP_PLAIN", "C01").getBigDecimal("countedQuantity")));
        GenericValue logged = EntityQuery.use(getDelegator()).from("PiScanLog").where("piListId", listId, "lineSeqId", lineSeqId).queryFirst();
        assertEquals("back-office", logged.getString("deviceId"));
        assertEquals("REPLACE", logged.getString("scanAction"));

        ok(call("setPiCountedQuantity", "pitest-admin", "piListId", listId, "locationSeqId", "C02", "productId", "PI_TP_PLAIN",
                "countedQuantity", new BigDecimal("2")));
        GenericValue added = line(listId, "PI_TP_PLAIN", "C02");
        assertEquals("Y", added.getString("unlisted"));
        assertEquals(0, new BigDecimal("2").compareTo(added.getBigDecimal("countedQuantity")));

        String refusal = error(call("setPiCountedQuantity", "pitest-admin", "piListId", listId, "lineSeqId", lineSeqId,
                "countedQuantity", new BigDecimal("-1")));
        assertTrue(refusal, refusal.contains("negative"));
        refusal = error(call("setPiCountedQuantity", "pitest-viewer", "piListId", listId, "lineSeqId", lineSeqId,
                "countedQuantity", BigDecimal.ONE));
        assertTrue(refusal, refusal.contains("PHYSINV_UPDATE"));
        assertEquals(0, new BigDecimal("9").compareTo(line(listId, "PI_TP_PLAIN", "C01").getBigDecimal("countedQuantity")));
    }

    public void testABarcodeRuleReadsAnInHouseLabel() throws Exception {
        String refusal = error(call("createPiBarcodeRule", "pitest-admin", "barcodeRuleId", "PI_TEST_BAD", "pattern", "P(?<lot>\\w+)"));
        assertTrue(refusal, refusal.contains("(?<product>...)"));
        assertNull(EntityQuery.use(getDelegator()).from("PiBarcodeRule").where("barcodeRuleId", "PI_TEST_BAD").queryOne());
        ok(call("createPiBarcodeRule", "pitest-admin", "barcodeRuleId", "PI_TEST_RULE", "sequenceNum", 1L,
                "pattern", "TST(?<product>PI_TP_\\w+?)-L(?<lot>\\w+)"));
        try {
            String listId = openList("C01", "C02");
            Map<String, Object> read = ok(call("resolvePiScan", "pitest-counter", "piListId", listId, "code", "TSTPI_TP_LOT-LPI_TLOT1"));
            assertEquals("PI_TP_LOT", read.get("productId"));
            assertEquals("PI_TLOT1", read.get("lotId"));
        } finally {
            ok(call("deletePiBarcodeRule", "pitest-admin", "barcodeRuleId", "PI_TEST_RULE"));
        }
    }

    public void testMyListsAndWhatACodeIs() throws Exception {
        String listId = openList("C01", "C02");
        Map<String, Object> mine = ok(call("getMyPiCountLists", "pitest-counter"));
        assertTrue(((List<?>) mine.get("countLists")).stream().anyMatch(l -> listId.equals(((Map<?, ?>) l).get("piListId"))));
        Map<String, Object> others = ok(call("getMyPiCountLists", "pitest-counter2"));
        assertTrue(((List<?>) others.get("countLists")).stream().noneMatch(l -> listId.equals(((Map<?, ?>) l).get("piListId"))));

        assertEquals("LOCATION", ok(call("resolvePiScan", "pitest-counter", "piListId", listId, "code", "C02")).get("kind"));
        Map<String, Object> product = ok(call("resolvePiScan", "pitest-counter", "piListId", listId, "code", "]C1010950600013435210PI_TLOT1"));
        assertEquals("PI_TP_LOT", product.get("productId"));
        assertEquals("PI_TLOT1", product.get("lotId"));
        assertEquals(Boolean.TRUE, product.get("lotManaged"));
    }

    public void testTheProgressOfAListThatDoesNotExistIsRefusedNamingIt() throws Exception {
        String refusal = error(call("getPiListProgress", "pitest-admin", "piListId", "NO_SUCH_LIST"));
        assertTrue(refusal, refusal.contains("NO_SUCH_LIST"));
        assertEquals("a refusal writes no progress row", 0,
                getDelegator().findCountByCondition("PiListProgress", EntityCondition.makeCondition("piListId", "NO_SUCH_LIST"), null, null));
    }

    /** A new inventory in PI_TF_COUNT (its parameters allow several) with one list, assigned to pitest-counter, open for counting. */
    private String openList(String from, String thru) throws Exception {
        String inventoryId = (String) ok(call("createPiInventory", "pitest-admin", "facilityId", "PI_TF_COUNT")).get("piInventoryId");
        String listId = (String) ok(call("createPiInventoryList", "pitest-admin", "piInventoryId", inventoryId, "listTypeId", "PI_STANDARD",
                "fromLocationSeqId", from, "thruLocationSeqId", thru)).get("piListId");
        ok(call("assignPiInventoryList", "pitest-admin", "piListId", listId, "partyId", "PI_TEST_EMP"));
        ok(call("changePiInventoryListStatus", "pitest-admin", "piListId", listId, "statusId", "PI_LIST_COUNTING"));
        return listId;
    }

    private static String key() {
        return java.util.UUID.randomUUID().toString();
    }

    private GenericValue line(String listId, String productId, String locationSeqId) throws GenericEntityException {
        return EntityQuery.use(getDelegator()).from("PiCountLine").where("piListId", listId, "productId", productId,
                "locationSeqId", locationSeqId).queryFirst();
    }

    private List<GenericValue> lines(String listId) throws GenericEntityException {
        return EntityQuery.use(getDelegator()).from("PiCountLine").where("piListId", listId).queryList();
    }
}
