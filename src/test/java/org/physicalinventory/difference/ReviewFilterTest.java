package org.physicalinventory.difference;

import static org.junit.Assert.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.junit.Test;
import org.physicalinventory.count.LineKey;
import org.physicalinventory.difference.CountedLine.LineRef;

public class ReviewFilterTest {

    private static final LineKey HAMMER = new LineKey("HAMMER-10", "A01-03", null, null);
    private static final ReviewFilter NONE = new ReviewFilter(null, null, null, null, false, false, false, false);

    /** A difference of HAMMER-10 in A01-03 on lists L1 and L2, with what posting would do. */
    private static Difference difference(String difference, boolean conflict, boolean overTolerance, boolean missingCost,
            boolean moved) {
        BigDecimal quantity = new BigDecimal(difference);
        List<Adjustment> adjustments = quantity.signum() == 0 ? List.of()
                : List.of(new Adjustment.ItemVariance("I1", quantity, BigDecimal.ONE, "VAR_LOST"));
        return new Difference(HAMMER, List.of(new LineRef("L1", "1"), new LineRef("L2", "7")), BigDecimal.TEN, BigDecimal.TEN,
                BigDecimal.TEN.add(quantity), quantity, moved ? MovedChoice.KEEP_DIFFERENCE : null, conflict, overTolerance, missingCost,
                BigDecimal.ONE, quantity, null, null, null, adjustments);
    }

    private static final Difference NO_CHANGE = difference("0", false, false, false, false);
    private static final Difference CHANGE = difference("-2", false, false, false, false);

    @Test
    public void anEmptyFilterLetsEverythingThrough() {
        assertEquals(true, NONE.accepts(NO_CHANGE));
        assertEquals(true, new ReviewFilter("", "", "", null, false, false, false, false).accepts(NO_CHANGE));
        assertEquals(true, NONE.acceptsPosted("L9", HAMMER, BigDecimal.ZERO));
    }

    @Test
    public void eachFilterKeepsWhatItNames() {
        Object[][] cases = {
            // filter, difference, accepted
            {new ReviewFilter("L2", null, null, null, false, false, false, false), NO_CHANGE, true},
            {new ReviewFilter("L3", null, null, null, false, false, false, false), NO_CHANGE, false},
            {new ReviewFilter(null, "a01", null, null, false, false, false, false), NO_CHANGE, true},
            {new ReviewFilter(null, "B", null, null, false, false, false, false), NO_CHANGE, false},
            {new ReviewFilter(null, null, "mer-1", null, false, false, false, false), NO_CHANGE, true},
            {new ReviewFilter(null, null, "SAW", null, false, false, false, false), NO_CHANGE, false},
            {new ReviewFilter(null, null, null, Set.of("HAMMER-10"), false, false, false, false), NO_CHANGE, true},
            {new ReviewFilter(null, null, null, Set.of(), false, false, false, false), NO_CHANGE, false},
            {new ReviewFilter(null, null, null, null, true, false, false, false), NO_CHANGE, false},
            {new ReviewFilter(null, null, null, null, true, false, false, false), CHANGE, true},
            {new ReviewFilter(null, null, null, null, true, false, false, false), difference("0", true, false, false, false), true},
            {new ReviewFilter(null, null, null, null, true, false, false, false), difference("0", false, false, true, false), true},
            {new ReviewFilter(null, null, null, null, false, true, false, false), CHANGE, false},
            {new ReviewFilter(null, null, null, null, false, true, false, false), difference("-2", false, true, false, false), true},
            {new ReviewFilter(null, null, null, null, false, false, true, false), CHANGE, false},
            {new ReviewFilter(null, null, null, null, false, false, true, false), difference("-2", false, false, false, true), true},
            {new ReviewFilter(null, null, null, null, false, false, false, true), CHANGE, false},
            {new ReviewFilter(null, null, null, null, false, false, false, true), difference("0", true, false, false, false), true},
        };
        for (Object[] test : cases) {
            ReviewFilter filter = (ReviewFilter) test[0];
            assertEquals(filter + " on " + test[1], test[2], filter.accepts((Difference) test[1]));
        }
    }

    @Test
    public void aPostedLineIsADifferenceWhenSomethingWasPostedForIt() {
        ReviewFilter differencesOnly = new ReviewFilter(null, null, null, null, true, false, false, false);
        assertEquals(true, differencesOnly.acceptsPosted("L1", HAMMER, new BigDecimal("-2")));
        assertEquals(false, differencesOnly.acceptsPosted("L1", HAMMER, BigDecimal.ZERO));
        assertEquals(false, new ReviewFilter("L2", null, null, null, false, false, false, false).acceptsPosted("L1", HAMMER, BigDecimal.ONE));
    }

    @Test
    public void nothingPostedIsOverToleranceMovedOrInConflictAnyMore() {
        for (ReviewFilter filter : List.of(new ReviewFilter(null, null, null, null, false, true, false, false),
                new ReviewFilter(null, null, null, null, false, false, true, false),
                new ReviewFilter(null, null, null, null, false, false, false, true))) {
            assertEquals(filter.toString(), false, filter.acceptsPosted("L1", HAMMER, BigDecimal.ONE));
        }
    }
}
