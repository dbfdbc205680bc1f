package org.physicalinventory.valuation;

/**
 * The life of a stock closing: it runs, is done (or failed), may run again until it is confirmed, and a
 * confirmed closing never changes.
 */
public enum ClosingStatus {
    RUNNING("PI_CLS_RUNNING"),
    DONE("PI_CLS_DONE"),
    FAILED("PI_CLS_FAILED"),
    CONFIRMED("PI_CLS_CONFIRMED");

    private final String statusId;

    ClosingStatus(String statusId) {
        this.statusId = statusId;
    }

    public String statusId() {
        return statusId;
    }

    public static ClosingStatus of(String statusId) {
        for (ClosingStatus status : values()) {
            if (status.statusId.equals(statusId)) {
                return status;
            }
        }
        throw new IllegalArgumentException(statusId);
    }

    /** The status as it is when the run is (not) alive: a RUNNING closing whose run is gone has FAILED (it was interrupted). */
    public ClosingStatus asRun(boolean runAlive) {
        return this == RUNNING && !runAlive ? FAILED : this;
    }

    /** Whether the closing may run (again): it is neither running nor confirmed. */
    public boolean canRun() {
        return this != RUNNING && this != CONFIRMED;
    }

    /** Whether the closing may be confirmed: only one that is done. */
    public boolean canConfirm() {
        return this == DONE;
    }

    /** Whether the closing holds the lines of a whole run: done or confirmed (a running or failed one may hold none). */
    public boolean holdsLines() {
        return this == DONE || this == CONFIRMED;
    }

    /** How far a run is, in percent of its products valued (0 before it knows how many; never above 100). */
    public static long percentDone(long productsDone, long productCount) {
        return productCount == 0 ? 0L : Math.min(100L, productsDone * 100 / productCount);
    }

    /** Refuses to run (again) a closing that is confirmed or still running. */
    public void checkCanRun(String closingId) throws ValuationException {
        if (this == CONFIRMED) {
            throw new ValuationException("PhysInvErrorClosingConfirmed", closingId);
        }
        if (this == RUNNING) {
            throw new ValuationException("PhysInvErrorClosingRunning", closingId);
        }
    }

    /** Only a closing that is done can be confirmed. */
    public void checkCanConfirm(String closingId) throws ValuationException {
        if (this == CONFIRMED) {
            throw new ValuationException("PhysInvErrorClosingConfirmed", closingId);
        }
        if (this != DONE) {
            throw new ValuationException("PhysInvErrorClosingNotDone", closingId);
        }
    }
}
