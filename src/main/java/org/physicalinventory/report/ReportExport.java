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

    /** The report as XLSX written as its rows come ({@link XlsxStream}); finishing ends the workbook, {@code out} stays open. */
    public static Sink xlsx(Words words, String sheetName, OutputStream out) throws IOException {
        XlsxStream sheet = new XlsxStream(out, sheetName, 0);
        sheet.row();
        for (int c = 0; c < words.headings().size(); c++) {
            sheet.text(c, words.headings().get(c), XlsxStream.Style.BOLD);
        }
        return new Sink() {
            @Override
            protected void write(ReportRow row) throws IOException {
                sheet.row().text(0, row.facilityId()).text(1, row.productId()).text(2, row.productName()).text(3, row.categoryId())
                        .text(4, row.lotId()).number(5, row.quantity()).number(6, row.unitCost()).number(7, row.value(), XlsxStream.Style.MONEY);
            }

            @Override
            protected void writeTotals(ReportTotals totals, Map<String, String> categoryNames) throws IOException {
                XlsxStream.Style bold = XlsxStream.Style.BOLD;
                for (CategoryTotal total : totals.categories()) {
                    sheet.row().text(0, words.categoryTotal(), bold).text(2, name(categoryNames, total.categoryId()), bold)
                            .text(3, total.categoryId(), bold).number(5, total.quantity(), bold).number(7, total.value(), XlsxStream.Style.BOLD_MONEY);
                }
                sheet.row().text(0, words.grandTotal(), bold).number(5, totals.quantity(), bold).number(7, totals.value(), XlsxStream.Style.BOLD_MONEY);
                sheet.finish();
            }

            @Override
            protected void release() {
                // nothing held: a workbook not finished is left without its zip directory
            }
        };
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
