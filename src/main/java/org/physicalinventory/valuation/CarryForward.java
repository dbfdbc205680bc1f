package org.physicalinventory.valuation;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.physicalinventory.valuation.CarriedStock.CarriedItem;

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

    private final Map<Stock, CarriedStock> carried = new HashMap<>();
    /** Each carried item's stock and state. */
    private final Map<String, Stock> stockOfItem = new HashMap<>();
    private final Map<String, CarriedItem> carriedItems = new HashMap<>();

    public CarryForward(Collection<CarriedStock> carriedStocks) {
        for (CarriedStock stock : carriedStocks) {
            Stock key = new Stock(stock.facilityId(), stock.productId());
            carried.put(key, stock);
            for (CarriedItem item : stock.items()) {
                stockOfItem.put(item.itemId(), key);
                carriedItems.put(item.itemId(), item);
            }
        }
    }

    /** The carried stock of a product in a facility, or null when none was carried. */
    public CarriedStock carried(Stock stock) {
        return carried.get(stock);
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

    /** Whether a carried item valued at its current unit cost (none of its own) costs something else now. */
    private boolean costMoved(CurrentItem item) {
        BigDecimal fallback = carriedItems.get(item.itemId()).fallbackCost();
        BigDecimal now = item.unitCost() == null ? BigDecimal.ZERO : item.unitCost();
        return fallback != null && fallback.compareTo(now) != 0;
    }
}
