package org.physicalinventory.ofbiz.test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.ofbiz.base.util.UtilGenerics;
import org.apache.ofbiz.entity.GenericValue;
import org.apache.ofbiz.entity.util.EntityQuery;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.physicalinventory.count.CountFile;
import org.physicalinventory.count.CountSheet;
import org.physicalinventory.ofbiz.count.CountSheetViewHandler;

/**
 * The count sheets of a big inventory ({@link BigInventoryTestCase}: 10,500 lines): the streamed CSV and XLSX hold every line
 * the count grid's service answers, with the same book total; the count sheets job's zip holds one PDF per range of
 * locations, which together show every line once.
 */
public class CountSheetExportTests extends BigInventoryTestCase {

    private static final CountSheet.Headings HEADINGS = new CountSheet.Headings("Location", "Product", "Description", "Lot", "Serial number",
            "Book quantity", "Counted quantity");
    private static final int BOOK = 5;
    private static final Pattern PRODUCT = Pattern.compile("PI_TREV-P\\d{6}");

    public CountSheetExportTests(String name) {
        super(name);
    }

    public void testTheStreamedCountSheetsHoldEveryLineWithTheScreensBookTotal() throws Exception {
        String listId = bigList();
        Map<String, Object> screen = ok(call("findPiCountLines", "pitest-viewer", "piListId", listId));
        List<Map<String, Object>> lines = UtilGenerics.cast(screen.get("countLines"));
        assertEquals((long) LINES, screen.get("lineCount"));
        BigDecimal book = lines.stream().map(line -> (BigDecimal) line.get("bookQuantity")).reduce(BigDecimal.ZERO, BigDecimal::add);

        StringWriter csv = new StringWriter();
        CountSheetViewHandler.write(getDelegator(), Map.of("piListId", listId), CountSheet.csv(HEADINGS, false, csv));
        List<CSVRecord> rows = CSVFormat.DEFAULT.parse(new StringReader(csv.toString())).getRecords();
        assertEquals("the heading and every line", LINES + 1, rows.size());
        BigDecimal csvBook = BigDecimal.ZERO;
        for (int i = 0; i < lines.size(); i++) {
            CSVRecord row = rows.get(i + 1);
            assertEquals("line " + i, lines.get(i).get("productId"), row.get(1));
            assertEquals("line " + i, lines.get(i).get("locationSeqId"), row.get(0));
            csvBook = csvBook.add(new BigDecimal(row.get(BOOK)));
        }
        assertEquals(0, book.compareTo(csvBook));

        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        CountSheetViewHandler.write(getDelegator(), Map.of("piListId", listId), CountSheet.xlsx(HEADINGS, false, "Sheet", xlsx));
        List<CountFile.Row> cells = CountFile.read(xlsx.toByteArray()).rows();
        assertEquals("every line", LINES, cells.size());
        assertEquals(0, book.compareTo(cells.stream().map(row -> new BigDecimal(row.cells().get(BOOK))).reduce(BigDecimal.ZERO, BigDecimal::add)));
    }

    public void testACountSheetsCheckReadsNoLineYetRefusesAnUnknownListOrANonViewer() throws Exception {
        String listId = bigList();
        Map<String, Object> checked = ok(call("findPiCountLines", "pitest-viewer", "piListId", listId, "checkOnly", true));
        assertEquals(List.of(), checked.get("countLines"));
        assertEquals(0L, checked.get("lineCount"));
        assertEquals(false, checked.get("blindCount"));
        assertTrue(error(call("findPiCountLines", "pitest-viewer", "piListId", "PI_NO_SUCH", "checkOnly", true)).contains("PI_NO_SUCH"));
        error(call("findPiCountLines", "pitest-nobody", "piListId", listId, "checkOnly", true));
    }

    public void testTheCountSheetsJobsZipHoldsOnePdfPerRangeShowingEveryLineOnce() throws Exception {
        String inventoryId = bigInventory();
        Map<String, Object> started = ok(call("startPiCountSheets", "pitest-viewer", "piInventoryId", inventoryId, "linesPerSheet", 2000));
        assertEquals((long) LINES, started.get("linesTotal"));
        assertEquals("refused while it runs", true, error(call("startPiCountSheets", "pitest-viewer", "piInventoryId", inventoryId))
                .contains("being made"));
        Map<String, Object> progress = null;
        for (int i = 0; i < 600 && (progress == null || "RUNNING".equals(progress.get("runStatusId"))); i++) {
            Thread.sleep(500);
            progress = ok(call("getPiCountSheetsProgress", "pitest-viewer", "piInventoryId", inventoryId));
        }
        assertEquals(progress.get("message") + "", "DONE", progress.get("runStatusId"));
        assertEquals(started.get("sheetsTotal"), progress.get("sheetsDone"));
        assertEquals((long) LINES, progress.get("linesDone"));

        Map<String, List<String>> pdfs = pdfProducts(Files.readAllBytes(Path.of((String) progress.get("zipFile"))));
        assertEquals(((Long) started.get("sheetsTotal")).intValue(), pdfs.size());
        List<String> shown = new ArrayList<>();
        pdfs.values().forEach(shown::addAll);
        List<String> expected = new ArrayList<>();
        for (GenericValue line : EntityQuery.use(getDelegator()).from("PiCountLine").where("piListId", bigList()).select("productId").queryList()) {
            expected.add(line.getString("productId"));
        }
        shown.sort(null);
        expected.sort(null);
        assertEquals("every line once", expected, shown);
    }

    public void testCountSheetsAreRefusedForAnUnknownInventoryASizeOutOfBoundsOrANonViewer() throws Exception {
        String inventoryId = bigInventory();
        assertTrue(error(call("startPiCountSheets", "pitest-viewer", "piInventoryId", "PI_NO_SUCH")).contains("PI_NO_SUCH"));
        assertTrue(error(call("startPiCountSheets", "pitest-viewer", "piInventoryId", inventoryId, "linesPerSheet", 5)).contains("between"));
        error(call("startPiCountSheets", "pitest-nobody", "piInventoryId", inventoryId));
        error(call("getPiCountSheetsProgress", "pitest-nobody", "piInventoryId", inventoryId));
    }

    /** The big inventory's one list. */
    private String bigList() throws Exception {
        return EntityQuery.use(getDelegator()).from("PiInventoryList").where("piInventoryId", bigInventory()).queryFirst().getString("piListId");
    }

    /** The product ids each PDF of the zip shows, by file. */
    private static Map<String, List<String>> pdfProducts(byte[] zip) throws Exception {
        Map<String, List<String>> products = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                assertTrue(entry.getName(), entry.getName().endsWith(".pdf"));
                try (PDDocument pdf = PDDocument.load(in.readAllBytes())) {
                    Matcher matcher = PRODUCT.matcher(new PDFTextStripper().getText(pdf));
                    List<String> found = new ArrayList<>();
                    while (matcher.find()) {
                        found.add(matcher.group());
                    }
                    products.put(entry.getName(), found);
                }
            }
        }
        return products;
    }
}
