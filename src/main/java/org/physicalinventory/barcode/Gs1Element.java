package org.physicalinventory.barcode;

/** One application identifier and its data, as read from a GS1 element string. */
public record Gs1Element(String ai, String value) {
}
