package org.physicalinventory.ofbiz.count;

import java.util.List;

import org.apache.ofbiz.base.util.cache.UtilCache;
import org.apache.ofbiz.entity.Delegator;
import org.physicalinventory.count.ImportRow;

/**
 * Files of counts read at their upload and kept, as rows, for their preview and their import: reading a file again
 * costs more than keeping its rows (50,000 rows: about 16 MB kept; read again, 0.3 to 1.9 s from CSV and 1 to 4 s from
 * XLSX on a busy 2-core machine), and the browser cannot send the same file again by itself. Kept by user and import
 * id for {@code count.import.kept.minutes}, at most 20 files at once (the oldest go first; memory may take them back
 * sooner), in this server's memory: behind a load balancer, the preview and the import go to the node that read the file.
 */
final class KeptCountFiles {

    private static final UtilCache<String, Kept> FILES = UtilCache.createUtilCache("physinv.count.files", 0, 20, 0, true);

    private KeptCountFiles() {
    }

    /** A file kept: its list, its name, its digest (the import id and the seed of its scan keys) and its rows. */
    record Kept(String piListId, String fileName, String digest, List<ImportRow> rows) {
    }

    static void keep(Delegator delegator, String userLoginId, Kept file) {
        FILES.put(userLoginId + "|" + file.digest(), file, CountSettings.importKeptMinutes(delegator) * 60_000);
    }

    /** The user's file of this import id, or null when it is not kept (any more). */
    static Kept of(String userLoginId, String importId) {
        return importId == null ? null : FILES.get(userLoginId + "|" + importId);
    }
}
