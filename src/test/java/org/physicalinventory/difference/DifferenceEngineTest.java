package org.physicalinventory.difference;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.Test;
import org.physicalinventory.count.LineKey;
import org.physicalinventory.difference.Adjustment.FoundItem;
import org.physicalinventory.difference.Adjustment.ItemVariance;
import org.physicalinventory.difference.Adjustment.SerialMove;

public class DifferenceEngineTest {

    private static final Instant JAN = Instant.parse("2026-01-10T08:00:00Z");
    private static final Instant FEB = Instant.parse("2026-02-10T08:00:00Z");
    private static final Instant MAR = Instant.parse("2026-03-10T08:00:00Z");
    private static final Instant COUNT_TIME = Instant.parse("2026-11-20T10:00:00Z");

    private StockDifferenceParameters parameters = parameters(false, Tolerances.NONE);
    private final List<CountedLine> lines = new ArrayList<>();
    private final List<BookItem> items = new ArrayList<>();
    private final Map<String, BigDecimal> foundCosts = new HashMap<>();
    private int lineSeq;

    private static StockDifferenceParameters parameters(boolean zeroUncounted, Tolerances tolerances) {
        return new StockDifferenceParameters("VAR_FOUND", "VAR_LOST", zeroUncounted, tolerances, FoundStockCost.AVERAGE,
                new LedgerRounding(4, RoundingMode.HALF_UP));
    }

    private static LineKey key(String product, String location, String lot, String serial) {
        return new LineKey(product, location, lot, serial);
    }

    private BookItem item(String id, LineKey key, String quantity, String cost, Instant received) {
        BookItem item = new BookItem(id, key, false, new BigDecimal(quantity), new BigDecimal(quantity), cost == null ? null : new BigDecimal(cost),
                received);
        items.add(item);
        return item;
    }

    private void serialItem(String id, LineKey key, String cost) {
        items.add(new BookItem(id, key, true, BigDecimal.ONE, BigDecimal.ONE, new BigDecimal(cost), JAN));
    }

    private CountedLine line(String list, LineKey key, String counted, String bookAtCount) {
        return line(list, key, counted, bookAtCount, false, null, null);
    }

    private CountedLine line(String list, LineKey key, String counted, String bookAtCount, boolean recount, Resolution resolution,
            MovedChoice choice) {
        CountedLine line = new CountedLine(list, String.valueOf(++lineSeq), key, counted == null ? null : new BigDecimal(counted),
                bookAtCount == null ? null : new BigDecimal(bookAtCount), counted == null ? null : COUNT_TIME.plusSeconds(lineSeq),
                recount, resolution, choice);
        lines.add(line);
        return line;
    }

    private Review review() {
        return DifferenceEngine.review(parameters, lines, items, foundCosts);
    }

    private Difference only() {
        List<Difference> differences = review().differences();
        assertEquals(1, differences.size());
        return differences.get(0);
    }

    private static void assertNumber(String expected, BigDecimal actual) {
        assertEquals("expected " + expected + " but was " + actual, 0, new BigDecimal(expected).compareTo(actual));
    }

    @Test
    public void aCountEqualToTheBookMakesNoMovement() {
        LineKey hammer = key("HAMMER", "A01", null, null);
        item("I1", hammer, "10", "2", JAN);
        line("L1", hammer, "10", "10");
        Difference difference = only();
        assertNumber("0", difference.difference());
        assertFalse(difference.changesStock());
        assertNull(difference.reasonId());
    }

    @Test
    public void aShortageTakesFromTheOldestItemFirst() {
        LineKey hammer = key("HAMMER", "A01", null, null);
        item("NEW", hammer, "5", "3", MAR);
        item("OLD", hammer, "4", "2", JAN);
        line("L1", hammer, "3", "9");
        Difference difference = only();
        assertNumber("-6", difference.difference());
        assertEquals(List.of(new ItemVariance("OLD", new BigDecimal("-4"), new BigDecimal("2"), "VAR_LOST"),
                new ItemVariance("NEW", new BigDecimal("-2"), new BigDecimal("3"), "VAR_LOST")), difference.adjustments());
        assertNumber("-14", difference.value());
        assertEquals("VAR_LOST", difference.reasonId());
    }

