package org.physicalinventory.count;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Book stock gathered into count lines: one line per product + location + lot + serial, summing the
 * inventory items that share them (seed 004: "one line per item + location + lot/serial").
 */
public final class BookStock {

    /** The book quantity of one line, and its inventory item when exactly one item makes it. */
    public record Entry(BigDecimal quantity, String inventoryItemId) {
    }

    private final Map<LineKey, Entry> lines = new LinkedHashMap<>();

    public void add(LineKey key, BigDecimal quantity, String inventoryItemId) {
        lines.merge(key, new Entry(quantity, inventoryItemId),
                (was, more) -> new Entry(was.quantity().add(more.quantity()), null));
    }

    public Map<LineKey, Entry> lines() {
        return lines;
    }
}
