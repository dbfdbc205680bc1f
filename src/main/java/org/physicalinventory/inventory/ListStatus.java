package org.physicalinventory.inventory;

import java.util.EnumSet;
import java.util.Set;

/** The life of an inventory list. The seed data's StatusValidChange rows mirror {@link #next()}. */
public enum ListStatus {
    CREATED("PI_LIST_CREATED"),
    COUNTING("PI_LIST_COUNTING"),
    COUNTED("PI_LIST_COUNTED"),
    CANCELLED("PI_LIST_CANCELLED");

    private final String statusId;

    ListStatus(String statusId) {
        this.statusId = statusId;
    }

    public String statusId() {
        return statusId;
    }

    public Set<ListStatus> next() {
        switch (this) {
        case CREATED: return EnumSet.of(COUNTING, CANCELLED);
        case COUNTING: return EnumSet.of(COUNTED, CANCELLED);
        // a counted list may be reopened for a recount
        case COUNTED: return EnumSet.of(COUNTING, CANCELLED);
        default: return EnumSet.noneOf(ListStatus.class);
        }
    }

    public boolean canChangeTo(ListStatus to) {
        return next().contains(to);
    }

    /** Still part of the count: not cancelled. */
    public boolean isActive() {
        return this != CANCELLED;
    }

    public static ListStatus of(String statusId) {
        for (ListStatus status : values()) {
            if (status.statusId.equals(statusId)) {
                return status;
            }
        }
        throw new IllegalArgumentException("Unknown inventory list status " + statusId);
    }
}
