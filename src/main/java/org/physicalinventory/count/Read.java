package org.physicalinventory.count;

import java.math.BigDecimal;

/**
 * One confirmed read from a handheld, already resolved to a product.
 *
 * @param scanKey    made on the device for this read; a read sent again with the same key counts once
 * @param lotManaged whether the product is counted by lot
 * @param quantity   the typed quantity (ignored when the list type counts a fixed quantity per scan)
 * @param action     ADD or REPLACE when the counter chose; null for a first read
 */
public record Read(String scanKey, String locationSeqId, String productId, boolean lotManaged, String lotId,
        String serialNumber, BigDecimal quantity, ScanAction action) {

    public LineKey lineKey() {
        return new LineKey(productId, locationSeqId, lotManaged ? blankToNull(lotId) : null, blankToNull(serialNumber));
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
