package org.physicalinventory.valuation;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.physicalinventory.valuation.StockValuerTest.assertMoney;
import static org.physicalinventory.valuation.StockValuerTest.endOf;
import static org.physicalinventory.valuation.StockValuerTest.issue;
import static org.physicalinventory.valuation.StockValuerTest.item;
import static org.physicalinventory.valuation.StockValuerTest.loaded;
import static org.physicalinventory.valuation.StockValuerTest.receipt;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.Test;
import org.physicalinventory.valuation.CarriedStock.CarriedItem;
import org.physicalinventory.valuation.CarriedStock.HeldItem;
import org.physicalinventory.valuation.CarriedStock.Layer;
import org.physicalinventory.valuation.ItemSummary.Purchase;
import org.physicalinventory.valuation.StockValuer.Replayed;

/**
 * A closing carried forward: the replay stopped at an earlier closing's moment and stored, then gone on with the movements
 * from that moment, gives every figure the replay of the whole history gives, and leaves the same stock to carry again.
 */
public class CarriedStockTest {

    private static final Instant START = Instant.parse("2025-01-01T00:00:00Z");
    private static final long HOUR = 3600;

    @Test
    public void aLifoClosingGoesOnFromTheLayersTheClosingBeforeLeft() {
        // January: 10 @ 5.00 in, 4 out; layers 6 @ 5.00. February: 10 @ 7.00 in, 12 out: 10 from the 7.00 layer, 2 from the 5.00 one
        List<StockItem> items = List.of(item("A", null, null, receipt("2025-01-10T09:00:00Z", 10, "5.00"), issue("2025-01-20T10:00:00Z", 4),
                issue("2025-02-20T10:00:00Z", 12)), item("B", null, null, receipt("2025-02-10T09:00:00Z", 10, "7.00")));
        Replayed january = replay(endOf("2025-01-31"), null, items);
        assertEquals(List.of(new Layer(new BigDecimal("6"), new BigDecimal("5.00"))), january.carried().layers());
        Replayed february = replay(endOf("2025-02-28"), january.carried(), laterThan(items, january.carried().at()));
        // 4 @ 5.00 left; A holds -6 at 5.00 and B 10 at 7.00 for FIFO
        assertMoney("20.00", february.valuation().lifoValue());
        assertMoney("40.00", february.valuation().fifoValue());
        assertEquals(replay(endOf("2025-02-28"), null, items), february);
    }

    @Test
    public void aMovementAtTheClosingsMomentBelongsToTheNextClosing() {
        // the issue at midnight is not in January's closing; February's replays it
        List<StockItem> items = List.of(item("A", null, null, receipt("2025-01-10T09:00:00Z", 10, "5.00"), issue("2025-02-01T00:00:00Z", 3)));
        Replayed january = replay(endOf("2025-01-31"), null, items);
        assertEquals(new BigDecimal("10"), january.valuation().quantity());
        Replayed february = replay(endOf("2025-02-28"), january.carried(), laterThan(items, january.carried().at()));
        assertEquals(new BigDecimal("7"), february.valuation().quantity());
        assertEquals(replay(endOf("2025-02-28"), null, items), february);
    }

    @Test
    public void stockOwedBelowZeroIsCarriedAndRepaidByTheNextReceipt() {
        // 5 @ 2.00 in, 7 out: 2 owed at 2.00 at the end of August; 10 @ 3.00 in September repays them: 8 @ 3.00
        List<StockItem> items = List.of(item("A", null, null, receipt("2025-08-01T10:00:00Z", 5, "2.00"), issue("2025-08-02T10:00:00Z", 7)),
                item("B", null, null, receipt("2025-09-05T10:00:00Z", 10, "3.00")));
        CarriedStock august = replay(endOf("2025-08-31"), null, items).carried();
        assertEquals(new BigDecimal("2"), august.owed());
        Replayed september = replay(endOf("2025-09-30"), august, laterThan(items, august.at()));
        assertMoney("24.00", september.valuation().lifoValue());
        assertEquals(replay(endOf("2025-09-30"), null, items), september);
    }

    @Test
    public void anItemValuedAtItsCurrentCostSaysWhichCostItWas() {
        // loaded without a receipt: its movements are valued at the item's cost, 2.50, which the carried stock remembers
        CarriedStock carried = replay(endOf("2025-01-31"), null, List.of(item("A", null, "2.50", loaded("2025-01-05T10:00:00Z", 20)))).carried();
        assertEquals(0, new BigDecimal("2.50").compareTo(carried.items().get(0).fallbackCost()));
        assertNull(carried.items().get(0).cost());
        // one received at its own cost needs none
        CarriedStock received = replay(endOf("2025-01-31"), null, List.of(item("A", null, "9.99", receipt("2025-01-05T10:00:00Z", 2, "3.00"))))
                .carried();
        assertNull(received.items().get(0).fallbackCost());
    }

