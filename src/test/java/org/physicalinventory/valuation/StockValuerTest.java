package org.physicalinventory.valuation;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.Test;
import org.physicalinventory.valuation.Movement.Source;
import org.physicalinventory.valuation.ProductValuation.LotQuantity;

/** A product valued at a date from its items' movements, every figure computed by hand in the comment above it. */
public class StockValuerTest {

    private static final ZoneId UTC = ZoneId.of("UTC");

    // Two receipts at changing costs and three issues, the items received first going out first:
    //   10 Jan  receipt A 10 @ 5.00            average 5.00
    //   10 Feb  receipt B 10 @ 7.00            average (5.00 × 10 + 7.00 × 10) / 20 = 6.00
    //    1 Mar  issue A 8
    //    5 Mar  issue A 2
    //    6 Mar  issue B 3
    private static List<StockItem> twoReceiptsThreeIssues() {
        return List.of(
                item("A", null, null, receipt("2025-01-10T09:00:00Z", 10, "5.00"), issue("2025-03-01T10:00:00Z", 8),
                        issue("2025-03-05T10:00:00Z", 2)),
                item("B", null, null, receipt("2025-02-10T09:00:00Z", 10, "7.00"), issue("2025-03-06T10:00:00Z", 3)));
    }

    @Test
    public void afterAllMovementsTheItemsLeftGiveTheFifoValueAndTheOldestReceiptsTheLifoValue() {
        ProductValuation v = value(endOf("2025-03-31"), ValuationMethod.FIFO, twoReceiptsThreeIssues());
        assertEquals(new BigDecimal("7"), v.quantity());
        // B's 7 left at 7.00
        assertMoney("49.00", v.fifoValue());
        // layers 10 @ 5, 10 @ 7; issues take 8, 2 from the 7.00 layer, then 3 from the 5.00 layer: 7 @ 5.00
        assertMoney("35.00", v.lifoValue());
        assertCost("6.00", v.averageCost());
        assertMoney("42.00", v.averageValue());
        assertCost("7.00", v.lastCost());
        assertMoney("49.00", v.lastCostValue());
        assertMoney("49.00", v.value());
        assertFalse(v.fallback());
        assertEquals(Instant.parse("2025-03-06T10:00:00Z"), v.lastMovement());
    }

    @Test
    public void aDateBetweenMovementsCountsOnlyWhatHappenedBefore() {
        // after the first receipt only: 10 @ 5.00
        ProductValuation january = value(endOf("2025-01-31"), ValuationMethod.AVERAGE, twoReceiptsThreeIssues());
        assertEquals(new BigDecimal("10"), january.quantity());
        assertMoney("50.00", january.fifoValue());
        assertMoney("50.00", january.lifoValue());
        assertCost("5.00", january.averageCost());
        assertCost("5.00", january.lastCost());
        assertMoney("50.00", january.value());
        // after the first issue: A 2 @ 5.00 + B 10 @ 7.00 = 80.00; LIFO: the 8 came off the 7.00 layer: 10 @ 5 + 2 @ 7 = 64.00
        ProductValuation march2 = value(endOf("2025-03-02"), ValuationMethod.LIFO, twoReceiptsThreeIssues());
        assertEquals(new BigDecimal("12"), march2.quantity());
        assertMoney("80.00", march2.fifoValue());
        assertMoney("64.00", march2.lifoValue());
        assertMoney("72.00", march2.averageValue());
        assertMoney("64.00", march2.value());
    }

    @Test
    public void nothingBeforeTheDateGivesNoValuation() {
        assertNull(value(endOf("2025-01-09"), ValuationMethod.FIFO, twoReceiptsThreeIssues()));
    }