    @Test
    public void aSurplusGoesOnTheNewestItemAtItsCost() {
        LineKey hammer = key("HAMMER", "A01", null, null);
        item("OLD", hammer, "4", "2", JAN);
        item("NEW", hammer, "5", "3", MAR);
        line("L1", hammer, "11", "9");
        Difference difference = only();
        assertEquals(List.of(new ItemVariance("NEW", new BigDecimal("2"), new BigDecimal("3"), "VAR_FOUND")), difference.adjustments());
        assertNumber("6", difference.value());
        assertNumber("3", difference.unitCost());
    }

    @Test
    public void stockFoundWithoutAnItemBecomesANewItemAtTheFoundStockCost() {
        LineKey oil = key("OIL", "B02", "LOT7", null);
        foundCosts.put("OIL", new BigDecimal("4.25"));
        line("L1", oil, "6", "0");
        Difference difference = only();
        assertEquals(List.of(new FoundItem(oil, new BigDecimal("6"), new BigDecimal("4.25"), "VAR_FOUND")), difference.adjustments());
        assertNumber("25.5", difference.value());
    }

    @Test
    public void aNewLotOfAKnownProductIsANewItemToo() {
        item("I1", key("OIL", "B02", "LOT1", null), "5", "4", JAN);
        foundCosts.put("OIL", new BigDecimal("4.5"));
        LineKey newLot = key("OIL", "B02", "LOT2", null);
        line("L1", newLot, "3", "0");
        Difference difference = only();
        assertEquals(List.of(new FoundItem(newLot, new BigDecimal("3"), new BigDecimal("4.5"), "VAR_FOUND")), difference.adjustments());
    }

    @Test
    public void foundStockWithoutACostBlocksPosting() {
        line("L1", key("OIL", "B02", null, null), "6", "0");
        Review review = review();
        assertTrue(review.differences().get(0).missingCost());
        assertEquals(Optional.of("PhysInvErrorNoUnitCost"), review.blocker().map(Review.Blocker::labelKey));
    }

    @Test
    public void anItemWithoutUnitCostBlocksPostingToo() {
        LineKey hammer = key("HAMMER", "A01", null, null);
        item("I1", hammer, "10", null, JAN);
        line("L1", hammer, "8", "10");
        assertTrue(only().missingCost());
    }

    @Test
    public void uncountedLinesChangeNothingByDefault() {
        LineKey hammer = key("HAMMER", "A01", null, null);
        item("I1", hammer, "10", "2", JAN);
        line("L1", hammer, null, "10");
        assertFalse(only().changesStock());
    }

    @Test
    public void uncountedLinesBecomeZeroWhenTheParametersSaySo() {
        parameters = parameters(true, Tolerances.NONE);
        LineKey hammer = key("HAMMER", "A01", null, null);
        item("I1", hammer, "10", "2", JAN);
        line("L1", hammer, null, "10");
        Difference difference = only();
        assertNumber("-10", difference.difference());
        assertEquals(List.of(new ItemVariance("I1", new BigDecimal("-10"), new BigDecimal("2"), "VAR_LOST")), difference.adjustments());
    }

    @Test
    public void movementsAfterTheCountAreKeptByDefault() {
        // counted 8 when the book said 10; since then 3 were issued: today's 7 loses the 2 missing
        LineKey hammer = key("HAMMER", "A01", null, null);
        item("I1", hammer, "7", "2", JAN);
        line("L1", hammer, "8", "10");
        Difference difference = only();
        assertTrue(difference.moved());
        assertEquals(MovedChoice.KEEP_DIFFERENCE, difference.movedChoice());
        assertNumber("10", difference.book());
        assertNumber("7", difference.currentBook());
        assertNumber("-2", difference.difference());
    }

    @Test
    public void keepingTheCountMakesTodaysStockTheCountedQuantity() {
        LineKey hammer = key("HAMMER", "A01", null, null);
        item("I1", hammer, "7", "2", JAN);
        line("L1", hammer, "8", "10", false, null, MovedChoice.KEEP_COUNT);
        Difference difference = only();
        assertNumber("1", difference.difference());
        assertEquals(List.of(new ItemVariance("I1", BigDecimal.ONE, new BigDecimal("2"), "VAR_FOUND")), difference.adjustments());
    }

