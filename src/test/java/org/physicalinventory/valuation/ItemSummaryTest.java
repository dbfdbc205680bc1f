package org.physicalinventory.valuation;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.physicalinventory.valuation.StockValuerTest.endOf;
import static org.physicalinventory.valuation.StockValuerTest.issue;
import static org.physicalinventory.valuation.StockValuerTest.item;
import static org.physicalinventory.valuation.StockValuerTest.receipt;
import static org.physicalinventory.valuation.StockValuerTest.variance;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.Test;
import org.physicalinventory.valuation.Movement.Source;

/**
 * A closing that lets the database add up each item's movements (one GROUP BY, see {@link ItemTotals}) values
 * every product as replaying all the movements does, but for LIFO and the average cost, which come from elsewhere.
 */
public class ItemSummaryTest {

    private static final Instant START = Instant.parse("2025-01-01T00:00:00Z");
    private static final long HOUR = 3600;

    @Test
    public void anItemReceivedOnceThenIssuedAndFoundIsSummedUpByItsTotals() {
        // received 10 @ 5.00 on 10 Jan, 4 issued, 2 found, another receipt of 3 without a cost of its own on 1 Mar
        StockItem a = item("A", "LOT1", "9.99", receipt("2025-01-10T09:00:00Z", 10, "5.00"), issue("2025-02-01T10:00:00Z", 4),
                variance("2025-02-02T10:00:00Z", 2), new Movement(Instant.parse("2025-03-01T08:00:00Z"), "9", new BigDecimal("3"), null,
                        Source.RECEIPT));
        StockValuer valuer = new StockValuer(endOf("2025-03-31"), ValuationMethod.FIFO);
        ItemSummary summary = totals(a, valuer.until()).summary();
        // 10 - 4 + 2 + 3 = 11 at 5.00; the last purchase is the receipt of 1 March, at the item's cost
        assertEquals(new BigDecimal("11"), summary.quantity());
        assertEquals(new BigDecimal("5.00"), summary.unitCost());
        assertEquals(Instant.parse("2025-03-01T08:00:00Z"), summary.lastPurchase().when());
        assertEquals(valuer.summarize(a), summary);
    }

    @Test
    public void anItemWhoseCostWasRevisedOrThatCameWithoutACostNeedsItsMovements() {
        StockItem revised = item("R", null, null, receipt("2025-01-10T09:00:00Z", 10, "5.00"),
                new Movement(Instant.parse("2025-02-01T00:00:00Z"), "2", BigDecimal.ZERO, new BigDecimal("5.50"), Source.OTHER));
        StockItem loaded = item("L", null, "4.00", StockValuerTest.loaded("2025-01-10T09:00:00Z", 10));
        Instant until = endOf("2025-12-31");
        assertNull(totals(revised, until).summary());
        assertNull(totals(loaded, until).summary());
        // an item that only ever went out is valued at its current cost
        StockItem short_ = item("S", null, "4.00", issue("2025-01-10T09:00:00Z", 2));
        assertEquals(new StockValuer(until, ValuationMethod.FIFO).summarize(short_), totals(short_, until).summary());
    }

    @Test
    public void wheneverTheTotalsDecideTheyAgreeWithReplayingTheItem() {
        Random random = new Random(20261123);
        int decided = 0;
        int undecided = 0;
        for (int n = 0; n < 5000; n++) {
            StockItem item = randomItem(random, "I" + n);
            Instant until = START.plusSeconds(HOUR * random.nextInt(24 * 400));
            StockValuer valuer = new StockValuer(until, ValuationMethod.FIFO);
            ItemTotals totals = totals(item, until);
            if (totals == null) {
                assertNull(valuer.summarize(item));
                continue;
            }
            ItemSummary summary = totals.summary();
            if (summary == null) {
                undecided++;
            } else {
                decided++;
                assertEquals(item.toString() + " until " + until, valuer.summarize(item), summary);
            }
        }
        // both kinds occur in this mix (which is harsher than a warehouse: a third of its items have a revised cost or a second costed receipt)
        assertTrue("decided " + decided + ", undecided " + undecided, decided > 1000 && undecided > 100);
    }

