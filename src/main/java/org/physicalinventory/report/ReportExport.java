package org.physicalinventory.report;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.physicalinventory.report.ValorizedReport.CategoryTotal;

/**
 * The valorized inventory report as CSV and as XLSX: a heading row, one row per report row, then one total row per
 * category and the grand total. Numbers are plain (a point for decimals in CSV, numeric cells in XLSX) so that a
 * spreadsheet or a script adds them up to the same totals as the screen. Text a spreadsheet would run as a formula
 * is quoted in CSV; XLSX cells of text are never formulas.
 */
public final class ReportExport {

    private ReportExport() {
    }

    /** The translated words of the export: the eight column headings, then "total of category" and "grand total". */
    public record Words(List<String> headings, String categoryTotal, String grandTotal) {

        public Words {
            if (headings.size() != 8) {
                throw new IllegalArgumentException("eight headings: facility, product, name, category, lot, quantity, unit cost, value");
            }
            headings = List.copyOf(headings);
        }
    }

    /**
     * A report written as its rows come, so that the memory used does not grow with them: {@link #row} for each row in the
     * report's order, then {@link #finish} writes the total of each category and the grand total ({@link ReportTotals}, added
     * up as the rows went by) and ends the file. {@link #close} alone (a failure on the way) lets go of what the file held.
     */
    public abstract static class Sink implements Closeable {

        private final ReportTotals totals = new ReportTotals();
        private boolean closed;

        public final void row(ReportRow row) throws IOException {
            totals.add(row);
            write(row);
        }

        /** The totals of the rows written so far: the categories whose names {@link #finish} wants. */
        public final ReportTotals totals() {
            return totals;
        }

        /** The totals written and the file ended. */
        public final void finish(Map<String, String> categoryNames) throws IOException {
            try (this) {
                writeTotals(totals, categoryNames);
            }
        }

        protected abstract void write(ReportRow row) throws IOException;

        protected abstract void writeTotals(ReportTotals totals, Map<String, String> categoryNames) throws IOException;

        /** Lets go of the file (once, however often it is closed). */
        protected abstract void release() throws IOException;

        @Override
        public final void close() throws IOException {
            if (!closed) {
                closed = true;
                release();
            }
        }
    }

    /** Writes a report made beforehand (its rows in memory) through a sink. */
    public static void write(ValorizedReport report, Map<String, String> categoryNames, Sink sink) throws IOException {
        try (sink) {
            for (ReportRow row : report.rows()) {
                sink.row(row);
            }
            sink.finish(categoryNames);
        }
    }

    public static void csv(ValorizedReport report, Map<String, String> categoryNames, Words words, Writer out) throws IOException {
        write(report, categoryNames, csv(words, out));
    }

    public static void xlsx(ValorizedReport report, Map<String, String> categoryNames, Words words, String sheetName, OutputStream out)
            throws IOException {
        write(report, categoryNames, xlsx(words, sheetName, out));
    }

    /** The report as CSV written as its rows come; the writer is closed with the sink. */
    public static Sink csv(Words words, Writer out) throws IOException {
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT);
        csv.printRecord(words.headings());
        return new Sink() {
            @Override
            protected void write(ReportRow row) throws IOException {
                csv.printRecord(text(row.facilityId()), text(row.productId()), text(row.productName()), text(row.categoryId()), text(row.lotId()),
                        plain(row.quantity()), plain(row.unitCost()), money(row.value()));
            }

            @Override
            protected void writeTotals(ReportTotals totals, Map<String, String> categoryNames) throws IOException {
                for (CategoryTotal total : totals.categories()) {
                    csv.printRecord(words.categoryTotal(), "", text(name(categoryNames, total.categoryId())), text(total.categoryId()), "",
                            plain(total.quantity()), "", money(total.value()));
                }
                csv.printRecord(words.grandTotal(), "", "", "", "", plain(totals.quantity()), "", money(totals.value()));
            }

            @Override
            protected void release() throws IOException {
                csv.close();
            }
        };
    }

    /** The report as XLSX through POI's streaming workbook (500 rows kept in memory), written to {@code out} when finished. */
    public static Sink xlsx(Words words, String sheetName, OutputStream out) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(500);
        Sheet sheet = workbook.createSheet(sheetName);
        Styles styles = Styles.of(workbook);
        Row heading = sheet.createRow(0);
        for (int c = 0; c < words.headings().size(); c++) {
            text(heading, c, words.headings().get(c), styles.bold());
        }
        return new Sink() {
            private int r = 1;

            @Override
            protected void write(ReportRow row) {
                Row line = sheet.createRow(r++);
                text(line, 0, row.facilityId(), null);
                text(line, 1, row.productId(), null);
                text(line, 2, row.productName(), null);
                text(line, 3, row.categoryId(), null);
                text(line, 4, row.lotId(), null);
                number(line, 5, row.quantity(), null);
                number(line, 6, row.unitCost(), null);
                number(line, 7, row.value(), styles.money());
            }

            @Override
            protected void writeTotals(ReportTotals totals, Map<String, String> categoryNames) throws IOException {
                for (CategoryTotal total : totals.categories()) {
                    Row line = sheet.createRow(r++);
                    text(line, 0, words.categoryTotal(), styles.bold());
                    text(line, 2, name(categoryNames, total.categoryId()), styles.bold());
                    text(line, 3, total.categoryId(), styles.bold());
                    number(line, 5, total.quantity(), styles.bold());
                    number(line, 7, total.value(), styles.boldMoney());
                }
                Row grand = sheet.createRow(r);
                text(grand, 0, words.grandTotal(), styles.bold());
                number(grand, 5, totals.quantity(), styles.bold());
                number(grand, 7, totals.value(), styles.boldMoney());
                workbook.write(out);
            }

            @Override
            protected void release() throws IOException {
                workbook.dispose();
                workbook.close();
            }
        };
    }

    /** The cell styles of an export: bold (headings, totals), money (two decimals), and both. */
    public record Styles(CellStyle bold, CellStyle money, CellStyle boldMoney) {

        public static Styles of(Workbook workbook) {
            Font font = workbook.createFont();
            font.setBold(true);
            CellStyle bold = workbook.createCellStyle();
            bold.setFont(font);
            CellStyle money = workbook.createCellStyle();
            money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            CellStyle boldMoney = workbook.createCellStyle();
            boldMoney.cloneStyleFrom(money);
            boldMoney.setFont(font);
            return new Styles(bold, money, boldMoney);
        }
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value);
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
    }

    private static void number(Row row, int column, BigDecimal value, CellStyle style) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value.doubleValue());
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
    }

    /** Text for a CSV cell; one a spreadsheet would take for a formula (=, +, -, @) is quoted with an apostrophe. */
    public static String text(String value) {
        if (value == null) {
            return "";
        }
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    static String name(Map<String, String> names, String categoryId) {
        return categoryId == null ? null : names.get(categoryId);
    }

    static String money(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
