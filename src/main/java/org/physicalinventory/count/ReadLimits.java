package org.physicalinventory.count;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the columns a read is stored in hold (OFBiz's id 20, id-long 60, value 255): a longer field is refused, not cut.
 */
public final class ReadLimits {

    private static final Map<String, Integer> LENGTHS = new LinkedHashMap<>();
    /** A zero confirmation's scan key leaves room for the number of the line each of its reads is logged for. */
    private static final int CONFIRMATION_SCAN_KEY = 50;

    static {
        LENGTHS.put("piListId", 20);
        LENGTHS.put("scanKey", 60);
        LENGTHS.put("undoKey", 60);
        LENGTHS.put("deviceId", 60);
        LENGTHS.put("code", 255);
        LENGTHS.put("locationSeqId", 20);
        LENGTHS.put("productId", 20);
        LENGTHS.put("lotId", 20);
        LENGTHS.put("serialNumber", 255);
    }

    private ReadLimits() {
    }

    /** Refuses the first field of the request longer than its column, naming it and its length. */
    public static void requireFitting(Map<String, ? extends Object> fields) throws CountException {
        for (Map.Entry<String, Integer> field : LENGTHS.entrySet()) {
            if (fields.get(field.getKey()) instanceof String value && value.length() > field.getValue()) {
                throw new CountException("PhysInvErrorTooLong", field.getKey(), field.getValue());
            }
        }
    }

    /** Refuses a zero confirmation's scan key longer than {@link #CONFIRMATION_SCAN_KEY}. */
    public static void requireConfirmationKey(String scanKey) throws CountException {
        if (scanKey.length() > CONFIRMATION_SCAN_KEY) {
            throw new CountException("PhysInvErrorTooLong", "scanKey", CONFIRMATION_SCAN_KEY);
        }
    }
}
