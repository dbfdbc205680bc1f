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
