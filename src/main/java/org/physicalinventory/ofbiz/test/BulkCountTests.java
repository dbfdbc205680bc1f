package org.physicalinventory.ofbiz.test;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.ofbiz.entity.GenericEntityException;
import org.apache.ofbiz.entity.GenericValue;
import org.apache.ofbiz.entity.util.EntityQuery;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Integration tests of counts in bulk: the count grid saved at once, and counts imported from a file (testdef/PhysInvTests.xml). */
public class BulkCountTests extends PhysInvTestCase {

    public BulkCountTests(String name) {
        super(name);
    }

    public void testSavingTheGridStoresEveryChangedRowAndTheRefusedRowKeepsNothing() throws Exception {
        String listId = countingList();
        String plain = line(listId, "PI_TP_PLAIN", "C01").getString("lineSeqId");
        String lot = line(listId, "PI_TP_LOT", "C02").getString("lineSeqId");
        Map<String, Object> saved = call("setPiCountedQuantities", "pitest-admin", "piListId", listId,
                "counts", Map.of(plain, "14", lot, "2,5"), "shown", Map.of(plain, "", lot, ""));
        String refusal = error(saved);
        assertTrue(refusal, refusal.contains("1 counts saved") && refusal.contains("1 rows refused"));
        Map<?, ?> refusals = (Map<?, ?>) saved.get("refusals");
        assertEquals(List.of(lot), List.copyOf(refusals.keySet()));
        assertTrue("in English the comma is no decimal separator: " + refusals, String.valueOf(refusals.get(lot)).contains("2,5"));
        assertEquals(0, new BigDecimal("14").compareTo(line(listId, "PI_TP_PLAIN", "C01").getBigDecimal("countedQuantity")));
        assertNull("nothing for the refused row", line(listId, "PI_TP_LOT", "C02").get("countedQuantity"));
        List<GenericValue> scans = scans(listId);
        assertEquals(1, scans.size());
        assertEquals("BACK_OFFICE", scans.get(0).getString("readSource"));
        assertEquals("REPLACE", scans.get(0).getString("scanAction"));

        // the same page saved again in Italian: the row left as shown stores nothing, the corrected one is stored
        ok(callIn(Locale.ITALIAN, "setPiCountedQuantities", "pitest-admin", "piListId", listId, "counts", Map.of(plain, "14,0", lot, "2,5"),
                "shown", Map.of(plain, "14", lot, "")));
        assertEquals(0, new BigDecimal("2.5").compareTo(line(listId, "PI_TP_LOT", "C02").getBigDecimal("countedQuantity")));
        assertEquals(2, scans(listId).size());
        assertEquals(2L, ok(call("getPiListProgress", "pitest-admin", "piListId", listId)).get("countedLines"));

        refusal = error(call("setPiCountedQuantities", "pitest-viewer", "piListId", listId, "counts", Map.of(plain, "1"), "shown", Map.of()));
        assertTrue(refusal, refusal.contains("PHYSINV_UPDATE"));
    }

    public void testTheGridAndItsCountSheetsReadTheLinesItsFilterKeeps() throws Exception {
        String listId = countingList();
        Map<String, Object> all = ok(call("findPiCountLines", "pitest-admin", "piListId", listId));
        assertEquals(2L, all.get("lineCount"));
        Map<String, Object> c02 = ok(call("findPiCountLines", "pitest-admin", "piListId", listId, "locationSeqId", "c02"));
        assertEquals(List.of("PI_TP_LOT"), productsOf(c02));
        ok(call("setPiCountedQuantity", "pitest-admin", "piListId", listId, "locationSeqId", "C01", "productId", "PI_TP_PLAIN",
                "countedQuantity", "3"));
        assertEquals(List.of("PI_TP_LOT"), productsOf(ok(call("findPiCountLines", "pitest-admin", "piListId", listId, "counted", "N"))));
        Map<String, Object> page = ok(call("findPiCountLines", "pitest-admin", "piListId", listId, "viewSize", 1, "viewIndex", 5));
        assertEquals("past the end: the last page", 1, page.get("viewIndex"));
        assertEquals(List.of("PI_TP_LOT"), productsOf(page));
    }

