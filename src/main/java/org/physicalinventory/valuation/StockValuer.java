package org.physicalinventory.valuation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.physicalinventory.valuation.ItemSummary.Purchase;
import org.physicalinventory.valuation.Movement.Source;
import org.physicalinventory.valuation.ProductValuation.LotQuantity;

/**
 * Values one product in one facility at a moment from the history of its inventory items: every movement
 * before {@code until} counts, none at or after it. The movements are replayed in the order of time (then
 * item, then sequence), which gives:
 * <ul>
 * <li>the quantity: the sum of the movements;</li>
 * <li>each item's unit cost: the last cost a movement recorded, or the item's current cost when none did;</li>
 * <li>receipts: a movement from a receipt or a return that brings stock in, or the first incoming movement of
 * an item that came by no receipt at all (loaded stock); variances are never receipts;</li>
 * <li>the last cost: the cost of the last receipt (returns are not purchases);</li>
 * <li>the average cost, as OFBiz's ProductAverageCost moves it: at each receipt or return,
 * (average × quantity before + cost × quantity received) / quantity after, rounded to two decimals; the
 * first receipt, or one after the stock had gone below zero, starts again at its cost;</li>
 * <li>the FIFO value: the items left, each at its own unit cost (OFBiz issues the items received first);</li>
 * <li>the LIFO value: every incoming movement adds a layer at its item's cost, every outgoing one takes
 * from the newest layer; stock that goes below zero is owed at the last cost and repaid by what comes in next.</li>
 * </ul>
 * The replay is a walk through the movements in that order, so it can stop at one moment and go on from there: what it
 * holds at that moment ({@link CarriedStock}) and the movements from then on give what the whole history gives.
 */
public final class StockValuer {

    /** Time, then item, then sequence: written out, as a million movements are sorted in a closing. */
    private static final Comparator<Step> ORDER = (a, b) -> {
        int order = a.movement.when().compareTo(b.movement.when());
        if (order == 0) {
            order = a.item.itemId().compareTo(b.item.itemId());
        }
        return order != 0 ? order : a.movement.sequence().compareTo(b.movement.sequence());
    };

    private static final Comparator<ItemSummary> LATER_PURCHASE = Comparator
            .comparing((ItemSummary item) -> item.lastPurchase().when()).thenComparing(ItemSummary::itemId);

    private final Instant until;
    private final ValuationMethod method;

    public StockValuer(Instant until, ValuationMethod method) {
        this.until = until;
        this.method = method;
    }

    public Instant until() {
        return until;
    }

    public ValuationMethod method() {
        return method;
    }

    /**
     * The valuation of one product in one facility from its items, or null when none of its movements is
     * before the moment. {@code standardCost} is the standard cost valid at the moment, or null. The average
     * and LIFO come from replaying the product's movements in order; the rest from each item on its own.
     */
    public ProductValuation value(String productId, String facilityId, List<StockItem> items, BigDecimal standardCost) {
        Replayed replayed = replay(productId, facilityId, null, items, standardCost);
        return replayed == null ? null : replayed.valuation();
    }

    /** A product's valuation at the moment, and the product as the replay left it then, to be carried forward. */
    public record Replayed(ProductValuation valuation, CarriedStock carried) {
    }

