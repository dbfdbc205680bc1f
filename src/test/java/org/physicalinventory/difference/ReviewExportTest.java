package org.physicalinventory.difference;

import static org.junit.Assert.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.Test;
import org.physicalinventory.count.LineKey;
import org.physicalinventory.difference.Adjustment.ItemVariance;
import org.physicalinventory.difference.CountedLine.LineRef;

public class ReviewExportTest {

    private static final List<String> HEADINGS = Collections.nCopies(ReviewExport.COLUMNS, "h");

    private static String csv(ReviewLine... lines) throws IOException {
        StringWriter out = new StringWriter();
        try (ReviewExport export = ReviewExport.csv(out, HEADINGS)) {
            for (ReviewLine line : lines) {
                export.row(line);
            }
        }
        return out.toString();
    }

    private static Difference shortage() {
        LineKey key = new LineKey("P1", "A01", "L7", null);
        return new Difference(key, List.of(new LineRef("L2", "3"), new LineRef("L1", "9"), new LineRef("L2", "4")), new BigDecimal("10.000"),
                new BigDecimal("12"), new BigDecimal("8.50"), new BigDecimal("-1.500"), MovedChoice.KEEP_DIFFERENCE, false, true, false,
                new BigDecimal("2.5"), new BigDecimal("-3.7500"), "VAR_LOST", null, null,
                List.of(new ItemVariance("I1", new BigDecimal("-1.5"), new BigDecimal("2.5"), "VAR_LOST")));
    }

    @Test
    public void aDifferenceIsARowOfPlainNumbersFlagsAndItsListsTheStandingOneFirst() throws IOException {
        String[] rows = csv(ReviewLine.of(shortage(), "Lost")).split("\r\n");
        assertEquals(String.join(",", HEADINGS), rows[0]);
        assertEquals("A01,P1,L7,,\"L2, L1\",10,12,8.5,-1.5,2.5,-3.75,Lost,Y,Y,KEEP_DIFFERENCE,N,", rows[1]);
    }

    @Test
    public void aDifferencesLikelyCausesInWordsAreItsLastColumn() throws IOException {
        String[] rows = csv(ReviewLine.of(shortage(), "Lost", "Cut-off: receipt; =1 unit")).split("\r\n");
        assertEquals("A01,P1,L7,,\"L2, L1\",10,12,8.5,-1.5,2.5,-3.75,Lost,Y,Y,KEEP_DIFFERENCE,N,Cut-off: receipt; =1 unit", rows[1]);
    }

    @Test
    public void anUncountedLineWithoutChangeLeavesItsCountCostAndReasonEmptyAndShowsZeros() throws IOException {
        LineKey key = new LineKey("P2", "B02", null, "SN9");
        Difference unchanged = new Difference(key, List.of(new LineRef("L1", "1")), BigDecimal.ONE, BigDecimal.ONE, null, BigDecimal.ZERO,
                null, false, false, false, null, new BigDecimal("0.00"), null, null, null, List.of());
        assertEquals("B02,P2,,SN9,L1,1,1,,0,,0,,N,N,,N,", csv(ReviewLine.of(unchanged, null)).split("\r\n")[1]);
    }

    @Test
    public void aPostedLineShowsWhatWasPostedAndNothingComparedAgain() throws IOException {
        ReviewLine posted = ReviewLine.posted(new LineKey("P3", "C03", null, null), "L4", new BigDecimal("5"), new BigDecimal("7"),
                new BigDecimal("2"), new BigDecimal("4.20"), "Found");
        assertEquals("C03,P3,,,L4,5,5,7,2,,4.2,Found,N,N,,N,", csv(posted).split("\r\n")[1]);
        ReviewLine nothing = ReviewLine.posted(new LineKey("P3", "C04", null, null), "L4", new BigDecimal("5"), new BigDecimal("5"), null, null,
                null);
        assertEquals("C04,P3,,,L4,5,5,5,0,,0,,N,N,,N,", csv(nothing).split("\r\n")[1]);
    }

    @Test
    public void textASpreadsheetWouldRunAsAFormulaIsQuoted() throws IOException {
        ReviewLine line = ReviewLine.posted(new LineKey("=HYPERLINK(1)", "@A", null, null), "L1", BigDecimal.ONE, BigDecimal.ONE, null, null,
                null);
        assertEquals("'@A,'=HYPERLINK(1),,,L1,1,1,1,0,,0,,N,N,,N,", csv(line).split("\r\n")[1]);
    }

    @Test(expected = IllegalArgumentException.class)
    public void theHeadingNamesEveryColumn() throws IOException {
        ReviewExport.csv(new StringWriter(), new ArrayList<>(HEADINGS.subList(1, ReviewExport.COLUMNS)));
    }
}
