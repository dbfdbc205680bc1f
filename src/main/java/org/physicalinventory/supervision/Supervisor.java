package org.physicalinventory.supervision;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.physicalinventory.difference.Tolerances;

/**
 * What the supervision of an inventory decides from the figures the database adds up: each counter's reads per minute over a
 * window, whether they are idle or read at an unusual rate, the tiles in order, and which counted lines differ from the book
 * beyond the stock-difference tolerances (never showing a blind list's book).
 */
public final class Supervisor {

    /** The rate's window: the last five minutes. */
    public static final Duration DEFAULT_WINDOW = Duration.ofMinutes(5);
    /** A counter is idle after three minutes without a read. */
    public static final Duration DEFAULT_IDLE = Duration.ofMinutes(3);
    /** A rate is unusual beyond twice, or under half, the median of the counters reading. */
    static final BigDecimal UNUSUAL_FACTOR = BigDecimal.valueOf(2);
    /** The rates are compared only among at least three counters reading. */
    static final int UNUSUAL_MIN_COUNTERS = 3;

    private static final BigDecimal SECONDS_PER_MINUTE = BigDecimal.valueOf(60);

    private final Duration window;
    private final Duration idleAfter;

    public Supervisor(Duration window, Duration idleAfter) {
        if (window.isNegative() || window.isZero() || idleAfter.isNegative()) {
            throw new IllegalArgumentException("window and idle time must be positive");
        }
        this.window = window;
        this.idleAfter = idleAfter;
    }

    public static Supervisor standard() {
        return new Supervisor(DEFAULT_WINDOW, DEFAULT_IDLE);
    }

    public Duration window() {
        return window;
    }

    /** The first moment the rate's window covers: the reads since then are counted in it. */
    public Instant windowStart(Instant now) {
        return now.minus(window);
    }

    /**
     * Reads per minute, one decimal: the reads of the window over the window, or over the time since the counter's first read
     * when they started within it, at least one minute (a first burst of reads is not taken for a rate).
     */
    public BigDecimal readsPerMinute(CounterReads reads, Instant now) {
        if (reads.readsInWindow() == 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        Instant from = reads.firstRead() != null && reads.firstRead().isAfter(windowStart(now)) ? reads.firstRead() : windowStart(now);
        long seconds = Math.max(60, Duration.between(from, now).toSeconds());
        return BigDecimal.valueOf(reads.readsInWindow()).multiply(SECONDS_PER_MINUTE).divide(BigDecimal.valueOf(seconds), 1, RoundingMode.HALF_UP);
    }

    /** How long since the counter's last read (zero for a read stamped after now by another clock). */
    public Duration idleFor(CounterReads reads, Instant now) {
        if (reads.lastRead() == null) {
            return Duration.ZERO;
        }
        Duration idle = Duration.between(reads.lastRead(), now);
        return idle.isNegative() ? Duration.ZERO : idle;
    }

    /**
     * Every counter's activity, the busiest of the window first: idle once {@code idleAfter} has passed since their last read;
     * an unusual rate when at least three counters read in the window and theirs is over twice or under half the median.
     */
    public List<CounterActivity> counters(List<CounterReads> all, Instant now) {
        List<BigDecimal> active = new ArrayList<>();
        for (CounterReads reads : all) {
            if (reads.readsInWindow() > 0 && !isIdle(reads, now)) {
                active.add(readsPerMinute(reads, now));
            }
        }
        BigDecimal median = active.size() < UNUSUAL_MIN_COUNTERS ? null : median(active);
        List<CounterActivity> counters = new ArrayList<>();
        for (CounterReads reads : all) {
            BigDecimal rate = readsPerMinute(reads, now);
            boolean idle = isIdle(reads, now);
            boolean unusual = median != null && !idle && reads.readsInWindow() > 0 && median.signum() > 0
                    && (rate.compareTo(median.multiply(UNUSUAL_FACTOR)) > 0 || rate.multiply(UNUSUAL_FACTOR).compareTo(median) < 0);
            counters.add(new CounterActivity(reads.userLoginId(), reads.reads(), rate, reads.lastRead(), idleFor(reads, now), idle, unusual));
        }
        counters.sort(Comparator.comparing(CounterActivity::readsPerMinute).reversed().thenComparing(CounterActivity::userLoginId));
        return counters;
    }

    /** The tiles in the order of the warehouse: area, then aisle, numbers in their natural order. */
    public List<AisleTile> tiles(List<AisleTile> tiles) {
        List<AisleTile> ordered = new ArrayList<>(tiles);
        ordered.sort(AisleTile.ORDER);
        return ordered;
    }

    /** The inventory's progress: the sum of its parts. */
    public static Progress total(List<Progress> parts) {
        return parts.stream().reduce(new Progress(0, 0), Progress::plus);
    }

    /**
     * A counted line as shown: beyond tolerance by the stock-difference parameters' tolerances (quantity, percent of the book,
     * value at the item's unit cost when known); a blind list's book and difference are left out.
     */
    public ShownLine show(WatchedLine line, Tolerances tolerances) {
        BigDecimal book = line.book() == null ? BigDecimal.ZERO : line.book();
        BigDecimal difference = line.counted() == null ? BigDecimal.ZERO : line.counted().subtract(book);
        BigDecimal value = line.unitCost() == null ? null : difference.multiply(line.unitCost());
        boolean beyond = line.counted() != null && tolerances.exceededBy(difference, book, value);
        return line.blind() ? new ShownLine(line, null, null, beyond) : new ShownLine(line, book, difference, beyond);
    }

    /** Of the lines given (the latest counted first), the first {@code max} beyond tolerance, as shown. */
    public List<ShownLine> beyondTolerance(List<WatchedLine> lines, Tolerances tolerances, int max) {
        List<ShownLine> shown = new ArrayList<>();
        for (WatchedLine line : lines) {
            ShownLine candidate = show(line, tolerances);
            if (candidate.beyondTolerance()) {
                shown.add(candidate);
                if (shown.size() == max) {
                    break;
                }
            }
        }
        return shown;
    }

    private boolean isIdle(CounterReads reads, Instant now) {
        return idleFor(reads, now).compareTo(idleAfter) >= 0;
    }

    private static BigDecimal median(List<BigDecimal> rates) {
        List<BigDecimal> sorted = rates.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle)
                : sorted.get(middle - 1).add(sorted.get(middle)).divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP);
    }
}
