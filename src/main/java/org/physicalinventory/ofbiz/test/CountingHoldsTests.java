package org.physicalinventory.ofbiz.test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.ofbiz.entity.GenericEntityException;
import org.apache.ofbiz.entity.GenericValue;
import org.apache.ofbiz.entity.condition.EntityCondition;
import org.apache.ofbiz.entity.condition.EntityOperator;
import org.apache.ofbiz.entity.util.EntityQuery;
import org.physicalinventory.ofbiz.count.CountApiEvents;

/**
 * Counting under real use: many devices on one list at once, strict quantities, and the
 * counting API's answers against openapi.json.
 */
public class CountingHoldsTests extends PhysInvTestCase {

    private static final String EAN = "4006381333931";
    private static final int DEVICES = 20;
    private static final int READS_PER_DEVICE = 12;

    public CountingHoldsTests(String name) {
        super(name);
    }

    /** Twenty devices count three lines at once, one of them an item no line has yet: every total exact, one line per item. */
    public void testTwentyDevicesCountingOneListAtOnceLoseNothing() throws Exception {
        String listId = openList();
        ok(call("generatePiCountLines", "pitest-admin", "piListId", listId));
        // what each device reads: location, code, lot
        String[][] targets = {{"C01", EAN, null}, {"C01", "PI_TP_EACH", null}, {"C02", "]C10109506000134352" + "10PI_TLOT1", null}};
        ExecutorService devices = Executors.newFixedThreadPool(DEVICES);
        List<Future<Map<String, Object>[]>> sent = new ArrayList<>();
        for (int d = 0; d < DEVICES; d++) {
            int device = d;
            sent.add(devices.submit(() -> {
                @SuppressWarnings("unchecked")
                Map<String, Object>[] answers = new Map[READS_PER_DEVICE];
                for (int r = 0; r < READS_PER_DEVICE; r++) {
                    String[] target = targets[(device + r) % targets.length];
                    answers[r] = call("recordPiCount", "pitest-counter", "piListId", listId, "scanKey", UUID.randomUUID().toString(),
                            "locationSeqId", target[0], "code", target[1], "quantity", String.valueOf(1 + r % 3), "scanAction", "ADD",
                            "deviceId", "device-" + device);
                }
                return answers;
            }));
        }
        devices.shutdown();
        Map<String, BigDecimal> expected = new HashMap<>();
        int refused = 0;
        for (int d = 0; d < DEVICES; d++) {
            Map<String, Object>[] answers = sent.get(d).get();
            for (int r = 0; r < READS_PER_DEVICE; r++) {
                if (!"RECORDED".equals(answers[r].get("outcome"))) {
                    refused++;
                    System.err.println("refused: " + answers[r]);
                    continue;
                }
                expected.merge(targets[(d + r) % targets.length][0] + targets[(d + r) % targets.length][1].substring(0, 4),
                        new BigDecimal(1 + r % 3), BigDecimal::add);
            }
        }
        assertEquals("no read refused or lost", 0, refused);
        assertEquals(expected.get("C01" + EAN.substring(0, 4)), counted(listId, "PI_TP_PLAIN", "C01"));
        assertEquals(expected.get("C01PI_T"), counted(listId, "PI_TP_EACH", "C01"));
        assertEquals(expected.get("C02]C10"), counted(listId, "PI_TP_LOT", "C02"));
        assertEquals("the item added by twenty devices at once has one line", 1,
                EntityQuery.use(getDelegator()).from("PiCountLine").where("piListId", listId, "productId", "PI_TP_EACH").queryCount());
        assertEquals(DEVICES * READS_PER_DEVICE, EntityQuery.use(getDelegator()).from("PiScanLog").where("piListId", listId).queryCount());
        Map<String, Object> progress = ok(call("getPiListProgress", "pitest-admin", "piListId", listId));
        assertEquals("the progress counters match the lines", Long.valueOf(lines(listId, false)), progress.get("lines"));
        assertEquals(Long.valueOf(lines(listId, true)), progress.get("countedLines"));
    }

