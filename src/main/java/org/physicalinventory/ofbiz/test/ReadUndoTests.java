package org.physicalinventory.ofbiz.test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.ofbiz.entity.GenericEntityException;
import org.apache.ofbiz.entity.GenericValue;
import org.apache.ofbiz.entity.util.EntityQuery;
import org.physicalinventory.ofbiz.count.CountApiEvents;

/**
 * The handheld's last reads and undo: an undo is a compensating read, logged, counted once, never below zero,
 * only of one's own reads on a list that is counting; the last reads show what, who, when and the line's total.
 */
public class ReadUndoTests extends PhysInvTestCase {

    private static final String EAN = "4006381333931";

    public ReadUndoTests(String name) {
        super(name);
    }

    public void testUndoingAFirstCountLeavesTheLineNotCountedAndTakesBackTheProgress() throws Exception {
        String listId = openList("PI_STANDARD");
        String read = read(listId, "pitest-counter", "C01", EAN, "100", null);
        assertEquals(1L, progress(listId).get("countedLines"));
        String unlisted = read(listId, "pitest-counter", "C01", "PI_TP_EACH", "4", null);
        Map<String, Object> lines = progress(listId);
        assertEquals("an item not on the list made a line", 3L, lines.get("lines"));
        assertEquals(2L, lines.get("countedLines"));

        String undoKey = key();
        Map<String, Object> undone = ok(call("undoPiRead", "pitest-counter", "piListId", listId, "scanKey", read, "undoKey", undoKey,
                "deviceId", "hh-7"));
        assertEquals("UNDONE", undone.get("outcome"));
        assertNull("the line is not counted any more", undone.get("countedQuantity"));
        assertEquals(0, new BigDecimal("-100").compareTo((BigDecimal) undone.get("change")));
        assertEquals("counted lines go back", 1L, undone.get("countedLines"));
        GenericValue line = line(listId, "PI_TP_PLAIN", "C01");
        assertNull(line.get("countedQuantity"));
        assertNull("nobody counted it", line.get("countedByUserLogin"));
        assertNull(line.get("countedDate"));

        ok(call("undoPiRead", "pitest-counter", "piListId", listId, "scanKey", unlisted, "undoKey", key()));
        lines = progress(listId);
        assertEquals("the added line stays, not counted", 3L, lines.get("lines"));
        assertEquals(0L, lines.get("countedLines"));
        assertNull(line(listId, "PI_TP_EACH", "C01").get("countedQuantity"));

        // the scan log keeps the read, marked undone, and the undo beside it
        assertEquals(undoKey, scan(read).getString("undoneByScanKey"));
        GenericValue undo = scan(undoKey);
        assertEquals(List.of("UNDO", "UNDO", "pitest-counter", "hh-7", "C01", "PI_TP_PLAIN", line.getString("lineSeqId")),
                List.of(undo.getString("readSource"), undo.getString("scanAction"), undo.getString("userLoginId"), undo.getString("deviceId"),
                        undo.getString("locationSeqId"), undo.getString("productId"), undo.getString("lineSeqId")));
        assertEquals(0, new BigDecimal("-100").compareTo(undo.getBigDecimal("quantity")));
        assertEquals(0, new BigDecimal("100").compareTo(undo.getBigDecimal("countedBefore")));
        assertNull(undo.get("countedAfter"));
        assertNull("an undo is not undone", undo.get("undoneByScanKey"));
        assertEquals(4, EntityQuery.use(getDelegator()).from("PiScanLog").where("piListId", listId).queryCount());
    }

    public void testAnUndoKeepsTheReadsMadeSinceAndNeverGoesBelowZero() throws Exception {
        String listId = openList("PI_STANDARD");
        read(listId, "pitest-counter", "C01", EAN, "10", null);
        String typo = read(listId, "pitest-counter", "C01", EAN, "100", "ADD");
        read(listId, "pitest-counter2", "C01", EAN, "2", "ADD");
        Map<String, Object> undone = ok(call("undoPiRead", "pitest-counter", "piListId", listId, "scanKey", typo, "undoKey", key()));
        assertEquals("10, +100 taken back, +2 kept", 0, new BigDecimal("12").compareTo((BigDecimal) undone.get("countedQuantity")));
        assertEquals(0, new BigDecimal("12").compareTo(line(listId, "PI_TP_PLAIN", "C01").getBigDecimal("countedQuantity")));

        String added = read(listId, "pitest-counter", "C01", EAN, "30", "ADD");
        read(listId, "pitest-counter2", "C01", EAN, "5", "REPLACE");
        undone = ok(call("undoPiRead", "pitest-counter", "piListId", listId, "scanKey", added, "undoKey", key()));
        assertEquals("5 less 30 stops at zero", 0, BigDecimal.ZERO.compareTo((BigDecimal) undone.get("countedQuantity")));
        assertEquals(0, new BigDecimal("-5").compareTo((BigDecimal) undone.get("change")));
        GenericValue line = line(listId, "PI_TP_PLAIN", "C01");
        assertEquals("counted zero, still counted", 0, BigDecimal.ZERO.compareTo(line.getBigDecimal("countedQuantity")));
        assertEquals(1L, progress(listId).get("countedLines"));
    }