    @Test
    public void keepingTheDifferenceMayTakeTheBookBelowZeroOnTheNewestItem() {
        // counted 2 of a book of 5; since then 4 left: 1 remains, the 3 missing take it to -2
        LineKey hammer = key("HAMMER", "A01", null, null);
        item("OLD", hammer, "1", "2", JAN);
        item("NEW", hammer, "0", "3", MAR);
        line("L1", hammer, "2", "5");
        assertEquals(List.of(new ItemVariance("OLD", new BigDecimal("-1"), new BigDecimal("2"), "VAR_LOST"),
                new ItemVariance("NEW", new BigDecimal("-2"), new BigDecimal("3"), "VAR_LOST")), only().adjustments());
    }

    @Test
    public void aLineThatDidNotMoveHasNoChoice() {
        LineKey hammer = key("HAMMER", "A01", null, null);
        item("I1", hammer, "10", "2", JAN);
        line("L1", hammer, "8", "10");
        assertFalse(only().moved());
        assertNull(only().movedChoice());
    }

    @Test
    public void aKeyCountedOnTwoListsIsOneConflictThatBlocksPosting() {
        LineKey hammer = key("HAMMER", "A01", null, null);
        item("I1", hammer, "10", "2", JAN);
        line("AISLE-A", hammer, "10", "10");
        line("TEAM-2", hammer, "3", "10");
        Review review = review();
        assertEquals("shown once", 1, review.differences().size());
        Difference difference = review.differences().get(0);
        assertTrue(difference.conflict());
        assertEquals(2, difference.lines().size());
        assertFalse(difference.changesStock());
        assertEquals(Optional.of("PhysInvErrorConflictsUnsettled"), review.blocker().map(Review.Blocker::labelKey));
    }

    @Test
    public void aConflictSettledByAddingTheCountsPostsTheirSum() {
        LineKey hammer = key("HAMMER", "A01", null, null);
        item("I1", hammer, "10", "2", JAN);
        line("AISLE-A", hammer, "10", "10", false, Resolution.ADD, null);
        line("TEAM-2", hammer, "3", "10", false, Resolution.ADD, null);
        Difference difference = only();
        assertFalse(difference.conflict());
        assertNumber("13", difference.counted());
        assertNumber("3", difference.difference());
    }

    @Test
    public void aConflictSettledByKeepingOneCountPostsThatCount() {
        LineKey hammer = key("HAMMER", "A01", null, null);
        item("I1", hammer, "10", "2", JAN);
        line("AISLE-A", hammer, "10", "10", false, Resolution.DROP, null);
        CountedLine kept = line("TEAM-2", hammer, "7", "10", false, Resolution.KEEP, null);
        assertNumber("-3", only().difference());
        assertEquals(kept.ref(), only().lines().get(0));
        assertTrue(review().blocker().isEmpty());
    }

    @Test
    public void aHalfSettledConflictStaysAConflict() {
        LineKey hammer = key("HAMMER", "A01", null, null);
        item("I1", hammer, "10", "2", JAN);
        line("AISLE-A", hammer, "10", "10", false, Resolution.ADD, null);
        line("TEAM-2", hammer, "3", "10");
        assertTrue(only().conflict());
    }

    @Test
    public void anUncountedLineOnAnotherListIsNoConflict() {
        LineKey hammer = key("HAMMER", "A01", null, null);
        item("I1", hammer, "10", "2", JAN);
        line("AISLE-A", hammer, null, "10");
        line("TEAM-2", hammer, "9", "10");
        assertFalse(only().conflict());
        assertNumber("-1", only().difference());
    }

    @Test
    public void aRecountReplacesTheFirstCount() {
        LineKey hammer = key("HAMMER", "A01", null, null);
        item("I1", hammer, "10", "2", JAN);
        line("L1", hammer, "4", "10");
        CountedLine recount = line("RECOUNT", hammer, "9", "10", true, null, null);
        Difference difference = only();
        assertEquals("the recount line is the one posting records on", recount.ref(), difference.lines().get(0));
        assertNumber("9", difference.counted());
        assertNumber("-1", difference.difference());
    }

    @Test
    public void aRecountSettlesAConflictOfTheFirstCounts() {
        LineKey hammer = key("HAMMER", "A01", null, null);
        item("I1", hammer, "10", "2", JAN);
        line("AISLE-A", hammer, "10", "10");
        line("TEAM-2", hammer, "3", "10");
        line("RECOUNT", hammer, "12", "10", true, null, null);
        assertFalse(only().conflict());
        assertNumber("2", only().difference());
    }