    public void testQuantitiesAreReadStrictlyAndABadOneChangesNothing() throws Exception {
        String listId = openList();
        ok(call("generatePiCountLines", "pitest-admin", "piListId", listId));
        String[][] refusals = {{"2,5", "QUANTITY_COMMA", "point"}, {"12abc", "QUANTITY_CHARACTER", "\"a\""},
            {"1e30", "QUANTITY_EXPONENT", "exponent"}, {"abc", "QUANTITY_CHARACTER", "abc"},
            {"12345678901234", "QUANTITY_TOO_LARGE", "12 digits"}, {"1.2.3", "QUANTITY_SEPARATORS", "more than one"}};
        for (String[] refusal : refusals) {
            Map<String, Object> answer = call("recordPiCount", "pitest-counter", "piListId", listId, "scanKey", key(),
                    "locationSeqId", "C01", "code", EAN, "quantity", refusal[0]);
            assertEquals(refusal[0], refusal[1], answer.get("errorCode"));
            assertTrue(error(answer), error(answer).contains(refusal[2]));
        }
        assertEquals("nothing stored", 0, EntityQuery.use(getDelegator()).from("PiScanLog").where("piListId", listId).queryCount());
        assertNull(line(listId, "PI_TP_PLAIN", "C01").get("countedQuantity"));

        // a comma is a decimal separator in Italian; a product counted in pieces takes whole numbers only
        ok(callIn(Locale.ITALIAN, "recordPiCount", "pitest-counter", "piListId", listId, "scanKey", key(), "locationSeqId", "C01",
                "code", EAN, "quantity", "2,5"));
        assertEquals(new BigDecimal("2.5"), counted(listId, "PI_TP_PLAIN", "C01"));
        Map<String, Object> pieces = callIn(Locale.ITALIAN, "recordPiCount", "pitest-counter", "piListId", listId, "scanKey", key(),
                "locationSeqId", "C01", "code", "PI_TP_EACH", "quantity", "2,5");
        assertEquals("QUANTITY_PIECES", pieces.get("errorCode"));
        assertTrue(error(pieces), error(pieces).contains("pezzi"));
        ok(call("recordPiCount", "pitest-counter", "piListId", listId, "scanKey", key(), "locationSeqId", "C01", "code", "PI_TP_KG",
                "quantity", "0.125"));
        assertEquals(new BigDecimal("0.125"), counted(listId, "PI_TP_KG", "C01"));

        // the back office grid reads the same way
        String lineSeqId = line(listId, "PI_TP_PLAIN", "C01").getString("lineSeqId");
        Map<String, Object> grid = call("setPiCountedQuantity", "pitest-admin", "piListId", listId, "lineSeqId", lineSeqId,
                "countedQuantity", "1,000");
        assertEquals("QUANTITY_COMMA", grid.get("errorCode"));
        assertEquals(new BigDecimal("2.5"), counted(listId, "PI_TP_PLAIN", "C01"));
        ok(call("setPiCountedQuantity", "pitest-admin", "piListId", listId, "lineSeqId", lineSeqId, "countedQuantity", "1000"));
        assertEquals(new BigDecimal("1000"), counted(listId, "PI_TP_PLAIN", "C01"));
    }

    /** Every answer of the counting API, success or refusal, carries exactly what openapi.json documents. */
    public void testTheCountingApiAnswersAsItsOpenApiDocumentSays() throws Exception {
        OpenApiCheck contract = new OpenApiCheck();
        String listId = openList();
        ok(call("generatePiCountLines", "pitest-admin", "piListId", listId));
        List<String> problems = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        Object[][] calls = {
            {"getMyPiCountLists", new Object[] {}},
            {"resolvePiScan", new Object[] {"piListId", listId, "code", "C01"}},
            {"resolvePiScan", new Object[] {"piListId", listId, "code", EAN, "locationSeqId", "C01"}},
            {"resolvePiScan", new Object[] {"piListId", listId, "code", "]C10109506000134353"}},
            {"resolvePiScan", new Object[] {"piListId", "NO_SUCH_LIST", "code", EAN}},
            {"recordPiCount", new Object[] {"piListId", listId, "scanKey", "k1", "locationSeqId", "C01", "code", EAN, "quantity", "3"}},
            {"recordPiCount", new Object[] {"piListId", listId, "scanKey", "k1", "locationSeqId", "C01", "code", EAN, "quantity", "3"}},
            {"recordPiCount", new Object[] {"piListId", listId, "scanKey", "k2", "locationSeqId", "C01", "code", EAN, "quantity", "3"}},
            {"recordPiCount", new Object[] {"piListId", listId, "scanKey", "k3", "locationSeqId", "C01", "code", EAN, "quantity", "x"}},
            {"recordPiCount", new Object[] {"piListId", listId, "scanKey", "k4", "locationSeqId", "D01", "code", EAN, "quantity", "1"}},
            {"recordPiCount", new Object[] {"piListId", listId, "scanKey", "k5", "locationSeqId", "C01", "code", "NOPE", "quantity", "1"}},
            {"recordPiCount", new Object[] {"piListId", listId, "scanKey", "k6", "code", EAN, "quantity", "1"}},
            {"recordPiCount", new Object[] {"piListId", listId, "scanKey", "k7", "locationSeqId", "C01", "code", EAN, "quantity", "1",
                "scanAction", "MAYBE"}},
        };
        String prefix = "PI" + UUID.randomUUID().toString().substring(0, 8);
        for (Object[] c : calls) {
            Object[] fields = ((Object[]) c[1]).clone();
            for (int i = 0; i < fields.length; i += 2) {
                if ("scanKey".equals(fields[i])) {
                    fields[i + 1] = prefix + fields[i + 1];
                }
            }
            CountApiEvents.Answer answer = CountApiEvents.answer((String) c[0], call((String) c[0], "pitest-counter", fields));
            problems.addAll(contract.problems((String) c[0], answer.status(), answer.body()));
            if (answer.body().containsKey("errorCode")) {
                codes.add(answer.status() + " " + answer.body().get("errorCode"));
            }
        }
        CountApiEvents.Answer notYours = CountApiEvents.answer("recordPiCount", call("recordPiCount", "pitest-counter2", "piListId", listId,
                "scanKey", key(), "locationSeqId", "C01", "code", EAN, "quantity", "1"));
        problems.addAll(contract.problems("recordPiCount", notYours.status(), notYours.body()));
        codes.add(notYours.status() + " " + notYours.body().get("errorCode"));
        CountApiEvents.Answer tooLong = CountApiEvents.answer("recordPiCount", call("recordPiCount", "pitest-counter", "piListId", listId,
                "scanKey", "k".repeat(61), "locationSeqId", "C01", "code", EAN, "quantity", "1"));
        problems.addAll(contract.problems("recordPiCount", tooLong.status(), tooLong.body()));
        codes.add(tooLong.status() + " " + tooLong.body().get("errorCode"));
        assertEquals("answers that break openapi.json", List.of(), problems);
        assertEquals(List.of("422 BARCODE_BAD_CHECK_DIGIT", "404 LIST_NOT_FOUND", "422 QUANTITY_CHARACTER", "422 LOCATION_NOT_IN_LIST",
                "422 UNKNOWN_CODE", "422 SCAN_LOCATION_FIRST", "422 SCAN_ACTION", "403 NOT_YOUR_LIST", "422 TOO_LONG"), codes);
        assertEquals("a decimal is written without trailing zeros", new BigDecimal("3"),
                CountApiEvents.answer("recordPiCount", call("recordPiCount", "pitest-counter", "piListId", listId, "scanKey", prefix + "k1",
                        "locationSeqId", "C01", "code", EAN, "quantity", "3")).body().get("countedQuantity"));
    }

