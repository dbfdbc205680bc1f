package org.physicalinventory.ofbiz.test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Live supervision on the facility of PhysInvSupervisionTestData.xml, with figures counted by hand: a standard
 * list on aisle 1 (S01-S02) and a blind list on aisles 2, 10 and 11 (S03-S05), read by two counters.
 *
 * <pre>
 * line                    book  counted  by         beyond tolerance (2 units, 10 %, 50 of value)
 * A  S01 PI_TP_PLAIN        10       10  counter    no (no difference)
 * A  S02 PI_TP_EACH         20       40  counter    yes: 20 units
 * A  S01 PI_TP_EACH (new)    0        3  counter    yes: 3 units, and on an empty book
 * B  S03 PI_TP_PLAIN         5        -             not counted
 * B  S03 PLAIN SN-SUP-1 (new) 0       1  counter2   yes: on an empty book (read twice: 1, then Replace 1)
 * B  S04 PI_TP_EACH        100       99  counter2   yes: 1 unit (1 %) but worth 80 at 80 each
 * B  S05 PI_TP_PLAIN         1        -             not counted
 * </pre>
 * Aisle 1: 3 of 3 (counted); aisle 2: 1 of 2 (partly); aisle 10: 1 of 1 (counted); aisle 11: 0 of 1 (not started).
 */
public class SupervisionTests extends PhysInvTestCase {

    private static final String PLAIN_EAN = "4006381333931";

    public SupervisionTests(String name) {
        super(name);
    }

    @SuppressWarnings("unchecked")
    public void testTheFiguresOfAnInventoryBeingCountedAreTheHandCountedOnes() throws Exception {
        String inventoryId = (String) ok(call("createPiInventory", "pitest-admin", "facilityId", "PI_TF_SUPER")).get("piInventoryId");
        String standard = openList(inventoryId, "PI_STANDARD", "S01", "S02");
        String blind = openList(inventoryId, "PI_BLIND", "S03", "S05");
        read(standard, "pitest-counter", "S01", PLAIN_EAN, null, "10", null);
        read(standard, "pitest-counter", "S02", "PI_TP_EACH", null, "40", null);
        read(standard, "pitest-counter", "S01", "PI_TP_EACH", null, "3", null);
        read(blind, "pitest-counter2", "S04", "PI_TP_EACH", null, "99", null);
        read(blind, "pitest-counter2", "S03", null, "SN-SUP-1", "1", null);
        read(blind, "pitest-counter2", "S03", null, "SN-SUP-1", "1", "REPLACE");

        Map<String, Object> seen = ok(call("getPiSupervision", "pitest-viewer", "piInventoryId", inventoryId));
        assertEquals(Map.of("lines", 7L, "countedLines", 5L, "percent", 71, "status", "PARTLY"), seen.get("progress"));

        Map<String, String> lists = ((List<Map<String, Object>>) seen.get("lists")).stream().collect(Collectors.toMap(
                list -> (String) list.get("piListId"), list -> list.get("countedLines") + "/" + list.get("lines") + " " + list.get("status") + " blind " + list.get("blind")));
        assertEquals(Map.of(standard, "3/3 COUNTED blind false", blind, "2/4 PARTLY blind true"), lists);

        List<String> tiles = ((List<Map<String, Object>>) seen.get("tiles")).stream().map(tile -> tile.get("areaId") + " " + tile.get("aisleId") + ": "
                + tile.get("countedLines") + "/" + tile.get("lines") + " " + tile.get("status")).toList();
        assertEquals("aisles in the warehouse's order, 10 after 2", List.of("MAIN 1: 3/3 COUNTED", "MAIN 2: 1/2 PARTLY", "MAIN 10: 1/1 COUNTED",
                "MAIN 11: 0/1 NOT_STARTED"), tiles);

        List<Map<String, Object>> counters = (List<Map<String, Object>>) seen.get("counters");
        assertEquals(2, counters.size());
        for (Map<String, Object> counter : counters) {
            assertEquals(counter.get("userLoginId") + " read three times", 3L, counter.get("reads"));
            assertEquals("three reads in their first minute: 3 a minute", 0, new BigDecimal("3").compareTo((BigDecimal) counter.get("readsPerMinute")));
            assertEquals(false, counter.get("idle"));
            assertEquals(false, counter.get("unusualRate"));
            assertNotNull(counter.get("lastRead"));
        }
        assertEquals(Map.of("pitest-counter", "Test Counter", "pitest-counter2", "Other Counter"), counters.stream()
                .collect(Collectors.toMap(counter -> (String) counter.get("userLoginId"), counter -> (String) counter.get("name"))));

        Map<String, Map<String, Object>> beyond = ((List<Map<String, Object>>) seen.get("beyondTolerance")).stream().collect(Collectors.toMap(
                line -> line.get("locationSeqId") + " " + line.get("productId") + (line.get("serialNumber") == null ? "" : " " + line.get("serialNumber")),
                line -> line));
        assertEquals(List.of("S01 PI_TP_EACH", "S02 PI_TP_EACH", "S03 PI_TP_PLAIN SN-SUP-1", "S04 PI_TP_EACH"), beyond.keySet().stream().sorted().toList());
        assertEquals(0, new BigDecimal("20").compareTo((BigDecimal) beyond.get("S02 PI_TP_EACH").get("book")));
        assertEquals(0, new BigDecimal("20").compareTo((BigDecimal) beyond.get("S02 PI_TP_EACH").get("difference")));
        for (String blindLine : List.of("S04 PI_TP_EACH", "S03 PI_TP_PLAIN SN-SUP-1")) {
            assertNull("a blind list's book is never shown: " + blindLine, beyond.get(blindLine).get("book"));
            assertNull(beyond.get(blindLine).get("difference"));
            assertEquals(true, beyond.get(blindLine).get("blind"));
        }
        assertEquals(0, new BigDecimal("99").compareTo((BigDecimal) beyond.get("S04 PI_TP_EACH").get("counted")));

        assertEquals(2L, seen.get("unlistedCount"));
        assertEquals(List.of("S01 PI_TP_EACH", "S03 PI_TP_PLAIN"), ((List<Map<String, Object>>) seen.get("unlisted")).stream()
                .map(line -> line.get("locationSeqId") + " " + line.get("productId")).sorted().toList());

        List<Map<String, Object>> serials = (List<Map<String, Object>>) seen.get("serialsReadAgain");
        assertEquals(1, serials.size());
        assertEquals(List.of("PI_TP_PLAIN", "SN-SUP-1", 2L, 1L, 1L), List.of(serials.get(0).get("productId"), serials.get(0).get("serialNumber"),
                serials.get(0).get("reads"), serials.get(0).get("lines"), serials.get(0).get("locations")));
    }