    @Test
    public void aCarriedStockReadsBackFromItsTextExactly() {
        Instant at = Instant.parse("2025-03-31T22:00:00Z");
        CarriedStock stock = new CarriedStock("F 1", "P%1", at, new BigDecimal("-2.500000"), new BigDecimal("6.67"), null,
                List.of(new Layer(new BigDecimal("1E+3"), new BigDecimal("4.000000")), new Layer(new BigDecimal("0.5"), BigDecimal.ZERO)),
                new BigDecimal("2"), new BigDecimal("3.10"),
                List.of(new CarriedItem("odd id%\n\r 1", new BigDecimal("-2.500000"), null, new BigDecimal("2.50"), true, null,
                        Instant.parse("2025-03-31T21:59:59.999999999Z")),
                        new CarriedItem("10001", BigDecimal.ZERO, new BigDecimal("5.00"), null, false,
                                new Purchase(Instant.parse("1969-12-31T23:59:59.5Z"), new BigDecimal("5.00")), Instant.parse("2025-01-01T00:00:00Z"))));
        CarriedStock read = CarriedStock.fromText("F 1", "P%1", at, stock.toText());
        assertEquals(stock, read);
        assertEquals(stock.layers().get(0).quantity().scale(), read.layers().get(0).quantity().scale());
        assertEquals("the items it holds read from the text alone", List.of(new HeldItem("odd id%\n\r 1", new BigDecimal("2.50")),
                new HeldItem("10001", null)), CarriedStock.heldItems(stock.toText()));
        assertEquals(List.of(), CarriedStock.heldItems(new CarriedStock("F", "P", at, BigDecimal.ZERO, null, null, List.of(), BigDecimal.ZERO,
                BigDecimal.ZERO, List.of()).toText()));
    }

    @Test
    public void carriedForwardFromAnyMomentEveryFigureIsThatOfTheWholeHistory() {
        Random random = new Random(20261206);
        int carriedWithStock = 0;
        for (int n = 0; n < 3000; n++) {
            List<StockItem> items = randomProduct(random, n);
            Instant until = START.plusSeconds(HOUR * (24 * 30 + random.nextInt(24 * 400)));
            // the earlier closing at a random hour, or at the very moment of a movement (which then belongs to the later one)
            Instant at = random.nextBoolean() ? START.plusSeconds(HOUR * random.nextInt(24 * 400)) : someMovement(random, items);
            if (at.isAfter(until)) {
                at = until;
            }
            for (ValuationMethod method : List.of(ValuationMethod.LIFO, ValuationMethod.AVERAGE)) {
                Replayed whole = replay(until, method, null, items);
                Replayed before = replay(at, method, null, items);
                CarriedStock stored = before == null ? null : CarriedStock.fromText("F", "P", at, before.carried().toText());
                Replayed carried = replay(until, method, stored, laterThan(items, at));
                String what = "product " + n + " at " + at + " then " + until + " by " + method;
                assertEquals(what, whole, carried);
                // the items given whole do as well: what came before the carried moment is left out
                assertEquals(what, whole, replay(until, method, stored, items));
                if (stored != null && whole != null && !stored.layers().isEmpty()) {
                    carriedWithStock++;
                }
            }
        }
        assertTrue("products carried with layers: " + carriedWithStock, carriedWithStock > 2000);
    }

    @Test
    public void aChainOfClosingsEachCarriedFromTheOneBeforeEndsWhereTheWholeHistoryDoes() {
        Random random = new Random(42);
        for (int n = 0; n < 300; n++) {
            List<StockItem> items = randomProduct(random, n);
            CarriedStock carried = null;
            Instant at = START;
            for (int month = 1; month <= 14; month++) {
                Instant until = START.plusSeconds(HOUR * 24 * 30 * month + HOUR * random.nextInt(24 * 10));
                Replayed next = replay(until, ValuationMethod.LIFO, carried, carried == null ? items : laterThan(items, at));
                assertEquals("product " + n + ", month " + month, replay(until, ValuationMethod.LIFO, null, items), next);
                if (next != null) {
                    carried = CarriedStock.fromText("F", "P", until, next.carried().toText());
                    at = until;
                }
            }
            assertNotNull(carried);
        }
    }

    /** A product of up to six items as a warehouse makes them, some received long after the others. */
    private static List<StockItem> randomProduct(Random random, int n) {
        List<StockItem> items = new ArrayList<>();
        for (int i = 0, count = 1 + random.nextInt(6); i < count; i++) {
            StockItem item = ItemSummaryTest.randomItem(random, "P" + n + "-" + i);
            long later = random.nextInt(3) == 0 ? HOUR * random.nextInt(24 * 300) : 0;
            List<Movement> movements = new ArrayList<>();
            for (Movement movement : item.movements()) {
                movements.add(new Movement(movement.when().plusSeconds(later), movement.sequence(), movement.quantity(), movement.unitCost(),
                        movement.source()));
            }
            items.add(new StockItem(item.itemId(), "P", "F", "L1", item.lotId(), item.currentUnitCost(), movements));
        }
        return items;
    }

    private static Instant someMovement(Random random, List<StockItem> items) {
        List<Movement> movements = items.get(random.nextInt(items.size())).movements();
        return movements.isEmpty() ? START : movements.get(random.nextInt(movements.size())).when();
    }

    /** The items with only their movements at or after the moment, as a closing carried forward reads them. */
    private static List<StockItem> laterThan(List<StockItem> items, Instant at) {
        List<StockItem> later = new ArrayList<>();
        for (StockItem item : items) {
            later.add(new StockItem(item.itemId(), item.productId(), item.facilityId(), item.locationSeqId(), item.lotId(), item.currentUnitCost(),
                    item.movements().stream().filter(movement -> !movement.when().isBefore(at)).toList()));
        }
        return later;
    }

    private static Replayed replay(Instant until, CarriedStock from, List<StockItem> items) {
        return replay(until, ValuationMethod.LIFO, from, items);
    }

    private static Replayed replay(Instant until, ValuationMethod method, CarriedStock from, List<StockItem> items) {
        return new StockValuer(until, method).replay("P", "F", from, items, new BigDecimal("3.00"));
    }
}