    public void testAnUndoSentTwiceCountsOnce() throws Exception {
        String listId = openList("PI_STANDARD");
        read(listId, "pitest-counter", "C01", EAN, "3", null);
        String wrong = read(listId, "pitest-counter", "C01", EAN, "8", "ADD");
        String undoKey = key();
        ok(call("undoPiRead", "pitest-counter", "piListId", listId, "scanKey", wrong, "undoKey", undoKey));
        Map<String, Object> again = ok(call("undoPiRead", "pitest-counter", "piListId", listId, "scanKey", wrong, "undoKey", undoKey));
        assertEquals(Boolean.TRUE, again.get("replayed"));
        assertEquals(0, new BigDecimal("3").compareTo((BigDecimal) again.get("countedQuantity")));
        assertEquals(0, new BigDecimal("-8").compareTo((BigDecimal) again.get("change")));
        assertEquals(0, new BigDecimal("3").compareTo(line(listId, "PI_TP_PLAIN", "C01").getBigDecimal("countedQuantity")));
        assertEquals("UNDO_ALREADY", call("undoPiRead", "pitest-counter", "piListId", listId, "scanKey", wrong, "undoKey", key())
                .get("errorCode"));
        assertEquals(0, new BigDecimal("3").compareTo(line(listId, "PI_TP_PLAIN", "C01").getBigDecimal("countedQuantity")));
        assertEquals(3, EntityQuery.use(getDelegator()).from("PiScanLog").where("piListId", listId).queryCount());
    }

    public void testOnlyOnesOwnReadsOfTheListAreUndoneAndRefusalsChangeNothing() throws Exception {
        String listId = openList("PI_STANDARD");
        String other = openList("PI_STANDARD", "PI_TEST_EMP");
        String mine = read(listId, "pitest-counter", "C01", EAN, "7", null);
        String theirs = read(listId, "pitest-counter2", "C02", "]C10109506000134352" + "10PI_TLOT1", "4", null);
        String elsewhere = read(other, "pitest-counter", "C01", EAN, "9", null);
        String undoKey = key();
        ok(call("undoPiRead", "pitest-counter", "piListId", listId, "scanKey", mine, "undoKey", undoKey));
        read(listId, "pitest-counter", "C01", EAN, "6", null);
        Object[][] refusals = {
            {"pitest-counter", listId, theirs, "UNDO_NOT_YOURS", "another counter"},
            {"pitest-counter", listId, elsewhere, "UNDO_UNKNOWN_READ", "no read " + elsewhere},
            {"pitest-counter", listId, "NO-SUCH-READ", "UNDO_UNKNOWN_READ", "no read NO-SUCH-READ"},
            {"pitest-counter", listId, undoKey, "UNDO_OF_UNDO", "cannot be undone"},
            {"pitest-counter2", other, elsewhere, "NOT_YOUR_LIST", "not assigned to you"},
            {"pitest-viewer", listId, mine, null, "PHYSINV_COUNT"},
        };
        for (Object[] r : refusals) {
            Map<String, Object> answer = call("undoPiRead", (String) r[0], "piListId", r[1], "scanKey", r[2], "undoKey", key());
            if (r[3] != null) {
                assertEquals(r[2] + " by " + r[0], r[3], answer.get("errorCode"));
            }
            assertTrue(error(answer), error(answer).contains((String) r[4]));
        }
        Map<String, Object> keyUsed = call("undoPiRead", "pitest-counter", "piListId", other, "scanKey", elsewhere, "undoKey", mine);
        assertEquals("an undo under a read's key", "UNDO_KEY_USED", keyUsed.get("errorCode"));
        assertTrue(error(keyUsed), error(keyUsed).contains(mine));
        assertEquals(0, new BigDecimal("6").compareTo(line(listId, "PI_TP_PLAIN", "C01").getBigDecimal("countedQuantity")));
        assertEquals(0, new BigDecimal("4").compareTo(line(listId, "PI_TP_LOT", "C02").getBigDecimal("countedQuantity")));
        assertEquals(0, new BigDecimal("9").compareTo(line(other, "PI_TP_PLAIN", "C01").getBigDecimal("countedQuantity")));
        assertEquals(4, EntityQuery.use(getDelegator()).from("PiScanLog").where("piListId", listId).queryCount());
    }