    @SuppressWarnings("unchecked")
    public void testTheLinesBeyondToleranceComeLatestCountedFirstEachValuedAtItsItemsCost() throws Exception {
        String inventoryId = (String) ok(call("createPiInventory", "pitest-admin", "facilityId", "PI_TF_SUPER")).get("piInventoryId");
        String standard = openList(inventoryId, "PI_STANDARD", "S01", "S02");
        String blind = openList(inventoryId, "PI_BLIND", "S03", "S05");
        read(blind, "pitest-counter2", "S04", "PI_TP_EACH", null, "99", null);
        Thread.sleep(20);
        read(standard, "pitest-counter", "S02", "PI_TP_EACH", null, "40", null);
        Thread.sleep(20);
        read(standard, "pitest-counter", "S01", PLAIN_EAN, null, "10", null);
        List<String> beyond = ((List<Map<String, Object>>) ok(call("getPiSupervision", "pitest-viewer", "piInventoryId", inventoryId))
                .get("beyondTolerance")).stream().map(line -> line.get("locationSeqId") + " " + line.get("productId")).toList();
        assertEquals("S01 counted last has no difference; S04's one unit is beyond only by its value, 80 at its item's cost",
                List.of("S02 PI_TP_EACH", "S04 PI_TP_EACH"), beyond);
    }

    public void testAnUndoneReadIsNotACountersReadNorASerialReadAgain() throws Exception {
        String inventoryId = (String) ok(call("createPiInventory", "pitest-admin", "facilityId", "PI_TF_SUPER")).get("piInventoryId");
        String blind = openList(inventoryId, "PI_BLIND", "S03", "S05");
        String first = read(blind, "pitest-counter", "S03", null, "SN-SUP-2", "1", null);
        ok(call("undoPiRead", "pitest-counter", "piListId", blind, "scanKey", first, "undoKey", UUID.randomUUID().toString()));
        read(blind, "pitest-counter", "S03", null, "SN-SUP-2", "1", null);
        Map<String, Object> seen = ok(call("getPiSupervision", "pitest-viewer", "piInventoryId", inventoryId));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> counters = (List<Map<String, Object>>) seen.get("counters");
        assertEquals("two reads; the undo is not one", 2L, counters.get(0).get("reads"));
        assertEquals("the serial's first read was undone", List.of(), seen.get("serialsReadAgain"));
    }

