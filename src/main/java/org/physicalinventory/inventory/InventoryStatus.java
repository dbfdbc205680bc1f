package org.physicalinventory.inventory;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The life of a physical inventory. The seed data's StatusValidChange rows mirror {@link #next()}. */
public enum InventoryStatus {
    CREATED("PI_INV_CREATED"),
    COUNTING("PI_INV_COUNTING"),
    COUNTED("PI_INV_COUNTED"),
    POSTED("PI_INV_POSTED"),
    /** Archived: posted, or counted with nothing to post, and put away; the screens say "Archived", never a word for posting. */
    CLOSED("PI_INV_CLOSED"),
    CANCELLED("PI_INV_CANCELLED");

    private final String statusId;

    InventoryStatus(String statusId) {
        this.statusId = statusId;
    }

    public String statusId() {
        return statusId;
    }

    /** The statuses this one may change to. */
    public Set<InventoryStatus> next() {
        switch (this) {
        case CREATED: return EnumSet.of(COUNTING, CANCELLED);
        case COUNTING: return EnumSet.of(COUNTED, CANCELLED);
        // counted: recount, post the differences, archive when nothing is left to post (InventoryRules), or cancel
        case COUNTED: return EnumSet.of(COUNTING, POSTED, CLOSED, CANCELLED);
        case POSTED: return EnumSet.of(CLOSED);
        default: return EnumSet.noneOf(InventoryStatus.class);
        }
    }

    public boolean canChangeTo(InventoryStatus to) {
        return next().contains(to);
    }

    /** Open inventories still count or wait to be posted; only one per facility unless parameters allow more. */
    public boolean isOpen() {
        return this == CREATED || this == COUNTING || this == COUNTED;
    }

    /** The status ids of the open statuses, for a query. */
    public static List<String> openStatusIds() {
        return Arrays.stream(values()).filter(InventoryStatus::isOpen).map(InventoryStatus::statusId).toList();
    }

    /** An archived (CLOSED) or cancelled inventory never changes again. */
    public boolean isFinal() {
        return next().isEmpty();
    }

    public static InventoryStatus of(String statusId) {
        for (InventoryStatus status : values()) {
            if (status.statusId.equals(statusId)) {
                return status;
            }
        }
        throw new IllegalArgumentException("Unknown inventory status " + statusId);
    }
}
