package org.physicalinventory.ofbiz.test;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.fop.apps.Fop;
import org.apache.ofbiz.base.util.UtilGenerics;
import org.apache.ofbiz.entity.GenericValue;
import org.apache.ofbiz.entity.util.EntityQuery;
import org.apache.ofbiz.webapp.view.ApacheFopWorker;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.physicalinventory.ofbiz.valuation.ValorizedReportServices;
import org.physicalinventory.report.ReportExport;
import org.physicalinventory.report.ReportPdf;

/**
 * The valorized report of a closing of more than 10,000 rows, streamed (the closing's lines read by cursor as they are
 * written): its CSV, XLSX and PDF hold every row of the screen's report once, with the screen's grand total; a filter keeps
 * the screen's rows; the heading service refuses an unknown closing and a user without the permission.
 */
public class ValorizedExportTests extends PhysInvTestCase {

    private static final String FACILITY = "PI_TVEXP";
    private static final int PRODUCTS = 10_200;
    private static final Pattern PRODUCT = Pattern.compile(FACILITY + "-P\\d{6}");
    private static final ReportExport.Words WORDS = new ReportExport.Words(List.of("Facility", "Product", "Name", "Category", "Lot",
            "Quantity", "Unit cost", "Value"), "Total of category", "Grand total");

    public ValorizedExportTests(String name) {
        super(name);
    }

