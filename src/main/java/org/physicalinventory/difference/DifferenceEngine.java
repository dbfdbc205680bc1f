package org.physicalinventory.difference;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.physicalinventory.count.LineKey;
import org.physicalinventory.difference.Adjustment.FoundItem;
import org.physicalinventory.difference.Adjustment.ItemVariance;
import org.physicalinventory.difference.Adjustment.SerialMove;
import org.physicalinventory.difference.CountedLine.LineRef;

/**
 * Compares the counts of an inventory with the book stock, per product + location + lot + serial,
 * and works out the stock movements posting makes (seeds 001, 003, 004).
 *
 * <ul>
 * <li>The count that stands for a key: a counted recount line (the latest); else the one counted line;
 * else, when two lists counted the key, what the reviewer settled (add them, or keep one).</li>
 * <li>Count while the warehouse moves: the difference is counted minus the book at the moment of the
 * count, applied to today's stock, unless the reviewer keeps the count for a line that moved.</li>
 * <li>A shortage takes from the oldest items first (FIFO, as stock is valued: what remains is the latest
 * receipts); a surplus goes on the newest item of the key, or on a new item at the found-stock cost.</li>
 * <li>Serial numbers: found becomes a new item, missing leaves the book, counted elsewhere moves there.</li>
 * <li>Uncounted lines: zero when the parameters say so, otherwise no difference.</li>
 * </ul>
 */
public final class DifferenceEngine {

