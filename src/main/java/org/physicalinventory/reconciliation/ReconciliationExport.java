package org.physicalinventory.reconciliation;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.physicalinventory.report.ReportExport.Styles;

/**
 * A reconciliation as CSV and as XLSX, one table: per inventory account its row (closing value, ledger balance, difference), the
 * explanations of its difference (stock side, ledger side, what each explains), its product lines (closing value); then the total
 * row. The explanations of an account add up to its difference and its product lines to its closing value, as on the screen.
 * Numbers are plain (a point for decimals in CSV, numeric cells in XLSX); text a spreadsheet would run as a formula is quoted.
 */
public final class ReconciliationExport {

    private static final int COLUMNS = 12;
    /** The columns from the stock side on hold amounts. */
    private static final int FIRST_AMOUNT = 9;

    private ReconciliationExport() {
    }

    /**
     * The translated words: the twelve headings (line, account, cause, document, facility, product, transactions, date, quantity,
     * stock, ledger, difference), the names of the four kinds of line, of the causes, notes and kinds of document.
     */
    public record Words(List<String> headings, String accountLine, String explanationLine, String productLine, String totalLine,
            Map<Cause, String> causes, Map<Note, String> notes, Map<Document.Kind, String> documents) {

        public Words {
            if (headings.size() != COLUMNS) {
                throw new IllegalArgumentException("twelve headings");
            }
            headings = List.copyOf(headings);
        }
    }

    /** One line of the table: its cells, texts or numbers (null: empty). */
    record Line(List<Object> cells, boolean bold) {
    }

    /** The table's lines, the heading first. */
    static List<Line> lines(Reconciliation reconciliation, Words words, ZoneId zone) {
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(new ArrayList<>(words.headings()), true));
        for (AccountFigures account : reconciliation.accounts()) {
            lines.add(line(true, words.accountLine(), account.glAccountId(), null, null, null, null, null, null, null, account.closingValue(),
                    account.ledgerBalance(), account.difference()));
            for (Explanation e : reconciliation.explanations(account.glAccountId())) {
                lines.add(line(false, words.explanationLine(), e.glAccountId(), cause(e, words), document(e.document(), words), e.facilityId(),
                        e.productId(), String.join(" ", e.acctgTransIds()), date(e.date(), zone), e.quantity(), e.stockValue(), e.ledgerAmount(),
                        e.amount()));
            }
            for (ClosingValue product : reconciliation.products(account.glAccountId())) {
                lines.add(line(false, words.productLine(), account.glAccountId(), null, null, product.facilityId(), product.productId(), null, null,
                        product.quantity(), product.value(), null, null));
            }
        }
        lines.add(line(true, words.totalLine(), null, null, null, null, null, null, null, null, reconciliation.closingValue(),
                reconciliation.ledgerBalance(), reconciliation.difference()));
        return lines;
    }

    private static Line line(boolean bold, Object... cells) {
        return new Line(java.util.Arrays.asList(cells), bold);
    }

    public static void csv(Reconciliation reconciliation, Words words, ZoneId zone, Writer out) throws IOException {
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            for (Line line : lines(reconciliation, words, zone)) {
                List<String> cells = new ArrayList<>();
                for (Object cell : line.cells()) {
                    cells.add(cell == null ? "" : cell instanceof BigDecimal number ? number.toPlainString() : text(cell.toString()));
                }
                csv.printRecord(cells);
            }
        }
    }

    public static void xlsx(Reconciliation reconciliation, Words words, ZoneId zone, String sheetName, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(500);
        try {
            Sheet sheet = workbook.createSheet(sheetName);
            Styles styles = Styles.of(workbook);
            int r = 0;
            for (Line line : lines(reconciliation, words, zone)) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < line.cells().size(); c++) {
                    Object value = line.cells().get(c);
                    if (value != null) {
                        cell(row.createCell(c), value, c >= FIRST_AMOUNT, line.bold(), styles);
                    }
                }
            }
            workbook.write(out);
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }

    /** A cell: a number (the amounts in money format), or text; bold in the account and total lines. */
    private static void cell(Cell cell, Object value, boolean amount, boolean bold, Styles styles) {
        if (value instanceof BigDecimal number) {
            cell.setCellValue(number.doubleValue());
            CellStyle style = amount ? (bold ? styles.boldMoney() : styles.money()) : bold ? styles.bold() : null;
            if (style != null) {
                cell.setCellStyle(style);
            }
        } else {
            cell.setCellValue(value.toString());
            if (bold) {
                cell.setCellStyle(styles.bold());
            }
        }
    }

    private static String cause(Explanation explanation, Words words) {
        String cause = words.causes().getOrDefault(explanation.cause(), explanation.cause().name());
        return explanation.note() == null ? cause : cause + " (" + words.notes().getOrDefault(explanation.note(), explanation.note().name()) + ")";
    }

    /** A document as "Shipment 10010"; a kind alone for an unnamed receipt; empty for none. */
    static String document(Document document, Words words) {
        if (document == null) {
            return null;
        }
        String kind = words.documents().getOrDefault(document.kind(), document.kind().name());
        return document.id() == null || document.kind() == Document.Kind.NONE ? kind : kind + " " + document.id();
    }

    private static String date(Instant date, ZoneId zone) {
        return date == null ? null : date.atZone(zone).toLocalDate().toString();
    }

    /** Text for a CSV cell; one a spreadsheet would take for a formula (=, +, -, @) is quoted with an apostrophe. */
    static String text(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
