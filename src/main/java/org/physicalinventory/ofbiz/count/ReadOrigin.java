package org.physicalinventory.ofbiz.count;

/**
 * Where reads come from, as the scan log records them: the handheld or the counting API (with the device and the code
 * as scanned), the back office's count grid, or a file of counts (with the file's name).
 */
public record ReadOrigin(String readSource, String deviceId, String rawCode, String importFileName) {

    public static final String HANDHELD = "HANDHELD";
    public static final String BACK_OFFICE = "BACK_OFFICE";
    public static final String IMPORT = "IMPORT";
    public static final String UNDO = "UNDO";

    /** A read of a handheld or of a program calling the counting API. */
    public static ReadOrigin handheld(String deviceId, String rawCode) {
        return new ReadOrigin(HANDHELD, deviceId, rawCode, null);
    }

    /** A count typed in the back office's count grid. */
    public static ReadOrigin backOffice() {
        return new ReadOrigin(BACK_OFFICE, "back-office", null, null);
    }

    /** A row of a file of counts; rawCode: the code the row gives, if any. */
    public static ReadOrigin imported(String fileName, String rawCode) {
        return new ReadOrigin(IMPORT, "import", rawCode, fileName);
    }
}