    @Test
    public void theAverageMovesAtEachReceiptAndIsRoundedToTheCentAsOfbizDoes() {
        // 3 @ 10.00, then 7 @ 10.01: (30.00 + 70.07) / 10 = 10.007 -> 10.01
        // issue 5 (5 left), then 1 @ 20.00: (10.01 × 5 + 20.00) / 6 = 70.05 / 6 = 11.675 -> 11.68 (half up)
        List<StockItem> items = List.of(
                item("A", null, null, receipt("2025-01-01T10:00:00Z", 3, "10.00"), issue("2025-01-03T10:00:00Z", 3)),
                item("B", null, null, receipt("2025-01-02T10:00:00Z", 7, "10.01"), issue("2025-01-03T11:00:00Z", 2)),
                item("C", null, null, receipt("2025-01-04T10:00:00Z", 1, "20.00")));
        assertCost("10.01", value(endOf("2025-01-02"), ValuationMethod.AVERAGE, items).averageCost());
        ProductValuation v = value(endOf("2025-01-04"), ValuationMethod.AVERAGE, items);
        assertCost("11.68", v.averageCost());
        assertEquals(new BigDecimal("6"), v.quantity());
        assertMoney("70.08", v.averageValue());
        // B's 5 @ 10.01 + C's 1 @ 20.00
        assertMoney("70.05", v.fifoValue());
    }

    @Test
    public void aReceiptAfterTheStockRanOutSetsTheAverageToItsCost() {
        // 4 @ 9.00, all issued, then 2 @ 13.00: nothing was left to average with
        List<StockItem> items = List.of(
                item("A", null, null, receipt("2025-05-01T10:00:00Z", 4, "9.00"), issue("2025-05-02T10:00:00Z", 4)),
                item("B", null, null, receipt("2025-05-03T10:00:00Z", 2, "13.00")));
        ProductValuation v = value(endOf("2025-05-31"), ValuationMethod.AVERAGE, items);
        assertCost("13.00", v.averageCost());
        assertMoney("26.00", v.value());
        // LIFO: the 9.00 layer went out whole; 2 @ 13.00
        assertMoney("26.00", v.lifoValue());
    }

    @Test
    public void foundAndLostStockAreVariancesNotReceipts() {
        // A 10 @ 4.00, B 10 @ 6.00 (average 5.00, last 6.00); then 3 found on A, 1 lost on B
        List<StockItem> items = List.of(
                item("A", null, null, receipt("2025-06-01T10:00:00Z", 10, "4.00"), variance("2025-06-10T10:00:00Z", 3)),
                item("B", null, null, receipt("2025-06-02T10:00:00Z", 10, "6.00"), variance("2025-06-11T10:00:00Z", -1)));
        ProductValuation v = value(endOf("2025-06-30"), ValuationMethod.AVERAGE, items);
        assertEquals(new BigDecimal("22"), v.quantity());
        // the average and the last cost ignore variances
        assertCost("5.00", v.averageCost());
        assertCost("6.00", v.lastCost());
        assertMoney("110.00", v.averageValue());
        // items: A 13 @ 4.00 + B 9 @ 6.00 = 52 + 54
        assertMoney("106.00", v.fifoValue());
        // layers 10 @ 4, 10 @ 6, found 3 @ 4 (A's cost); the lost 1 comes off the newest (the found 3): 10 @ 4 + 10 @ 6 + 2 @ 4
        assertMoney("108.00", v.lifoValue());
    }

    @Test
    public void aReturnMovesTheAverageButIsNotTheLastPurchaseCost() {
        // A 10 @ 8.00, issue 6 (4 left), customer returns 2 received at 5.00 as a new item R:
        // average (8.00 × 4 + 5.00 × 2) / 6 = 42 / 6 = 7.00, last cost still 8.00
        List<StockItem> items = List.of(
                item("A", null, null, receipt("2025-07-01T10:00:00Z", 10, "8.00"), issue("2025-07-02T10:00:00Z", 6)),
                item("R", null, null, new Movement(Instant.parse("2025-07-05T10:00:00Z"), "1", BigDecimal.valueOf(2), new BigDecimal("5.00"),
                        Source.RETURN)));
        ProductValuation v = value(endOf("2025-07-31"), ValuationMethod.LAST_COST, items);
        assertCost("7.00", v.averageCost());
        assertCost("8.00", v.lastCost());
        assertMoney("48.00", v.value());
        assertMoney("42.00", v.fifoValue());
    }

