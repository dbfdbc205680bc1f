package org.physicalinventory.supervision;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.Test;
import org.physicalinventory.difference.Tolerances;

public class SupervisorTest {

    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");
    private static final Supervisor SUPERVISOR = Supervisor.standard();
    /** The demo parameters: 2 units, 10 %, 50 of value. */
    private static final Tolerances DEMO = new Tolerances(new BigDecimal("2"), new BigDecimal("10"), new BigDecimal("50"));

    private static Instant ago(int minutes, int seconds) {
        return NOW.minus(Duration.ofMinutes(minutes).plusSeconds(seconds));
    }

    private static CounterReads reads(String user, long all, Instant first, Instant last, long inWindow) {
        return new CounterReads(user, all, first, last, inWindow);
    }

    private static WatchedLine line(String book, String counted, String unitCost, boolean blind) {
        return new WatchedLine("L1", "00001", "PI-1001", "A01", null, null, book == null ? null : new BigDecimal(book),
                counted == null ? null : new BigDecimal(counted), unitCost == null ? null : new BigDecimal(unitCost), blind, "picounter1", NOW);
    }

    @Test
    public void anAisleWithNoLineCountedIsNotStarted() {
        assertEquals(TileStatus.NOT_STARTED, new Progress(12, 0).status());
    }

    @Test
    public void anAisleWithSomeLinesCountedIsPartlyCounted() {
        assertEquals(TileStatus.PARTLY, new Progress(12, 5).status());
        assertEquals(41, new Progress(12, 5).percent());
    }

    @Test
    public void anAisleWithEveryLineCountedIsCounted() {
        assertEquals(TileStatus.COUNTED, new Progress(12, 12).status());
        assertEquals(100, new Progress(12, 12).percent());
    }

    @Test
    public void oneLineLeftOfAThousandIsStillPartlyAndUnderAHundredPercent() {
        assertEquals(TileStatus.PARTLY, new Progress(1000, 999).status());
        assertEquals(99, new Progress(1000, 999).percent());
    }

    @Test
    public void anEmptyRangeIsNotStartedAtZeroPercent() {
        assertEquals(TileStatus.NOT_STARTED, new Progress(0, 0).status());
        assertEquals(0, new Progress(0, 0).percent());
    }

    @Test
    public void theInventorysProgressIsTheSumOfItsLists() {
        assertEquals(new Progress(30, 12), Supervisor.total(List.of(new Progress(10, 10), new Progress(20, 2))));
    }

    @Test
    public void tilesComeByAreaThenAisleWithAisleTwoBeforeAisleTenAndNoAisleLast() {
        List<AisleTile> tiles = SUPERVISOR.tiles(List.of(new AisleTile("MAIN", "10", new Progress(1, 0)),
                new AisleTile("MAIN", null, new Progress(1, 0)), new AisleTile("MAIN", "2", new Progress(1, 0)),
                new AisleTile("COLD", "B", new Progress(1, 0))));
        assertEquals(List.of("COLD B", "MAIN 2", "MAIN 10", "MAIN null"), tiles.stream().map(t -> t.areaId() + " " + t.aisleId()).toList());
    }

    @Test
    public void theRateIsTheWindowsReadsOverTheWindow() {
        // 50 reads in the last 5 minutes by a counter who started an hour ago: 10 a minute
        assertEquals(new BigDecimal("10.0"), SUPERVISOR.readsPerMinute(reads("a", 400, ago(60, 0), ago(0, 5), 50), NOW));
    }

    @Test
    public void aCounterWhoStartedWithinTheWindowIsRatedSinceTheirFirstRead() {
        // 30 reads in the 2 minutes since they started: 15 a minute, not 6
        assertEquals(new BigDecimal("15.0"), SUPERVISOR.readsPerMinute(reads("a", 30, ago(2, 0), ago(0, 1), 30), NOW));
    }

    @Test
    public void aFirstBurstOfReadsIsRatedOverAtLeastAMinute() {
        assertEquals(new BigDecimal("12.0"), SUPERVISOR.readsPerMinute(reads("a", 12, ago(0, 10), ago(0, 1), 12), NOW));
    }

    @Test
    public void noReadInTheWindowIsARateOfZero() {
        assertEquals(new BigDecimal("0.0"), SUPERVISOR.readsPerMinute(reads("a", 80, ago(40, 0), ago(20, 0), 0), NOW));
    }

    @Test
    public void aCounterIsIdleForTheTimeSinceTheirLastRead() {
        CounterActivity counter = SUPERVISOR.counters(List.of(reads("a", 80, ago(40, 0), ago(20, 0), 0)), NOW).get(0);
        assertEquals(Duration.ofMinutes(20), counter.idleFor());
        assertTrue(counter.idle());
        assertEquals(80, counter.reads());
    }

    @Test
    public void aCounterWhoReadAMinuteAgoIsNotIdle() {
        CounterActivity counter = SUPERVISOR.counters(List.of(reads("a", 5, ago(3, 0), ago(1, 0), 5)), NOW).get(0);
        assertFalse(counter.idle());
        assertEquals(Duration.ofMinutes(1), counter.idleFor());
    }

