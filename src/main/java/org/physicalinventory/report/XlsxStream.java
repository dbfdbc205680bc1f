package org.physicalinventory.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.util.WorkbookUtil;

/**
 * A workbook of one sheet written as its rows come: the zip's small parts first, then the sheet's XML row by row into
 * the zip, so that the first bytes leave at once and nothing is kept (POI's streaming workbook keeps the rows in a
 * temporary file and writes the zip only when it is complete). Text as inline strings, never a formula; numbers as
 * numbers; four styles: plain, bold, money (#,##0.00) and both. {@link #finish} ends the sheet and the zip (not {@code out}); a
 * workbook left unfinished (a failure on the way) has no zip directory, so a spreadsheet refuses it rather than show part of it
 * as if it were whole.
 */
public final class XlsxStream {

    /** Cell styles: the order of {@code cellXfs} in the styles part. */
    public enum Style { PLAIN, BOLD, MONEY, BOLD_MONEY }

    /** Excel's most characters in a cell. */
    private static final int MOST_CHARACTERS = 32_767;
    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PACKAGE_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

    private final ZipOutputStream zip;
    private final Writer sheet;
    private int row;
    private boolean inRow;
    private boolean finished;

    /** Starts the workbook: its parts, then the sheet with its first {@code frozenRows} rows frozen (0: none). */
    public XlsxStream(OutputStream out, String sheetName, int frozenRows) throws IOException {
        WorkbookUtil.validateSheetName(sheetName);
        zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        sheet = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 14);
        part("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
                + "</Types>");
        part("_rels/.rels", "<Relationships xmlns=\"" + PACKAGE_RELATIONSHIPS + "\"><Relationship Id=\"rId1\" Type=\"" + RELATIONSHIPS
                + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
        part("xl/workbook.xml", "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + RELATIONSHIPS + "\"><sheets><sheet name=\"" + escape(sheetName)
                + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        part("xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"" + PACKAGE_RELATIONSHIPS + "\">"
                + "<Relationship Id=\"rId1\" Type=\"" + RELATIONSHIPS + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"" + RELATIONSHIPS + "/styles\" Target=\"styles.xml\"/></Relationships>");
        part("xl/styles.xml", "<styleSheet xmlns=\"" + MAIN + "\">"
                + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font><font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
                + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
                + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
                + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
                + "<cellXfs count=\"4\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
                + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
                + "<xf numFmtId=\"4\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
                + "<xf numFmtId=\"4\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\" applyNumberFormat=\"1\"/></cellXfs>"
                + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles></styleSheet>");
        zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
        sheet.write(HEAD + "<worksheet xmlns=\"" + MAIN + "\" xmlns:r=\"" + RELATIONSHIPS + "\">");
        if (frozenRows > 0) {
            sheet.write("<sheetViews><sheetView tabSelected=\"1\" workbookViewId=\"0\"><pane ySplit=\"" + frozenRows + "\" topLeftCell=\"A"
                    + (frozenRows + 1) + "\" activePane=\"bottomLeft\" state=\"frozen\"/><selection pane=\"bottomLeft\"/></sheetView></sheetViews>");
        }
        sheet.write("<sheetData>");
    }

    /** Starts the next row (the first is row 1). */
    public XlsxStream row() throws IOException {
        endRow();
        row++;
        sheet.write("<row r=\"" + row + "\">");
        inRow = true;
        return this;
    }

    /** Plain text in a column (0 is A) of the current row, the columns of a row in order; nothing for null. */
    public XlsxStream text(int column, String value) throws IOException {
        return text(column, value, Style.PLAIN);
    }

    /** Text in a column of the current row, the columns of a row in order; nothing for null. */
    public XlsxStream text(int column, String value, Style style) throws IOException {
        if (value != null) {
            cell(column, style, "inlineStr");
            String text = value.length() > MOST_CHARACTERS ? value.substring(0, MOST_CHARACTERS) : value;
            boolean spaces = !text.isEmpty() && (Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(text.length() - 1)));
            sheet.write(spaces ? "<is><t xml:space=\"preserve\">" : "<is><t>");
            sheet.write(escape(text));
            sheet.write("</t></is></c>");
        }
        return this;
    }

    /** A plain number in a column of the current row; nothing for null. */
    public XlsxStream number(int column, BigDecimal value) throws IOException {
        return number(column, value, Style.PLAIN);
    }

    /** A number in a column of the current row; nothing for null. */
    public XlsxStream number(int column, BigDecimal value, Style style) throws IOException {
        if (value != null) {
            cell(column, style, null);
            sheet.write("<v>");
            sheet.write(value.stripTrailingZeros().toPlainString());
            sheet.write("</v></c>");
        }
        return this;
    }

    private void cell(int column, Style style, String type) throws IOException {
        sheet.write("<c r=\"");
        sheet.write(columnName(column));
        sheet.write(Integer.toString(row));
        if (style != Style.PLAIN) {
            sheet.write("\" s=\"" + style.ordinal());
        }
        if (type != null) {
            sheet.write("\" t=\"" + type);
        }
        sheet.write("\">");
    }

    private void endRow() throws IOException {
        if (inRow) {
            sheet.write("</row>");
            inRow = false;
        }
    }

    /** Ends the sheet and the workbook (once, however often it is called); {@code out} stays open. */
    public void finish() throws IOException {
        if (!finished) {
            finished = true;
            endRow();
            sheet.write("</sheetData></worksheet>");
            sheet.flush();
            zip.closeEntry();
            zip.finish();
        }
    }

    private void part(String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write((HEAD + xml).getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** The letters of a column: 0 is A, 25 Z, 26 AA. */
    static String columnName(int column) {
        StringBuilder name = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            name.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return name.toString();
    }

    /** Text for XML: the five characters escaped, the characters XML 1.0 cannot hold as a question mark. */
    static String escape(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            case '\'' -> "&apos;";
            default -> c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFE || c == 0xFFFF ? "?" : null;
            };
            if (replacement != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (replacement != null) {
                    out.append(replacement);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }
}
