package org.physicalinventory.cycle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What is due to be counted: a product in a location is due when its last count (in a posted
 * inventory) plus its frequency has come: the frequency of its product's class, or the location's
 * own frequency in days when that is shorter. One never counted is overdue.
 *
 * <p>A location whose book is zero is planned only when its stock moved after its last count (it was
 * emptied since, or was never counted): otherwise nothing changed since it was confirmed empty.
 */
public final class CyclePlanner {

    private static final int WEEK_DAYS = 6;
    private static final Comparator<DueItem> PLAN_ORDER = Comparator.comparing(DueItem::due)
            .thenComparing(DueItem::dueDate, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(DueItem::abcClass, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(i -> i.key().locationSeqId())
            .thenComparing(i -> i.key().productId());

    private CyclePlanner() {
    }

    /**
     * The items due this week or earlier, most urgent first (overdue, today, this week; then by due day,
     * class and location).
     *
     * @param classes       the products' classes; a product without one is counted as C
     * @param locationDays  the locations that have a frequency of their own, in days
     * @param busy          products in locations already on a list of an open inventory ("productId|locationSeqId"): not planned again
     */
    public static List<DueItem> plan(Collection<StockKey> keys, Map<String, AbcClass> classes, CountFrequencies frequencies,
            Map<String, Integer> locationDays, Set<String> busy, LocalDate today) {
        List<DueItem> due = new ArrayList<>();
        for (StockKey key : keys) {
            if (busy.contains(reference(key.productId(), key.locationSeqId())) || key.isEmpty() && !movedSinceCount(key)) {
                continue;
            }
            AbcClass abcClass = classes.get(key.productId());
            int interval = frequencies.intervalDays(abcClass);
            Integer own = locationDays.get(key.locationSeqId());
            if (own != null) {
                interval = Math.min(interval, own);
            }
            LocalDate dueDate = key.lastCounted() == null ? null : key.lastCounted().toLocalDate().plusDays(interval);
            Due when = dueDate == null || dueDate.isBefore(today) ? Due.OVERDUE
                    : dueDate.isEqual(today) ? Due.TODAY
                    : !dueDate.isAfter(today.plusDays(WEEK_DAYS)) ? Due.THIS_WEEK : null;
            if (when != null) {
                due.add(new DueItem(key, abcClass, interval, dueDate, when));
            }
        }
        due.sort(PLAN_ORDER);
        return due;
    }

    /** "productId|locationSeqId": how a product in a location is named in a request and in the busy set. */
    public static String reference(String productId, String locationSeqId) {
        return productId + "|" + locationSeqId;
    }

    private static boolean movedSinceCount(StockKey key) {
        return key.lastMoved() != null && (key.lastCounted() == null || key.lastMoved().isAfter(key.lastCounted()));
    }

    /**
     * Splits the items into at most {@code parts} lists for as many employees: each list a run of
     * whole locations in location order (a location is never split, so a counter walks one stretch
     * and confirms an empty location alone), about the same number of count lines each. Fewer
     * locations than employees make fewer lists.
     */
    public static List<List<DueItem>> split(List<DueItem> items, int parts) {
        Map<String, List<DueItem>> byLocation = new LinkedHashMap<>();
        items.stream().sorted(Comparator.comparing((DueItem i) -> i.key().locationSeqId()).thenComparing(i -> i.key().productId()))
                .forEach(i -> byLocation.computeIfAbsent(i.key().locationSeqId(), k -> new ArrayList<>()).add(i));
        long total = items.stream().mapToLong(i -> Math.max(1, i.key().lines())).sum();
        List<List<DueItem>> lists = new ArrayList<>();
        List<DueItem> current = new ArrayList<>();
        long done = 0;
        int locationsLeft = byLocation.size();
        for (List<DueItem> location : byLocation.values()) {
            current.addAll(location);
            done += location.stream().mapToLong(i -> Math.max(1, i.key().lines())).sum();
            locationsLeft--;
            int listsLeft = parts - lists.size() - 1;
            // close the list once it holds its share of the lines, or when each list still to come needs a location of its own
            if (listsLeft > 0 && (done * parts >= total * (lists.size() + 1) || locationsLeft <= listsLeft)) {
                lists.add(current);
                current = new ArrayList<>();
            }
        }
        if (!current.isEmpty()) {
            lists.add(current);
        }
        return lists;
    }
}
