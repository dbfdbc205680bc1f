package org.physicalinventory.count;

/** What a count line counts: a product in a location, of a lot, with a serial number (lot and serial may be null). */
public record LineKey(String productId, String locationSeqId, String lotId, String serialNumber) {
}