    /**
     * Replays a product's movements up to the moment, going on from where an earlier replay of the product left it ({@code from},
     * carried forward from an earlier moment; null: from nothing, the whole history). {@code items} are every item of the product
     * with their movements from that earlier moment on: movements before it are in {@code from} and ignored here, and an item
     * {@code from} holds must be among them. Answers the valuation and the product as the replay left it, which equal those of a
     * replay of the whole history; null when nothing moved before the moment.
     */
    public Replayed replay(String productId, String facilityId, CarriedStock from, List<StockItem> items, BigDecimal standardCost) {
        ProductReplay replay = new ProductReplay(from, items);
        List<Step> steps = new ArrayList<>();
        for (StockItem item : items) {
            ItemState state = replay.item(item.itemId());
            for (Movement movement : item.movements()) {
                if (movement.when().isBefore(until) && (from == null || !movement.when().isBefore(from.at()))) {
                    steps.add(new Step(item, state, movement));
                }
            }
        }
        steps.sort(ORDER);
        for (Step step : steps) {
            replay.apply(step.state, step.movement);
        }
        List<ItemSummary> summaries = replay.summaries();
        if (summaries.isEmpty()) {
            return null;
        }
        ProductValuation valuation = combine(productId, facilityId, summaries, standardCost, replay.average, money(replay.lifo.value()));
        return new Replayed(valuation, replay.carried(facilityId, productId, until));
    }

    /**
     * The valuation of one product in one facility from its items summed up (see {@link ItemTotals}), with the
     * average cost known (OFBiz's ProductAverageCost at the moment): every figure but LIFO, which needs the
     * movements in order. Null when no item has a movement before the moment.
     */
    public ProductValuation value(String productId, String facilityId, List<ItemSummary> items, BigDecimal standardCost,
            BigDecimal averageCost) {
        return items.isEmpty() ? null : combine(productId, facilityId, items, standardCost, averageCost, null);
    }

    /** One item on its own, its movements before the moment replayed: null when it has none. */
    public ItemSummary summarize(StockItem item) {
        List<Movement> movements = new ArrayList<>();
        for (Movement movement : item.movements()) {
            if (movement.when().isBefore(until)) {
                movements.add(movement);
            }
        }
        if (movements.isEmpty()) {
            return null;
        }
        movements.sort(Comparator.comparing(Movement::when).thenComparing(Movement::sequence));
        ItemState state = new ItemState(item);
        for (Movement movement : movements) {
            state.apply(movement);
        }
        return state.summary();
    }