    @Test
    public void aRecountNotCountedYetLeavesTheFirstCount() {
        LineKey hammer = key("HAMMER", "A01", null, null);
        item("I1", hammer, "10", "2", JAN);
        line("L1", hammer, "4", "10");
        line("RECOUNT", hammer, null, "10", true, null, null);
        assertNumber("-6", only().difference());
    }

    @Test
    public void aFoundSerialNumberBecomesANewItem() {
        LineKey phone = key("PHONE", "C01", null, "SN-9");
        foundCosts.put("PHONE", new BigDecimal("120"));
        line("L1", phone, "1", "0");
        Difference difference = only();
        assertEquals(List.of(new FoundItem(phone, BigDecimal.ONE, new BigDecimal("120"), "VAR_FOUND")), difference.adjustments());
        assertNumber("120", difference.value());
    }

    @Test
    public void aMissingSerialNumberLeavesTheBook() {
        LineKey phone = key("PHONE", "C01", null, "SN-1");
        serialItem("S1", phone, "100");
        line("L1", phone, "0", "1");
        Difference difference = only();
        assertEquals(List.of(new ItemVariance("S1", new BigDecimal("-1"), new BigDecimal("100"), "VAR_LOST")), difference.adjustments());
    }

    @Test
    public void anUncountedSerialNumberStaysUnlessUncountedBecomesZero() {
        LineKey phone = key("PHONE", "C01", null, "SN-1");
        serialItem("S1", phone, "100");
        line("L1", phone, null, "1");
        assertFalse(only().changesStock());
        parameters = parameters(true, Tolerances.NONE);
        assertNumber("-1", only().difference());
    }

    @Test
    public void aSerialNumberCountedInAnotherLocationMovesThere() {
        LineKey booked = key("PHONE", "C01", null, "SN-1");
        LineKey found = key("PHONE", "C02", null, "SN-1");
        serialItem("S1", booked, "100");
        line("L1", booked, "0", "1");
        line("L1", found, "1", "0");
        Review review = review();
        Difference there = review.differences().get(1);
        assertEquals(List.of(new SerialMove("S1", "C01", "C02")), there.adjustments());
        assertEquals("C01", there.serialFrom());
        assertNumber("0", there.value());
        Difference here = review.differences().get(0);
        assertFalse("no variance where it was booked", here.changesStock());
        assertEquals("C02", here.serialTo());
    }

    @Test
    public void aSerialNumberCountedWhereItIsBookedChangesNothing() {
        LineKey phone = key("PHONE", "C01", null, "SN-1");
        serialItem("S1", phone, "100");
        line("L1", phone, "1", "1");
        assertFalse(only().changesStock());
    }

    @Test
    public void aQuantityToleranceFlagsLinesBeyondIt() {
        parameters = parameters(false, new Tolerances(new BigDecimal("2"), null, null));
        LineKey a = key("HAMMER", "A01", null, null);
        LineKey b = key("HAMMER", "A02", null, null);
        item("I1", a, "10", "2", JAN);
        item("I2", b, "10", "2", JAN);
        line("L1", a, "8", "10");
        line("L1", b, "7", "10");
        List<Difference> differences = review().differences();
        assertFalse("2 is within a tolerance of 2", differences.get(0).overTolerance());
        assertTrue(differences.get(1).overTolerance());
    }

    @Test
    public void aPercentToleranceComparesWithTheBook() {
        parameters = parameters(false, new Tolerances(null, new BigDecimal("5"), null));
        LineKey a = key("HAMMER", "A01", null, null);
        item("I1", a, "100", "2", JAN);
        line("L1", a, "95", "100");
        assertFalse(only().overTolerance());
        lines.clear();
        line("L1", a, "94", "100");
        assertTrue(only().overTolerance());
    }

    @Test
    public void aValueToleranceComparesTheDifferenceValue() {
        parameters = parameters(false, new Tolerances(null, null, new BigDecimal("50")));
        LineKey a = key("HAMMER", "A01", null, null);
        item("I1", a, "100", "12.5", JAN);
        line("L1", a, "96", "100");
        assertFalse("4 × 12.5 = 50 is within", only().overTolerance());
        lines.clear();
        line("L1", a, "95", "100");
        assertTrue(only().overTolerance());
    }

    @Test
    public void valuesAreRoundedPerMovementAsTheLedgerRoundsThem() {
        LineKey a = key("HAMMER", "A01", null, null);
        item("I1", a, "3", "0.33335", JAN);
        line("L1", a, "4", "3");
        assertNumber("0.3334", only().value());
    }

