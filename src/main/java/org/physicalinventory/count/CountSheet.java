package org.physicalinventory.count;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The count sheet of a list as a file to fill in: CSV for any spreadsheet, XLSX for one that opens workbooks. One row
 * per line, sorted as given (by location), with the columns location, product, description, lot, serial number, book
 * quantity (left out on a blind count) and counted quantity, the last one filled in for the lines counted already and
 * empty for the others. Filled in, the file is read back by the import ({@link CountColumns}, which knows these headings
 * in every language): its "counted quantity" column is what it records. Quantities are plain (a point for decimals in
 * CSV, numbers in XLSX); text a spreadsheet would run as a formula is quoted in CSV, and never a formula in XLSX.
 */
public final class CountSheet {

    private CountSheet() {
    }

    /** A line of the sheet. */
    public record Line(String locationSeqId, String productId, String productName, String lotId, String serialNumber, BigDecimal bookQuantity,
            BigDecimal countedQuantity) {
    }

    /** The translated headings of the columns. */
    public record Headings(String location, String product, String description, String lot, String serialNumber, String bookQuantity,
            String countedQuantity) {

        /** The headings of the sheet's columns, without the book quantity on a blind count. */
        public List<String> columns(boolean blindCount) {
            List<String> columns = new ArrayList<>(List.of(location, product, description, lot, serialNumber));
            if (!blindCount) {
                columns.add(bookQuantity);
            }
            columns.add(countedQuantity);
            return columns;
        }
    }

    public static void csv(List<Line> lines, Headings headings, boolean blindCount, Writer out) throws IOException {
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').build())) {
            csv.printRecord(headings.columns(blindCount));
            for (Line line : lines) {
                List<String> cells = new ArrayList<>(List.of(text(line.locationSeqId()), text(line.productId()),
                        text(line.productName()), text(line.lotId()), text(line.serialNumber())));
                if (!blindCount) {
                    cells.add(plain(line.bookQuantity()));
                }
                cells.add(plain(line.countedQuantity()));
                csv.printRecord(cells);
            }
        }
    }

    public static void xlsx(List<Line> lines, Headings headings, boolean blindCount, String sheetName, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(500);
        try {
            Sheet sheet = workbook.createSheet(sheetName);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            List<String> columns = headings.columns(blindCount);
            Row heading = sheet.createRow(0);
            for (int c = 0; c < columns.size(); c++) {
                Cell cell = heading.createCell(c);
                cell.setCellValue(columns.get(c));
                cell.setCellStyle(bold);
            }
            int r = 1;
            for (Line line : lines) {
                Row row = sheet.createRow(r++);
                int c = 0;
                for (String text : new String[] {line.locationSeqId(), line.productId(), line.productName(), line.lotId(), line.serialNumber()}) {
                    if (text != null) {
                        row.createCell(c).setCellValue(text);
                    }
                    c++;
                }
                if (!blindCount) {
                    number(row, c++, line.bookQuantity());
                }
                number(row, c, line.countedQuantity());
            }
            sheet.createFreezePane(0, 1);
            workbook.write(out);
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }

    private static void number(Row row, int column, BigDecimal value) {
        if (value != null) {
            row.createCell(column).setCellValue(value.doubleValue());
        }
    }

    /** Text for a CSV cell; one a spreadsheet would take for a formula (=, +, -, @) starts with an apostrophe. */
    static String text(String value) {
        if (value == null) {
            return "";
        }
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : QuantityReader.format(value, null);
    }
}
