package org.physicalinventory.count;

import java.util.function.Function;

/** What a count line counts: a product in a location, of a lot, with a serial number (lot and serial may be null). */
public record LineKey(String productId, String locationSeqId, String lotId, String serialNumber) {

    /**
     * The key of a row that names a product in a location with its lot and serial under OFBiz's field names
     * (productId, locationSeqId, lotId, serialNumber): a count line, an inventory item; {@code LineKey.of(row::getString)}.
     */
    public static LineKey of(Function<String, String> field) {
        return new LineKey(field.apply("productId"), field.apply("locationSeqId"), field.apply("lotId"), field.apply("serialNumber"));
    }
}