    public void testTheStreamedCsvXlsxAndPdfOfABigClosingHoldEveryRowOnceWithTheScreensTotal() throws Exception {
        String closingId = bigClosing();
        Map<String, Object> screen = ok(call("getPiValorizedReport", "pitest-viewer", "closingId", closingId));
        List<Map<String, Object>> rows = UtilGenerics.cast(screen.get("reportRows"));
        assertTrue("more than 10,000 rows: " + rows.size(), rows.size() > 10_000);
        List<String> products = new ArrayList<>(rows.stream().map(row -> (String) row.get("productId")).toList());
        products.sort(null);
        BigDecimal total = (BigDecimal) screen.get("totalValue");

        StringWriter csv = new StringWriter();
        ValorizedReportServices.writeClosing(getDelegator(), Map.of("closingId", closingId), ReportExport.csv(WORDS, csv));
        List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(csv.toString())).getRecords();
        List<String> csvProducts = new ArrayList<>();
        BigDecimal csvSum = BigDecimal.ZERO;
        for (CSVRecord record : records.subList(1, records.size())) {
            if (!record.get(0).startsWith("Total") && !record.get(0).startsWith("Grand")) {
                csvProducts.add(record.get(1));
                csvSum = csvSum.add(new BigDecimal(record.get(7)));
            }
        }
        assertEquals("the screen's order", rows.stream().map(row -> (String) row.get("productId")).toList(), csvProducts);
        assertNumber("the rows add up to the screen's total", total, csvSum);
        assertNumber("the grand total row", total, new BigDecimal(records.get(records.size() - 1).get(7)));

        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        ValorizedReportServices.writeClosing(getDelegator(), Map.of("closingId", closingId), ReportExport.xlsx(WORDS, "Report", xlsx));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.toByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            List<String> cells = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row.getCell(1) != null) {
                    cells.add(row.getCell(1).getStringCellValue());
                }
            }
            cells.sort(null);
            assertEquals("every row once", products, cells);
            assertEquals(total.doubleValue(), sheet.getRow(sheet.getLastRowNum()).getCell(7).getNumericCellValue(), 0.005);
        }

        String text = pdfText(closingId, Map.of("closingId", closingId));
        List<String> shown = new ArrayList<>();
        Matcher matcher = PRODUCT.matcher(text);
        while (matcher.find()) {
            shown.add(matcher.group());
        }
        shown.sort(null);
        assertEquals("every row once", products, shown);
        Matcher grand = Pattern.compile("Grand total\\s+\\S+\\s+(\\S+)").matcher(text);
        assertTrue("a grand total line", grand.find());
        assertNumber("the PDF's grand total is the screen's", total, new BigDecimal(grand.group(1)));
    }

    public void testAFilteredStreamedReportKeepsTheScreensRows() throws Exception {
        String closingId = bigClosing();
        String productId = String.format("%s-P%06d", FACILITY, 7);
        Map<String, Object> screen = ok(call("getPiValorizedReport", "pitest-viewer", "closingId", closingId, "productId", productId));
        List<Map<String, Object>> rows = UtilGenerics.cast(screen.get("reportRows"));
        assertEquals(1, rows.size());
        StringWriter csv = new StringWriter();
        ValorizedReportServices.writeClosing(getDelegator(), Map.of("closingId", closingId, "productId", productId), ReportExport.csv(WORDS, csv));
        List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(csv.toString())).getRecords();
        assertEquals("heading, the row, its category's total, the grand total", 4, records.size());
        assertEquals(productId, records.get(1).get(1));
        assertNumber("its value", (BigDecimal) rows.get(0).get("value"), new BigDecimal(records.get(1).get(7)));
        String text = pdfText(closingId, Map.of("closingId", closingId, "facilityId", "WebStoreWarehouse"));
        assertFalse("another facility's lines only: none", PRODUCT.matcher(text).find());
        assertTrue(text, text.contains("Grand total"));
    }

    public void testTheHeadingRefusesAnUnknownClosingAndAUserWithoutThePermission() throws Exception {
        String closingId = bigClosing();
        Map<String, Object> heading = ok(call("getPiValorizedReportHeading", "pitest-viewer", "closingId", closingId));
        assertEquals("FIFO", heading.get("valuationMethod"));
        assertEquals(closingId, ((GenericValue) heading.get("closing")).getString("closingId"));
        assertTrue(error(call("getPiValorizedReportHeading", "pitest-viewer", "closingId", "PI_NO_SUCH_CLOSING")).contains("PI_NO_SUCH_CLOSING"));
        error(call("getPiValorizedReportHeading", "pitest-nobody", "closingId", closingId));
    }

    /** The report's PDF as the download makes it (FOP fed as the rows are read), its text read back with PDFBox. */
    private String pdfText(String closingId, Map<String, String> filter) throws Exception {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Fop fop = ApacheFopWorker.createFopInstance(pdf, "application/pdf");
        ReportPdf.Heading heading = new ReportPdf.Heading("Valorized inventory report", "Closing " + closingId, "Page", WORDS.headings(),
                WORDS.categoryTotal(), "no category", WORDS.grandTotal());
        ValorizedReportServices.writeClosing(getDelegator(), filter, ReportPdf.fo(heading, fop.getDefaultHandler()));
        try (PDDocument document = PDDocument.load(pdf.toByteArray())) {
            return new PDFTextStripper().getText(document).replace('\u00a0', ' ');
        }
    }

    /** A FIFO closing of a generated warehouse of 10,200 products, made by the first test that asks for it. */
    private String bigClosing() throws Exception {
        GenericValue made = EntityQuery.use(getDelegator()).from("PiStockClosing").where("facilityId", FACILITY).queryFirst();
        if (made != null) {
            return made.getString("closingId");
        }
        ok(call("generatePiReferenceWarehouse", "pitest-admin", "facilityId", FACILITY, "ownerPartyId", "PI_TACCT", "locations", 50L,
                "products", (long) PRODUCTS, "items", (long) PRODUCTS, "detailsPerItem", 1L));
        return (String) ok(call("startPiStockClosing", "pitest-admin", "facilityId", FACILITY, "closingDate", Date.valueOf("2026-10-31"),
                "valuationMethod", "FIFO", "timeZone", TimeZone.getTimeZone("UTC"))).get("closingId");
    }

    private static void assertNumber(String message, BigDecimal expected, BigDecimal actual) {
        assertEquals(message + ": " + expected + " / " + actual, 0, expected.compareTo(actual));
    }
}