    @Test
    public void aRevisedUnitCostValuesTheItemFromTheRevisionOn() {
        // received 10 @ 5.00; on 15 Feb OFBiz records a new unit cost of 5.50 (a detail without quantity)
        List<StockItem> items = List.of(item("A", null, "5.50", receipt("2025-02-01T10:00:00Z", 10, "5.00"),
                new Movement(Instant.parse("2025-02-15T10:00:00Z"), "2", null, new BigDecimal("5.50"), Source.OTHER)));
        assertMoney("50.00", value(endOf("2025-02-14"), ValuationMethod.FIFO, items).value());
        assertMoney("55.00", value(endOf("2025-02-15"), ValuationMethod.FIFO, items).value());
        // the revision is no receipt: the last and average costs stay those of the receipt
        assertCost("5.00", value(endOf("2025-02-15"), ValuationMethod.FIFO, items).lastCost());
    }

    @Test
    public void stockLoadedWithoutAReceiptIsValuedAtTheItemsCostAndItsFirstArrivalIsItsReceipt() {
        // OFBiz's demo data: a detail of +20 with no cost and no receipt; the item costs 2.50
        List<StockItem> items = List.of(item("A", null, "2.50", loaded("2001-05-13T12:00:00Z", 20), loaded("2001-06-01T12:00:00Z", 5),
                issue("2001-06-02T12:00:00Z", 4)));
        ProductValuation v = value(endOf("2001-12-31"), ValuationMethod.AVERAGE, items);
        assertEquals(new BigDecimal("21"), v.quantity());
        assertCost("2.50", v.lastCost());
        assertCost("2.50", v.averageCost());
        assertMoney("52.50", v.value());
    }

    @Test
    public void aSerialSoldIsGoneAndOneOnHandCountsAtItsCost() {
        List<StockItem> items = List.of(item("S1", null, "300.00", loaded("2025-03-01T10:00:00Z", 1), issue("2025-03-20T10:00:00Z", 1)),
                item("S2", null, "320.00", loaded("2025-03-02T10:00:00Z", 1)));
        ProductValuation v = value(endOf("2025-03-31"), ValuationMethod.FIFO, items);
        assertEquals(new BigDecimal("1"), v.quantity());
        assertMoney("320.00", v.value());
        assertMoney("310.00", v.averageValue());
    }

    @Test
    public void eachLotHasItsQuantityAndItsItemsValue() {
        List<StockItem> items = List.of(item("A", "LOT-1", null, receipt("2025-04-01T10:00:00Z", 5, "3.00")),
                item("B", "LOT-2", null, receipt("2025-04-02T10:00:00Z", 4, "3.50"), issue("2025-04-03T10:00:00Z", 4)),
                item("C", "LOT-1", null, receipt("2025-04-04T10:00:00Z", 2, "4.00")));
        ProductValuation v = value(endOf("2025-04-30"), ValuationMethod.FIFO, items);
        assertEquals(1, v.lots().size());
        LotQuantity lot = v.lots().get(0);
        assertEquals("LOT-1", lot.lotId());
        assertEquals(new BigDecimal("7"), lot.quantity());
        assertMoney("23.00", lot.fifoValue());
    }

    @Test
    public void theStandardCostValuesWhenSetAndFifoStandsInWhenNot() {
        ProductValuation withStandard = new StockValuer(endOf("2025-03-31"), ValuationMethod.STANDARD).value("P", "F", twoReceiptsThreeIssues(),
                new BigDecimal("6.25"));
        assertMoney("43.75", withStandard.value());
        assertFalse(withStandard.fallback());
        ProductValuation without = value(endOf("2025-03-31"), ValuationMethod.STANDARD, twoReceiptsThreeIssues());
        assertNull(without.standardValue());
        assertTrue(without.fallback());
        assertMoney("49.00", without.value());
    }

    @Test
    public void stockBelowZeroIsOwedAtTheLastCostAndRepaidByTheNextReceipt() {
        // 5 @ 2.00, 7 issued (2 owed at 2.00), then 10 @ 3.00 repays 2: 8 @ 3.00
        List<StockItem> items = List.of(item("A", null, null, receipt("2025-08-01T10:00:00Z", 5, "2.00"), issue("2025-08-02T10:00:00Z", 7)),
                item("B", null, null, receipt("2025-08-05T10:00:00Z", 10, "3.00")));
        ProductValuation owing = value(endOf("2025-08-03"), ValuationMethod.LIFO, items);
        assertEquals(new BigDecimal("-2"), owing.quantity());
        assertMoney("-4.00", owing.lifoValue());
        assertMoney("-4.00", owing.fifoValue());
        ProductValuation repaid = value(endOf("2025-08-31"), ValuationMethod.LIFO, items);
        assertMoney("24.00", repaid.lifoValue());
        // the average restarts at the receipt's cost after stock below zero
        assertCost("3.00", repaid.averageCost());
    }

