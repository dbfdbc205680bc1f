package org.physicalinventory.count;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.physicalinventory.report.XlsxStream;

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
     * An XLSX sheet written as its lines come ({@link XlsxStream}): the heading row bold and frozen, then a row per line; closing ends
     * the workbook.
     */
    public static Writer xlsx(Headings headings, boolean blindCount, String sheetName, OutputStream out) throws IOException {
        XlsxStream sheet = new XlsxStream(out, sheetName, 1);
        List<String> columns = headings.columns(blindCount);
        sheet.row();
        for (int c = 0; c < columns.size(); c++) {
            sheet.text(c, columns.get(c), XlsxStream.Style.BOLD);
        }
        return new Writer() {
            @Override
            public void line(Line line) throws IOException {
                sheet.row().text(0, line.locationSeqId()).text(1, line.productId()).text(2, line.productName()).text(3, line.lotId())
                        .text(4, line.serialNumber());
                int c = 5;
                if (!blindCount) {
                    sheet.number(c++, line.bookQuantity());
                }
                sheet.number(c, line.countedQuantity());
            }

            @Override
            public void close() throws IOException {
                sheet.finish();
            }
        };
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
