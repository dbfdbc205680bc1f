package org.physicalinventory.difference;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.physicalinventory.count.LineKey;
import org.physicalinventory.difference.SlicedReview.ProductSerial;
import org.physicalinventory.difference.SlicedReview.Reviewed;

/**
 * A whole review kept as slices of keys in the review's order, so that when a few lines or items change only the slices
 * holding their keys are reviewed again ({@link SlicedReview} over those keys' lines gives the same differences as the
 * whole review): a slice holds a key's difference with its lines, and a serial number's keys are found from any of them.
 * Immutable once built: {@link #replacing} makes a new one that shares the slices left as they were.
 */
public final class ReviewSlices {

    private final List<List<Reviewed>> slices;
    private final Map<LineKey, Integer> sliceOfKey = new HashMap<>();
    private final Map<ProductSerial, Set<Integer>> slicesOfSerial = new HashMap<>();
    private final List<Difference> differences = new ArrayList<>();
    private final Map<LineKey, List<CountedLine>> conflictLines = new HashMap<>();
    private final ReviewTotals totals = new ReviewTotals();

    private ReviewSlices(List<List<Reviewed>> slices) {
        this.slices = slices;
        for (int s = 0; s < slices.size(); s++) {
            for (Reviewed reviewed : slices.get(s)) {
                Difference difference = reviewed.difference();
                sliceOfKey.put(difference.key(), s);
                if (difference.key().serialNumber() != null) {
                    slicesOfSerial.computeIfAbsent(ProductSerial.of(difference.key()), k -> new TreeSet<>()).add(s);
                }
                differences.add(difference);
                totals.add(difference);
                if (difference.conflict()) {
                    conflictLines.put(difference.key(), reviewed.lines());
                }
            }
        }
    }

    /**
     * The review as {@link SlicedReview} hands it on, cut into slices of {@code keysPerSlice} keys (one difference a key).
     *
     * @param reviewed every difference of the review, in its order
     */
    public static ReviewSlices of(List<Reviewed> reviewed, int keysPerSlice) {
        if (keysPerSlice < 1) {
            throw new IllegalArgumentException("a slice holds at least one key");
        }
        List<List<Reviewed>> slices = new ArrayList<>();
        for (int from = 0; from < reviewed.size(); from += keysPerSlice) {
            slices.add(List.copyOf(reviewed.subList(from, Math.min(reviewed.size(), from + keysPerSlice))));
        }
        return new ReviewSlices(slices);
    }

    /** The review as it was kept, slice by slice (what {@link #slices()} gave): the same slices, so the same keys in each. */
    public static ReviewSlices ofSlices(List<List<Reviewed>> slices) {
        return new ReviewSlices(slices.stream().map(List::copyOf).toList());
    }

    /** The slices, each its keys' differences with their lines in the review's order. */
    public List<List<Reviewed>> slices() {
        return Collections.unmodifiableList(slices);
    }

    /** Every difference, in the review's order. */
    public List<Difference> differences() {
        return Collections.unmodifiableList(differences);
    }

    public ReviewTotals totals() {
        return totals;
    }

    /** The lines of a key counted on two lists, the standing one first; none when it is not in conflict. */
    public List<CountedLine> conflictLines(LineKey key) {
        return conflictLines.getOrDefault(key, List.of());
    }

    /** Whether the review has a difference of this key. */
    public boolean holds(LineKey key) {
        return sliceOfKey.containsKey(key);
    }

    public int sliceCount() {
        return slices.size();
    }

    /** The keys of a slice, in the review's order (the first and the last bound its locations). */
    public List<LineKey> keys(int slice) {
        return slices.get(slice).stream().map(r -> r.difference().key()).toList();
    }

    /**
     * The slices whose differences lines or items of these keys may change: the slice of each key the review has, and every
     * slice holding a key of the same serial number (a serial counted in one place and booked in another). Keys the review
     * does not have and whose serial number it does not have either change none of it.
     */
    public Set<Integer> touchedBy(Collection<LineKey> changed) {
        Set<Integer> touched = new TreeSet<>();
        for (LineKey key : changed) {
            Integer slice = sliceOfKey.get(key);
            if (slice != null) {
                touched.add(slice);
            }
            if (key.serialNumber() != null) {
                touched.addAll(slicesOfSerial.getOrDefault(ProductSerial.of(key), Set.of()));
            }
        }
        return touched;
    }

    /**
     * The review with these slices reviewed again; empty when a slice came back with other keys than it had (its lines
     * changed keys: only a whole review is right then).
     *
     * @param again per slice, its differences reviewed again, in the review's order
     */
    public Optional<ReviewSlices> replacing(Map<Integer, List<Reviewed>> again) {
        List<List<Reviewed>> next = new ArrayList<>(slices);
        for (Map.Entry<Integer, List<Reviewed>> slice : again.entrySet()) {
            List<LineKey> keys = slice.getValue().stream().map(r -> r.difference().key()).toList();
            if (!keys.equals(keys(slice.getKey()))) {
                return Optional.empty();
            }
            next.set(slice.getKey(), List.copyOf(slice.getValue()));
        }
        return Optional.of(new ReviewSlices(next));
    }
}
