package org.physicalinventory.count;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.ooxml.util.SAXHelper;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The first sheet of an XLSX workbook as rows of text, read as a stream (a workbook of 50,000 rows read whole took 9 to
 * 28 seconds here; streamed, under one). Cells as {@link CountFile} wants them: numbers plainly with a point (12.5,
 * never 1.25E1 or 12.50 as formatted), dates as ISO dates, text as written, formulas by their last result.
 */
final class XlsxRows {

    private XlsxRows() {
    }

    /** Too many rows: the reading stops there. */
    private static final class TooManyRows extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int rows;

        TooManyRows(int rows) {
            super(null, null, false, false);
            this.rows = rows;
        }
    }

    static List<CountFile.Row> read(byte[] content, int mostRows) throws CountFileException {
        List<CountFile.Row> rows = new ArrayList<>();
        try (OPCPackage workbook = OPCPackage.open(new ByteArrayInputStream(content))) {
            XSSFReader reader = new XSSFReader(workbook);
            XMLReader parser = SAXHelper.newXMLReader();
            parser.setContentHandler(new SheetHandler(new ReadOnlySharedStringsTable(workbook), reader.getStylesTable(), rows, mostRows));
            try (InputStream sheet = reader.getSheetsData().next()) {
                parser.parse(new InputSource(sheet));
            }
        } catch (TooManyRows e) {
            throw new CountFileException("PhysInvErrorImportTooManyRows", e.rows, mostRows);
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            throw new CountFileException("PhysInvErrorImportUnreadable");
        }
        return rows;
    }

    /**
     * The sheet's XML read as it goes: a row per {@code row} element, a cell per {@code c} with its type ({@code t}: s a
     * shared string, inlineStr, str a formula's text, b a boolean, e an error; none a number) and style ({@code s}, for dates).
     * (POI's own sheet handler makes an XML object of every text cell: five times slower.)
     */
    private static final class SheetHandler extends DefaultHandler {

        private final ReadOnlySharedStringsTable strings;
        private final StylesTable styles;
        private final List<CountFile.Row> rows;
        private final int mostRows;
        private final Map<Integer, Boolean> dateStyles = new HashMap<>();
        private final StringBuilder text = new StringBuilder();
        private List<String> cells;
        private int rowNumber;
        private int column;
        private String type;
        private int style;
        private boolean inValue;

        SheetHandler(ReadOnlySharedStringsTable strings, StylesTable styles, List<CountFile.Row> rows, int mostRows) {
            this.strings = strings;
            this.styles = styles;
            this.rows = rows;
            this.mostRows = mostRows;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
            case "row" -> {
                cells = new ArrayList<>();
                String r = attributes.getValue("r");
                rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
            }
            case "c" -> {
                String reference = attributes.getValue("r");
                column = reference == null ? cells.size() : column(reference);
                type = attributes.getValue("t");
                String s = attributes.getValue("s");
                style = s == null ? -1 : Integer.parseInt(s);
                text.setLength(0);
            }
            case "v", "t" -> inValue = true;
            default -> {
            }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue) {
                text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (localName) {
            case "v", "t" -> inValue = false;
            case "c" -> {
                while (cells.size() < column) {
                    cells.add("");
                }
                cells.add(value(text.toString()).strip());
            }
            case "row" -> {
                rows.add(new CountFile.Row(rowNumber, cells));
                if (rows.size() > mostRows + 1) {
                    throw new TooManyRows(rows.size() - 1);
                }
            }
            default -> {
            }
            }
        }

        /** The column of a cell reference such as "AB12" (27), from its letters. */
        private static int column(String reference) {
            int column = 0;
            for (int i = 0; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
                column = column * 26 + Character.toUpperCase(reference.charAt(i)) - 'A' + 1;
            }
            return column - 1;
        }

        @SuppressWarnings("deprecation") // getEntryAt: the text alone, without making an XML object of it
        private String value(String raw) {
            if (type == null || "n".equals(type)) {
                return raw.isEmpty() ? "" : number(Double.parseDouble(raw));
            }
            return switch (type) {
            case "s" -> strings.getEntryAt(Integer.parseInt(raw.strip()));
            case "b" -> "1".equals(raw) ? "TRUE" : "FALSE";
            case "e" -> "";
            default -> raw; // inlineStr, str
            };
        }

        /** A number plainly, or the date a date format shows it as. */
        private String number(double value) {
            boolean date = style >= 0 && dateStyles.computeIfAbsent(style, s -> {
                XSSFCellStyle cellStyle = styles.getStyleAt(s);
                return cellStyle != null && DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString());
            });
            if (date && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value).toLocalDate().toString();
            }
            return plain(BigDecimal.valueOf(value));
        }
    }

    /** A number as text, without exponent or trailing zeros. */
    static String plain(BigDecimal number) {
        BigDecimal stripped = number.signum() == 0 ? BigDecimal.ZERO : number.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}
