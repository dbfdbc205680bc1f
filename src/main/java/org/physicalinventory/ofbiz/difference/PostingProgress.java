package org.physicalinventory.ofbiz.difference;

import java.sql.Timestamp;

import org.apache.ofbiz.base.util.Debug;
import org.apache.ofbiz.base.util.UtilDateTime;
import org.apache.ofbiz.entity.Delegator;
import org.apache.ofbiz.entity.GenericEntityException;
import org.apache.ofbiz.entity.GenericValue;
import org.apache.ofbiz.entity.util.EntityQuery;
import org.physicalinventory.ofbiz.Transactions;

/**
 * The progress of a posting (PiPostingRun), written in transactions of its own so that the inventory
 * screen sees it while the posting's one transaction is still open. Only progress: whether the stock
 * changed is the inventory's status, committed with the posting.
 */
final class PostingProgress {

    static final String RUNNING = "RUNNING";
    static final String DONE = "DONE";
    static final String FAILED = "FAILED";
    /** A RUNNING posting whose heartbeat is older than this was interrupted (its transaction rolled back). */
    static final long STALE_MILLIS = 120_000;

    private static final String MODULE = PostingProgress.class.getName();
    /** This OFBiz instance: a run written by another (one that crashed and restarted) is not running. */
    static final String RUNNER = java.util.UUID.randomUUID().toString();

    private final Delegator delegator;
    private final String piInventoryId;

    PostingProgress(Delegator delegator, String piInventoryId) {
        this.delegator = delegator;
        this.piInventoryId = piInventoryId;
    }

    void start(long total, String userLoginId) {
        write(RUNNING, total, 0, null, userLoginId);
    }

    void done(long done) {
        write(RUNNING, -1, done, null, null);
    }

    void failed(String message) {
        write(FAILED, -1, -1, message, null);
    }

    /** The run as it stands, or null. */
    static GenericValue find(Delegator delegator, String piInventoryId) throws GenericEntityException {
        return EntityQuery.use(delegator).from("PiPostingRun").where("piInventoryId", piInventoryId).queryOne();
    }

    /** A posting of this inventory runs now: in this instance, with a recent heartbeat. */
    static boolean isRunning(GenericValue run) {
        return run != null && RUNNING.equals(run.getString("runStatusId")) && RUNNER.equals(run.getString("runnerId"))
                && run.getTimestamp("heartbeatDate") != null
                && UtilDateTime.nowTimestamp().getTime() - run.getTimestamp("heartbeatDate").getTime() < STALE_MILLIS;
    }

    /** In the posting's own transaction: the run ends with it, committed or rolled back together. */
    static void finishWithPosting(Delegator delegator, String piInventoryId, long done) throws GenericEntityException {
        GenericValue run = find(delegator, piInventoryId);
        if (run != null) {
            Timestamp now = UtilDateTime.nowTimestamp();
            run.set("runStatusId", DONE);
            run.set("linesDone", done);
            run.set("heartbeatDate", now);
            run.set("finishedDate", now);
            run.set("message", null);
            run.store();
        }
    }

    /** In a transaction of its own beside the posting's; progress that cannot be written is only logged. */
    private void write(String status, long total, long done, String message, String userLoginId) {
        try {
            Transactions.apart(() -> delegator.createOrStore(run(status, total, done, message, userLoginId)));
        } catch (GenericEntityException e) {
            Debug.logWarning(e, "Could not write the posting progress of " + piInventoryId, MODULE);
        }
    }

    /** The run as it will be: a total starts it again, lines done move it on, a failure finishes it. */
    private GenericValue run(String status, long total, long done, String message, String userLoginId) throws GenericEntityException {
        GenericValue run = find(delegator, piInventoryId);
        if (run == null) {
            run = delegator.makeValue("PiPostingRun", "piInventoryId", piInventoryId);
        }
        Timestamp now = UtilDateTime.nowTimestamp();
        run.set("runStatusId", status);
        run.set("heartbeatDate", now);
        run.set("runnerId", RUNNER);
        if (total >= 0) {
            run.set("linesTotal", total);
            run.set("linesDone", 0L);
            run.set("startedDate", now);
            run.set("finishedDate", null);
            run.set("userLoginId", userLoginId);
        }
        if (done >= 0) {
            run.set("linesDone", done);
        }
        if (FAILED.equals(status)) {
            run.set("finishedDate", now);
        }
        run.set("message", message);
        return run;
    }
}