    @SuppressWarnings("unchecked")
    public void testAReadRefusedBecauseItsSerialIsCountedIsShownOnceHoweverOftenItIsSent() throws Exception {
        String inventoryId = (String) ok(call("createPiInventory", "pitest-admin", "facilityId", "PI_TF_SUPER")).get("piInventoryId");
        String blind = openList(inventoryId, "PI_BLIND", "S03", "S05");
        read(blind, "pitest-counter", "S03", null, "SN-SUP-3", "1", null);
        String refusedKey = UUID.randomUUID().toString();
        for (int sent = 0; sent < 2; sent++) {
            String refusal = error(call("recordPiCount", "pitest-counter2", "piListId", blind, "scanKey", refusedKey, "locationSeqId", "S04",
                    "productId", "PI_TP_PLAIN", "serialNumber", "SN-SUP-3", "quantity", "1", "deviceId", "test-counter2"));
            assertTrue(refusal, refusal.contains("already counted"));
        }
        Map<String, Object> seen = ok(call("getPiSupervision", "pitest-viewer", "piInventoryId", inventoryId));
        assertEquals(1L, seen.get("refusedCount"));
        Map<String, Object> refused = ((List<Map<String, Object>>) seen.get("refused")).get(0);
        assertEquals(List.of(blind, "pitest-counter2", "Other Counter", "S04", "PI_TP_PLAIN", "SN-SUP-3", "PhysInvErrorSerialCounted"),
                List.of(refused.get("piListId"), refused.get("userLoginId"), refused.get("name"), refused.get("locationSeqId"), refused.get("productId"),
                        refused.get("serialNumber"), refused.get("refusal")));
        assertTrue((String) refused.get("reason"), ((String) refused.get("reason")).contains("already counted"));
        assertEquals("the refused read counted nothing", List.of(), seen.get("serialsReadAgain"));
    }

    public void testSupervisionNeedsTheViewPermission() throws Exception {
        String inventoryId = (String) ok(call("createPiInventory", "pitest-admin", "facilityId", "PI_TF_SUPER")).get("piInventoryId");
        assertTrue(error(call("getPiSupervision", "pitest-nobody", "piInventoryId", inventoryId)).contains("PHYSINV_VIEW"));
    }

    public void testAnUnknownInventoryIsRefused() throws Exception {
        assertTrue(error(call("getPiSupervision", "pitest-viewer", "piInventoryId", "NO_SUCH")).contains("NO_SUCH"));
    }

    @SuppressWarnings("unchecked")
    public void testMoreRefusedReadsThanShownAreCountedAllTheNewestShown() throws Exception {
        String inventoryId = (String) ok(call("createPiInventory", "pitest-admin", "facilityId", "PI_TF_SUPER")).get("piInventoryId");
        String blind = openList(inventoryId, "PI_BLIND", "S03", "S05");
        read(blind, "pitest-counter", "S03", null, "SN-SUP-4", "1", null);
        for (int sent = 0; sent < 22; sent++) {
            Thread.sleep(5);
            error(call("recordPiCount", "pitest-counter2", "piListId", blind, "scanKey", UUID.randomUUID().toString(), "locationSeqId", "S04",
                    "productId", "PI_TP_PLAIN", "serialNumber", "SN-SUP-4", "quantity", "1", "deviceId", "test-counter2-" + sent));
        }
        Map<String, Object> seen = ok(call("getPiSupervision", "pitest-viewer", "piInventoryId", inventoryId));
        assertEquals("every refused read counted, though only the newest are shown", 22L, seen.get("refusedCount"));
        assertEquals(20, ((List<Map<String, Object>>) seen.get("refused")).size());
    }

    private String openList(String inventoryId, String listTypeId, String from, String thru) throws Exception {
        String listId = (String) ok(call("createPiInventoryList", "pitest-admin", "piInventoryId", inventoryId, "listTypeId", listTypeId,
                "fromLocationSeqId", from, "thruLocationSeqId", thru)).get("piListId");
        ok(call("assignPiInventoryList", "pitest-admin", "piListId", listId, "partyId", "PI_TEST_EMP"));
        ok(call("assignPiInventoryList", "pitest-admin", "piListId", listId, "partyId", "PI_TEST_EMP2"));
        ok(call("changePiInventoryListStatus", "pitest-admin", "piListId", listId, "statusId", "PI_LIST_COUNTING"));
        ok(call("generatePiCountLines", "pitest-admin", "piListId", listId));
        return listId;
    }

    /** A read by code, or of PI_TP_PLAIN's serial number; answers its scan key. */
    private String read(String listId, String user, String location, String code, String serial, String quantity, String action) throws Exception {
        Thread.sleep(5);
        String scanKey = UUID.randomUUID().toString();
        Map<String, Object> recorded = ok(call("recordPiCount", user, "piListId", listId, "scanKey", scanKey, "locationSeqId", location,
                "code", code, "productId", serial == null ? null : "PI_TP_PLAIN", "serialNumber", serial, "quantity", quantity,
                "scanAction", action, "deviceId", "test-" + user));
        assertEquals(location + " " + code + " " + serial, "RECORDED", recorded.get("outcome"));
        return scanKey;
    }
}
