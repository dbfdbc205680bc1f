package org.physicalinventory.ofbiz.difference;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javax.transaction.Status;
import javax.transaction.Synchronization;

import org.apache.ofbiz.base.util.Debug;
import org.apache.ofbiz.base.util.cache.UtilCache;
import org.apache.ofbiz.entity.Delegator;
import org.apache.ofbiz.entity.GenericEntityException;
import org.apache.ofbiz.entity.GenericValue;
import org.apache.ofbiz.entity.transaction.GenericTransactionException;
import org.apache.ofbiz.entity.transaction.TransactionUtil;
import org.apache.ofbiz.service.GenericServiceException;
import org.apache.ofbiz.service.LocalDispatcher;
import org.physicalinventory.count.LineKey;
import org.physicalinventory.difference.CountedLine;
import org.physicalinventory.difference.Difference;
import org.physicalinventory.difference.ReviewSlices;
import org.physicalinventory.difference.ReviewTotals;
import org.physicalinventory.difference.SlicedReview.Reviewed;

/**
 * The review of an inventory not posted yet, as the review screen pages through it: worked out once (slice by slice, see
 * {@link ReviewStream}) and kept while nothing it depends on changes, so that each page, filter and total of the screen
 * costs one aggregate query (the inventory's lines and the facility's items: how many and when last changed; the cancelled
 * lists and the stock-difference parameters) and no new review. When only lines and items changed or came since (counts
 * stored, stock moved), the slices of their keys alone are reviewed again ({@link ReviewSlices}); anything else, or a line of
 * a key the review does not have, works the whole review out again. Kept for four inventories at once, in this server's
 * memory (about 0.85 KB a line: 100,000 lines take some 85 MB), for {@link #MINUTES} minutes at most (memory may take it
 * back sooner): a change of a product's average or standard cost alone, which only found stock is valued at, shows within
 * that time.
 */
final class KeptReview {