    public void testEveryPageOfTheGridTellsHowManyLinesItsFilterKeepsWhetherFullOrNot() throws Exception {
        String listId = countingList();
        ok(call("setPiCountedQuantity", "pitest-admin", "piListId", listId, "locationSeqId", "C01", "productId", "PI_TP_PLAIN",
                "countedQuantity", "3"));
        List<String> seen = new ArrayList<>();
        for (Object[] asked : new Object[][] {{null, null, 1, 0}, {null, null, 1, 1}, {null, null, 3, 0}, {null, null, 1, 5}, {null, "Y", 1, 0},
            {null, "N", 1, 0}, {"c02", null, 5, 0}, {"c0", null, 1, 0}, {"NO-SUCH", null, 5, 0}, {"NO-SUCH", null, 5, 3}}) {
            Map<String, Object> page = ok(call("findPiCountLines", "pitest-admin", "piListId", listId, "locationSeqId", asked[0], "counted", asked[1],
                    "viewSize", asked[2], "viewIndex", asked[3]));
            seen.add(asked[0] + " " + asked[1] + " " + asked[2] + "@" + asked[3] + ": " + page.get("lineCount") + " lines, page " + page.get("viewIndex")
                    + " " + productsOf(page));
        }
        assertEquals(List.of("null null 1@0: 2 lines, page 0 [PI_TP_PLAIN]", "null null 1@1: 2 lines, page 1 [PI_TP_LOT]",
                "null null 3@0: 2 lines, page 0 [PI_TP_PLAIN, PI_TP_LOT]", "null null 1@5: 2 lines, page 1 [PI_TP_LOT]",
                "null Y 1@0: 1 lines, page 0 [PI_TP_PLAIN]", "null N 1@0: 1 lines, page 0 [PI_TP_LOT]", "c02 null 5@0: 1 lines, page 0 [PI_TP_LOT]",
                "c0 null 1@0: 2 lines, page 0 [PI_TP_PLAIN]", "NO-SUCH null 5@0: 0 lines, page 0 []", "NO-SUCH null 5@3: 0 lines, page 0 []"), seen);
    }

    public void testAnImportIsPreviewedThenRecordedAndEveryRowIsInTheScanLogAsImported() throws Exception {
        String listId = countingList();
        String importId = read(listId, "counts.csv", "Location,Product,Lot,Counted quantity\n"
                + "C01,PI_TP_PLAIN,,4\nC02,PI_TP_LOT,PI_TLOT1,3\nC01,PI_TP_PLAIN,,2\nD01,PI_TP_PLAIN,,1\nC01,NO-SUCH,,1\nC02,PI_TP_LOT,,1\n"
                + "C01,PI_TP_PLAIN,,\n");
        Map<String, Object> preview = ok(call("getPiCountImportPreview", "pitest-admin", "piListId", listId, "importId", importId, "mode", "REPLACE"));
        assertEquals(List.of(7L, 3L, 3L, 1L, 0L), List.of(preview.get("rowCount"), preview.get("recordCount"), preview.get("refusedCount"),
                preview.get("notCounted"), preview.get("alreadyImported")));
        List<?> refused = (List<?>) preview.get("refusedRows");
        assertTrue(refused.toString(), refused.toString().contains("is not part of inventory list") && refused.toString().contains("NO-SUCH")
                && refused.toString().contains("managed by lot"));
        Map<?, ?> third = (Map<?, ?>) ((List<?>) preview.get("recordRows")).get(2);
        assertEquals("the file's rows of a line add up, and replace its count", List.of(4, "4", "6"),
                List.of(third.get("number"), third.get("before"), third.get("after")));
        assertNull("a preview stores nothing", line(listId, "PI_TP_PLAIN", "C01").get("countedQuantity"));

        Map<String, Object> imported = ok(call("importPiCountFile", "pitest-admin", "piListId", listId, "importId", importId, "mode", "REPLACE"));
        assertEquals(3L, imported.get("recorded"));
        assertEquals(0, new BigDecimal("6").compareTo(line(listId, "PI_TP_PLAIN", "C01").getBigDecimal("countedQuantity")));
        assertEquals(0, new BigDecimal("3").compareTo(line(listId, "PI_TP_LOT", "C02").getBigDecimal("countedQuantity")));
        List<GenericValue> scans = scans(listId);
        assertEquals(3, scans.size());
        for (GenericValue scan : scans) {
            assertEquals("IMPORT", scan.getString("readSource"));
            assertEquals("counts.csv", scan.getString("importFileName"));
            assertEquals("pitest-admin", scan.getString("userLoginId"));
        }

        // another file added: a count adds to the line's
        String more = read(listId, "more.csv", "Location,Product,Counted quantity\nC01,PI_TP_PLAIN,5\n");
        ok(call("importPiCountFile", "pitest-admin", "piListId", listId, "importId", more, "mode", "ADD"));
        assertEquals(0, new BigDecimal("11").compareTo(line(listId, "PI_TP_PLAIN", "C01").getBigDecimal("countedQuantity")));
    }

