package org.physicalinventory.valuation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.physicalinventory.valuation.CarriedStock.HeldItem;

/**
 * Which products of a closing's scope may go on from the stock an earlier closing carried forward, and which must be replayed
 * from their whole history. The carried stock is what a replay of the history gave when that closing was read; a product goes
 * on from it only while nothing it was made from has changed since:
 * <ul>
 * <li>every item it holds is still an item of the product in the facility (an item moved to another facility or product takes
 * its history with it: both products are replayed in full);</li>
 * <li>no movement before the carried moment was written or changed since (a movement entered late, a date corrected);</li>
 * <li>an item of the product that it does not hold has no movement before that moment (an item moved in from elsewhere);</li>
 * <li>an item whose movements were valued at its current unit cost, having no cost of its own, still costs that.</li>
 * </ul>
 */
public final class CarryForward {

    /** One product in one facility. */
    public record Stock(String facilityId, String productId) implements Comparable<Stock> {

        @Override
        public int compareTo(Stock other) {
            int order = facilityId.compareTo(other.facilityId);
            return order != 0 ? order : productId.compareTo(other.productId);
        }
    }

    /** An inventory item of the scope as it is now. */
    public record CurrentItem(String itemId, String facilityId, String productId, BigDecimal unitCost) {

        Stock stock() {
            return new Stock(facilityId, productId);
        }
    }

    /** The stocks carried, each with the items it holds. */
    private final Map<Stock, List<HeldItem>> held = new HashMap<>();
    /** Each carried item's stock and state. */
    private final Map<String, Stock> stockOfItem = new HashMap<>();
    private final Map<String, HeldItem> carriedItems = new HashMap<>();

    public CarryForward(Collection<CarriedStock> carriedStocks) {
        this(held(carriedStocks));
    }

    /** From the items each carried stock holds (see {@link CarriedStock#heldItems}), without the rest of the stock. */
    public CarryForward(Map<Stock, List<HeldItem>> held) {
        held.forEach((stock, items) -> {
            this.held.put(stock, items);
            for (HeldItem item : items) {
                stockOfItem.put(item.itemId(), stock);
                carriedItems.put(item.itemId(), item);
            }
        });
    }

    private static Map<Stock, List<HeldItem>> held(Collection<CarriedStock> carriedStocks) {
        Map<Stock, List<HeldItem>> held = new HashMap<>();
        for (CarriedStock stock : carriedStocks) {
            List<HeldItem> items = new ArrayList<>();
            stock.items().forEach(item -> items.add(new HeldItem(item.itemId(), item.fallbackCost())));
            held.put(new Stock(stock.facilityId(), stock.productId()), items);
        }
        return held;
    }

    /** Whether a stock was carried forward by the closing before. */
    public boolean carries(Stock stock) {
        return held.containsKey(stock);
    }

    /** The stocks carried forward by the closing before. */
    public Set<Stock> stocks() {
        return Collections.unmodifiableSet(held.keySet());
    }

    /** The items of the scope that the carried stock does not hold: whether any moved before its moment must be found out. */
    public Set<String> notCarried(Collection<CurrentItem> items) {
        Set<String> notCarried = new HashSet<>();
        for (CurrentItem item : items) {
            if (!carriedItems.containsKey(item.itemId())) {
                notCarried.add(item.itemId());
            }
        }
        return notCarried;
    }

    /**
     * The products to replay from their whole history, in order of facility and product; every other product of the scope goes
     * on from its carried stock, or from nothing when none was carried.
     *
     * @param items every inventory item of the scope now
     * @param changed the items with a movement before the carried moment written or changed since the carried closing was read
     * @param movedBefore those of {@link #notCarried} that moved before the carried moment
     */
    public Set<Stock> wholeHistory(Collection<CurrentItem> items, Set<String> changed, Set<String> movedBefore) {
        Set<Stock> whole = new TreeSet<>();
        Set<String> seen = new HashSet<>();
        for (CurrentItem item : items) {
            seen.add(item.itemId());
            Stock was = stockOfItem.get(item.itemId());
            if (was != null && (!was.equals(item.stock()) || changed.contains(item.itemId()) || costMoved(item))) {
                whole.add(was);
                whole.add(item.stock());
            } else if (was == null && (movedBefore.contains(item.itemId()) || changed.contains(item.itemId()))) {
                whole.add(item.stock());
            }
        }
        // an item carried that is no longer in the scope (or no longer exists) took its history away
        stockOfItem.forEach((itemId, stock) -> {
            if (!seen.contains(itemId)) {
                whole.add(stock);
            }
        });
        return whole;
    }

    /**
     * Of the stocks that go on from their carried stock (not in {@code whole}), those in which nothing happened since: none of their
     * items now moved from the carried moment on or was changed since the closing before was read ({@code touched}: its lot, cost,
     * facility or product may differ), and their product's standard cost is the same ({@code revalued}: those whose cost differs).
     * Their line, lots and stock carried forward are the closing before's, as they are.
     */
    public Set<Stock> unmoved(Collection<CurrentItem> items, Set<Stock> whole, Set<String> touched, Set<String> revalued) {
        Set<Stock> unmoved = new HashSet<>(held.keySet());
        unmoved.removeAll(whole);
        unmoved.removeIf(stock -> revalued.contains(stock.productId()));
        for (CurrentItem item : items) {
            if (touched.contains(item.itemId())) {
                unmoved.remove(item.stock());
            }
        }
        return unmoved;
    }

    /** The products whose standard cost at one moment ({@code before}) is not that at another ({@code now}), either having none. */
    public static Set<String> revalued(Map<String, BigDecimal> before, Map<String, BigDecimal> now) {
        Set<String> revalued = new HashSet<>();
        before.forEach((productId, cost) -> {
            if (now.get(productId) == null || now.get(productId).compareTo(cost) != 0) {
                revalued.add(productId);
            }
        });
        now.keySet().forEach(productId -> {
            if (!before.containsKey(productId)) {
                revalued.add(productId);
            }
        });
        return revalued;
    }

    /** Whether a carried item valued at its current unit cost (none of its own) costs something else now. */
    private boolean costMoved(CurrentItem item) {
        BigDecimal fallback = carriedItems.get(item.itemId()).fallbackCost();
        BigDecimal now = item.unitCost() == null ? BigDecimal.ZERO : item.unitCost();
        return fallback != null && fallback.compareTo(now) != 0;
    }
}
