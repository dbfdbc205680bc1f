package org.physicalinventory.count;

/**
 * One row of a file of counts, as text: where, what (a product id, or a code the handheld would scan), lot, serial and
 * the quantity as typed. Blank fields are null. {@code number} is the row's number in the file.
 */
public record ImportRow(int number, String locationSeqId, String productId, String code, String lotId, String serialNumber,
        String quantity) {

    /** The scan key of the row's read: the same file imported again gives the same keys, so its reads count once. */
    public String scanKey(String fileDigest) {
        return keyPrefix(fileDigest) + number;
    }

    /** How the scan keys of every row of a file start. */
    public static String keyPrefix(String fileDigest) {
        return "IMP-" + fileDigest + "-";
    }
}