    private static final Comparator<BookItem> OLDEST_FIRST = Comparator
            .comparing(BookItem::received, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(BookItem::inventoryItemId);

    private final StockDifferenceParameters parameters;
    private final Map<String, BigDecimal> foundStockCosts;

    private DifferenceEngine(StockDifferenceParameters parameters, Map<String, BigDecimal> foundStockCosts) {
        this.parameters = parameters;
        this.foundStockCosts = foundStockCosts;
    }

    /**
     * @param lines           every line of the inventory's active lists
     * @param items           the facility's inventory items (at least those of the lines' keys and serial numbers)
     * @param foundStockCosts unit cost of stock found without an item, per product id (absent: no cost known)
     */
    public static Review review(StockDifferenceParameters parameters, List<CountedLine> lines, List<BookItem> items,
            Map<String, BigDecimal> foundStockCosts) {
        return new DifferenceEngine(parameters, foundStockCosts).review(lines, items);
    }

    private Review review(List<CountedLine> lines, List<BookItem> items) {
        Map<LineKey, List<CountedLine>> byKey = lines.stream()
                .collect(Collectors.groupingBy(CountedLine::key, LinkedHashMap::new, Collectors.toList()));
        Map<LineKey, List<BookItem>> itemsByKey = new HashMap<>();
        Map<ProductSerial, List<BookItem>> serialItems = new HashMap<>();
        for (BookItem item : items) {
            if (item.serialized()) {
                serialItems.computeIfAbsent(ProductSerial.of(item.key()), s -> new ArrayList<>()).add(item);
            } else {
                itemsByKey.computeIfAbsent(item.key(), k -> new ArrayList<>()).add(item);
            }
        }
        Map<LineKey, Count> counts = new LinkedHashMap<>();
        byKey.forEach((key, keyLines) -> counts.put(key, Count.of(keyLines)));

        Map<LineKey, Difference> differences = new LinkedHashMap<>();
        Map<ProductSerial, List<LineKey>> serialKeys = new LinkedHashMap<>();
        for (LineKey key : counts.keySet()) {
            if (key.serialNumber() != null && (serialItems.containsKey(ProductSerial.of(key)) || !itemsByKey.containsKey(key))) {
                serialKeys.computeIfAbsent(ProductSerial.of(key), s -> new ArrayList<>()).add(key);
            } else {
                differences.put(key, quantityDifference(key, counts.get(key), itemsByKey.getOrDefault(key, List.of())));
            }
        }
        serialKeys.forEach((serial, keys) ->
                differences.putAll(serialDifferences(keys, counts, serialItems.getOrDefault(serial, List.of()))));
        List<Difference> ordered = new ArrayList<>();
        counts.keySet().forEach(key -> ordered.add(differences.get(key)));
        return new Review(ordered);
    }

    /** A key counted by quantity: counted minus book, spread over the key's items. */
    private Difference quantityDifference(LineKey key, Count count, List<BookItem> items) {
        BigDecimal current = items.stream().map(BookItem::quantityOnHand).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (count.conflict()) {
            return unchanged(key, count, current, null, null).withConflict();
        }
        if (count.counted() == null) {
            if (!parameters.zeroUncounted() || current.signum() == 0) {
                return unchanged(key, count, current, null, null);
            }
            return priced(key, count, current, current, null, null, current.negate(), spread(key, current.negate(), items));
        }
        BigDecimal book = count.bookAtCount() == null ? current : count.bookAtCount();
        MovedChoice choice = null;
        BigDecimal difference = count.counted().subtract(book);
        if (current.compareTo(book) != 0) {
            choice = count.movedChoice() == null ? MovedChoice.KEEP_DIFFERENCE : count.movedChoice();
            if (choice == MovedChoice.KEEP_COUNT) {
                difference = count.counted().subtract(current);
            }
        }
        return priced(key, count, book, current, count.counted(), choice, difference, spread(key, difference, items));
    }

    private List<Adjustment> spread(LineKey key, BigDecimal difference, List<BookItem> items) {
        List<Adjustment> adjustments = new ArrayList<>();
        if (difference.signum() == 0) {
            return adjustments;
        }
        List<BookItem> oldestFirst = items.stream().sorted(OLDEST_FIRST).collect(Collectors.toList());
        if (difference.signum() > 0) {
            if (oldestFirst.isEmpty()) {
                adjustments.add(new FoundItem(key, difference, foundStockCosts.get(key.productId()), parameters.surplusReasonId()));
            } else {
                BookItem newest = oldestFirst.get(oldestFirst.size() - 1);
                adjustments.add(new ItemVariance(newest.inventoryItemId(), difference, newest.unitCost(), parameters.surplusReasonId()));
            }
            return adjustments;
        }
        BigDecimal toTake = difference.negate();
        for (BookItem item : oldestFirst) {
            if (toTake.signum() == 0) {
                break;
            }
            BigDecimal taken = item.quantityOnHand().min(toTake);
            if (taken.signum() > 0) {
                adjustments.add(new ItemVariance(item.inventoryItemId(), taken.negate(), item.unitCost(), parameters.shortageReasonId()));
                toTake = toTake.subtract(taken);
            }
        }
        if (toTake.signum() > 0) {
            // stock left since the count: keeping the difference takes the book below zero, on the newest item
            BookItem newest = oldestFirst.get(oldestFirst.size() - 1);
            adjustments.add(new ItemVariance(newest.inventoryItemId(), toTake.negate(), newest.unitCost(), parameters.shortageReasonId()));
        }
        return merge(adjustments);
    }

    /** One adjustment per item: the shortfall on the newest item joins what it already gave. */
    private static List<Adjustment> merge(List<Adjustment> adjustments) {
        Map<String, ItemVariance> byItem = new LinkedHashMap<>();
        for (Adjustment adjustment : adjustments) {
            ItemVariance variance = (ItemVariance) adjustment;
            byItem.merge(variance.inventoryItemId(), variance, (was, more) -> new ItemVariance(was.inventoryItemId(),
                    was.quantity().add(more.quantity()), was.unitCost(), was.reasonId()));
        }
        return new ArrayList<>(byItem.values());
    }

    /**
     * The keys of one serial number: counted in one place it is there (moved there when its item is
     * elsewhere, a new item when it has none); counted nowhere, its items in counted places leave the book.
     */
    private Map<LineKey, Difference> serialDifferences(List<LineKey> keys, Map<LineKey, Count> counts, List<BookItem> items) {
        Map<LineKey, Difference> differences = new LinkedHashMap<>();
        List<LineKey> present = keys.stream().filter(k -> counts.get(k).isPresent()).collect(Collectors.toList());
        boolean conflict = present.size() > 1 || keys.stream().anyMatch(k -> counts.get(k).conflict());
        BookItem item = items.stream().filter(i -> i.quantityOnHand().signum() > 0).findFirst()
                .orElse(items.isEmpty() ? null : items.get(0));
        for (LineKey key : keys) {
            Count count = counts.get(key);
            BigDecimal book = item != null && item.key().equals(key) ? item.quantityOnHand() : BigDecimal.ZERO;
            if (conflict) {
                differences.put(key, unchanged(key, count, book, null, null).withConflict());
            } else if (present.contains(key)) {
                if (item == null) {
                    differences.put(key, priced(key, count, book, book, count.counted(), null, BigDecimal.ONE, List.of(
                            new FoundItem(key, BigDecimal.ONE, foundStockCosts.get(key.productId()), parameters.surplusReasonId()))));
                } else if (!item.key().equals(key)) {
                    SerialMove move = new SerialMove(item.inventoryItemId(), item.key().locationSeqId(), key.locationSeqId());
                    differences.put(key, unchanged(key, count, book, move.fromLocationSeqId(), null).with(move));
                } else {
                    differences.put(key, unchanged(key, count, book, null, null));
                }
            } else if (!present.isEmpty()) {
                differences.put(key, unchanged(key, count, book, null, present.get(0).locationSeqId()));
            } else if (book.signum() > 0 && (count.counted() != null || parameters.zeroUncounted())) {
                differences.put(key, priced(key, count, book, book, count.counted(), null, book.negate(), List.of(
                        new ItemVariance(item.inventoryItemId(), book.negate(), item.unitCost(), parameters.shortageReasonId()))));
            } else {
                differences.put(key, unchanged(key, count, book, null, null));
            }
        }
        return differences;
    }

    private Difference unchanged(LineKey key, Count count, BigDecimal book, String serialFrom, String serialTo) {
        return new Difference(key, count.lines(), book, book, count.counted(), BigDecimal.ZERO, null, false, false, false,
                null, BigDecimal.ZERO, null, serialFrom, serialTo, List.of());
    }

    /** A difference with its value, reason and tolerance flag. */
    private Difference priced(LineKey key, Count count, BigDecimal book, BigDecimal current, BigDecimal counted,
            MovedChoice choice, BigDecimal difference, List<Adjustment> adjustments) {
        BigDecimal value = BigDecimal.ZERO;
        boolean missingCost = false;
        for (Adjustment adjustment : adjustments) {
            BigDecimal unitCost = unitCost(adjustment);
            if (unitCost == null) {
                missingCost = true;
            } else {
                value = value.add(parameters.value(quantity(adjustment), unitCost));
            }
        }
        BigDecimal unitCost = missingCost || difference.signum() == 0 ? null
                : value.divide(difference, 6, RoundingMode.HALF_UP).stripTrailingZeros();
        String reason = difference.signum() == 0 ? null
                : difference.signum() > 0 ? parameters.surplusReasonId() : parameters.shortageReasonId();
        boolean overTolerance = parameters.tolerances().exceededBy(difference, book, missingCost ? null : value);
        return new Difference(key, count.lines(), book, current, counted, difference, choice, false, overTolerance, missingCost,
                unitCost, value, reason, null, null, adjustments);
    }

    public static BigDecimal unitCost(Adjustment adjustment) {
        if (adjustment instanceof ItemVariance variance) {
            return variance.unitCost();
        }
        return adjustment instanceof FoundItem found ? found.unitCost() : BigDecimal.ZERO;
    }

    public static BigDecimal quantity(Adjustment adjustment) {
        if (adjustment instanceof ItemVariance variance) {
            return variance.quantity();
        }
        return adjustment instanceof FoundItem found ? found.quantity() : BigDecimal.ZERO;
    }

    /** A product's serial number, wherever it is. */
    private record ProductSerial(String productId, String serialNumber) {
        static ProductSerial of(LineKey key) {
            return new ProductSerial(key.productId(), key.serialNumber());
        }
    }

    /** The count that stands for one key, from its lines. */
    private record Count(List<LineRef> lines, BigDecimal counted, BigDecimal bookAtCount, MovedChoice movedChoice, boolean conflict) {

        boolean isPresent() {
            return !conflict && counted != null && counted.signum() > 0;
        }

        /** The count that stands; its line comes first in {@link #lines()}, as the line posting records on. */
        static Count of(List<CountedLine> lines) {
            MovedChoice choice = lines.stream().map(CountedLine::movedChoice).filter(Objects::nonNull).findFirst().orElse(null);
            CountedLine recount = latest(lines.stream().filter(l -> l.recount() && l.isCounted()).collect(Collectors.toList()));
            if (recount != null) {
                return new Count(refs(lines, recount), recount.counted(), recount.bookAtCount(), choice, false);
            }
            List<CountedLine> counted = lines.stream().filter(l -> !l.recount() && l.isCounted()).collect(Collectors.toList());
            if (counted.isEmpty()) {
                return new Count(refs(lines, lines.get(0)), null, null, choice, false);
            }
            CountedLine latest = latest(counted);
            if (counted.size() == 1) {
                return new Count(refs(lines, latest), latest.counted(), latest.bookAtCount(), choice, false);
            }
            if (counted.stream().allMatch(l -> l.resolution() == Resolution.ADD)) {
                BigDecimal sum = counted.stream().map(CountedLine::counted).reduce(BigDecimal.ZERO, BigDecimal::add);
                return new Count(refs(lines, counted.get(0)), sum, latest.bookAtCount(), choice, false);
            }
            List<CountedLine> kept = counted.stream().filter(l -> l.resolution() == Resolution.KEEP).collect(Collectors.toList());
            if (kept.size() == 1 && counted.stream().allMatch(l -> l == kept.get(0) || l.resolution() == Resolution.DROP)) {
                return new Count(refs(lines, kept.get(0)), kept.get(0).counted(), kept.get(0).bookAtCount(), choice, false);
            }
            return new Count(refs(lines, counted.get(0)), null, latest.bookAtCount(), choice, true);
        }

        private static CountedLine latest(List<CountedLine> lines) {
            return lines.stream().max(Comparator.comparing(CountedLine::countedAt, Comparator.nullsFirst(Comparator.naturalOrder())))
                    .orElse(null);
        }

        private static List<LineRef> refs(List<CountedLine> lines, CountedLine standing) {
            List<LineRef> refs = new ArrayList<>();
            refs.add(standing.ref());
            lines.stream().filter(l -> l != standing).forEach(l -> refs.add(l.ref()));
            return refs;
        }
    }
}
