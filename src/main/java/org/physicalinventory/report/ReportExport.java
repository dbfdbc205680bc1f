package org.physicalinventory.report;

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

    public static void csv(ValorizedReport report, Map<String, String> categoryNames, Words words, Writer out) throws IOException {
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            csv.printRecord(words.headings());
            for (ReportRow row : report.rows()) {
                csv.printRecord(text(row.facilityId()), text(row.productId()), text(row.productName()), text(row.categoryId()), text(row.lotId()),
                        plain(row.quantity()), plain(row.unitCost()), money(row.value()));
            }
            for (CategoryTotal total : report.categories()) {
                csv.printRecord(words.categoryTotal(), "", text(name(categoryNames, total.categoryId())), text(total.categoryId()), "",
                        plain(total.quantity()), "", money(total.value()));
            }
            csv.printRecord(words.grandTotal(), "", "", "", "", plain(report.totalQuantity()), "", money(report.totalValue()));
        }
    }

    public static void xlsx(ValorizedReport report, Map<String, String> categoryNames, Words words, String sheetName, OutputStream out)
            throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(500);
        try {
            Sheet sheet = workbook.createSheet(sheetName);
            Styles styles = Styles.of(workbook);
            CellStyle bold = styles.bold();
            CellStyle money = styles.money();
            CellStyle boldMoney = styles.boldMoney();
            int r = 0;
            Row heading = sheet.createRow(r++);
            for (int c = 0; c < words.headings().size(); c++) {
                text(heading, c, words.headings().get(c), bold);
            }
            for (ReportRow row : report.rows()) {
                Row line = sheet.createRow(r++);
                text(line, 0, row.facilityId(), null);
                text(line, 1, row.productId(), null);
                text(line, 2, row.productName(), null);
                text(line, 3, row.categoryId(), null);
                text(line, 4, row.lotId(), null);
                number(line, 5, row.quantity(), null);
                number(line, 6, row.unitCost(), null);
                number(line, 7, row.value(), money);
            }
            for (CategoryTotal total : report.categories()) {
                Row line = sheet.createRow(r++);
                text(line, 0, words.categoryTotal(), bold);
                text(line, 2, name(categoryNames, total.categoryId()), bold);
                text(line, 3, total.categoryId(), bold);
                number(line, 5, total.quantity(), bold);
                number(line, 7, total.value(), boldMoney);
            }
            Row grand = sheet.createRow(r);
            text(grand, 0, words.grandTotal(), bold);
            number(grand, 5, report.totalQuantity(), bold);
            number(grand, 7, report.totalValue(), boldMoney);
            workbook.write(out);
        } finally {
            workbook.dispose();
            workbook.close();
        }
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

    private static String name(Map<String, String> names, String categoryId) {
        return categoryId == null ? null : names.get(categoryId);
    }

    private static String money(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