    @Test
    public void theSummaryTotalsSurplusAndShortageByReason() {
        LineKey a = key("HAMMER", "A01", null, null);
        LineKey b = key("SAW", "A02", null, null);
        LineKey c = key("NAIL", "A03", null, null);
        item("I1", a, "10", "2", JAN);
        item("I2", b, "10", "5", JAN);
        item("I3", c, "100", "0.1", FEB);
        line("L1", a, "12", "10");
        line("L1", b, "7", "10");
        line("L1", c, "90", "100");
        List<ReasonTotal> summary = review().summary().totals();
        assertEquals(2, summary.size());
        ReasonTotal found = summary.get(0);
        assertEquals("VAR_FOUND", found.reasonId());
        assertTrue(found.surplus());
        assertNumber("2", found.quantity());
        assertNumber("4", found.value());
        ReasonTotal lost = summary.get(1);
        assertEquals("VAR_LOST", lost.reasonId());
        assertNumber("-13", lost.quantity());
        assertNumber("-16", lost.value());
        assertEquals(2, lost.lines());
    }

    @Test
    public void theSummaryListsSurplusesFirstWithTheValueOfEachDirection() {
        LineKey a = key("HAMMER", "A01", null, null);
        LineKey b = key("SAW", "A02", null, null);
        item("I1", a, "10", "2", JAN);
        item("I2", b, "10", "5", JAN);
        line("L1", a, "7", "10");
        line("L1", b, "11", "10");
        Summary summary = review().summary();
        assertEquals(List.of("VAR_FOUND", "VAR_LOST"), summary.totals().stream().map(ReasonTotal::reasonId).toList());
        assertNumber("5", summary.surplusValue());
        assertNumber("-6", summary.shortageValue());
    }

    @Test
    public void aRecountTakesThePickedLinesAndWithOverToleranceEveryLineBeyondIt() {
        parameters = parameters(false, new Tolerances(new BigDecimal("2"), null, null));
        LineKey over = key("HAMMER", "A01", null, null);
        LineKey within = key("SAW", "A02", null, null);
        LineKey picked = key("NAIL", "A03", null, null);
        item("I1", over, "10", "2", JAN);
        item("I2", within, "10", "2", JAN);
        item("I3", picked, "10", "2", JAN);
        line("L1", over, "4", "10");
        line("L1", within, "9", "10");
        CountedLine pickedLine = line("L1", picked, "10", "10");
        Review review = review();
        assertEquals(List.of(over), keys(review.toRecount(true, Set.of())));
        assertEquals(List.of(picked), keys(review.toRecount(false, Set.of(pickedLine.ref()))));
        assertEquals(List.of(over, picked), keys(review.toRecount(true, Set.of(CountedLine.LineRef.parse(pickedLine.ref().text())))));
        assertTrue(review.toRecount(false, Set.of(CountedLine.LineRef.parse("L1"))).isEmpty());
    }

    @Test
    public void aLineLeadsToItsDifferenceFromAnyOfItsLists() {
        LineKey hammer = key("HAMMER", "A01", null, null);
        item("I1", hammer, "10", "2", JAN);
        line("L1", hammer, "10", "10");
        CountedLine other = line("L2", hammer, null, "10");
        Review review = review();
        assertEquals(hammer, review.differenceOf(other.ref()).get().key());
        assertFalse(review.differenceOf(new CountedLine.LineRef("L3", "1")).isPresent());
    }

    @Test
    public void theMovedDifferencesAreThoseWhoseStockChangedSinceTheCount() {
        LineKey moved = key("HAMMER", "A01", null, null);
        LineKey still = key("SAW", "A02", null, null);
        item("I1", moved, "12", "2", JAN);
        item("I2", still, "10", "2", JAN);
        line("L1", moved, "9", "10");
        line("L1", still, "9", "10");
        assertEquals(List.of(moved), keys(review().moved()));
    }

    private static List<LineKey> keys(List<Difference> differences) {
        return differences.stream().map(Difference::key).toList();
    }

    @Test
    public void itemsWithoutALineAreLeftAlone() {
        item("I1", key("HAMMER", "A01", null, null), "10", "2", JAN);
        parameters = parameters(true, Tolerances.NONE);
        assertTrue(review().differences().isEmpty());
    }
}
