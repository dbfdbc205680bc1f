package org.physicalinventory.count;

/** What a second read of a counted line does (seed 002: "Add or Replace"). */
public enum ScanAction {
    /** the read's quantity is added to the counted quantity */
    ADD,
    /** the read's quantity becomes the counted quantity */
    REPLACE;

    /** The action a request names: ADD, REPLACE, or none (null or empty) for a first read; anything else is refused. */
    public static ScanAction of(String action) throws CountException {
        if (action == null || action.isEmpty()) {
            return null;
        }
        if (!"ADD".equals(action) && !"REPLACE".equals(action)) {
            throw new CountException("PhysInvErrorScanAction", action);
        }
        return valueOf(action);
    }
}
