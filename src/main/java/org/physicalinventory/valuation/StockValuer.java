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
        List<Step> steps = new ArrayList<>();
        for (StockItem item : items) {
            ItemState state = new ItemState(item);
            for (Movement movement : item.movements()) {
                if (movement.when().isBefore(until)) {
                    steps.add(new Step(item, state, movement));
                }
            }
        }
        if (steps.isEmpty()) {
            return null;
        }
        steps.sort(ORDER);
        BigDecimal quantity = BigDecimal.ZERO;
        BigDecimal average = null;
        BigDecimal lastCost = null;
        Lifo lifo = new Lifo();
        for (Step step : steps) {
            Movement movement = step.movement;
            ItemState item = step.state;
            if (movement.unitCost() != null) {
                item.cost = movement.unitCost();
            }
            BigDecimal moved = movement.quantity();
            BigDecimal cost = item.cost();
            if (moved.signum() > 0 && item.receives(movement)) {
                average = average == null || quantity.signum() < 0 ? cost
                        : average.multiply(quantity).add(cost.multiply(moved)).divide(quantity.add(moved), Valuation.AVERAGE_SCALE,
                                Valuation.ROUNDING);
                if (movement.source() != Source.RETURN) {
                    lastCost = cost;
                }
            }
            if (moved.signum() > 0) {
                item.arrived = true;
                lifo.add(moved, cost);
            } else if (moved.signum() < 0) {
                lifo.take(moved.negate(), lastCost != null ? lastCost : cost);
            }
            quantity = quantity.add(moved);
        }
        List<ItemSummary> summaries = new ArrayList<>();
        for (StockItem item : items) {
            ItemSummary summary = summarize(item);
            if (summary != null) {
                summaries.add(summary);
            }
        }
        return combine(productId, facilityId, summaries, standardCost, average, money(lifo.value()));
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
        Purchase lastPurchase = null;
        for (Movement movement : movements) {
            if (movement.unitCost() != null) {
                state.cost = movement.unitCost();
            }
            if (movement.quantity().signum() > 0) {
                if (state.receives(movement) && movement.source() != Source.RETURN) {
                    lastPurchase = new Purchase(movement.when(), state.cost());
                }
                state.arrived = true;
            }
            state.quantity = state.quantity.add(movement.quantity());
        }
        return new ItemSummary(item.itemId(), item.lotId(), state.quantity, state.cost(), lastPurchase,
                movements.get(movements.size() - 1).when());
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

    /** An item as the replay goes: its quantity, its cost so far, whether stock has come into it. */
    private static final class ItemState {
        private final StockItem item;
        private BigDecimal quantity = BigDecimal.ZERO;
        private BigDecimal cost;
        private boolean arrived;

        ItemState(StockItem item) {
            this.item = item;
        }

        BigDecimal cost() {
            if (cost != null) {
                return cost;
            }
            return item.currentUnitCost() == null ? BigDecimal.ZERO : item.currentUnitCost();
        }

        /** Whether an incoming movement is a receipt: from a receipt or return, or the first stock of an item that had no receipt. */
        boolean receives(Movement movement) {
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
