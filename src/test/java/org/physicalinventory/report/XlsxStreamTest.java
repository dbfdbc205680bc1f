package org.physicalinventory.report;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.Test;
import org.physicalinventory.report.XlsxStream.Style;

public class XlsxStreamTest {

    private static XSSFWorkbook readBack(ByteArrayOutputStream out) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    public void aWorkbookReadBackByPoiHoldsEachCellAsWrittenWithItsStyle() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxStream sheet = new XlsxStream(out, "Inventario", 1);
        sheet.row().text(0, "Ubicazione", Style.BOLD).text(2, "Valore", Style.BOLD);
        sheet.row().text(0, "A-01").number(1, new BigDecimal("12.500000")).number(2, new BigDecimal("1234.5"), Style.MONEY);
        sheet.row().text(0, "Totale", Style.BOLD).number(2, new BigDecimal("-3"), Style.BOLD_MONEY);
        sheet.finish();
        try (XSSFWorkbook workbook = readBack(out)) {
            Sheet read = workbook.getSheetAt(0);
            assertEquals("Inventario", read.getSheetName());
            assertEquals(2, read.getLastRowNum());
            XSSFCell heading = (XSSFCell) read.getRow(0).getCell(0);
            assertEquals("Ubicazione", heading.getStringCellValue());
            assertTrue(heading.getCellStyle().getFont().getBold());
            assertNull(read.getRow(0).getCell(1));
            Row line = read.getRow(1);
            assertEquals(12.5, line.getCell(1).getNumericCellValue(), 0);
            assertEquals("#,##0.00", line.getCell(2).getCellStyle().getDataFormatString());
            assertFalse(((XSSFCell) line.getCell(2)).getCellStyle().getFont().getBold());
            XSSFCell total = (XSSFCell) read.getRow(2).getCell(2);
            assertEquals(-3, total.getNumericCellValue(), 0);
            assertTrue(total.getCellStyle().getFont().getBold());
            assertEquals("#,##0.00", total.getCellStyle().getDataFormatString());
            PaneInformation frozen = read.getPaneInformation();
            assertTrue(frozen.isFreezePane());
            assertEquals(1, frozen.getHorizontalSplitPosition());
        }
    }

    @Test
    public void textIsKeptAsWrittenAndNeverAFormula() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxStream sheet = new XlsxStream(out, "Sheet", 0);
        sheet.row().text(0, "=SUM(A1:A9)").text(1, "<Bolt & \"nut\" 'M8'>").text(2, "  two spaces ").text(3, "bell\u0007 é ✓");
        sheet.finish();
        try (XSSFWorkbook workbook = readBack(out)) {
            Row row = workbook.getSheetAt(0).getRow(0);
            assertEquals(CellType.STRING, row.getCell(0).getCellType());
            assertEquals("=SUM(A1:A9)", row.getCell(0).getStringCellValue());
            assertEquals("<Bolt & \"nut\" 'M8'>", row.getCell(1).getStringCellValue());
            assertEquals("  two spaces ", row.getCell(2).getStringCellValue());
            assertEquals("bell? é ✓", row.getCell(3).getStringCellValue());
        }
    }

    @Test
    public void theFirstBytesLeaveBeforeTheLastRowIsWritten() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxStream sheet = new XlsxStream(out, "Sheet", 0);
        int atStart = out.size();
        for (int r = 0; r < 20_000; r++) {
            sheet.row().text(0, "LOCATION-" + r).text(1, "PRODUCT-" + r * 7).number(2, BigDecimal.valueOf(r));
        }
        int beforeFinishing = out.size();
        sheet.finish();
        assertTrue("the workbook's parts leave at once", atStart > 0);
        assertTrue("the rows leave as they come", beforeFinishing > atStart + out.size() / 2);
        try (XSSFWorkbook workbook = readBack(out)) {
            assertEquals(19_999, workbook.getSheetAt(0).getLastRowNum());
            assertEquals("PRODUCT-139993", workbook.getSheetAt(0).getRow(19_999).getCell(1).getStringCellValue());
        }
    }

    @Test
    public void aWorkbookLeftUnfinishedCannotBeOpened() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxStream sheet = new XlsxStream(out, "Sheet", 0);
        for (int r = 0; r < 5_000; r++) {
            sheet.row().text(0, "LOCATION-" + r);
        }
        assertThrows(Exception.class, () -> readBack(out).close());
    }

    @Test
    public void columnsAreNamedAsASpreadsheetNamesThem() {
        assertEquals("A", XlsxStream.columnName(0));
        assertEquals("Z", XlsxStream.columnName(25));
        assertEquals("AA", XlsxStream.columnName(26));
        assertEquals("ZZ", XlsxStream.columnName(701));
        assertEquals("AAA", XlsxStream.columnName(702));
    }

    @Test
    public void aSheetNameASpreadsheetRefusesIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new XlsxStream(new ByteArrayOutputStream(), "Stock [A/B]", 0));
    }
}
