package org.physicalinventory.bench;

import java.util.Locale;

/**
 * One row of the benchmark table that {@code benchmark-table.sh} prints: an operation on so many rows, its best seconds,
 * the best seconds of what it is measured against (its floor, or the reference named in the operation) and the ratio.
 * Each benchmark's report ends with its rows, as lines starting with {@link #PREFIX}, which the script collects.
 */
public record TableRow(String operation, long rows, double seconds, double floor) {

    public static final String PREFIX = "TABLE |";

    public TableRow {
        if (operation == null || operation.isBlank() || operation.contains("|")) {
            throw new IllegalArgumentException("an operation is named, without '|': " + operation);
        }
    }

    /** The row of a path against its reference, from the best round of each. */
    public static TableRow best(String operation, long rows, Rounds ours, Rounds floor) {
        return new TableRow(operation, rows, ours.best(), floor.best());
    }

    public double ratio() {
        return floor > 0 ? seconds / floor : Double.NaN;
    }

    /** The row as the report prints it: {@code TABLE | operation | rows | seconds | floor | ratio}, a line of its own. */
    public String line() {
        return String.format(Locale.ROOT, "%s %s | %d | %.2f | %.2f | %.2f%n", PREFIX, operation, rows, seconds, floor, ratio());
    }
}
