package org.physicalinventory.ofbiz.difference;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

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
import org.physicalinventory.explain.CauseKind;
import org.physicalinventory.explain.ExplainedLine;
import org.physicalinventory.explain.KeptReviewCodec;
import org.physicalinventory.explain.LikelyCause;
import org.physicalinventory.explain.Movement;

/**
 * The review of an inventory not posted yet, as the review screen pages through it: worked out once (slice by slice, see
 * {@link ReviewStream}) and kept while nothing it depends on changes, so that each page, filter and total of the screen
 * costs one aggregate query (the inventory's lines and the facility's items: how many and when last changed; the cancelled
 * lists and the stock-difference parameters) and no new review. When only lines and items changed or came since (counts
 * stored, stock moved), the slices of their keys alone are reviewed again ({@link ReviewSlices}); anything else, or a line of
 * a key the review does not have, works the whole review out again. Kept for four inventories at once, in this server's
 * memory (about 0.85 KB a line: 100,000 lines take some 85 MB), for {@link #MINUTES} minutes at most (memory may take it
 * back sooner): a change of a product's average or standard cost alone, which only found stock is valued at, shows within
 * that time. Each review worked out is also stored in the database ({@link StoredReview}), and a server with none in memory
 * (just started, or memory took it back) reads the stored one as if it had kept it.
 * The likely causes of the differences are worked out with it, once per review worked out ({@link ReviewCauses}); brought up
 * to date in part, only the changed keys' movements are read again and only their rules run again while the transfers under
 * way and the counted locations are as they were. A review kept without them (asked with causes=N, to measure
 * what they cost) is kept apart.
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

    /** Reviews a page asked for and stopped waiting for: worked out all the same, for the page's next request. */
    private static final ExecutorService ASKED = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "physinv-review-asked");
        thread.setDaemon(true);
        return thread;
    });

    private final ReviewChanges.Stamp stamp;
    private final ReviewSlices slices;
    private final Map<LineKey, ExplainedLine> explained;
    private Map<LineKey, List<LikelyCause>> causes = Map.of();
    /** What the causes were worked out from; null without them. */
    private ReviewCauses.Reading reading;
    /** The transfers and counted locations the causes were worked out with; null when not known (read back from the database). */
    private ReviewCauses.Basis basis;
    /**
     * Brought up to date in part: the keys whose causes are worked out again, those changed since the review it came from and any
     * whose line as the rules see it (book, count, count time) is not what it was, or that came or went; else null.
     */
    private Set<LineKey> changedSince;
    private volatile List<Difference> byCause;
    /** The rows written just before its stamp was read, as it saw them. */
    private ReviewChanges.Seen seen = ReviewChanges.Seen.NONE;
    /** Read back as it was stored ({@link StoredReview}), not worked out by this server. */
    private boolean stored;

    private KeptReview(ReviewChanges.Stamp stamp, ReviewSlices slices, Map<LineKey, ExplainedLine> explained) {
        this.stamp = stamp;
        this.slices = slices;
        this.explained = explained;
    }

    /**
     * The review of the inventory as it stands now, with the likely causes of its differences: the one kept, brought up to date,
     * or worked out again.
     */
    static KeptReview of(Delegator delegator, LocalDispatcher dispatcher, GenericValue inventory)
            throws GenericEntityException, GenericServiceException {
        ReviewChanges changes = new ReviewChanges(delegator);
        return of(delegator, dispatcher, inventory, true, changes, changes.stamp(inventory));
    }

    /** The review of the inventory as it stood when this stamp was read. */
    private static KeptReview of(Delegator delegator, LocalDispatcher dispatcher, GenericValue inventory, boolean withCauses,
            ReviewChanges changes, ReviewChanges.Stamp stamp) throws GenericEntityException, GenericServiceException {
        String key = key(delegator, inventory, withCauses);
        KeptReview kept = KEPT.get(key);
        if (kept != null && kept.stamp.sameAs(stamp)) {
            return kept;
        }
        // one reading at a time per inventory: a page asked while the review is worked out (in the background or for another
        // page) waits for it rather than working it out too
        synchronized (WORKING.computeIfAbsent(key, k -> new Object())) {
            KeptReview meanwhile = KEPT.get(key);
            if (meanwhile != null && meanwhile != kept) {
                // worked out while this page waited: of the inventory as it stood when the page was asked, or as it stands now?
                if (meanwhile.stamp.sameAs(stamp)) {
                    return meanwhile;
                }
                stamp = changes.stamp(inventory);
                if (meanwhile.stamp.sameAs(stamp)) {
                    return meanwhile;
                }
            }
            if (meanwhile == null && withCauses) {
                // none in this server's memory (it started since, or memory took it back): the one stored, when there is one
                meanwhile = stored(delegator, inventory);
            }
            return workedOut(new Working(delegator, dispatcher, inventory, changes, withCauses), key, stamp, meanwhile);
        }
    }

    /**
     * A review as a page can show it without waiting longer than it may: the review as the inventory stands now, or, for an
     * inventory of at least {@link #WARM_FROM} lines whose review is not worked out within the time given, the one this server
     * kept before (null when it kept none) while the review goes on being worked out in the background.
     *
     * @param current false: the review is not as the inventory stands now (or missing), and is being worked out
     */
    record Shown(KeptReview review, boolean current) {
    }

    /**
     * The review of the inventory for a page that may spend so many milliseconds on it at most (0 or less: as long as it takes).
     * What the review depends on is read first, as for every page: a review kept as of it is shown at once; else the page waits
     * what is left of its time for the review to be worked out.
     *
     * @param withCauses false: without the likely causes (kept apart from the review with them)
     */
    static Shown within(Delegator delegator, LocalDispatcher dispatcher, GenericValue inventory, boolean withCauses, long millis)
            throws GenericEntityException, GenericServiceException {
        long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        ReviewChanges changes = new ReviewChanges(delegator);
        ReviewChanges.Stamp stamp = changes.stamp(inventory);
        if (millis <= 0 || stamp.lines() < WARM_FROM) {
            return new Shown(of(delegator, dispatcher, inventory, withCauses, changes, stamp), true);
        }
        KeptReview kept = KEPT.get(key(delegator, inventory, withCauses));
        if (kept != null && kept.stamp.sameAs(stamp)) {
            return new Shown(kept, true);
        }
        Future<KeptReview> asked = ASKED.submit(() -> {
            try {
                return of(delegator, dispatcher, inventory, withCauses, changes, stamp);
            } catch (GenericEntityException | GenericServiceException | RuntimeException e) {
                Debug.logWarning(e, "The review of inventory " + inventory.get("piInventoryId") + " was not worked out", MODULE);
                throw e;
            }
        });
        try {
            return new Shown(asked.get(Math.max(0, until - System.nanoTime()), TimeUnit.NANOSECONDS), true);
        } catch (TimeoutException e) {
            return new Shown(kept, false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GenericServiceException("Interrupted while the review of inventory " + inventory.get("piInventoryId") + " was worked out", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof GenericEntityException entity) {
                throw entity;
            }
            if (e.getCause() instanceof GenericServiceException service) {
                throw service;
            }
            throw new GenericServiceException("The review of inventory " + inventory.get("piInventoryId") + " was not worked out", e.getCause());
        }
    }

    private static String key(Delegator delegator, GenericValue inventory, boolean withCauses) {
        return delegator.getDelegatorName() + "|" + inventory.getString("piInventoryId") + (withCauses ? "" : "|without causes");
    }

    private static Map<String, Instant> instants(Map<String, Timestamp> stamps) {
        if (stamps == null) {
            return null;
        }
        Map<String, Instant> instants = new HashMap<>(stamps.size() * 2);
        stamps.forEach((id, stamp) -> instants.put(id, stamp.toInstant()));
        return instants;
    }

    private static Map<String, Timestamp> timestamps(Map<String, Instant> instants) {
        if (instants == null) {
            return null;
        }
        Map<String, Timestamp> stamps = new HashMap<>(instants.size() * 2);
        instants.forEach((id, at) -> stamps.put(id, Timestamp.from(at)));
        return stamps;
    }

    /** The review stored for the inventory (by this server or another), as it was when stored; null when none is. */
    private static KeptReview stored(Delegator delegator, GenericValue inventory) {
        return StoredReview.read(delegator, inventory.getString("piInventoryId")).map(read -> {
            ReviewSlices slices = ReviewSlices.ofSlices(read.kept().slices());
            Map<LineKey, ExplainedLine> explained = new HashMap<>();
            slices.slices().forEach(slice -> slice.forEach(one -> explained.put(one.difference().key(), ReviewCauses.line(one.difference(), one.lines()))));
            KeptReview review = new KeptReview(read.stamp(), slices, explained);
            Map<LineKey, List<Movement>> movements = new HashMap<>();
            read.kept().movements().forEach(m -> movements.computeIfAbsent(m.key(), k -> new ArrayList<>()).add(m));
            review.reading = new ReviewCauses.Reading(read.kept().window(), movements, read.kept().packs());
            review.seen = new ReviewChanges.Seen(timestamps(read.kept().seenLines()), timestamps(read.kept().seenItems()));
            review.stored = true;
            return review;
        }).orElse(null);
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

    /** Waits until every review asked for in advance so far is worked out (for tests). */
    static void awaitWarmed() throws InterruptedException, ExecutionException {
        WARMING.submit(() -> {
        }).get();
    }

    private static void warmNow(Delegator delegator, LocalDispatcher dispatcher, GenericValue inventory) {
        WARMING.execute(() -> {
            try {
                ReviewChanges changes = new ReviewChanges(delegator);
                ReviewChanges.Stamp stamp = changes.stamp(inventory);
                if (stamp.lines() >= WARM_FROM) {
                    of(delegator, dispatcher, inventory, true, changes, stamp);
                }
            } catch (GenericEntityException | GenericServiceException | RuntimeException e) {
                Debug.logWarning(e, "The review of inventory " + inventory.get("piInventoryId") + " was not worked out in advance", MODULE);
            }
        });
    }

    /** What working a review out needs. */
    private record Working(Delegator delegator, LocalDispatcher dispatcher, GenericValue inventory, ReviewChanges changes, boolean withCauses) {
    }

    private static KeptReview workedOut(Working working, String key, ReviewChanges.Stamp stamp, KeptReview kept)
            throws GenericEntityException, GenericServiceException {
        long start = System.nanoTime();
        KeptReview review;
        String how;
        if (kept != null && kept.stored && kept.stamp.sameAs(stamp)) {
            // as it was stored: only its causes are worked out again (the transfers and the rules over what was read)
            review = kept;
            review.changedSince = Set.of();
            how = "as stored";
        } else {
            review = kept == null || !stamp.followsInPart(kept.stamp) ? null : kept.inPart(working, stamp);
            how = review == null ? "whole" : kept.stored ? "in part, from the stored review" : "in part";
        }
        if (review == null) {
            // before the review reads its lines and items: what it will have seen of the rows written just before its stamp
            ReviewChanges.Seen seen = working.changes().seen(working.inventory(), stamp);
            List<Reviewed> reviewed = new ArrayList<>();
            ReviewStream.review(working.delegator(), working.dispatcher(), working.inventory(), holdsItems(stamp), reviewed::add);
            Map<LineKey, ExplainedLine> explained = new HashMap<>();
            reviewed.forEach(one -> explained.put(one.difference().key(), ReviewCauses.line(one.difference(), one.lines())));
            review = new KeptReview(stamp, ReviewSlices.of(reviewed, ReviewStream.KEYS_PER_SLICE), explained);
            review.seen = seen;
        }
        long causesStart = System.nanoTime();
        if (working.withCauses()) {
            List<ExplainedLine> all = new ArrayList<>(review.explained.values());
            ReviewCauses.Explained explained = review.changedSince != null && kept.reading != null
                    ? ReviewCauses.again(working.delegator(), working.inventory(), all, kept.reading, kept.causes, kept.basis, review.changedSince)
                    : ReviewCauses.of(working.delegator(), working.inventory(), all);
            review.causes = explained.causes();
            review.reading = explained.reading();
            review.basis = explained.basis();
        }
        review.changedSince = null;
        KEPT.put(key, review);
        if (working.withCauses() && !review.stored) {
            StoredReview.keep(working.delegator(), working.inventory().getString("piInventoryId"), review.stamp, new KeptReviewCodec.Kept(
                    review.slices.slices(), review.reading.window(), review.reading.movements().values().stream().flatMap(List::stream).toList(),
                    review.reading.packs(), instants(review.seen.lines()), instants(review.seen.items())));
        }
        Debug.logInfo(String.format("Reviewed inventory %s (%s): %d differences in %.2f s (likely causes: %s)", working.inventory().get("piInventoryId"),
                how, review.slices.differences().size(), (System.nanoTime() - start) / 1e9, working.withCauses() ? String.format("%d keys in %.2f s",
                review.causes.size(), (System.nanoTime() - causesStart) / 1e9) : "not asked"), MODULE);
        return review;
    }

    /**
     * Whether a whole review reads the facility's items at once rather than slice by slice: when the inventory has at least a
     * quarter as many lines as the facility has items (one scan of the items then costs less than a join per slice, by far on
     * embedded Derby).
     */
    static boolean holdsItems(ReviewChanges.Stamp stamp) {
        return stamp.lines() * 4 >= stamp.items();
    }

    /**
     * This review brought up to date by reviewing again the slices of the lines and items changed since it was kept; null when
     * the whole review must be worked out again: too many changes, a line of a key it does not have, or more than half the slices.
     */
    private KeptReview inPart(Working working, ReviewChanges.Stamp now) throws GenericEntityException, GenericServiceException {
        GenericValue inventory = working.inventory();
        // what changed since this review's stamp was read (rows stamped up to MARGIN_MILLIS earlier: their transactions began then)
        List<ReviewChanges.Row> lineRows = working.changes().linesSince(inventory, stamp.read(), now);
        List<ReviewChanges.Row> itemRows = lineRows == null ? null : working.changes().itemsSince(inventory, stamp.read(), now);
        if (itemRows == null) {
            return null;
        }
        // rows this review saw within the margin and still as it saw them have not changed
        List<LineKey> lines = ReviewChanges.Seen.changed(lineRows, seen.lines());
        List<LineKey> items = ReviewChanges.Seen.changed(itemRows, seen.items());
        // something changed that no row stamped since says (written by a transaction longer than the margin): worked out whole
        if (lines.isEmpty() && items.isEmpty() || lines.size() + items.size() > ReviewChanges.MOST_CHANGES || !lines.stream().allMatch(slices::holds)) {
            return null;
        }
        Set<LineKey> changed = new HashSet<>(lines);
        changed.addAll(items);
        Set<Integer> touched = slices.touchedBy(changed);
        if (touched.size() * 2 > slices.sliceCount()) {
            return null;
        }
        long start = System.nanoTime();
        Map<Integer, List<Reviewed>> again = ReviewStream.again(working.delegator(), working.dispatcher(), inventory, slices, touched, holdsItems(now));
        long reviewed = System.nanoTime();
        ReviewSlices replaced = again == null ? null : slices.replacing(again).orElse(null);
        Debug.logInfo(String.format("Review of inventory %s: %d lines and %d items changed, %d of %d slices reviewed again in %.3f s, kept in %.3f s",
                inventory.get("piInventoryId"), lines.size(), items.size(), touched.size(), slices.sliceCount(), (reviewed - start) / 1e9,
                (System.nanoTime() - reviewed) / 1e9), MODULE);
        if (replaced == null) {
            return null;
        }
        // the keys of the slices reviewed again are explained anew, and those that came, went or differ explained again (their causes);
        // the others as they were
        Map<LineKey, ExplainedLine> explainedNow = new HashMap<>(explained);
        Set<LineKey> explainedAgain = new HashSet<>(changed);
        touched.forEach(slice -> slices.keys(slice).forEach(key -> {
            explainedNow.remove(key);
            explainedAgain.add(key);
        }));
        again.values().forEach(slice -> slice.forEach(one -> {
            ExplainedLine line = ReviewCauses.line(one.difference(), one.lines());
            explainedNow.put(line.key(), line);
            if (line.equals(explained.get(line.key())) && !changed.contains(line.key())) {
                explainedAgain.remove(line.key()); // as it was
            } else {
                explainedAgain.add(line.key()); // came or differs
            }
        }));
        KeptReview review = new KeptReview(now, replaced, explainedNow);
        review.seen = ReviewChanges.Seen.of(lineRows, itemRows, now.read());
        review.changedSince = explainedAgain;
        return review;
    }

    /** When what the review depends on was read: the inventory as it stood then. */
    Timestamp asOf() {
        return stamp.read();
    }

    /** The likely causes of a key's difference, in the order of their kinds; none when there are none or they were not asked. */
    List<LikelyCause> causes(LineKey key) {
        return causes.getOrDefault(key, List.of());
    }

    /** A key's difference as the rules saw it (with the time of its latest count), or null when the review has no such key. */
    ExplainedLine explained(LineKey key) {
        return explained.get(key);
    }

    /** The differences, those with a likely cause first in the order of their first cause's kind, each kind in the review's order. */
    List<Difference> differencesByCause() {
        if (byCause == null) {
            List<Difference> sorted = new ArrayList<>(differences());
            sorted.sort(Comparator.comparingInt(d -> causes(d.key()).stream().findFirst().map(c -> c.kind().ordinal())
                    .orElse(CauseKind.values().length)));
            byCause = sorted;
        }
        return byCause;
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
