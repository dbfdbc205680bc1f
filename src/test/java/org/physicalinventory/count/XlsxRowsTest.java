package org.physicalinventory.count;

import static org.junit.Assert.assertEquals;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.Test;
import org.physicalinventory.Refusals;

public class XlsxRowsTest {

    private static byte[] workbook(int rows) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Counts");
            CellStyle thousands = workbook.createCellStyle();
            thousands.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("Location");
            header.createCell(2).setCellValue("Counted quantity");
            for (int r = 1; r <= rows; r++) {
                Row row = sheet.createRow(r + 1); // a blank row after the header
                row.createCell(0).setCellValue("A" + r);
                row.createCell(1).setCellFormula("1+1");
                row.createCell(2).setCellValue(1234.5);
                row.getCell(2).setCellStyle(thousands);
                row.createCell(3).setCellValue(LocalDate.of(2026, 12, 31));
                row.getCell(3).setCellStyle(date);
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    @Test
    public void cellsAreReadPlainlyWhateverTheirFormatAndBlankCellsKeepTheirPlace() throws Exception {
        List<CountFile.Row> rows = XlsxRows.read(workbook(2), 10);
        assertEquals(List.of("Location", "", "Counted quantity"), rows.get(0).cells());
        assertEquals(3, rows.get(1).number());
        assertEquals("A1", rows.get(1).cell(0));
        assertEquals("1234.5", rows.get(1).cell(2));
        assertEquals("2026-12-31", rows.get(1).cell(3));
    }

    @Test
    public void aWorkbookWithTooManyRowsIsRefusedWhileItIsRead() throws Exception {
        byte[] file = workbook(5);
        Refusals.assertRefused(() -> XlsxRows.read(file, 3), "PhysInvErrorImportTooManyRows", 4, 3);
    }
}
