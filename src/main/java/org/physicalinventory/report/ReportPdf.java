package org.physicalinventory.report;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.physicalinventory.report.ValorizedReport.CategoryTotal;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;

/**
 * The valorized inventory report as XSL-FO, handed to a formatter (FOP) as SAX events while its rows come, so that the PDF
 * streams: memory flat in the number of rows, the first pages out while the rest is read. Measured against FOP's own floor, a
 * table costs FOP four to five times what lines of text cost, and one page sequence of every row is laid out whole before
 * its first page; so each row is one line (or a few when a cell is long) of fixed-width columns in Courier (padded with
 * no-break spaces, which FOP neither collapses nor breaks on; a page's lines are one block, kept apart by line feeds), pages are cut here ({@link #LINES_PER_PAGE}, a row never cut
 * in two) and a page sequence ends every {@link #PAGES_PER_SEQUENCE} pages. The headings are repeated on each page (the
 * page's heading region); the category totals and the grand total come last, in bold.
 */
public final class ReportPdf {

    static final String FO = "http://www.w3.org/1999/XSL/Format";
    /** Lines on a page: A4 landscape, 1 cm margins, a heading region of 1.8 cm, 9.6 pt lines (47 fit; one spare). */
    static final int LINES_PER_PAGE = 46;
    static final int PAGES_PER_SEQUENCE = 10;
    /** The widths of the columns, in characters: facility, product, name, category, lot, quantity, unit cost, value. */
    static final int[] WIDTHS = {12, 20, 38, 16, 14, 12, 12, 16};
    private static final boolean[] RIGHT = {false, false, false, false, false, true, true, true};
    /** A total's line: its words over the first five columns, then quantity, unit cost, value. */
    private static final int[] TOTAL_WIDTHS = {12 + 20 + 38 + 16 + 14 + 4, 12, 12, 16};
    private static final boolean[] TOTAL_RIGHT = {false, true, true, true};
    private static final char NO_BREAK_SPACE = '\u00a0';

    private ReportPdf() {
    }

    /**
     * What the report says besides its rows, in the reader's language: its title, what it is of (closing or live stock, method,
     * currency), the word before the page number, the eight column headings, "total of category", "no category", "grand total".
     */
    public record Heading(String title, String about, String page, List<String> headings, String categoryTotal, String noCategory,
            String grandTotal) {

        public Heading {
            if (headings.size() != WIDTHS.length) {
                throw new IllegalArgumentException("eight headings: facility, product, name, category, lot, quantity, unit cost, value");
            }
            headings = List.copyOf(headings);
        }
    }

    /** The report's FO to {@code fo} (FOP's handler), the document started at once and ended when the sink is finished. */
    public static ReportExport.Sink fo(Heading heading, ContentHandler fo) throws IOException {
        Pages pages = new Pages(heading, fo);
        try {
            pages.start();
        } catch (SAXException e) {
            throw new IOException(e);
        }
        return new ReportExport.Sink() {
            @Override
            protected void write(ReportRow row) throws IOException {
                pages.lines(ReportPdf.lines(List.of(text(row.facilityId()), text(row.productId()), text(row.productName()), text(row.categoryId()),
                        text(row.lotId()), ReportExport.plain(row.quantity()), ReportExport.plain(row.unitCost()), money(row.value())), WIDTHS, RIGHT),
                        false);
            }

            @Override
            protected void writeTotals(ReportTotals totals, Map<String, String> categoryNames) throws IOException {
                for (CategoryTotal total : totals.categories()) {
                    String name = ReportExport.name(categoryNames, total.categoryId());
                    String words = heading.categoryTotal() + (name == null ? "" : " " + name)
                            + (total.categoryId() == null ? " " + heading.noCategory() : " [" + total.categoryId() + "]");
                    pages.lines(ReportPdf.lines(List.of(words, ReportExport.plain(total.quantity()), "", money(total.value())), TOTAL_WIDTHS, TOTAL_RIGHT), true);
                }
                pages.lines(ReportPdf.lines(List.of(heading.grandTotal(), ReportExport.plain(totals.quantity()), "", money(totals.value())), TOTAL_WIDTHS,
                        TOTAL_RIGHT), true);
                pages.end();
            }

            @Override
            protected void release() {
                // the formatter's output is the caller's to close
            }
        };
    }

