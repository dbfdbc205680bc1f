package org.physicalinventory.count;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The count sheets of a whole inventory, cut into PDFs a printer and a screen can take: per list, consecutive locations
 * together up to a number of lines, a location never cut in two (one with more lines than that is a sheet of its own), the
 * lines without a location on a sheet of their own. Every line of every list is on exactly one sheet.
 */
public final class SheetRanges {

    private SheetRanges() {
    }

    /** How many lines a list has in one location (null: lines without a location). */
    public record Location(String piListId, String locationSeqId, long lines) {
    }

    /**
     * One sheet: the lines of a list from one location through another (both null: the lines without a location).
     *
     * @param number the sheet's place among all sheets, from 1
     */
    public record Range(int number, String piListId, String fromLocation, String thruLocation, long lines) {

        /** Whether this is the sheet of the list's lines without a location. */
        public boolean noLocation() {
            return fromLocation == null;
        }

        /** The file's name in the zip: its number (so that the files sort as the sheets), the list and the locations. */
        public String fileName() {
            String locations = noLocation() ? "no-location" : fromLocation.equals(thruLocation) ? fromLocation : fromLocation + "-" + thruLocation;
            return String.format("%03d_%s_%s.pdf", number, safe(piListId), safe(locations));
        }
    }

    /**
     * The sheets of the lines counted per location, given sorted by list then location (a list's lines without a location
     * anywhere among its own).
     *
     * @param mostLines the most lines on a sheet (but a location with more lines is one sheet)
     */
    public static List<Range> of(List<Location> locations, int mostLines) {
        if (mostLines < 1) {
            throw new IllegalArgumentException("at least one line a sheet");
        }
        List<Range> ranges = new ArrayList<>();
        Location first = null;
        Location last = null;
        long lines = 0;
        for (Location location : locations) {
            if (location.lines() <= 0) {
                continue;
            }
            if (location.locationSeqId() == null) {
                ranges.add(new Range(0, location.piListId(), null, null, location.lines()));
                continue;
            }
            if (first != null && (!Objects.equals(first.piListId(), location.piListId()) || lines + location.lines() > mostLines)) {
                ranges.add(new Range(0, first.piListId(), first.locationSeqId(), last.locationSeqId(), lines));
                first = null;
            }
            if (first == null) {
                first = location;
                lines = 0;
            }
            last = location;
            lines += location.lines();
        }
        if (first != null) {
            ranges.add(new Range(0, first.piListId(), first.locationSeqId(), last.locationSeqId(), lines));
        }
        List<Range> numbered = new ArrayList<>();
        // a list's sheet without location was added where its location came: put the sheets in list order, numbered
        ranges.stream().sorted((a, b) -> a.piListId().compareTo(b.piListId())).forEach(r -> numbered.add(new Range(numbered.size() + 1,
                r.piListId(), r.fromLocation(), r.thruLocation(), r.lines())));
        return numbered;
    }

    /** The total of lines of the sheets. */
    public static long lines(List<Range> ranges) {
        return ranges.stream().mapToLong(Range::lines).sum();
    }

    private static String safe(String name) {
        return name.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
