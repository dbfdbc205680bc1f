package org.physicalinventory.cycle;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.Test;

public class CycleChoiceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    /** A product in a location due {@code when}, making {@code lines} count lines. */
    private static DueItem due(String product, String location, Due when, int lines) {
        return new DueItem(new StockKey(product, location, BigDecimal.ONE, lines, null, null), AbcClass.A, 30, TODAY, when);
    }

    private static final DueItem OVERDUE = due("PA", "L1", Due.OVERDUE, 2);
    private static final DueItem TODAYS = due("PB", "L2", Due.TODAY, 3);
    private static final DueItem WEEKS = due("PC", "L3", Due.THIS_WEEK, 1);
    private static final List<DueItem> PLAN = List.of(OVERDUE, TODAYS, WEEKS);

    private static List<DueItem> choose(List<String> ticked, Due horizon, int maxLines) throws CycleException {
        return CycleChoice.choose("WH", PLAN, ticked, Map.of(), horizon, maxLines);
    }

    private static void assertRefused(String labelKey, Object[] arguments, ThrowingRunnable choice) {
        try {
            choice.run();
            fail("expected " + labelKey);
        } catch (CycleException e) {
            assertEquals(labelKey, e.labelKey());
            assertArrayEquals(arguments, e.arguments());
        }
    }

    private interface ThrowingRunnable {
        void run() throws CycleException;
    }

    @Test
    public void withoutTickedItemsEverythingDueUpToTheHorizonIsCounted() throws CycleException {
        assertEquals(List.of(OVERDUE), choose(List.of(), Due.OVERDUE, 0));
        assertEquals(List.of(OVERDUE, TODAYS), choose(List.of(), Due.TODAY, 0));
        assertEquals(PLAN, choose(List.of(), Due.THIS_WEEK, 0));
    }

    @Test
    public void theTickedItemsAreCountedInThePlansOrderWhateverTheHorizon() throws CycleException {
        assertEquals(List.of(OVERDUE, WEEKS), choose(List.of("PC|L3", "PA|L1"), Due.OVERDUE, 0));
    }

    @Test
    public void aTickedItemThatIsNotDueIsRefused() {
        assertRefused("PhysInvErrorNotDue", new Object[] {"PZ", "L9"}, () -> choose(List.of("PA|L1", "PZ|L9"), Due.TODAY, 0));
    }

    @Test
    public void aTickedItemOnAnOpenInventoryIsRefusedNamingThatInventory() {
        assertRefused("PhysInvErrorAlreadyOnInventory", new Object[] {"PZ", "L9", "10020"},
                () -> CycleChoice.choose("WH", PLAN, List.of("PZ|L9"), Map.of("PZ|L9", "10020"), Due.TODAY, 0));
    }

    @Test
    public void theMostUrgentAreCountedUpToTheLines() throws CycleException {
        assertEquals("2 + 3 lines", List.of(OVERDUE, TODAYS), choose(List.of(), Due.THIS_WEEK, 5));
        assertEquals(List.of(OVERDUE), choose(List.of(), Due.THIS_WEEK, 4));
        assertEquals("the first is taken even when it has more lines", List.of(OVERDUE), choose(List.of(), Due.THIS_WEEK, 1));
    }

    @Test
    public void nothingDueIsRefusedNamingTheFacility() {
        assertRefused("PhysInvErrorNothingDue", new Object[] {"WH"},
                () -> CycleChoice.choose("WH", List.of(WEEKS), List.of(), Map.of(), Due.TODAY, 0));
    }

    @Test
    public void theHorizonIsTodayUnlessTheRequestNamesOne() throws CycleException {
        assertEquals(Due.TODAY, CycleChoice.horizon(null));
        assertEquals(Due.THIS_WEEK, CycleChoice.horizon("THIS_WEEK"));
        assertRefused("PhysInvErrorUnknownHorizon", new Object[] {"NEXT_YEAR"}, () -> CycleChoice.horizon("NEXT_YEAR"));
    }

    @Test
    public void noMaximumOfLinesIsNoLimitAndANegativeOneIsRefused() throws CycleException {
        assertEquals(0, CycleChoice.maxLines(null));
        assertEquals(0, CycleChoice.maxLines(" "));
        assertEquals(40, CycleChoice.maxLines("40"));
        assertRefused("PhysInvErrorMaxLinesNegative", new Object[] {-1}, () -> CycleChoice.maxLines("-1"));
        assertRefused("PhysInvErrorNotAWholeNumber", new Object[] {"4x"}, () -> CycleChoice.maxLines("4x"));
    }
}