    public void testTheSameFileImportedTwiceIsRecordedOnce() throws Exception {
        String listId = countingList();
        String file = "Location,Product,Lot,Counted quantity\nC01,PI_TP_PLAIN,,4\nC02,PI_TP_LOT,PI_TLOT1,3\n";
        String importId = read(listId, "scanner.csv", file);
        assertEquals(2L, ok(call("importPiCountFile", "pitest-admin", "piListId", listId, "importId", importId, "mode", "ADD")).get("recorded"));
        String again = read(listId, "scanner-copy.csv", file);
        assertEquals("the same content names the same import", importId, again);
        Map<String, Object> preview = ok(call("getPiCountImportPreview", "pitest-admin", "piListId", listId, "importId", again, "mode", "ADD"));
        assertEquals(2L, preview.get("alreadyImported"));
        Map<String, Object> second = ok(call("importPiCountFile", "pitest-admin", "piListId", listId, "importId", again, "mode", "REPLACE"));
        assertEquals(0L, second.get("recorded"));
        assertEquals(2L, second.get("alreadyImported"));
        assertEquals(0, new BigDecimal("4").compareTo(line(listId, "PI_TP_PLAIN", "C01").getBigDecimal("countedQuantity")));
        assertEquals(2, scans(listId).size());

        // into another list, the same file is another import
        String other = countingList();
        assertFalse(importId.equals(read(other, "scanner.csv", file)));
    }

    public void testHeadingsInItalianInAnyOrderAndAnXlsxWorkbook() throws Exception {
        String listId = countingList();
        String italian = readIn(Locale.ITALIAN, listId, "conteggi.csv", "Quantità;Lotto;Codice prodotto;Ubicazione\n2,5;PI_TLOT1;PI_TP_LOT;C02\n");
        ok(callIn(Locale.ITALIAN, "importPiCountFile", "pitest-admin", "piListId", listId, "importId", italian, "mode", "REPLACE"));
        assertEquals(0, new BigDecimal("2.5").compareTo(line(listId, "PI_TP_LOT", "C02").getBigDecimal("countedQuantity")));

        String workbook = read(listId, "scanner.xlsx", xlsx(List.of("EAN", "Qty", "Bin"), List.of("4006381333931", 7, "C01")));
        Map<String, Object> preview = ok(call("getPiCountImportPreview", "pitest-admin", "piListId", listId, "importId", workbook, "mode", "ADD"));
        assertEquals(1L, preview.get("recordCount"));
        ok(call("importPiCountFile", "pitest-admin", "piListId", listId, "importId", workbook, "mode", "ADD"));
        assertEquals(0, new BigDecimal("7").compareTo(line(listId, "PI_TP_PLAIN", "C01").getBigDecimal("countedQuantity")));
        GenericValue scan = EntityQuery.use(getDelegator()).from("PiScanLog").where("piListId", listId, "importFileName", "scanner.xlsx").queryOne();
        assertEquals("the code as the file gives it", "4006381333931", scan.getString("rawCode"));
    }