    @Test
    public void movementsAtTheSameMomentGoInTheOrderOfItemThenSequence() {
        // at 10:00 A is issued 4 (item A before B), then B's receipt: 6 left before it, average (5 × 6 + 8 × 6) / 12 = 6.50
        List<StockItem> items = List.of(item("A", null, null, receipt("2025-09-01T09:00:00Z", 10, "5.00"), issue("2025-09-02T10:00:00Z", 4)),
                item("B", null, null, receipt("2025-09-02T10:00:00Z", 6, "8.00")));
        assertCost("6.50", value(endOf("2025-09-02"), ValuationMethod.AVERAGE, items).averageCost());
    }

    @Test
    public void aClosingDayEndsAtMidnightInItsTimeZone() {
        // 31 March 2025 in Rome (summer time since the 30th, UTC+2) ends at 22:00 UTC; in New York (UTC-4) at 04:00 UTC on 1 April
        assertEquals(Instant.parse("2025-03-31T22:00:00Z"), ClosingDate.until(LocalDate.parse("2025-03-31"), ZoneId.of("Europe/Rome")));
        assertEquals(Instant.parse("2025-04-01T04:00:00Z"), ClosingDate.until(LocalDate.parse("2025-03-31"), ZoneId.of("America/New_York")));
        // the day the clocks go forward is 23 hours long: 29 March ends at 23:00 UTC, 30 March at 22:00 UTC
        assertEquals(Instant.parse("2025-03-29T23:00:00Z"), ClosingDate.until(LocalDate.parse("2025-03-29"), ZoneId.of("Europe/Rome")));
        assertEquals(Instant.parse("2025-03-30T22:00:00Z"), ClosingDate.until(LocalDate.parse("2025-03-30"), ZoneId.of("Europe/Rome")));
        // an issue at 23:30 in Rome on the 31st (21:30 UTC) is in that day's closing there; one at 00:30 on 1 April (22:30 UTC) is not,
        // though in UTC both are on the 31st
        List<StockItem> items = List.of(item("A", null, null, receipt("2025-03-01T10:00:00Z", 10, "1.00"), issue("2025-03-31T21:30:00Z", 1),
                issue("2025-03-31T22:30:00Z", 2)));
        assertEquals(new BigDecimal("9"), value(ClosingDate.until(LocalDate.parse("2025-03-31"), ZoneId.of("Europe/Rome")),
                ValuationMethod.FIFO, items).quantity());
        assertEquals(new BigDecimal("7"), value(ClosingDate.until(LocalDate.parse("2025-03-31"), UTC), ValuationMethod.FIFO, items).quantity());
    }

    @Test
    public void aMovementAtMidnightBelongsToTheNextDay() {
        List<StockItem> items = List.of(item("A", null, null, receipt("2025-03-01T10:00:00Z", 10, "1.00"), issue("2025-04-01T00:00:00Z", 1),
                issue("2025-03-31T23:59:59.999Z", 2)));
        assertEquals(new BigDecimal("8"), value(endOf("2025-03-31"), ValuationMethod.FIFO, items).quantity());
        assertEquals(new BigDecimal("7"), value(endOf("2025-04-01"), ValuationMethod.FIFO, items).quantity());
    }

