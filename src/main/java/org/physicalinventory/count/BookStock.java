package org.physicalinventory.count;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Book stock gathered into count lines: one line per product + location + lot + serial, summing the
 * inventory items that share them (seed 004: "one line per item + location + lot/serial").
 */
public final class BookStock {

    /** The book quantity of one line, and its inventory item when exactly one item makes it. */
    public record Entry(BigDecimal quantity, String inventoryItemId) {
    }

    /** An inventory item as the book reads it: its key, its quantity on hand (null read as none) and its id. */
    public record Item(LineKey key, BigDecimal quantity, String inventoryItemId) {
    }

    private final Map<LineKey, Entry> lines = new LinkedHashMap<>();

    public void add(LineKey key, BigDecimal quantity, String inventoryItemId) {
        lines.merge(key, new Entry(quantity, inventoryItemId),
                (was, more) -> new Entry(was.quantity().add(more.quantity()), null));
    }

    /** Puts a line as another book has it (a book dealt to lists). */
    public void put(LineKey key, Entry entry) {
        lines.put(key, entry);
    }

    /**
     * Adds a product in a location counted on its own (a cycle count): a line per lot and serial its items hold stock
     * of, or, when none holds any, one line of book zero on the newest item, so that the place is confirmed empty.
     *
     * @param items the facility's items of the product in the location, newest first
     * @return false when there are none: the facility never had the product there
     */
    public boolean addPlace(LineKey place, List<Item> items) {
        if (items.isEmpty()) {
            return false;
        }
        boolean held = false;
        for (Item item : items) {
            if (item.quantity() != null && item.quantity().signum() != 0) {
                add(item.key(), item.quantity(), item.inventoryItemId());
                held = true;
            }
        }
        if (!held) {
            add(new LineKey(place.productId(), place.locationSeqId(), null, null), BigDecimal.ZERO, items.get(0).inventoryItemId());
        }
        return true;
    }

    public Map<LineKey, Entry> lines() {
        return lines;
    }
}
