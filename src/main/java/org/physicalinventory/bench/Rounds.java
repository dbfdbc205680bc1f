package org.physicalinventory.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The seconds one benchmark path took over its rounds: the best (the least) and the median, which the noise of a
 * shared machine moves less. A benchmark reports both, over the same number of rounds for every path it compares.
 */
public record Rounds(List<Double> seconds) {

    public Rounds {
        if (seconds.isEmpty()) {
            throw new IllegalArgumentException("a path has at least one round");
        }
        seconds = List.copyOf(seconds);
    }

    public int count() {
        return seconds.size();
    }

    public double best() {
        return Collections.min(seconds);
    }

    /** The middle round; of an even number of rounds, the mean of the two in the middle. */
    public double median() {
        List<Double> sorted = new ArrayList<>(seconds);
        Collections.sort(sorted);
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