    private static final String MODULE = KeptReview.class.getName();
    static final int MINUTES = 10;
    private static final UtilCache<String, KeptReview> KEPT = UtilCache.createUtilCache("physinv.review.kept", 0, 4, MINUTES * 60_000L, true);
    /** Inventories of fewer lines are reviewed when a page asks: quick enough. */
    static final long WARM_FROM = 5_000;
    private static final Map<String, Object> WORKING = new ConcurrentHashMap<>();
    private static final ExecutorService WARMING = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "physinv-review-warm");
        thread.setDaemon(true);
        return thread;
    });

    private final ReviewChanges.Stamp stamp;
    private final ReviewSlices slices;

    private KeptReview(ReviewChanges.Stamp stamp, ReviewSlices slices) {
        this.stamp = stamp;
        this.slices = slices;
    }

    /** The review of the inventory as it stands now: the one kept, brought up to date, or worked out again. */
    static KeptReview of(Delegator delegator, LocalDispatcher dispatcher, GenericValue inventory)
            throws GenericEntityException, GenericServiceException {
        String key = delegator.getDelegatorName() + "|" + inventory.getString("piInventoryId");
        ReviewChanges changes = new ReviewChanges(delegator);
        ReviewChanges.Stamp stamp = changes.stamp(inventory);
        KeptReview kept = KEPT.get(key);
        if (kept != null && kept.stamp.equals(stamp)) {
            return kept;
        }
        // one reading at a time per inventory: a page asked while the review is worked out (in the background or for another
        // page) waits for it rather than working it out too
        synchronized (WORKING.computeIfAbsent(key, k -> new Object())) {
            KeptReview meanwhile = KEPT.get(key);
            if (meanwhile != null && meanwhile != kept) {
                // worked out while this page waited: still the inventory as it stands?
                stamp = changes.stamp(inventory);
                if (meanwhile.stamp.equals(stamp)) {
                    return meanwhile;
                }
            }
            return workedOut(delegator, dispatcher, inventory, key, stamp, meanwhile, changes);
        }
    }

    /**
     * Works the review of an inventory of at least {@link #WARM_FROM} lines out in the background once the current transaction
     * commits (at once without one), so that the review screen's first page finds it kept (when its counting closes: the
     * reviewer's first page comes next). Failures are logged only.
     */
    static void warm(Delegator delegator, LocalDispatcher dispatcher, GenericValue inventory) throws GenericTransactionException {
        if (!TransactionUtil.isTransactionInPlace()) {
            warmNow(delegator, dispatcher, inventory);
            return;
        }
        TransactionUtil.registerSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    warmNow(delegator, dispatcher, inventory);
                }
            }
        });
    }

    private static void warmNow(Delegator delegator, LocalDispatcher dispatcher, GenericValue inventory) {
        WARMING.execute(() -> {
            try {
                if (new ReviewChanges(delegator).stamp(inventory).lines() >= WARM_FROM) {
                    of(delegator, dispatcher, inventory);
                }
            } catch (GenericEntityException | GenericServiceException | RuntimeException e) {
                Debug.logWarning(e, "The review of inventory " + inventory.get("piInventoryId") + " was not worked out in advance", MODULE);
            }
        });
    }

    private static KeptReview workedOut(Delegator delegator, LocalDispatcher dispatcher, GenericValue inventory, String key,
            ReviewChanges.Stamp stamp, KeptReview kept, ReviewChanges changes) throws GenericEntityException, GenericServiceException {
        long start = System.nanoTime();
        ReviewSlices slices = kept == null || !stamp.followsInPart(kept.stamp) ? null : kept.inPart(delegator, dispatcher, inventory, changes);
        String how = slices == null ? "whole" : "in part";
        if (slices == null) {
            List<Reviewed> reviewed = new ArrayList<>();
            ReviewStream.review(delegator, dispatcher, inventory, reviewed::add);
            slices = ReviewSlices.of(reviewed, ReviewStream.KEYS_PER_SLICE);
        }
        kept = new KeptReview(stamp, slices);
        KEPT.put(key, kept);
        Debug.logInfo(String.format("Reviewed inventory %s (%s): %d differences in %.2f s", inventory.get("piInventoryId"), how,
                slices.differences().size(), (System.nanoTime() - start) / 1e9), MODULE);
        return kept;
    }

    /**
     * This review brought up to date by reviewing again the slices of the lines and items changed since it was kept; null when
     * the whole review must be worked out again: too many changes, a line of a key it does not have, or more than half the slices.
     */
    private ReviewSlices inPart(Delegator delegator, LocalDispatcher dispatcher, GenericValue inventory, ReviewChanges changes)
            throws GenericEntityException, GenericServiceException {
        List<LineKey> lines = changes.linesChanged(inventory, stamp.linesChanged());
        List<LineKey> items = lines == null ? null : changes.itemsChanged(inventory, stamp.itemsChanged());
        if (items == null || !lines.stream().allMatch(slices::holds)) {
            return null;
        }
        Set<LineKey> changed = new HashSet<>(lines);
        changed.addAll(items);
        Set<Integer> touched = slices.touchedBy(changed);
        if (touched.size() * 2 > slices.sliceCount()) {
            return null;
        }
        long start = System.nanoTime();
        Map<Integer, List<Reviewed>> again = ReviewStream.again(delegator, dispatcher, inventory, slices, touched);
        long reviewed = System.nanoTime();
        ReviewSlices replaced = again == null ? null : slices.replacing(again).orElse(null);
        Debug.logInfo(String.format("Review of inventory %s: %d lines and %d items changed, %d of %d slices reviewed again in %.3f s, kept in %.3f s",
                inventory.get("piInventoryId"), lines.size(), items.size(), touched.size(), slices.sliceCount(), (reviewed - start) / 1e9,
                (System.nanoTime() - reviewed) / 1e9), MODULE);
        return replaced;
    }

    List<Difference> differences() {
        return slices.differences();
    }

    ReviewTotals totals() {
        return slices.totals();
    }

    /** The lines of a key counted on two lists, the standing one first. */
    List<CountedLine> conflictLines(LineKey key) {
        return slices.conflictLines(key);
    }
}
