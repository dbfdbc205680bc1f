package org.physicalinventory.ofbiz.count;

import java.util.ArrayList;
import java.util.List;

import org.apache.ofbiz.base.util.Debug;
import org.apache.ofbiz.entity.Delegator;
import org.apache.ofbiz.entity.GenericEntityException;
import org.apache.ofbiz.entity.GenericValue;
import org.apache.ofbiz.entity.util.EntityQuery;
import org.physicalinventory.count.CountOutcome;
import org.physicalinventory.count.CountRecorder;
import org.physicalinventory.count.ListOptions;
import org.physicalinventory.count.Read;
import org.physicalinventory.ofbiz.Transactions;

/**
 * Reads of one list stored many to a transaction: the count grid's page saved at once, a file of counts imported. Each
 * read is decided by the counting rules ({@link CountRecorder}) on a store of its own (its origin, the count its line had
 * before it), as a handheld's read is; the list's progress counters change once per transaction, last, as for every read.
 * A transaction the database gives up because of another one (a handheld counting the same line) runs again; one that
 * fails otherwise runs again read by read, so that only the read that fails is lost, answered as a failure of the server.
 */
public final class ReadBatch {

    private static final String MODULE = ReadBatch.class.getName();

    private ReadBatch() {
    }

    /**
     * A read to store.
     *
     * @param newLotId a lot OFBiz does not know yet, made with the read (stock found with a new lot); or null
     */
    record Item(CountServices.Counted counted, ReadOrigin origin, String newLotId) {
    }

    /** Who stores the reads on which list. */
    record Target(Delegator delegator, GenericValue list, String facilityId, String userLoginId) {

        String piListId() {
            return list.getString("piListId");
        }
    }

    /** Stores the reads, {@code chunk} to a transaction; the outcome of each, in their order. */
    static List<CountOutcome> store(Target target, List<Item> items, int chunk) throws GenericEntityException {
        ListProgress.ensure(target.delegator(), target.piListId());
        List<CountOutcome> outcomes = new ArrayList<>(items.size());
        for (int from = 0; from < items.size(); from += chunk) {
            List<Item> part = items.subList(from, Math.min(items.size(), from + chunk));
            try {
                outcomes.addAll(Transactions.retried(part.size() + " reads on list " + target.piListId(), () -> storeAll(target, part)));
            } catch (GenericEntityException | RuntimeException e) {
                if (part.size() > 1) {
                    Debug.logWarning(e, part.size() + " reads on list " + target.piListId() + " failed together: stored one by one", MODULE);
                    outcomes.addAll(store(target, part, 1));
                } else {
                    Debug.logError(e, "Read " + part.get(0).counted().read().scanKey() + " on list " + target.piListId() + " not stored", MODULE);
                    outcomes.add(new CountOutcome.Refused("PhysInvErrorServer"));
                }
            }
        }
        return outcomes;
    }

    /**
     * Stores reads of one list as the counting API stores a read ({@code recordPiCount}): each in a short transaction of its own,
     * the list's progress with it; the reference the import's benchmark compares with.
     */
    public static List<CountOutcome> storeEach(Delegator delegator, GenericValue list, String facilityId, String userLoginId, List<Read> reads,
            ReadOrigin origin) throws GenericEntityException {
        List<Item> items = new ArrayList<>(reads.size());
        reads.forEach(read -> items.add(new Item(new CountServices.Counted(read, ListOptions.BACK_OFFICE), origin, null)));
        return store(new Target(delegator, list, facilityId, userLoginId), items, 1);
    }

    /** The reads in the caller's transaction, then the list's progress. */
    private static List<CountOutcome> storeAll(Target target, List<Item> items) throws GenericEntityException {
        List<CountOutcome> outcomes = new ArrayList<>(items.size());
        long added = 0;
        long counted = 0;
        for (Item item : items) {
            if (item.newLotId() != null && EntityQuery.use(target.delegator()).from("Lot").where("lotId", item.newLotId()).queryOne() == null) {
                target.delegator().create("Lot", "lotId", item.newLotId());
            }
            EntityCountStore store = new EntityCountStore(target.delegator(), target.list(), target.facilityId(), target.userLoginId(),
                    item.origin());
            outcomes.add(CountRecorder.record(item.counted().options(), item.counted().read(), store));
            added += store.linesAdded();
            counted += store.linesCounted();
        }
        ListProgress.add(target.delegator(), target.piListId(), added, counted);
        return outcomes;
    }
}