    /** Two devices count one serial number in two places at the same moment, again and again: it is counted once, the other read refused. */
    public void testOneSerialCountedInTwoPlacesAtOnceIsCountedOnce() throws Exception {
        String listId = openList();
        ExecutorService devices = Executors.newFixedThreadPool(2);
        for (int round = 0; round < 12; round++) {
            String serial = "SN-RACE-" + round + "-" + key().substring(0, 8);
            CyclicBarrier together = new CyclicBarrier(2);
            List<Future<Map<String, Object>>> reads = new ArrayList<>();
            for (String location : new String[] {"C01", "C02"}) {
                reads.add(devices.submit(() -> {
                    together.await();
                    return call("recordPiCount", "pitest-counter", "piListId", listId, "scanKey", key(), "locationSeqId", location,
                            "productId", "PI_TP_PLAIN", "serialNumber", serial, "quantity", "1", "deviceId", "device-" + location);
                }));
            }
            int recorded = 0;
            for (Future<Map<String, Object>> read : reads) {
                Map<String, Object> answer = read.get();
                if ("RECORDED".equals(answer.get("outcome"))) {
                    recorded++;
                } else {
                    assertEquals("refused as counted", "This serial number is already counted.", error(answer));
                }
            }
            assertEquals("serial " + serial + " recorded once", 1, recorded);
            assertEquals("serial " + serial + " on one counted line", 1, EntityQuery.use(getDelegator()).from("PiCountLine").where(
                    EntityCondition.makeCondition("piListId", listId), EntityCondition.makeCondition("serialNumber", serial),
                    EntityCondition.makeCondition("countedQuantity", EntityOperator.GREATER_THAN, BigDecimal.ZERO)).queryCount());
        }
        devices.shutdown();
    }

    private String openList() throws Exception {
        String inventoryId = (String) ok(call("createPiInventory", "pitest-admin", "facilityId", "PI_TF_COUNT")).get("piInventoryId");
        String listId = (String) ok(call("createPiInventoryList", "pitest-admin", "piInventoryId", inventoryId, "listTypeId", "PI_STANDARD",
                "fromLocationSeqId", "C01", "thruLocationSeqId", "C02")).get("piListId");
        ok(call("assignPiInventoryList", "pitest-admin", "piListId", listId, "partyId", "PI_TEST_EMP"));
        ok(call("changePiInventoryListStatus", "pitest-admin", "piListId", listId, "statusId", "PI_LIST_COUNTING"));
        return listId;
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }

    private GenericValue line(String listId, String productId, String locationSeqId) throws GenericEntityException {
        return EntityQuery.use(getDelegator()).from("PiCountLine").where("piListId", listId, "productId", productId,
                "locationSeqId", locationSeqId).queryFirst();
    }

    private BigDecimal counted(String listId, String productId, String locationSeqId) throws GenericEntityException {
        BigDecimal counted = line(listId, productId, locationSeqId).getBigDecimal("countedQuantity");
        return counted == null ? null : counted.stripTrailingZeros().scale() < 0 ? counted.setScale(0)
                : counted.stripTrailingZeros();
    }

    private long lines(String listId, boolean countedOnly) throws GenericEntityException {
        return EntityQuery.use(getDelegator()).from("PiCountLine").where(EntityCondition.makeCondition("piListId", listId),
                countedOnly ? EntityCondition.makeCondition("countedQuantity", EntityOperator.NOT_EQUAL, null)
                        : EntityCondition.makeCondition("piListId", listId)).queryCount();
    }
}
