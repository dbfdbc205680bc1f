package org.physicalinventory.difference;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.physicalinventory.report.ReportExport;

/**
 * The review of an inventory as CSV, written row by row as the rows come: a heading row, then one row per difference
 * (or per line of a posted inventory). Numbers are plain (a point for decimals, no grouping) so that a spreadsheet or a
 * script adds them up to the screen's totals; flags are Y or N; text a spreadsheet would run as a formula is quoted.
 */
public final class ReviewExport implements AutoCloseable {

    /** The columns, in order: location, product, lot, serial, lists, book, book today, counted, difference, unit cost, value,
     * reason, over tolerance, moved, choice for moved stock, counted on two lists, likely causes. */
    public static final int COLUMNS = 17;

    private final CSVPrinter csv;

    private ReviewExport(CSVPrinter csv) {
        this.csv = csv;
    }

    /** Starts the export: its heading row, in the user's language. */
    public static ReviewExport csv(Writer out, List<String> headings) throws IOException {
        if (headings.size() != COLUMNS) {
            throw new IllegalArgumentException(COLUMNS + " headings");
        }
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT);
        csv.printRecord(headings);
        return new ReviewExport(csv);
    }

    public void row(ReviewLine line) throws IOException {
        csv.printRecord(ReportExport.text(line.key().locationSeqId()), ReportExport.text(line.key().productId()),
                ReportExport.text(line.key().lotId()), ReportExport.text(line.key().serialNumber()), ReportExport.text(line.listIds()),
                plain(line.book()), plain(line.currentBook()), plain(line.counted()), plain(line.difference()), plain(line.unitCost()),
                plain(line.value()), ReportExport.text(line.reason()), flag(line.overTolerance()), flag(line.moved()),
                line.movedChoice() == null ? "" : line.movedChoice().name(), flag(line.conflict()), ReportExport.text(line.causes()));
    }

    /** Writes out what is buffered, so that the rows so far reach the reader. */
    public void flush() throws IOException {
        csv.flush();
    }

    @Override
    public void close() throws IOException {
        csv.close(true);
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }

    private static String flag(boolean value) {
        return value ? "Y" : "N";
    }
}