    public void testAListNoLongerCountingRefusesAnUndoButAnswersOneSentBefore() throws Exception {
        String listId = openList("PI_STANDARD");
        read(listId, "pitest-counter", "C01", EAN, "3", null);
        String first = read(listId, "pitest-counter", "C01", EAN, "1", "ADD");
        String second = read(listId, "pitest-counter", "C01", EAN, "1", "ADD");
        String undoKey = key();
        ok(call("undoPiRead", "pitest-counter", "piListId", listId, "scanKey", first, "undoKey", undoKey));
        ok(call("changePiInventoryListStatus", "pitest-admin", "piListId", listId, "statusId", "PI_LIST_COUNTED"));
        Map<String, Object> refused = call("undoPiRead", "pitest-counter", "piListId", listId, "scanKey", second, "undoKey", key());
        assertEquals("LIST_NOT_OPEN", refused.get("errorCode"));
        assertEquals(0, new BigDecimal("4").compareTo(line(listId, "PI_TP_PLAIN", "C01").getBigDecimal("countedQuantity")));
        Map<String, Object> replayed = ok(call("undoPiRead", "pitest-counter", "piListId", listId, "scanKey", first, "undoKey", undoKey));
        assertEquals("an undo sent again is answered, even on a closed list", Boolean.TRUE, replayed.get("replayed"));
        Map<String, Object> reads = ok(call("getPiRecentReads", "pitest-counter", "piListId", listId, "locationSeqId", "C01"));
        assertTrue("nothing is undoable on a list that is not counting", reads(reads).stream().noneMatch(r -> Boolean.TRUE.equals(r.get("undoable"))));
    }

    public void testTheLastReadsShowWhatWhoWhenAndTheLineTotalButNoBook() throws Exception {
        String listId = openList("PI_BLIND");
        String first = read(listId, "pitest-counter", "C01", EAN, "10", null);
        read(listId, "pitest-counter", "C02", "]C10109506000134352" + "10PI_TLOT1", "4", null);
        String theirs = read(listId, "pitest-counter2", "C01", EAN, "2", "ADD");
        String typo = read(listId, "pitest-counter", "C01", EAN, "50", "ADD");
        String undoKey = key();
        Thread.sleep(5);
        ok(call("undoPiRead", "pitest-counter", "piListId", listId, "scanKey", typo, "undoKey", undoKey));

        List<Map<String, Object>> reads = reads(ok(call("getPiRecentReads", "pitest-counter", "piListId", listId, "locationSeqId", "C01")));
        List<Object> keys = new ArrayList<>();
        reads.forEach(r -> keys.add(r.get("scanKey")));
        assertEquals("the location's reads, newest first", List.of(undoKey, typo, theirs, first), keys);
        Map<String, Object> undo = reads.get(0);
        assertEquals(List.of("UNDO", "UNDO", "pitest-counter", "PI_TP_PLAIN", "Test plain product", false), List.of(undo.get("scanAction"),
                undo.get("readSource"), undo.get("userLoginId"), undo.get("productId"), undo.get("productName"), undo.get("undoable")));
        assertEquals(0, new BigDecimal("-50").compareTo((BigDecimal) undo.get("quantity")));
        assertEquals("the line's total now", 0, new BigDecimal("12").compareTo((BigDecimal) undo.get("lineCountedQuantity")));
        assertEquals(undoKey, reads.get(1).get("undoneBy"));
        assertEquals(List.of(false, false, true), List.of(reads.get(1).get("undoable"), reads.get(2).get("undoable"), reads.get(3).get("undoable")));
        assertEquals("HANDHELD", reads.get(3).get("readSource"));
        assertTrue((String) reads.get(3).get("scanDate"), ((String) reads.get(3).get("scanDate")).matches("\\d{4}-\\d\\d-\\d\\dT.*Z"));
        assertTrue("never a book quantity", reads.stream().noneMatch(r -> r.keySet().stream().anyMatch(k -> k.toLowerCase().contains("book"))));

        assertEquals(5, reads(ok(call("getPiRecentReads", "pitest-counter", "piListId", listId))).size());
        assertEquals(List.of(undoKey), reads(ok(call("getPiRecentReads", "pitest-counter", "piListId", listId, "maxReads", "1")))
                .stream().map(r -> r.get("scanKey")).toList());
        assertEquals("MAX_READS", call("getPiRecentReads", "pitest-counter", "piListId", listId, "maxReads", "5x").get("errorCode"));
        assertEquals("NOT_YOUR_LIST", call("getPiRecentReads", "pitest-counter2", "piListId", openList("PI_STANDARD", "PI_TEST_EMP"))
                .get("errorCode"));
    }