    /**
     * FOP's floor for the same rows (benchmark only): each row a plain block of its cells' text (Helvetica, spaces collapsed,
     * nothing aligned), a page sequence every {@link #LINES_PER_PAGE} × {@link #PAGES_PER_SEQUENCE} rows, no heading, the grand
     * total last: the least FO that shows every row.
     */
    public static ReportExport.Sink floor(ContentHandler fo) throws IOException {
        Pages pages = new Pages(new Heading("", "", "", List.of("", "", "", "", "", "", "", ""), "", "", ""), fo);
        try {
            pages.start();
        } catch (SAXException e) {
            throw new IOException(e);
        }
        return new ReportExport.Sink() {
            private int rows;

            @Override
            protected void write(ReportRow row) throws IOException {
                try {
                    if (rows++ % (LINES_PER_PAGE * PAGES_PER_SEQUENCE) == 0) {
                        if (pages.sequenceOpen) {
                            pages.endSequence();
                        }
                        pages.open("page-sequence", "master-reference", "report", "font-size", "8pt");
                        pages.open("flow", "flow-name", "xsl-region-body");
                        pages.sequenceOpen = true;
                    }
                    pages.open("block");
                    pages.characters(String.join(" ", text(row.facilityId()), text(row.productId()), text(row.productName()), text(row.categoryId()),
                            text(row.lotId()), ReportExport.plain(row.quantity()), ReportExport.plain(row.unitCost()), money(row.value())));
                    pages.close("block");
                } catch (SAXException e) {
                    throw new IOException(e);
                }
            }

            @Override
            protected void writeTotals(ReportTotals totals, Map<String, String> categoryNames) throws IOException {
                pages.lines(List.of("Grand total " + ReportExport.plain(totals.quantity()) + " " + money(totals.value())), true);
                pages.end();
            }

            @Override
            protected void release() {
                // the formatter's output is the caller's to close
            }
        };
    }

