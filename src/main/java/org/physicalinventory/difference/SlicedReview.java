package org.physicalinventory.difference;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.physicalinventory.count.LineKey;
import org.physicalinventory.difference.CountedLine.LineRef;

/**
 * The review of an inventory read in slices of keys, for one that is too big to hold at once: the lines come in the order
 * of their keys (every line of a key one after the other), a slice of keys at a time goes through the {@link DifferenceEngine}
 * with the book stock of its keys only, and each difference is handed on as soon as its slice is done. The differences are
 * the ones {@link DifferenceEngine#review} gives for the whole inventory, in the same order: a serial number's keys in other
 * slices (counted in one location, booked in another) join the slice with their lines, and found stock's costs are asked
 * for the products that need one, once.
 */
public final class SlicedReview {

    /** Where the slices' book stock, the lines of their serial numbers elsewhere and the costs of found stock come from. */
    public interface Book {

        /**
         * The facility's inventory items of the slice's keys, of its serial numbers' keys elsewhere, and every serialized item
         * of its serial numbers (product and serial) wherever it is. Items of other keys may come too: the engine leaves them.
         *
         * @param keys      the slice's keys, in the order their lines came (the first and the last bound its locations)
         * @param elsewhere the keys of its serial numbers' lines in other slices
         */
        List<BookItem> items(List<LineKey> keys, Set<LineKey> elsewhere, Set<ProductSerial> serials);

        /** Every line of the inventory (of its active lists) counting one of these serial numbers (product and serial), in any location. */
        List<CountedLine> serialLines(Set<ProductSerial> serials);

        /** The unit cost of found stock of these products, by the parameters' method; a product without one is absent. */
        Map<String, BigDecimal> foundStockCosts(Set<String> productIds);
    }

    /** A product's serial number, wherever it is. */
    public record ProductSerial(String productId, String serialNumber) {

        public static ProductSerial of(LineKey key) {
            return new ProductSerial(key.productId(), key.serialNumber());
        }
    }

    /** One difference of the review with the lines of its key, in the order of {@link Difference#lines()}. */
    public record Reviewed(Difference difference, List<CountedLine> lines) {
    }

    private final StockDifferenceParameters parameters;
    private final Book book;
    private final int keysPerSlice;
    private final Map<String, BigDecimal> foundStockCosts = new HashMap<>();
    private final Set<String> costsAsked = new HashSet<>();

    private SlicedReview(StockDifferenceParameters parameters, Book book, int keysPerSlice) {
        if (keysPerSlice < 1) {
            throw new IllegalArgumentException("a slice holds at least one key");
        }
        this.parameters = parameters;
        this.book = book;
        this.keysPerSlice = keysPerSlice;
    }

    /**
     * Reviews the lines slice by slice and hands on every difference, in the order of the lines' keys.
     *
     * @param lines        the lines of the inventory's active lists, every line of a key one after the other
     * @param keysPerSlice how many keys go through the engine at once (the last slice may hold fewer)
     */
    public static void review(StockDifferenceParameters parameters, Iterator<CountedLine> lines, int keysPerSlice, Book book,
            Consumer<Reviewed> out) {
        new SlicedReview(parameters, book, keysPerSlice).run(lines, out);
    }

    private void run(Iterator<CountedLine> lines, Consumer<Reviewed> out) {
        List<CountedLine> slice = new ArrayList<>();
        LineKey current = null;
        int keys = 0;
        while (lines.hasNext()) {
            CountedLine line = lines.next();
            if (!line.key().equals(current)) {
                if (keys == keysPerSlice) {
                    slice(slice, out);
                    slice.clear();
                    keys = 0;
                }
                current = line.key();
                keys++;
            }
            slice.add(line);
        }
        if (!slice.isEmpty()) {
            slice(slice, out);
        }
    }

    /** One slice: its lines with those of its serial numbers elsewhere, through the engine; its own keys handed on. */
    private void slice(List<CountedLine> slice, Consumer<Reviewed> out) {
        Map<LineKey, List<CountedLine>> own = new LinkedHashMap<>();
        Set<ProductSerial> serials = new HashSet<>();
        Set<LineRef> refs = new HashSet<>();
        for (CountedLine line : slice) {
            own.computeIfAbsent(line.key(), k -> new ArrayList<>()).add(line);
            refs.add(line.ref());
            if (line.key().serialNumber() != null) {
                serials.add(ProductSerial.of(line.key()));
            }
        }
        List<CountedLine> all = new ArrayList<>(slice);
        if (!serials.isEmpty()) {
            book.serialLines(serials).stream().filter(l -> !refs.contains(l.ref())).forEach(all::add);
        }
        Set<LineKey> elsewhere = new HashSet<>();
        all.stream().map(CountedLine::key).filter(k -> !own.containsKey(k)).forEach(elsewhere::add);
        List<BookItem> items = book.items(new ArrayList<>(own.keySet()), elsewhere, serials);
        Review review = DifferenceEngine.review(parameters, all, items, foundStockCosts);
        Set<String> toAsk = new HashSet<>();
        review.differences().forEach(d -> d.adjustments().stream().filter(a -> a instanceof Adjustment.FoundItem)
                .map(a -> ((Adjustment.FoundItem) a).key().productId()).filter(p -> !costsAsked.contains(p)).forEach(toAsk::add));
        if (!toAsk.isEmpty()) {
            costsAsked.addAll(toAsk);
            foundStockCosts.putAll(book.foundStockCosts(toAsk));
            review = DifferenceEngine.review(parameters, all, items, foundStockCosts);
        }
        for (Difference difference : review.differences()) {
            List<CountedLine> keyLines = own.get(difference.key());
            if (keyLines != null) {
                out.accept(new Reviewed(difference, ordered(difference, keyLines)));
            }
        }
    }

    /** The key's lines in the order of the difference's (the line whose count stands first). */
    private static List<CountedLine> ordered(Difference difference, List<CountedLine> keyLines) {
        Map<LineRef, CountedLine> byRef = new HashMap<>();
        keyLines.forEach(l -> byRef.put(l.ref(), l));
        List<CountedLine> ordered = new ArrayList<>();
        difference.lines().forEach(ref -> ordered.add(byRef.get(ref)));
        return ordered;
    }
}
