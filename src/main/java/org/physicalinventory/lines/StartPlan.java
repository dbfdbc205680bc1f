package org.physicalinventory.lines;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.physicalinventory.count.BookStock;
import org.physicalinventory.count.LineKey;
import org.physicalinventory.inventory.InventoryException;
import org.physicalinventory.inventory.ListSplit;
import org.physicalinventory.inventory.StartScope;

/**
 * The lists of a one-step start and the lines each gets from the book stock of the scope, read once for them all. The
 * scope's locations (the facility's in its range, and any an item of the book is in) are cut into parts as the split
 * says; each part is a list, or, when the scope names categories, a list per category that has lines there. Every line
 * of the book lands on exactly one list: parts are runs of whole locations, and a product must be in only one of the
 * categories named. Lines without a location fit no range: with a split they are on no list and counted apart.
 */
public final class StartPlan {

    /** A location of the facility in the scope's range, with OFBiz's area and aisle (either may be null). */
    public record Location(String locationSeqId, String areaId, String aisleId) {
    }

    /**
     * One list of the start.
     *
     * @param fromLocationSeqId the start of its range: its first location, or null, open, on the first list of a scope open at its start
     * @param thruLocationSeqId the end of its range: its last location, or null, open, on the last list of a scope open at its end
     * @param first             its first location (null for one list of a whole facility)
     * @param last              its last location (null for one list of a whole facility)
     * @param aisle             the aisle, when split by aisle
     * @param productCategoryId its category, when the scope names categories
     * @param book              its lines
     */
    public record StartList(String fromLocationSeqId, String thruLocationSeqId, String first, String last, String aisle, String productCategoryId,
            BookStock book) {

        public int lines() {
            return book.lines().size();
        }
    }

    private final List<StartList> lists;
    private final int withoutLocation;

    private StartPlan(List<StartList> lists, int withoutLocation) {
        this.lists = Collections.unmodifiableList(lists);
        this.withoutLocation = withoutLocation;
    }

    /**
     * Plans the lists.
     *
     * @param locations  the facility's locations in the scope's range
     * @param book       the book stock of the scope (its range, its categories' and supplier's products), one line per key
     * @param categories for each product of the book, the categories of the scope it belongs to (ignored when the scope names none)
     * @throws InventoryException PhysInvErrorProductInTwoCategories (product, first, second) when a product is in two of the
     *         categories; PhysInvErrorNoLocationsToSplit when a split finds no location; PhysInvErrorNothingInScope when the
     *         categories have no line in the scope; PhysInvErrorTooManyLists (lists, most)
     */
    public static StartPlan of(StartScope scope, ListSplit split, List<Location> locations, BookStock book, Map<String, List<String>> categories)
            throws InventoryException {
        List<ListSplit.PlannedList> parts = parts(scope, split, locations, book);
        List<String> named = scope.productCategoryIds().isEmpty() ? Collections.singletonList(null) : scope.productCategoryIds();
        BookStock[][] dealt = new BookStock[parts.size()][named.size()];
        int withoutLocation = 0;
        for (Map.Entry<LineKey, BookStock.Entry> line : book.lines().entrySet()) {
            int part = split.mode() == ListSplit.Mode.ONE ? 0 : partOf(parts, line.getKey().locationSeqId());
            int category = scope.productCategoryIds().isEmpty() ? 0 : named.indexOf(categoryOf(line.getKey().productId(), categories));
            if (part < 0) {
                withoutLocation++;
            } else if (category >= 0) {
                if (dealt[part][category] == null) {
                    dealt[part][category] = new BookStock();
                }
                dealt[part][category].put(line.getKey(), line.getValue());
            }
        }
        List<StartList> lists = lists(scope, parts, named, dealt);
        if (lists.isEmpty()) {
            throw new InventoryException("PhysInvErrorNothingInScope");
        }
        if (lists.size() > ListSplit.MOST_LISTS) {
            throw new InventoryException("PhysInvErrorTooManyLists", lists.size(), ListSplit.MOST_LISTS);
        }
        return new StartPlan(lists, withoutLocation);
    }

    /** The lists, part by part in location order, and within a part category by category in the order named. */
    public List<StartList> lists() {
        return lists;
    }

