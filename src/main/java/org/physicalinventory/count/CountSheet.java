package org.physicalinventory.count;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
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

    /** Rows of an XLSX sheet kept in memory while it is written. */
    private static final int ROWS_IN_MEMORY = 500;

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

    /** A sheet written as its lines come, so that a list of any size takes the same memory; closing it ends the file. */
    public interface Writer extends Closeable {

        void line(Line line) throws IOException;
    }

    public static void csv(List<Line> lines, Headings headings, boolean blindCount, java.io.Writer out) throws IOException {
        try (Writer sheet = csv(headings, blindCount, out)) {
            for (Line line : lines) {
                sheet.line(line);
            }
        }
    }

    public static void xlsx(List<Line> lines, Headings headings, boolean blindCount, String sheetName, OutputStream out) throws IOException {
        try (Writer sheet = xlsx(headings, blindCount, sheetName, out)) {
            for (Line line : lines) {
                sheet.line(line);
            }
        }
    }

    /** A CSV sheet: the heading row at once, then a row per line as it is written; closing flushes what is left. */
    public static Writer csv(Headings headings, boolean blindCount, java.io.Writer out) throws IOException {
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').build());
        csv.printRecord(headings.columns(blindCount));
        return new Writer() {
            @Override
            public void line(Line line) throws IOException {
                List<String> cells = new ArrayList<>(List.of(text(line.locationSeqId()), text(line.productId()), text(line.productName()),
                        text(line.lotId()), text(line.serialNumber())));
                if (!blindCount) {
                    cells.add(plain(line.bookQuantity()));
                }
                cells.add(plain(line.countedQuantity()));
                csv.printRecord(cells);
            }

            @Override
            public void close() throws IOException {
                csv.close(true);
            }
        };
    }

    /**
     * An XLSX sheet through POI's streaming workbook: at most {@value #ROWS_IN_MEMORY} rows in memory, the others in a temporary
     * file until closing writes the workbook to {@code out}.
     */
    public static Writer xlsx(Headings headings, boolean blindCount, String sheetName, OutputStream out) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
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
        sheet.createFreezePane(0, 1);
        return new Writer() {
            private int r = 1;

            @Override
            public void line(Line line) {
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

            @Override
            public void close() throws IOException {
                try {
                    workbook.write(out);
                } finally {
                    workbook.dispose();
                    workbook.close();
                }
            }
        };
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