    @Test
    public void aCounterIsIdleFromExactlyTheIdleTime() {
        assertTrue(SUPERVISOR.counters(List.of(reads("a", 5, ago(10, 0), ago(3, 0), 0)), NOW).get(0).idle());
    }

    @Test
    public void aReadStampedAfterNowByAnotherClockIsNotNegativeIdleTime() {
        assertEquals(Duration.ZERO, SUPERVISOR.idleFor(reads("a", 1, NOW.plusSeconds(2), NOW.plusSeconds(2), 1), NOW));
    }

    @Test
    public void aRateOverTwiceTheMedianOfTheCountersReadingIsUnusual() {
        List<CounterActivity> counters = SUPERVISOR.counters(List.of(reads("a", 50, ago(30, 0), ago(0, 5), 50),
                reads("b", 50, ago(30, 0), ago(0, 5), 55), reads("c", 50, ago(30, 0), ago(0, 5), 45),
                reads("fast", 200, ago(30, 0), ago(0, 5), 150)), NOW);
        assertEquals("fast", counters.get(0).userLoginId());
        assertTrue(counters.get(0).unusualRate());
        assertFalse(counters.get(1).unusualRate());
    }

    @Test
    public void aRateUnderHalfTheMedianIsUnusualButAnIdleCounterIsOnlyIdle() {
        List<CounterActivity> counters = SUPERVISOR.counters(List.of(reads("a", 50, ago(30, 0), ago(0, 5), 50),
                reads("b", 50, ago(30, 0), ago(0, 5), 50), reads("slow", 50, ago(30, 0), ago(0, 5), 10),
                reads("gone", 50, ago(30, 0), ago(4, 0), 3)), NOW);
        CounterActivity slow = counters.stream().filter(c -> c.userLoginId().equals("slow")).findFirst().orElseThrow();
        CounterActivity gone = counters.stream().filter(c -> c.userLoginId().equals("gone")).findFirst().orElseThrow();
        assertTrue(slow.unusualRate());
        assertTrue(gone.idle());
        assertFalse(gone.unusualRate());
    }

    @Test
    public void withFewerThanThreeCountersReadingNoRateIsUnusual() {
        List<CounterActivity> counters = SUPERVISOR.counters(List.of(reads("a", 50, ago(30, 0), ago(0, 5), 5),
                reads("b", 50, ago(30, 0), ago(0, 5), 150)), NOW);
        assertFalse(counters.get(0).unusualRate() || counters.get(1).unusualRate());
    }

    @Test
    public void aCountFarFromTheBookIsBeyondTolerance() {
        ShownLine shown = SUPERVISOR.show(line("10", "40", "1.50", false), DEMO);
        assertTrue(shown.beyondTolerance());
        assertEquals(new BigDecimal("10"), shown.book());
        assertEquals(new BigDecimal("30"), shown.difference());
    }

    @Test
    public void aCountWithinEveryToleranceIsNot() {
        // 1 unit of 20 (5 %), worth 1.50
        assertFalse(SUPERVISOR.show(line("20", "19", "1.50", false), DEMO).beyondTolerance());
    }

    @Test
    public void aSmallDifferenceOfGreatValueIsBeyondTheValueTolerance() {
        // 1 unit of 100 (1 %), worth 80 against a tolerance of 50
        assertTrue(SUPERVISOR.show(line("100", "99", "80", false), DEMO).beyondTolerance());
    }

    @Test
    public void withoutAUnitCostTheValueToleranceIsNotChecked() {
        assertFalse(SUPERVISOR.show(line("100", "99", null, false), DEMO).beyondTolerance());
    }

    @Test
    public void anItemFoundWhereTheBookHasNoneIsBeyondAPercentTolerance() {
        assertTrue(SUPERVISOR.show(line(null, "1", null, false), DEMO).beyondTolerance());
    }

    @Test
    public void aBlindListsLineBeyondToleranceShowsNeitherBookNorDifference() {
        ShownLine shown = SUPERVISOR.show(line("10", "40", "1.50", true), DEMO);
        assertTrue(shown.beyondTolerance());
        assertNull(shown.book());
        assertNull(shown.difference());
        assertEquals(new BigDecimal("40"), shown.line().counted());
    }

    @Test
    public void withoutTolerancesNoLineIsBeyondThemAsInTheReview() {
        assertFalse(SUPERVISOR.show(line("10", "11", null, false), Tolerances.NONE).beyondTolerance());
    }

    @Test
    public void theLinesBeyondToleranceKeepTheirOrderUpToTheMaximum() {
        List<ShownLine> shown = SUPERVISOR.beyondTolerance(List.of(line("10", "40", null, false), line("20", "19", null, false),
                line("5", "0", null, false), line("7", "100", null, false)), DEMO, 2);
        assertEquals(2, shown.size());
        assertEquals(new BigDecimal("40"), shown.get(0).line().counted());
        assertEquals(new BigDecimal("0"), shown.get(1).line().counted());
    }

    @Test(expected = IllegalArgumentException.class)
    public void aWindowOfNoTimeIsRefused() {
        new Supervisor(Duration.ZERO, Duration.ofMinutes(3));
    }
}