    /** The lines of the book on no list: with a split, those of items without a location. */
    public int withoutLocation() {
        return withoutLocation;
    }

    /** All the lines on the lists. */
    public long lines() {
        return lists.stream().mapToLong(StartList::lines).sum();
    }

    /** The counters of each list, spread over the lists so that their lines stay even (see {@link ListSplit#spread}). */
    public List<List<String>> counters(List<String> counters) {
        return ListSplit.spread(lists.stream().map(l -> new ListSplit.PlannedList(l.fromLocationSeqId(), l.thruLocationSeqId(), l.aisle(),
                l.lines())).toList(), counters);
    }

    /** The runs of locations the split makes; a split into one list keeps the scope's own range. */
    private static List<ListSplit.PlannedList> parts(StartScope scope, ListSplit split, List<Location> locations, BookStock book)
            throws InventoryException {
        if (split.mode() == ListSplit.Mode.ONE) {
            return List.of(ListSplit.PlannedList.whole(scope.fromLocationSeqId(), scope.thruLocationSeqId(), book.lines().size()));
        }
        List<ListSplit.PlannedList> parts = split.plan(places(locations, book));
        if (parts.isEmpty()) {
            throw new InventoryException("PhysInvErrorNoLocationsToSplit");
        }
        return parts;
    }

    /** The locations of the facility and of the book's lines, in location order, each with its aisle and lines. */
    private static List<ListSplit.Place> places(List<Location> locations, BookStock book) {
        Map<String, String> aisles = new TreeMap<>();
        Map<String, Long> lines = new TreeMap<>();
        for (Location location : locations) {
            aisles.put(location.locationSeqId(), ListSplit.aisleOf(location.locationSeqId(), location.areaId(), location.aisleId()));
        }
        for (LineKey key : book.lines().keySet()) {
            if (key.locationSeqId() != null) {
                aisles.computeIfAbsent(key.locationSeqId(), id -> ListSplit.aisleOf(id, null, null));
                lines.merge(key.locationSeqId(), 1L, Long::sum);
            }
        }
        List<ListSplit.Place> places = new ArrayList<>();
        aisles.forEach((id, aisle) -> places.add(new ListSplit.Place(id, aisle, lines.getOrDefault(id, 0L))));
        return places;
    }

    /** The part whose run holds the location (the last one starting at or before it), or -1 for a line without a location. */
    private static int partOf(List<ListSplit.PlannedList> parts, String locationSeqId) {
        if (locationSeqId == null) {
            return -1;
        }
        int low = 0;
        int high = parts.size() - 1;
        while (low < high) {
            int middle = (low + high + 1) >>> 1;
            if (parts.get(middle).fromLocationSeqId().compareTo(locationSeqId) <= 0) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return low;
    }

    /** The one category of the scope the product is in; null when it is in none of them. */
    private static String categoryOf(String productId, Map<String, List<String>> categories) throws InventoryException {
        List<String> in = categories.getOrDefault(productId, List.of());
        if (in.size() > 1) {
            throw new InventoryException("PhysInvErrorProductInTwoCategories", productId, in.get(0), in.get(1));
        }
        return in.isEmpty() ? null : in.get(0);
    }

    /**
     * The lists of the parts: every part when the scope names no category, else a list per category with lines there. The
     * first part starts where the scope starts and the last ends where it ends, so that the lists leave no location of the
     * scope out, even one the facility gets later.
     */
    private static List<StartList> lists(StartScope scope, List<ListSplit.PlannedList> parts, List<String> named, BookStock[][] dealt) {
        List<StartList> lists = new ArrayList<>();
        for (int part = 0; part < parts.size(); part++) {
            ListSplit.PlannedList run = parts.get(part);
            String from = part == 0 ? scope.fromLocationSeqId() : run.fromLocationSeqId();
            String thru = part == parts.size() - 1 ? scope.thruLocationSeqId() : run.thruLocationSeqId();
            for (int category = 0; category < named.size(); category++) {
                BookStock book = dealt[part][category];
                if (book != null || scope.productCategoryIds().isEmpty()) {
                    lists.add(new StartList(from, thru, run.fromLocationSeqId(), run.thruLocationSeqId(), run.aisle(), named.get(category),
                            book == null ? new BookStock() : book));
                }
            }
        }
        return lists;
    }
}