    /**
     * The lines of one row: each cell wrapped within its column's width (at spaces when it can), padded to it (numbers to the
     * right) and the columns joined by a space; as many lines as its longest cell needs. Trailing spaces are left out.
     */
    static List<String> lines(List<String> cells, int[] widths, boolean[] right) {
        List<List<String>> wrapped = new ArrayList<>();
        int count = 1;
        for (int c = 0; c < cells.size(); c++) {
            List<String> parts = wrap(cells.get(c), widths[c]);
            wrapped.add(parts);
            count = Math.max(count, parts.size());
        }
        List<String> lines = new ArrayList<>();
        for (int l = 0; l < count; l++) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < cells.size(); c++) {
                String part = l < wrapped.get(c).size() ? wrapped.get(c).get(l) : "";
                String pad = " ".repeat(widths[c] - part.length());
                line.append(c == 0 ? "" : " ").append(right[c] ? pad + part : part + pad);
            }
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }

    /** A cell's text cut into pieces of at most {@code width} characters, at a space when there is one. */
    static List<String> wrap(String text, int width) {
        List<String> parts = new ArrayList<>();
        String rest = text.strip();
        while (rest.length() > width) {
            int cut = rest.lastIndexOf(' ', width);
            if (cut <= 0) {
                parts.add(rest.substring(0, width));
                rest = rest.substring(width).stripLeading();
            } else {
                parts.add(rest.substring(0, cut));
                rest = rest.substring(cut + 1).stripLeading();
            }
        }
        if (!rest.isEmpty() || parts.isEmpty()) {
            parts.add(rest);
        }
        return parts;
    }

    private static String text(String value) {
        return value == null ? "" : value.replace('\t', ' ').replace('\r', ' ').replace('\n', ' ');
    }

    private static String money(BigDecimal value) {
        return value == null ? "" : value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** The document as SAX events: the page master and heading once, then pages of lines, a page sequence every few pages. */
    private static final class Pages {

        private final Heading heading;
        private final ContentHandler fo;
        private int linesOnPage;
        private int pagesInSequence;
        private boolean pageOpen;
        private boolean sequenceOpen;
        /** The plain lines of the page not yet handed over. */
        private final StringBuilder page = new StringBuilder();

        Pages(Heading heading, ContentHandler fo) {
            this.heading = heading;
            this.fo = fo;
        }

        void start() throws SAXException {
            fo.startDocument();
            fo.startPrefixMapping("fo", FO);
            open("root");
            open("layout-master-set");
            open("simple-page-master", "master-name", "report", "page-height", "21cm", "page-width", "29.7cm", "margin", "1cm");
            element("region-body", "margin-top", "1.8cm", "margin-bottom", "1cm");
            element("region-before", "extent", "1.7cm");
            element("region-after", "extent", "0.8cm");
            close("simple-page-master");
            close("layout-master-set");
        }

        /** The lines of one row on the page, or on the next one when they do not fit. */
        void lines(List<String> lines, boolean bold) throws IOException {
            try {
                if (pageOpen && linesOnPage + lines.size() > LINES_PER_PAGE) {
                    flush();
                    close("block");
                    pageOpen = false;
                    if (++pagesInSequence == PAGES_PER_SEQUENCE) {
                        endSequence();
                    }
                }
                if (!sequenceOpen) {
                    startSequence();
                }
                if (!pageOpen) {
                    // the first page of a sequence starts on its own page; the next ones are forced onto a new page
                    open("block", pagesInSequence == 0 ? new String[0] : new String[] {"break-before", "page"});
                    pageOpen = true;
                    linesOnPage = 0;
                }
                if (bold) {
                    flush();
                    for (String line : lines) {
                        open("block", "font-weight", "bold");
                        characters(line.replace(' ', NO_BREAK_SPACE));
                        close("block");
                    }
                } else {
                    for (String line : lines) {
                        page.append(page.isEmpty() ? "" : "\n").append(line.replace(' ', NO_BREAK_SPACE));
                    }
                }
                linesOnPage += lines.size();
            } catch (SAXException e) {
                throw new IOException(e);
            }
        }

        void end() throws IOException {
            try {
                if (!sequenceOpen) {
                    startSequence();
                }
                if (pageOpen) {
                    flush();
                    close("block");
                }
                endSequence();
                close("root");
                fo.endPrefixMapping("fo");
                fo.endDocument();
            } catch (SAXException e) {
                throw new IOException(e);
            }
        }

        /** The plain lines of the page so far as one block, its lines kept apart by line feeds (far fewer FO objects than a block a line). */
        private void flush() throws SAXException {
            if (!page.isEmpty()) {
                open("block", "linefeed-treatment", "preserve");
                characters(page.toString());
                close("block");
                page.setLength(0);
            }
        }

        private void startSequence() throws SAXException {
            open("page-sequence", "master-reference", "report", "font-family", "Courier", "font-size", "8pt", "line-height", "9.6pt");
            open("static-content", "flow-name", "xsl-region-before");
            open("block", "font-family", "Helvetica", "font-size", "13pt", "line-height", "16pt", "font-weight", "bold");
            characters(heading.title());
            close("block");
            open("block", "font-family", "Helvetica");
            characters(heading.about());
            close("block");
            open("block", "font-weight", "bold", "border-bottom", "0.5pt solid #888888");
            List<String> titles = new ArrayList<>();
            for (int c = 0; c < WIDTHS.length; c++) {
                String title = heading.headings().get(c);
                titles.add(title.length() > WIDTHS[c] ? title.substring(0, WIDTHS[c]) : title);
            }
            characters(ReportPdf.lines(titles, WIDTHS, RIGHT).get(0).replace(' ', NO_BREAK_SPACE));
            close("block");
            close("static-content");
            open("static-content", "flow-name", "xsl-region-after");
            open("block", "font-family", "Helvetica", "text-align", "end");
            characters(heading.page() + " ");
            element("page-number");
            close("block");
            close("static-content");
            open("flow", "flow-name", "xsl-region-body");
            sequenceOpen = true;
            pagesInSequence = 0;
        }

        private void endSequence() throws SAXException {
            close("flow");
            close("page-sequence");
            sequenceOpen = false;
        }

        private void open(String name, String... attributes) throws SAXException {
            AttributesImpl list = new AttributesImpl();
            for (int i = 0; i < attributes.length; i += 2) {
                list.addAttribute("", attributes[i], attributes[i], "CDATA", attributes[i + 1]);
            }
            fo.startElement(FO, name, "fo:" + name, list);
        }

        private void close(String name) throws SAXException {
            fo.endElement(FO, name, "fo:" + name);
        }

        private void element(String name, String... attributes) throws SAXException {
            open(name, attributes);
            close(name);
        }

        private void characters(String text) throws SAXException {
            char[] chars = text.toCharArray();
            fo.characters(chars, 0, chars.length);
        }
    }
}
