package org.physicalinventory.ofbiz.difference;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.ofbiz.base.util.Debug;
import org.apache.ofbiz.entity.Delegator;
import org.apache.ofbiz.entity.GenericEntityException;
import org.apache.ofbiz.entity.GenericValue;
import org.apache.ofbiz.entity.condition.EntityCondition;
import org.apache.ofbiz.entity.condition.EntityOperator;
import org.apache.ofbiz.entity.util.EntityQuery;
import org.apache.ofbiz.service.LocalDispatcher;
import org.physicalinventory.explain.KeptReviewCodec;
import org.physicalinventory.inventory.InventoryStatus;
import org.physicalinventory.ofbiz.Transactions;

/**
 * The kept review of an inventory in the database ({@code PiKeptReview}), so that a server that started since (or another
 * server of the same database) reads it instead of working the whole review out again: its stamp as text and its slices and
 * causes' reading as {@link KeptReviewCodec} bytes. Written in the background, one inventory at a time, the latest review of an
 * inventory only (one asked while another of it waits replaces it), at most once a minute for each; the rows of inventories
 * posted, archived or cancelled are removed as the next one is written.
 */
public final class StoredReview {

    private static final String MODULE = StoredReview.class.getName();
    /**
     * An inventory's review is stored again at most this often (ms): encoding one of 90,000 lines takes seconds of a core, and
     * a stored review somewhat older is as right, only brought up to date from further back.
     */
    private static final long STORE_EVERY = 60_000;
    private static final Map<String, Pending> PENDING = new ConcurrentHashMap<>();
    private static final Map<String, Long> WRITTEN = new ConcurrentHashMap<>();
    private static final ScheduledExecutorService WRITING = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "physinv-review-store");
        thread.setDaemon(true);
        return thread;
    });

    private StoredReview() {
    }

    /** A review to write, with the stamp it was read at. */
    private record Pending(Delegator delegator, String piInventoryId, ReviewChanges.Stamp stamp, KeptReviewCodec.Kept kept) {
    }

    /** The stored review of the inventory, with the stamp it was read at; empty when there is none or it cannot be read back. */
    static Optional<Read> read(Delegator delegator, String piInventoryId) {
        long start = System.nanoTime();
        try {
            GenericValue row = EntityQuery.use(delegator).from("PiKeptReview").where("piInventoryId", piInventoryId).queryOne();
            if (row == null) {
                return Optional.empty();
            }
            byte[] bytes = row.getBytes("keptData");
            long read = System.nanoTime();
            Optional<ReviewChanges.Stamp> stamp = ReviewChanges.Stamp.parse(row.getString("reviewStamp"));
            Optional<KeptReviewCodec.Kept> kept = stamp.isEmpty() || bytes == null ? Optional.empty() : KeptReviewCodec.decode(bytes);
            Debug.logInfo(String.format("Stored review of inventory %s: %d bytes read in %.3f s, decoded in %.3f s%s", piInventoryId,
                    bytes == null ? 0 : bytes.length, (read - start) / 1e9, (System.nanoTime() - read) / 1e9, kept.isEmpty() ? " (another version: not used)" : ""),
                    MODULE);
            return kept.map(k -> new Read(stamp.get(), k));
        } catch (GenericEntityException | RuntimeException e) {
            Debug.logWarning(e, "The stored review of inventory " + piInventoryId + " could not be read; it is worked out again", MODULE);
            return Optional.empty();
        }
    }

    /** A stored review read back. */
    record Read(ReviewChanges.Stamp stamp, KeptReviewCodec.Kept kept) {
    }

    /**
     * Writes the review of the inventory in the background, in a transaction of its own, at once or a minute after the last
     * time it was written; failures are logged only.
     */
    static void keep(Delegator delegator, String piInventoryId, ReviewChanges.Stamp stamp, KeptReviewCodec.Kept kept) {
        String key = delegator.getDelegatorName() + "|" + piInventoryId;
        if (PENDING.put(key, new Pending(delegator, piInventoryId, stamp, kept)) == null) {
            Long last = WRITTEN.get(key);
            long wait = last == null ? 0 : Math.max(0, last + STORE_EVERY - System.currentTimeMillis());
            WRITING.schedule(() -> write(key), wait, TimeUnit.MILLISECONDS);
        }
    }

    /**
     * The reviews stored for inventories not posted yet read back and brought up to date, one after the other in the background
     * (those of at least {@link KeptReview#WARM_FROM} lines), so that their first page after a start finds them kept. Failures are
     * logged only.
     */
    public static void warmAll(Delegator delegator, LocalDispatcher dispatcher) {
        try {
            List<String> stored = EntityQuery.use(delegator).select("piInventoryId").from("PiKeptReview").queryList().stream()
                    .map(row -> row.getString("piInventoryId")).toList();
            if (stored.isEmpty()) {
                return;
            }
            for (GenericValue inventory : EntityQuery.use(delegator).from("PiInventory").where(EntityCondition.makeCondition("piInventoryId",
                    EntityOperator.IN, stored), EntityCondition.makeCondition("postedDate", null), EntityCondition.makeCondition("statusId",
                    EntityOperator.IN, List.of(InventoryStatus.COUNTING.statusId(), InventoryStatus.COUNTED.statusId()))).queryList()) {
                KeptReview.warm(delegator, dispatcher, inventory);
            }
        } catch (GenericEntityException e) {
            Debug.logWarning(e, "The stored reviews were not read back in advance", MODULE);
        }
    }

    /** Writes now every review handed to {@link #keep} so far and waits (for tests: a review worked out anew needs none stored). */
    public static void awaitWritten() throws InterruptedException, ExecutionException {
        WRITING.submit(() -> List.copyOf(PENDING.keySet()).forEach(StoredReview::write)).get();
    }

    private static void write(String key) {
        Pending pending = PENDING.remove(key);
        if (pending == null) {
            return; // written already, by awaitWritten
        }
        WRITTEN.put(key, System.currentTimeMillis());
        long start = System.nanoTime();
        try {
            byte[] bytes = KeptReviewCodec.encode(pending.kept());
            long encoded = System.nanoTime();
            Delegator delegator = pending.delegator();
            Transactions.apart(() -> {
                GenericValue row = delegator.makeValue("PiKeptReview", Map.of("piInventoryId", pending.piInventoryId()));
                row.set("reviewStamp", pending.stamp().text());
                row.setBytes("keptData", bytes);
                delegator.createOrStore(row);
                return null;
            });
            long written = System.nanoTime();
            Transactions.apart(() -> removeDone(delegator));
            Debug.logInfo(String.format("Stored review of inventory %s: %d bytes, encoded in %.3f s, written in %.3f s", pending.piInventoryId(),
                    bytes.length, (encoded - start) / 1e9, (written - encoded) / 1e9), MODULE);
        } catch (GenericEntityException | RuntimeException e) {
            // another server may have written it at the same time: it stands, right as of its own stamp
            Debug.logWarning(e, "The review of inventory " + pending.piInventoryId() + " was not stored", MODULE);
        }
    }

    /** Removes the stored reviews of inventories posted, archived or cancelled: their review screen no longer reads them. */
    private static Void removeDone(Delegator delegator) throws GenericEntityException {
        List<String> stored = EntityQuery.use(delegator).select("piInventoryId").from("PiKeptReview").queryList().stream()
                .map(row -> row.getString("piInventoryId")).toList();
        if (stored.isEmpty()) {
            return null;
        }
        List<String> done = EntityQuery.use(delegator).select("piInventoryId").from("PiInventory").where(EntityCondition.makeCondition(
                EntityCondition.makeCondition("piInventoryId", EntityOperator.IN, stored), EntityCondition.makeCondition(
                        EntityCondition.makeCondition("postedDate", EntityOperator.NOT_EQUAL, null), EntityOperator.OR,
                        EntityCondition.makeCondition("statusId", EntityOperator.IN, List.of(InventoryStatus.POSTED.statusId(),
                                InventoryStatus.CLOSED.statusId(), InventoryStatus.CANCELLED.statusId())))))
                .queryList().stream().map(row -> row.getString("piInventoryId")).toList();
        if (!done.isEmpty()) {
            delegator.removeByCondition("PiKeptReview", EntityCondition.makeCondition("piInventoryId", EntityOperator.IN, done));
        }
        return null;
    }
}
