package org.physicalinventory.report;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.transform.TransformerFactory;
import javax.xml.transform.sax.SAXTransformerFactory;
import javax.xml.transform.sax.TransformerHandler;
import javax.xml.transform.stream.StreamResult;

import org.junit.Test;

/** The valorized report's PDF as FO: fixed-width lines, rows never cut across pages, pages in sequences, totals last. */
public class ReportPdfTest {

    private static final ReportPdf.Heading HEADING = new ReportPdf.Heading("Valorized inventory report", "Closing C1 · FIFO · EUR", "Page",
            List.of("Facility", "Product", "Name", "Category", "Lot", "Quantity", "Unit cost", "Value"), "Total of category", "no category",
            "Grand total");

    /** The FO the sink hands over, as text. */
    private static String fo(List<ReportRow> rows, Map<String, String> names) throws Exception {
        TransformerHandler handler = ((SAXTransformerFactory) TransformerFactory.newInstance()).newTransformerHandler();
        StringWriter out = new StringWriter();
        handler.setResult(new StreamResult(out));
        ReportExport.Sink sink = ReportPdf.fo(HEADING, handler);
        for (ReportRow row : rows) {
            sink.row(row);
        }
        sink.finish(names);
        return out.toString().replace('\u00a0', ' ');
    }

    private static int count(String text, String pattern) {
        Matcher m = Pattern.compile(pattern).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    public void aRowIsOneLineOfColumnsOfFixedWidthNumbersToTheRight() {
        List<String> lines = ReportPdf.lines(List.of("WH", "P1", "Gizmo", "TOOLS", "", "2.5", "1.64", "4.10"), ReportPdf.WIDTHS,
                new boolean[] {false, false, false, false, false, true, true, true});
        assertEquals(1, lines.size());
        String line = lines.get(0);
        assertEquals("WH           P1                   Gizmo", line.substring(0, 39));
        assertTrue(line, line.endsWith("         2.5         1.64             4.10"));
        assertEquals(java.util.Arrays.stream(ReportPdf.WIDTHS).sum() + 7, line.length());
    }

    @Test
    public void aLongNameWrapsWithinItsColumnAtSpacesOntoMoreLinesOfTheSameRow() {
        String name = "A very long product name that goes well beyond the thirty-eight characters of its column";
        List<String> lines = ReportPdf.lines(List.of("WH", "P1", name, "", "", "1", "1", "1.00"), ReportPdf.WIDTHS,
                new boolean[] {false, false, false, false, false, true, true, true});
        assertEquals(3, lines.size());
        assertEquals(name, String.join(" ", lines.stream().map(l -> l.substring(34, Math.min(l.length(), 72)).strip()).toList()));
        assertTrue("the figures on the first line", lines.get(0).endsWith("1.00") && !lines.get(1).endsWith("1.00"));
    }

    @Test
    public void aWordLongerThanItsColumnIsCut() {
        assertEquals(List.of("ABCDEFGHIJ", "KLMNO"), ReportPdf.wrap("ABCDEFGHIJKLMNO", 10));
        assertEquals(List.of(""), ReportPdf.wrap("", 10));
    }

    @Test
    public void everyRowIsShownOnceAndTheTotalsComeLastInBold() throws Exception {
        List<ReportRow> rows = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            rows.add(ValorizedReportTest.row("WH", String.format("P%04d", i), "Product " + i, i < 600 ? "TOOLS" : null, null, "2", "3.00"));
        }
        String fo = fo(rows, Map.of("TOOLS", "Tools"));
        assertEquals("every row once", 1000, count(fo, "P\\d{4} "));
        assertTrue(fo, fo.contains("Total of category Tools [TOOLS]"));
        assertTrue(fo, fo.contains("Total of category no category"));
        assertTrue("the grand total: 1,000 rows of 2 units and 3.00", Pattern.compile("Grand total +2000 +3000\\.00").matcher(fo).find());
        assertTrue("totals in bold, after the rows", fo.lastIndexOf("P0999") < fo.indexOf("font-weight=\"bold\">Total of category"));
    }

    @Test
    public void pagesHoldAFixedNumberOfLinesAndASequenceEndsEveryTenPages() throws Exception {
        List<ReportRow> rows = new ArrayList<>();
        int perSequence = ReportPdf.LINES_PER_PAGE * ReportPdf.PAGES_PER_SEQUENCE;
        for (int i = 0; i < perSequence + 1; i++) {
            rows.add(ValorizedReportTest.row("WH", String.format("P%04d", i), "Product", "TOOLS", null, "1", "1.00"));
        }
        String fo = fo(rows, Map.of());
        assertEquals("two page sequences", 2, count(fo, "<fo:page-sequence "));
        assertEquals("nine pages forced in the first, none in the second", ReportPdf.PAGES_PER_SEQUENCE - 1, count(fo, "break-before=\"page\""));
        assertEquals("the headings repeated on each page", 2, count(fo, "Facility +Product +Name"));
    }

    @Test
    public void aRowOfSeveralLinesGoesWholeOntoTheNextPageWhenItDoesNotFit() throws Exception {
        List<ReportRow> rows = new ArrayList<>();
        for (int i = 0; i < ReportPdf.LINES_PER_PAGE - 1; i++) {
            rows.add(ValorizedReportTest.row("WH", String.format("P%04d", i), "Short", "TOOLS", null, "1", "1.00"));
        }
        rows.add(ValorizedReportTest.row("WH", "PLONG", "A name long enough to need a second line in its narrow column", "TOOLS",
                null, "1", "1.00"));
        String fo = fo(rows, Map.of());
        int page = fo.indexOf("break-before=\"page\"");
        assertTrue("a second page", page > 0);
        assertTrue("the long row on it", fo.indexOf("PLONG") > page && fo.lastIndexOf("P0044") < page);
    }
}
