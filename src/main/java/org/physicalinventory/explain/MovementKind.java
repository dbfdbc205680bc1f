package org.physicalinventory.explain;

import java.util.Locale;

/** What a stock movement of a story is, from what OFBiz names on it. */
public enum MovementKind {
    RECEIPT, RETURN, SHIPMENT, ISSUE, PRODUCTION, TRANSFER_OUT, TRANSFER_IN, VARIANCE, OTHER;

    /** The key of the kind's label: PhysInvMovement and the kind in camel case (PhysInvMovementTransferOut). */
    public String labelKey() {
        return "PhysInv" + "Movement" + camel(name());
    }

    /** Stock coming in: a receipt or a return. */
    public boolean isReceipt() {
        return this == RECEIPT || this == RETURN;
    }

    /** Stock going out to an order, a shipment or a production run: a pick. */
    public boolean isIssue() {
        return this == SHIPMENT || this == ISSUE || this == PRODUCTION;
    }

    static String camel(String name) {
        StringBuilder key = new StringBuilder();
        for (String word : name.split("_")) {
            key.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
        }
        return key.toString();
    }
}
