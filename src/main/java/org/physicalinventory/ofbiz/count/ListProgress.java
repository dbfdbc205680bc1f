package org.physicalinventory.ofbiz.count;

import java.util.Map;

import org.apache.ofbiz.entity.Delegator;
import org.apache.ofbiz.entity.GenericEntityException;
import org.apache.ofbiz.entity.GenericValue;
import org.apache.ofbiz.entity.condition.EntityCondition;
import org.apache.ofbiz.entity.util.EntityQuery;
import org.physicalinventory.ofbiz.RowLocks;
import org.physicalinventory.ofbiz.Transactions;

/**
 * A list's progress as counters on PiListProgress. Whoever adds, removes or counts lines changes
 * them in the same transaction, as the last row it locks (lines first, then the counters: one
 * order, so no deadlock). Counting the lines again is done only when a list has no counters yet.
 */
public final class ListProgress {

    private ListProgress() {
    }

    /** lines and countedLines of the list. */
    public static Map<String, Object> of(Delegator delegator, String piListId) throws GenericEntityException {
        return of(ensure(delegator, piListId));
    }

    private static Map<String, Object> of(GenericValue progress) {
        return Map.of("lines", progress.getLong("lineCount"), "countedLines", progress.getLong("countedLineCount"));
    }

    /** A service's result with the list's lines and countedLines added. */
    static Map<String, Object> addTo(Map<String, Object> result, Delegator delegator, String piListId) throws GenericEntityException {
        return addTo(result, ensure(delegator, piListId));
    }

    /** A service's result with the lines and countedLines of counters already read. */
    static Map<String, Object> addTo(Map<String, Object> result, GenericValue progress) {
        result.putAll(of(progress));
        return result;
    }

    /** The list's counters, made from its lines in a transaction of their own when it has none yet. */
    public static GenericValue ensure(Delegator delegator, String piListId) throws GenericEntityException {
        GenericValue progress = EntityQuery.use(delegator).from("PiListProgress").where("piListId", piListId).queryOne();
        if (progress != null) {
            return progress;
        }
        try {
            return Transactions.retried("Progress of list " + piListId, () -> {
                GenericValue made = delegator.makeValue("PiListProgress", "piListId", piListId, "lineCount", CountLineRows.count(delegator, piListId),
                        "countedLineCount", CountLineRows.countedCount(delegator, piListId));
                return made.create();
            });
        } catch (GenericEntityException | RuntimeException e) {
            if (!Transactions.isConflict(e)) {
                throw e;
            }
            // another device made them at the same moment
            return EntityQuery.use(delegator).from("PiListProgress").where("piListId", piListId).queryOne();
        }
    }

    /**
     * Adds to the counters inside the caller's transaction; they must exist (see {@link #ensure}). Returns them as changed,
     * or null when there was nothing to add.
     */
    static GenericValue add(Delegator delegator, String piListId, long lines, long countedLines) throws GenericEntityException {
        if (lines == 0 && countedLines == 0) {
            return null;
        }
        // read under a lock: two transactions adding at once then queue up instead of losing one
        GenericValue progress = RowLocks.first(delegator, "PiListProgress", EntityCondition.makeCondition("piListId", piListId), "countedLineCount");
        if (progress == null) {
            throw new GenericEntityException("List " + piListId + " has no progress counters");
        }
        progress.set("lineCount", progress.getLong("lineCount") + lines);
        progress.set("countedLineCount", progress.getLong("countedLineCount") + countedLines);
        progress.store();
        return progress;
    }
}
