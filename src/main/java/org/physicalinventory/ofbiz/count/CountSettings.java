package org.physicalinventory.ofbiz.count;

import org.apache.ofbiz.entity.Delegator;
import org.apache.ofbiz.entity.util.EntityUtilProperties;

/** The settings of counts in bulk, in PhysicalInventory.properties (a SystemProperty row overrides them). */
final class CountSettings {

    private CountSettings() {
    }

    /** The most lines one page of the count grid shows. */
    static int gridPageMax(Delegator delegator) {
        return (int) number(delegator, "count.grid.page.max", 500);
    }

    /** The most lines on one PDF of the count sheets of a whole inventory. */
    static int sheetLines(Delegator delegator) {
        return (int) number(delegator, "count.sheets.lines", 1000);
    }

    /** The largest file of counts accepted, in bytes. */
    static long importMaxBytes(Delegator delegator) {
        return number(delegator, "count.import.max.bytes", 20_000_000);
    }

    /** The reads an import stores per transaction. */
    static int importChunk(Delegator delegator) {
        return (int) Math.max(1, number(delegator, "count.import.chunk.reads", 250));
    }

    /** Minutes an uploaded file's rows are kept for its import. */
    static long importKeptMinutes(Delegator delegator) {
        return number(delegator, "count.import.kept.minutes", 120);
    }

    private static long number(Delegator delegator, String name, long fallback) {
        try {
            return Long.parseLong(EntityUtilProperties.getPropertyValue("PhysicalInventory", name, String.valueOf(fallback), delegator).trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