    /** Quantity, FIFO, lots and the last cost from the items; the average and LIFO as given (null when unknown). */
    private ProductValuation combine(String productId, String facilityId, List<ItemSummary> items, BigDecimal standardCost,
            BigDecimal average, BigDecimal lifoValue) {
        BigDecimal quantity = BigDecimal.ZERO;
        BigDecimal fifo = BigDecimal.ZERO;
        Map<String, BigDecimal[]> lots = new TreeMap<>();
        ItemSummary lastBought = null;
        Instant lastMovement = null;
        for (ItemSummary item : items) {
            quantity = quantity.add(item.quantity());
            BigDecimal itemValue = item.quantity().multiply(item.unitCost());
            fifo = fifo.add(itemValue);
            if (item.lotId() != null && item.quantity().signum() != 0) {
                BigDecimal[] lot = lots.computeIfAbsent(item.lotId(), k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                lot[0] = lot[0].add(item.quantity());
                lot[1] = lot[1].add(itemValue);
            }
            if (item.lastPurchase() != null && (lastBought == null || LATER_PURCHASE.compare(item, lastBought) > 0)) {
                lastBought = item;
            }
            if (lastMovement == null || item.lastMovement().isAfter(lastMovement)) {
                lastMovement = item.lastMovement();
            }
        }
        // the last purchase of the product: the latest in time, then in item (the order movements are replayed in)
        BigDecimal lastCost = lastBought == null ? null : lastBought.lastPurchase().unitCost();
        List<LotQuantity> lotQuantities = new ArrayList<>();
        lots.forEach((lotId, lot) -> lotQuantities.add(new LotQuantity(lotId, lot[0], money(lot[1]))));
        BigDecimal fifoValue = money(fifo);
        BigDecimal averageValue = times(quantity, average);
        BigDecimal lastCostValue = times(quantity, lastCost);
        BigDecimal standardValue = times(quantity, standardCost);
        BigDecimal value = switch (method) {
        case FIFO -> fifoValue;
        case LIFO -> lifoValue;
        case AVERAGE -> averageValue;
        case LAST_COST -> lastCostValue;
        case STANDARD -> standardValue;
        };
        boolean fallback = value == null;
        return new ProductValuation(productId, facilityId, quantity, lastCost, average, standardCost, fifoValue, lifoValue, averageValue,
                lastCostValue, standardValue, method, fallback ? fifoValue : value, fallback, lotQuantities, lastMovement);
    }

    static BigDecimal money(BigDecimal value) {
        return value.setScale(Valuation.VALUE_SCALE, Valuation.ROUNDING);
    }

    private static BigDecimal times(BigDecimal quantity, BigDecimal cost) {
        return cost == null ? null : money(quantity.multiply(cost));
    }

    private record Step(StockItem item, ItemState state, Movement movement) {
    }

    /** A product as its replay goes: quantity, average and last cost, LIFO layers, and its items. */
    private static final class ProductReplay {
        private final Map<String, ItemState> items = new TreeMap<>();
        private BigDecimal quantity = BigDecimal.ZERO;
        private BigDecimal average;
        private BigDecimal lastCost;
        private final Lifo lifo = new Lifo();

        ProductReplay(CarriedStock from, List<StockItem> stockItems) {
            for (StockItem item : stockItems) {
                items.put(item.itemId(), new ItemState(item));
            }
            if (from == null) {
                return;
            }
            quantity = from.quantity();
            average = from.averageCost();
            lastCost = from.lastCost();
            for (CarriedStock.Layer layer : from.layers()) {
                lifo.layers.addLast(new BigDecimal[] {layer.quantity(), layer.unitCost()});
            }
            lifo.owed = from.owed();
            lifo.owedCost = from.owedCost();
            for (CarriedStock.CarriedItem carried : from.items()) {
                ItemState state = items.get(carried.itemId());
                if (state == null) {
                    throw new IllegalArgumentException("item " + carried.itemId() + " of the carried stock is not an item of product "
                            + from.productId() + " in facility " + from.facilityId());
                }
                state.carry(carried);
            }
        }

        ItemState item(String itemId) {
            return items.get(itemId);
        }

        /** One movement of one item, in the order of time, then item, then sequence. */
        void apply(ItemState item, Movement movement) {
            BigDecimal moved = movement.quantity();
            boolean receipt = item.apply(movement);
            BigDecimal cost = item.cost();
            if (receipt) {
                average = average == null || quantity.signum() < 0 ? cost
                        : average.multiply(quantity).add(cost.multiply(moved)).divide(quantity.add(moved), Valuation.AVERAGE_SCALE,
                                Valuation.ROUNDING);
                if (movement.source() != Source.RETURN) {
                    lastCost = cost;
                }
            }
            if (moved.signum() > 0) {
                lifo.add(moved, cost);
            } else if (moved.signum() < 0) {
                lifo.take(moved.negate(), lastCost != null ? lastCost : cost);
            }
            quantity = quantity.add(moved);
        }

        /** The items that moved, each summed up. */
        List<ItemSummary> summaries() {
            List<ItemSummary> summaries = new ArrayList<>();
            for (ItemState item : items.values()) {
                if (item.lastMovement != null) {
                    summaries.add(item.summary());
                }
            }
            return summaries;
        }

        CarriedStock carried(String facilityId, String productId, Instant at) {
            List<CarriedStock.Layer> layers = new ArrayList<>();
            for (BigDecimal[] layer : lifo.layers) {
                layers.add(new CarriedStock.Layer(layer[0], layer[1]));
            }
            List<CarriedStock.CarriedItem> carriedItems = new ArrayList<>();
            for (ItemState item : items.values()) {
                if (item.lastMovement != null) {
                    carriedItems.add(new CarriedStock.CarriedItem(item.item.itemId(), item.quantity, item.cost, item.fallbackCost, item.arrived,
                            item.lastPurchase, item.lastMovement));
                }
            }
            return new CarriedStock(facilityId, productId, at, quantity, average, lastCost, layers, lifo.owed, lifo.owedCost, carriedItems);
        }
    }

    /**
     * An item as the replay goes: its quantity, its cost so far, whether stock has come into it, its latest purchase and movement,
     * and the current unit cost its movements were valued at while it had no cost of its own.
     */
    private static final class ItemState {
        private final StockItem item;
        private BigDecimal quantity = BigDecimal.ZERO;
        private BigDecimal cost;
        private BigDecimal fallbackCost;
        private boolean arrived;
        private Purchase lastPurchase;
        private Instant lastMovement;

        ItemState(StockItem item) {
            this.item = item;
        }

        void carry(CarriedStock.CarriedItem carried) {
            quantity = carried.quantity();
            cost = carried.cost();
            fallbackCost = carried.fallbackCost();
            arrived = carried.arrived();
            lastPurchase = carried.lastPurchase();
            lastMovement = carried.lastMovement();
        }

        BigDecimal cost() {
            if (cost != null) {
                return cost;
            }
            return item.currentUnitCost() == null ? BigDecimal.ZERO : item.currentUnitCost();
        }

        /** Applies a movement of the item (in the order of time, then sequence); answers whether it is a receipt. */
        boolean apply(Movement movement) {
            if (movement.unitCost() != null) {
                cost = movement.unitCost();
            }
            BigDecimal moved = movement.quantity();
            if (cost == null && moved.signum() != 0) {
                fallbackCost = cost();
            }
            boolean receipt = moved.signum() > 0 && receives(movement);
            if (moved.signum() > 0) {
                if (receipt && movement.source() != Source.RETURN) {
                    lastPurchase = new Purchase(movement.when(), cost());
                }
                arrived = true;
            }
            quantity = quantity.add(moved);
            lastMovement = movement.when();
            return receipt;
        }

        ItemSummary summary() {
            return new ItemSummary(item.itemId(), item.lotId(), quantity, cost(), lastPurchase, lastMovement);
        }

        /** Whether an incoming movement is a receipt: from a receipt or return, or the first stock of an item that had no receipt. */
        private boolean receives(Movement movement) {
            return switch (movement.source()) {
            case RECEIPT, RETURN -> true;
            case VARIANCE -> false;
            case OTHER -> !arrived;
            };
        }
    }

    /** The LIFO layers: quantity and cost, newest last; a shortfall below zero is owed at a cost. */
    private static final class Lifo {
        private final Deque<BigDecimal[]> layers = new ArrayDeque<>();
        private BigDecimal owed = BigDecimal.ZERO;
        private BigDecimal owedCost = BigDecimal.ZERO;

        void add(BigDecimal quantity, BigDecimal cost) {
            BigDecimal left = quantity;
            if (owed.signum() > 0) {
                BigDecimal repaid = owed.min(left);
                owed = owed.subtract(repaid);
                left = left.subtract(repaid);
            }
            if (left.signum() > 0) {
                layers.addLast(new BigDecimal[] {left, cost});
            }
        }

        void take(BigDecimal quantity, BigDecimal costIfShort) {
            BigDecimal left = quantity;
            while (left.signum() > 0 && !layers.isEmpty()) {
                BigDecimal[] newest = layers.peekLast();
                BigDecimal taken = newest[0].min(left);
                newest[0] = newest[0].subtract(taken);
                left = left.subtract(taken);
                if (newest[0].signum() == 0) {
                    layers.removeLast();
                }
            }
            if (left.signum() > 0) {
                owed = owed.add(left);
                owedCost = costIfShort;
            }
        }

        BigDecimal value() {
            BigDecimal value = owed.negate().multiply(owedCost);
            for (BigDecimal[] layer : layers) {
                value = value.add(layer[0].multiply(layer[1]));
            }
            return value;
        }
    }
}
