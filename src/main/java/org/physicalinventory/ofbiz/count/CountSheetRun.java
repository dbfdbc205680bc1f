package org.physicalinventory.ofbiz.count;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Timestamp;

import org.apache.ofbiz.base.util.Debug;
import org.apache.ofbiz.base.util.UtilDateTime;
import org.apache.ofbiz.entity.Delegator;
import org.apache.ofbiz.entity.GenericEntityException;
import org.apache.ofbiz.entity.GenericValue;
import org.apache.ofbiz.entity.util.EntityQuery;
import org.physicalinventory.ofbiz.Transactions;

/**
 * The run of an inventory's count sheets job (PiCountSheetRun): its progress, written in transactions of its own so that
 * the inventory's page sees it move, and where its zip is kept on the server's disk.
 */
final class CountSheetRun {

    static final String RUNNING = "RUNNING";
    static final String DONE = "DONE";
    static final String FAILED = "FAILED";
    static final String INTERRUPTED = "INTERRUPTED";
    /** A RUNNING job whose heartbeat is older than this was interrupted. */
    private static final long STALE_MILLIS = 120_000;
    /** This OFBiz instance: a run written by another one (that stopped) is not running. */
    private static final String RUNNER = java.util.UUID.randomUUID().toString();
    private static final String MODULE = CountSheetRun.class.getName();

    private CountSheetRun() {
    }

    /** The last run of an inventory's count sheets, or null. */
    static GenericValue find(Delegator delegator, String piInventoryId) throws GenericEntityException {
        return EntityQuery.use(delegator).from("PiCountSheetRun").where("piInventoryId", piInventoryId).queryOne();
    }

    /** The run's status as the page says it: RUNNING only while this instance runs it with a recent heartbeat. */
    static String status(GenericValue run) {
        String status = run.getString("runStatusId");
        if (!RUNNING.equals(status)) {
            return status;
        }
        Timestamp heartbeat = run.getTimestamp("heartbeatDate");
        boolean alive = RUNNER.equals(run.getString("runnerId")) && heartbeat != null
                && UtilDateTime.nowTimestamp().getTime() - heartbeat.getTime() < STALE_MILLIS;
        return alive ? RUNNING : INTERRUPTED;
    }

    /** The run starts again: what it covers, nothing done yet. */
    static void start(Delegator delegator, String piInventoryId, String piListId, int linesPerSheet, long sheets, long lines, String userLoginId)
            throws GenericEntityException {
        Timestamp now = UtilDateTime.nowTimestamp();
        GenericValue run = delegator.makeValue("PiCountSheetRun", "piInventoryId", piInventoryId);
        run.set("piListId", piListId);
        run.set("linesPerSheet", (long) linesPerSheet);
        run.set("runStatusId", RUNNING);
        run.set("sheetsTotal", sheets);
        run.set("sheetsDone", 0L);
        run.set("linesTotal", lines);
        run.set("linesDone", 0L);
        run.set("startedDate", now);
        run.set("heartbeatDate", now);
        run.set("userLoginId", userLoginId);
        run.set("runnerId", RUNNER);
        Transactions.apart(() -> delegator.createOrStore(run));
    }

    /** One more sheet made. */
    static void progress(Delegator delegator, String piInventoryId, long sheetsDone, long linesDone) {
        update(delegator, piInventoryId, run -> {
            run.set("sheetsDone", sheetsDone);
            run.set("linesDone", linesDone);
        });
    }

    /** Every sheet made: the zip can be downloaded. */
    static void done(Delegator delegator, String piInventoryId, Path zip) {
        update(delegator, piInventoryId, run -> {
            run.set("runStatusId", DONE);
            run.set("fileName", zip.toString());
            run.set("finishedDate", UtilDateTime.nowTimestamp());
        });
    }

    static void failed(Delegator delegator, String piInventoryId, String message) {
        update(delegator, piInventoryId, run -> {
            run.set("runStatusId", FAILED);
            run.set("message", message);
            run.set("finishedDate", UtilDateTime.nowTimestamp());
        });
    }

    /** Where an inventory's zip is kept, and where it is written until it is whole. */
    static Path zip(String piInventoryId, boolean whole) {
        String name = "count-sheets-" + piInventoryId.replaceAll("[^A-Za-z0-9._-]", "_") + (whole ? ".zip" : ".zip.part");
        return Paths.get(System.getProperty("ofbiz.home", "."), "runtime", "tempfiles", "physinv", name);
    }

    private interface Change {
        void apply(GenericValue run);
    }

    /** Progress that cannot be written is only logged: the job goes on. */
    private static void update(Delegator delegator, String piInventoryId, Change change) {
        try {
            Transactions.apart(() -> {
                GenericValue run = find(delegator, piInventoryId);
                if (run != null) {
                    change.apply(run);
                    run.set("heartbeatDate", UtilDateTime.nowTimestamp());
                    run.store();
                }
                return null;
            });
        } catch (GenericEntityException e) {
            Debug.logWarning(e, "Could not write the count sheets progress of " + piInventoryId, MODULE);
        }
    }
}
