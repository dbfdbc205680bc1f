package org.physicalinventory.inventory;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * How a one-step start cuts the counted locations into inventory lists: one list for the whole scope, one list per
 * aisle, or one list every so many locations. Lists are runs of whole locations in location order, so they never
 * overlap and together cover every location of the scope.
 */
public record ListSplit(Mode mode, int locationsPerList) {

    /** The ways to split. */
    public enum Mode {
        /** One list for the whole scope. */
        ONE,
        /** One list per aisle: a run of locations of the same aisle. */
        AISLE,
        /** A list every {@code locationsPerList} locations. */
        EVERY_N
    }

    /** The most lists one start makes: a start of more lists than that is surely a mistake. */
    public static final int MOST_LISTS = 1000;

    public ListSplit {
        if (mode == null) {
            throw new IllegalArgumentException("mode");
        }
        if (mode == Mode.EVERY_N && locationsPerList < 1) {
            throw new IllegalArgumentException("locationsPerList");
        }
    }

    /**
     * One location of the scope.
     *
     * @param aisle the aisle it belongs to (see {@link #aisleOf}); lines: the count lines the book stock gives it
     */
    public record Place(String locationSeqId, String aisle, long lines) {
    }

    /** A list to make: its range of locations, its aisle when split by aisle, and the lines it will have. */
    public record PlannedList(String fromLocationSeqId, String thruLocationSeqId, String aisle, long lines) {

        /** A list for the whole range of the scope (split into one), open at the ends the scope leaves open. */
        public static PlannedList whole(String fromLocationSeqId, String thruLocationSeqId, long lines) {
            return new PlannedList(fromLocationSeqId, thruLocationSeqId, null, lines);
        }
    }

    /**
     * The aisle of a location: OFBiz's area and aisle when the location has an aisle; otherwise what its id says
     * before the first separator (R03-12 is in R03), or, without one, the letters it starts with (A12 is in A).
     */
    public static String aisleOf(String locationSeqId, String areaId, String aisleId) {
        if (aisleId != null && !aisleId.isBlank()) {
            return areaId == null || areaId.isBlank() ? aisleId : areaId + "-" + aisleId;
        }
        for (int i = 0; i < locationSeqId.length(); i++) {
            if ("-./ _".indexOf(locationSeqId.charAt(i)) >= 0) {
                return i == 0 ? locationSeqId : locationSeqId.substring(0, i);
            }
        }
        int letters = 0;
        while (letters < locationSeqId.length() && Character.isLetter(locationSeqId.charAt(letters))) {
            letters++;
        }
        return letters == 0 ? locationSeqId : locationSeqId.substring(0, letters);
    }

    /**
     * The lists of a split by aisle or every N locations, over the places of the scope in location order. A split
     * into one list needs no places: {@link PlannedList#whole} keeps the scope's own range.
     */
    public List<PlannedList> plan(List<Place> places) {
        if (mode == Mode.ONE) {
            throw new IllegalStateException("a split into one list keeps the scope's range");
        }
        List<PlannedList> lists = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= places.size(); i++) {
            if (i == places.size() || startsList(places, start, i)) {
                lists.add(list(places.subList(start, i)));
                start = i;
            }
        }
        return lists;
    }

    private boolean startsList(List<Place> places, int start, int i) {
        return mode == Mode.AISLE ? !places.get(i).aisle().equals(places.get(i - 1).aisle()) : i - start == locationsPerList;
    }

    private PlannedList list(List<Place> run) {
        long lines = run.stream().mapToLong(Place::lines).sum();
        return new PlannedList(run.get(0).locationSeqId(), run.get(run.size() - 1).locationSeqId(),
                mode == Mode.AISLE ? run.get(0).aisle() : null, lines);
    }

    /**
     * The counters of each list: every list gets at least one counter and every counter at least one list. With more
     * lists than counters, each list goes to the counter with the fewest lines so far (the first of them on a tie);
     * with more counters, the lists take the counters in turn, so the extra counters join the first lists.
     *
     * @return for each list, in the lists' order, the counters assigned to it
     */
    public static List<List<String>> spread(List<PlannedList> lists, List<String> counters) {
        List<List<String>> assigned = new ArrayList<>();
        if (counters.isEmpty()) {
            lists.forEach(l -> assigned.add(List.of()));
            return assigned;
        }
        lists.forEach(l -> assigned.add(new ArrayList<>()));
        if (counters.size() >= lists.size()) {
            for (int c = 0; c < counters.size() && !lists.isEmpty(); c++) {
                assigned.get(c % lists.size()).add(counters.get(c));
            }
        } else {
            long[] load = new long[counters.size()];
            for (int l = 0; l < lists.size(); l++) {
                int least = 0;
                for (int c = 1; c < load.length; c++) {
                    if (load[c] < load[least]) {
                        least = c;
                    }
                }
                load[least] += Math.max(1, lists.get(l).lines());
                assigned.get(l).add(counters.get(least));
            }
        }
        assigned.replaceAll(Collections::unmodifiableList);
        return assigned;
    }
}
