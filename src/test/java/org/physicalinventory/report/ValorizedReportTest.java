package org.physicalinventory.report;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.Test;
import org.physicalinventory.report.ReportExport.Words;
import org.physicalinventory.report.ValorizedReport.CategoryTotal;

/** The valorized inventory report: totals by category and in all, and exports whose figures add up to the same. */
public class ValorizedReportTest {

    private static final Words WORDS = new Words(List.of("Facility", "Product", "Name", "Category", "Lot", "Quantity", "Unit cost", "Value"),
            "Total of category", "Grand total");

    private static ValorizedReport report() {
        return ValorizedReport.of(List.of(
                row("WH", "P2", "Widget", "TOOLS", null, "3", "10.50"),
                row("WH", "P1", "Gizmo", "TOOLS", null, "2.5", "4.10"),
                row("WH", "P3", "=cmd|' /C calc'!A0", null, null, "1", "0.99"),
                row("WH", "P4", "Bolt", "PARTS", null, "100", "12.00")));
    }

    @Test
    public void rowsComeByCategoryThenProductWithTheUncategorisedLast() {
        List<String> products = report().rows().stream().map(ReportRow::productId).toList();
        assertEquals(List.of("P4", "P1", "P2", "P3"), products);
    }

    @Test
    public void eachCategoryAndTheWholeAddTheirRowsValues() {
        ValorizedReport report = report();
        assertEquals(3, report.categories().size());
        CategoryTotal parts = report.categories().get(0);
        assertEquals("PARTS", parts.categoryId());
        assertEquals(new BigDecimal("12.00"), parts.value());
        CategoryTotal tools = report.categories().get(1);
        assertEquals(2, tools.rows());
        assertEquals(new BigDecimal("5.5"), tools.quantity());
        assertEquals(new BigDecimal("14.60"), tools.value());
        assertNull(report.categories().get(2).categoryId());
        assertEquals(new BigDecimal("27.59"), report.totalValue());
        assertEquals(new BigDecimal("106.5"), report.totalQuantity());
    }

    @Test
    public void theCsvRowsAddUpToItsTotalsAndNoCellIsAFormula() throws Exception {
        StringWriter out = new StringWriter();
        ReportExport.csv(report(), Map.of("TOOLS", "Tools"), WORDS, out);
        List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(out.toString())).getRecords();
        assertEquals("Value", records.get(0).get(7));
        BigDecimal rows = BigDecimal.ZERO;
        for (CSVRecord record : records.subList(1, 5)) {
            rows = rows.add(new BigDecimal(record.get(7)));
        }
        assertEquals(new BigDecimal("27.59"), rows);
        CSVRecord tools = records.get(6);
        assertEquals(List.of("Total of category", "", "Tools", "TOOLS", "", "5.5", "", "14.60"), tools.toList());
        CSVRecord grand = records.get(records.size() - 1);
        assertEquals("Grand total", grand.get(0));
        assertEquals("27.59", grand.get(7));
        assertEquals("'=cmd|' /C calc'!A0", records.get(4).get(2));
        // 4.10 / 2.5, without trailing zeros
        assertEquals("1.64", records.get(2).get(6));
    }

    @Test
    public void theXlsxHoldsNumbersThatAddUpToItsTotals() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportExport.xlsx(report(), Map.of(), WORDS, "Report", out);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = workbook.getSheet("Report");
            double rows = 0;
            for (int r = 1; r <= 4; r++) {
                rows += sheet.getRow(r).getCell(7).getNumericCellValue();
            }
            Row grand = sheet.getRow(sheet.getLastRowNum());
            assertEquals("Grand total", grand.getCell(0).getStringCellValue());
            assertEquals(27.59, grand.getCell(7).getNumericCellValue(), 1e-9);
            assertEquals(27.59, rows, 1e-9);
            assertEquals("=cmd|' /C calc'!A0", sheet.getRow(4).getCell(2).getStringCellValue());
            assertEquals(106.5, grand.getCell(5).getNumericCellValue(), 1e-9);
        }
    }

    static ReportRow row(String facility, String product, String name, String category, String lot, String quantity, String value) {
        BigDecimal q = new BigDecimal(quantity);
        BigDecimal v = new BigDecimal(value);
        return new ReportRow(facility, product, name, category, lot, q, v.divide(q, 6, java.math.RoundingMode.HALF_UP), v, false);
    }
}