    @Test
    public void aProductValuedFromItsItemsSummedUpHasTheFiguresOfTheReplayButLifo() {
        Random random = new Random(7);
        for (int n = 0; n < 1000; n++) {
            List<StockItem> items = new ArrayList<>();
            for (int i = 0, count = 1 + random.nextInt(6); i < count; i++) {
                items.add(randomItem(random, "P" + n + "-" + i));
            }
            Instant until = START.plusSeconds(HOUR * random.nextInt(24 * 400));
            for (ValuationMethod method : List.of(ValuationMethod.FIFO, ValuationMethod.AVERAGE, ValuationMethod.LAST_COST)) {
                StockValuer valuer = new StockValuer(until, method);
                ProductValuation replayed = valuer.value("P", "F", items, new BigDecimal("3.00"));
                List<ItemSummary> summaries = new ArrayList<>();
                items.stream().map(valuer::summarize).filter(s -> s != null).forEach(summaries::add);
                ProductValuation summed = valuer.value("P", "F", summaries, new BigDecimal("3.00"),
                        replayed == null ? null : replayed.averageCost());
                if (replayed == null) {
                    assertNull(summed);
                    continue;
                }
                assertEquals(replayed.quantity(), summed.quantity());
                assertEquals(replayed.fifoValue(), summed.fifoValue());
                assertEquals(replayed.lastCost(), summed.lastCost());
                assertEquals(replayed.lastCostValue(), summed.lastCostValue());
                assertEquals(replayed.averageValue(), summed.averageValue());
                assertEquals(replayed.standardValue(), summed.standardValue());
                assertEquals(replayed.value(), summed.value());
                assertEquals(replayed.fallback(), summed.fallback());
                assertEquals(replayed.lots(), summed.lots());
                assertEquals(replayed.lastMovement(), summed.lastMovement());
                assertNull("LIFO needs the movements in order", summed.lifoValue());
            }
        }
    }

    /** An item's history as a warehouse makes them: receipts, issues, variances, returns, revised costs, stock loaded without a receipt. */
    static StockItem randomItem(Random random, String itemId) {
        List<Movement> movements = new ArrayList<>();
        long hours = random.nextInt(24 * 30);
        int kind = random.nextInt(10);
        if (kind < 7) {
            movements.add(new Movement(at(hours), "0", BigDecimal.valueOf(1 + random.nextInt(50)), cost(random),
                    random.nextInt(8) == 0 ? Source.OTHER : Source.RECEIPT));
        } else if (kind == 7) {
            movements.add(new Movement(at(hours), "0", BigDecimal.valueOf(1 + random.nextInt(50)), null, Source.OTHER));
        } else if (kind == 8) {
            movements.add(new Movement(at(hours), "0", BigDecimal.valueOf(1 + random.nextInt(5)), cost(random), Source.RETURN));
        }
        for (int d = 1, count = random.nextInt(9); d <= count; d++) {
            hours += random.nextInt(24 * 40);
            String sequence = String.format("%02d", d);
            int what = random.nextInt(20);
            Movement movement;
            if (what < 12) {
                movement = new Movement(at(hours), sequence, BigDecimal.valueOf(-1 - random.nextInt(8)), null, Source.OTHER);
            } else if (what < 15) {
                movement = new Movement(at(hours), sequence, BigDecimal.valueOf(random.nextInt(5) - 2), null, Source.VARIANCE);
            } else if (what < 16) {
                movement = new Movement(at(hours), sequence, BigDecimal.ZERO, cost(random), Source.OTHER);
            } else if (what < 17) {
                movement = new Movement(at(hours), sequence, BigDecimal.valueOf(1 + random.nextInt(3)), null, Source.RETURN);
            } else if (what < 18) {
                movement = new Movement(at(hours), sequence, BigDecimal.valueOf(1 + random.nextInt(10)), null, Source.RECEIPT);
            } else if (what < 19) {
                movement = new Movement(at(hours), sequence, BigDecimal.valueOf(1 + random.nextInt(10)), cost(random), Source.RECEIPT);
            } else {
                // two movements at one moment
                movement = new Movement(at(hours), sequence, BigDecimal.valueOf(random.nextInt(7) - 3), null, Source.OTHER);
                movements.add(new Movement(at(hours), sequence + "b", BigDecimal.valueOf(1 + random.nextInt(4)), null, Source.OTHER));
            }
            movements.add(movement);
        }
        String lot = random.nextInt(4) == 0 ? "LOT" + random.nextInt(3) : null;
        BigDecimal current = random.nextInt(5) == 0 ? null : cost(random);
        return new StockItem(itemId, "P", "F", "L1", lot, current, movements);
    }

    private static Instant at(long hours) {
        return START.plusSeconds(hours * HOUR);
    }

    private static BigDecimal cost(Random random) {
        return BigDecimal.valueOf(100 + random.nextInt(900), 2);
    }

    /** The totals of one item's movements before {@code until}, added up as the closing's GROUP BY does; null when it has none. */
    static ItemTotals totals(StockItem item, Instant until) {
        ItemTotals.Sum sum = null;
        for (Movement movement : item.movements()) {
            if (movement.when().isBefore(until)) {
                sum = sum == null ? new ItemTotals.Sum() : sum;
                sum.add(movement);
            }
        }
        return sum == null ? null : sum.totals(item.itemId(), item.lotId(), item.currentUnitCost());
    }
}