    @Test
    public void aDayNotOverCannotBeClosed() throws Exception {
        Instant now = Instant.parse("2025-05-20T12:00:00Z");
        assertEquals(Instant.parse("2025-05-20T00:00:00Z"), ClosingDate.check(LocalDate.parse("2025-05-19"), UTC, now));
        assertRefused("PhysInvErrorClosingDateNotOver", () -> ClosingDate.check(LocalDate.parse("2025-05-20"), UTC, now));
        assertRefused("PhysInvErrorClosingDateNotOver", () -> ClosingDate.check(LocalDate.parse("2026-01-01"), UTC, now));
        assertRefused("PhysInvErrorClosingDateMissing", () -> ClosingDate.check(null, UTC, now));
        // at 01:00 on the 20th in Rome (23:00 UTC on the 19th) the 19th is over there, not yet in New York
        Instant romeNight = Instant.parse("2025-05-19T23:00:00Z");
        ClosingDate.check(LocalDate.parse("2025-05-19"), ZoneId.of("Europe/Rome"), romeNight);
        assertRefused("PhysInvErrorClosingDateNotOver", () -> ClosingDate.check(LocalDate.parse("2025-05-19"), ZoneId.of("America/New_York"),
                romeNight));
    }

    @Test
    public void aConfirmedClosingNeverRunsAgainAndOnlyADoneOneIsConfirmed() throws Exception {
        ClosingStatus.DONE.checkCanRun("C1");
        ClosingStatus.FAILED.checkCanRun("C1");
        assertRefused("PhysInvErrorClosingConfirmed", () -> ClosingStatus.CONFIRMED.checkCanRun("C1"));
        assertRefused("PhysInvErrorClosingRunning", () -> ClosingStatus.RUNNING.checkCanRun("C1"));
        ClosingStatus.DONE.checkCanConfirm("C1");
        assertRefused("PhysInvErrorClosingNotDone", () -> ClosingStatus.FAILED.checkCanConfirm("C1"));
        assertRefused("PhysInvErrorClosingNotDone", () -> ClosingStatus.RUNNING.checkCanConfirm("C1"));
        assertRefused("PhysInvErrorClosingConfirmed", () -> ClosingStatus.CONFIRMED.checkCanConfirm("C1"));
        assertEquals(ClosingStatus.CONFIRMED, ClosingStatus.of("PI_CLS_CONFIRMED"));
    }

    @Test
    public void theOrganisationsCogsMethodChoosesTheMethod() {
        assertEquals(ValuationMethod.LIFO, ValuationMethod.ofCogsMethod("COGS_LIFO"));
        assertEquals(ValuationMethod.FIFO, ValuationMethod.ofCogsMethod("COGS_FIFO"));
        assertEquals(ValuationMethod.AVERAGE, ValuationMethod.ofCogsMethod("COGS_AVG_COST"));
        assertEquals(ValuationMethod.FIFO, ValuationMethod.ofCogsMethod("COGS_INV_COST"));
        assertEquals(ValuationMethod.FIFO, ValuationMethod.ofCogsMethod(null));
    }

    interface Refusal {
        void run() throws ValuationException;
    }

    static void assertRefused(String labelKey, Refusal refusal) {
        try {
            refusal.run();
        } catch (ValuationException e) {
            assertEquals(labelKey, e.labelKey());
            return;
        }
        throw new AssertionError("not refused: " + labelKey);
    }

    static Instant endOf(String date) {
        return ClosingDate.until(LocalDate.parse(date), UTC);
    }

    static ProductValuation value(Instant until, ValuationMethod method, List<StockItem> items) {
        return new StockValuer(until, method).value("P", "F", items, null);
    }

    static StockItem item(String id, String lotId, String currentCost, Movement... movements) {
        return new StockItem(id, "P", "F", "L1", lotId, currentCost == null ? null : new BigDecimal(currentCost), List.of(movements));
    }

    static Movement receipt(String when, int quantity, String cost) {
        return new Movement(Instant.parse(when), "1", BigDecimal.valueOf(quantity), new BigDecimal(cost), Source.RECEIPT);
    }

    static Movement issue(String when, int quantity) {
        return new Movement(Instant.parse(when), when, BigDecimal.valueOf(-quantity), null, Source.OTHER);
    }

    static Movement variance(String when, int quantity) {
        return new Movement(Instant.parse(when), when, BigDecimal.valueOf(quantity), null, Source.VARIANCE);
    }

    static Movement loaded(String when, int quantity) {
        return new Movement(Instant.parse(when), when, BigDecimal.valueOf(quantity), null, Source.OTHER);
    }

    static void assertMoney(String expected, BigDecimal actual) {
        assertEquals(new BigDecimal(expected), actual);
    }

    static void assertCost(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual));
    }
}