    public void testAFileThatIsNotOneOrAFileNoLongerKeptIsRefused() throws Exception {
        String listId = countingList();
        String refusal = error(call("readPiCountFile", "pitest-admin", "piListId", listId, "countFile", ByteBuffer.wrap("Location,Description\nC01,x\n"
                .getBytes(StandardCharsets.UTF_8)), "_countFile_fileName", "x.csv"));
        assertTrue(refusal, refusal.contains("no column"));
        refusal = error(call("importPiCountFile", "pitest-admin", "piListId", listId, "importId", "0123456789abcdef0123456789abcdef", "mode", "ADD"));
        assertTrue(refusal, refusal.contains("upload it again"));
        String importId = read(listId, "counts.csv", "Location,Product,Counted quantity\nC01,PI_TP_PLAIN,1\n");
        refusal = error(call("importPiCountFile", "pitest-viewer", "piListId", listId, "importId", importId, "mode", "ADD"));
        assertTrue(refusal, refusal.contains("PHYSINV_UPDATE"));
        assertEquals(0, scans(listId).size());
    }

    /** A new list of C01 and C02, its lines made from the book, open for counting. */
    private String countingList() throws Exception {
        String inventoryId = (String) ok(call("createPiInventory", "pitest-admin", "facilityId", "PI_TF_COUNT")).get("piInventoryId");
        String listId = (String) ok(call("createPiInventoryList", "pitest-admin", "piInventoryId", inventoryId, "listTypeId", "PI_STANDARD",
                "fromLocationSeqId", "C01", "thruLocationSeqId", "C02")).get("piListId");
        ok(call("changePiInventoryListStatus", "pitest-admin", "piListId", listId, "statusId", "PI_LIST_COUNTING"));
        ok(call("generatePiCountLines", "pitest-admin", "piListId", listId));
        return listId;
    }

    private String read(String listId, String fileName, Object content) throws GenericEntityException {
        return readIn(Locale.ENGLISH, listId, fileName, content);
    }

    private String readIn(Locale locale, String listId, String fileName, Object content) throws GenericEntityException {
        byte[] bytes = content instanceof byte[] given ? given : ((String) content).getBytes(StandardCharsets.UTF_8);
        return (String) ok(callIn(locale, "readPiCountFile", "pitest-admin", "piListId", listId, "countFile", ByteBuffer.wrap(bytes),
                "_countFile_fileName", fileName)).get("importId");
    }

    private static byte[] xlsx(List<String> header, List<Object> row) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Scans");
            Row first = sheet.createRow(0);
            Row second = sheet.createRow(1);
            for (int c = 0; c < header.size(); c++) {
                first.createCell(c).setCellValue(header.get(c));
                if (row.get(c) instanceof Number number) {
                    second.createCell(c).setCellValue(number.doubleValue());
                } else {
                    second.createCell(c).setCellValue((String) row.get(c));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static List<Object> productsOf(Map<String, Object> result) {
        return ((List<?>) result.get("countLines")).stream().map(line -> ((Map<?, ?>) line).get("productId")).map(Object.class::cast).toList();
    }

    private GenericValue line(String listId, String productId, String locationSeqId) throws GenericEntityException {
        return EntityQuery.use(getDelegator()).from("PiCountLine").where("piListId", listId, "productId", productId,
                "locationSeqId", locationSeqId).queryFirst();
    }

    private List<GenericValue> scans(String listId) throws GenericEntityException {
        return EntityQuery.use(getDelegator()).from("PiScanLog").where("piListId", listId).orderBy("scanKey").queryList();
    }
}