    /** Every answer of undoPiRead and getPiRecentReads, success or refusal, carries exactly what openapi.json documents. */
    public void testTheUndoAndTheLastReadsAnswerAsTheOpenApiDocumentSays() throws Exception {
        OpenApiCheck contract = new OpenApiCheck();
        String listId = openList("PI_STANDARD");
        String read = read(listId, "pitest-counter", "C01", EAN, "5", null);
        String theirs = read(listId, "pitest-counter2", "C01", EAN, "1", "ADD");
        String undoKey = key();
        Object[][] calls = {
            {"undoPiRead", new Object[] {"piListId", listId, "scanKey", read, "undoKey", undoKey}},
            {"undoPiRead", new Object[] {"piListId", listId, "scanKey", read, "undoKey", undoKey}},
            {"undoPiRead", new Object[] {"piListId", listId, "scanKey", read, "undoKey", key()}},
            {"undoPiRead", new Object[] {"piListId", listId, "scanKey", theirs, "undoKey", key()}},
            {"undoPiRead", new Object[] {"piListId", listId, "scanKey", "nope", "undoKey", key()}},
            {"undoPiRead", new Object[] {"piListId", listId, "scanKey", read, "undoKey", "u".repeat(61)}},
            {"undoPiRead", new Object[] {"piListId", "NO_SUCH_LIST", "scanKey", read, "undoKey", key()}},
            {"getPiRecentReads", new Object[] {"piListId", listId, "locationSeqId", "C01"}},
            {"getPiRecentReads", new Object[] {"piListId", listId, "maxReads", "0"}},
        };
        List<String> problems = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        for (Object[] c : calls) {
            CountApiEvents.Answer answer = CountApiEvents.answer((String) c[0], call((String) c[0], "pitest-counter", (Object[]) c[1]));
            problems.addAll(contract.problems((String) c[0], answer.status(), answer.body()));
            codes.add(answer.status() + " " + answer.body().getOrDefault("errorCode", answer.body().get("outcome")));
        }
        assertEquals("answers that break openapi.json", List.of(), problems);
        assertEquals(List.of("200 UNDONE", "200 UNDONE", "422 UNDO_ALREADY", "422 UNDO_NOT_YOURS", "422 UNDO_UNKNOWN_READ", "422 TOO_LONG",
                "404 LIST_NOT_FOUND", "200 null", "422 MAX_READS"), codes);
    }

    /** A new inventory in PI_TF_COUNT with one list of the type over C01..C02, its lines made, assigned to both counters, counting. */
    private String openList(String listTypeId) throws Exception {
        return openList(listTypeId, "PI_TEST_EMP", "PI_TEST_EMP2");
    }

    /** The same, assigned to these employees. */
    private String openList(String listTypeId, String... partyIds) throws Exception {
        String inventoryId = (String) ok(call("createPiInventory", "pitest-admin", "facilityId", "PI_TF_COUNT")).get("piInventoryId");
        String listId = (String) ok(call("createPiInventoryList", "pitest-admin", "piInventoryId", inventoryId, "listTypeId", listTypeId,
                "fromLocationSeqId", "C01", "thruLocationSeqId", "C02")).get("piListId");
        for (String partyId : partyIds) {
            ok(call("assignPiInventoryList", "pitest-admin", "piListId", listId, "partyId", partyId));
        }
        ok(call("changePiInventoryListStatus", "pitest-admin", "piListId", listId, "statusId", "PI_LIST_COUNTING"));
        ok(call("generatePiCountLines", "pitest-admin", "piListId", listId));
        return listId;
    }

    /** Records a read as the user and answers its scan key; a little later, so that the reads of a test follow one another in time. */
    private String read(String listId, String user, String location, String code, String quantity, String action) throws Exception {
        Thread.sleep(5);
        String scanKey = key();
        Map<String, Object> recorded = ok(call("recordPiCount", user, "piListId", listId, "scanKey", scanKey, "locationSeqId", location,
                "code", code, "quantity", quantity, "scanAction", action, "deviceId", "test-" + user));
        assertEquals(code + " " + quantity, "RECORDED", recorded.get("outcome"));
        return scanKey;
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }

    private Map<String, Object> progress(String listId) throws Exception {
        return ok(call("getPiListProgress", "pitest-admin", "piListId", listId));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> reads(Map<String, Object> answer) {
        return (List<Map<String, Object>>) answer.get("reads");
    }

    private GenericValue scan(String scanKey) throws GenericEntityException {
        return EntityQuery.use(getDelegator()).from("PiScanLog").where("scanKey", scanKey).queryOne();
    }

    private GenericValue line(String listId, String productId, String locationSeqId) throws GenericEntityException {
        return EntityQuery.use(getDelegator()).from("PiCountLine").where("piListId", listId, "productId", productId,
                "locationSeqId", locationSeqId).queryFirst();
    }
}
