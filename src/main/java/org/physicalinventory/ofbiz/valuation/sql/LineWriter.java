package org.physicalinventory.ofbiz.valuation.sql;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import org.apache.ofbiz.base.util.Debug;
import org.apache.ofbiz.base.util.UtilMisc;
import org.apache.ofbiz.entity.Delegator;
import org.apache.ofbiz.entity.GenericEntityException;
import org.physicalinventory.ofbiz.Transactions;
import org.physicalinventory.valuation.CarriedStock;
import org.physicalinventory.valuation.CarryForward;
import org.physicalinventory.valuation.ProductValuation;
import org.physicalinventory.valuation.ProductValuation.LotQuantity;

/**
 * Writes the lines of a closing's run in a thread and a transaction of its own while the run reads and values: the
 * lines of the run before go first, the new ones as they come, their lots and the stock a LIFO closing carries forward
 * after them, the header (done, totals) last, and one commit — so a closing holds the lines of one whole run, and the
 * writing overlaps the reading.
 */
public final class LineWriter implements Runnable {

    private static final String MODULE = LineWriter.class.getName();
    /** The end of the lines: an object of its own (compared by identity: an empty batch handed over is not the end). */
    private static final Batch END = new Batch(List.of(), List.of(), null);

    private final Delegator delegator;
    private final String closingId;
    private final Completion completion;
    private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(64);
    private final Thread thread;
    private volatile boolean abandoned;
    private volatile GenericEntityException failure;
    private Written written;
    /** The writer thread's running totals. */
    private long lines;
    private BigDecimal quantity = BigDecimal.ZERO;
    private BigDecimal value = BigDecimal.ZERO;

    /** Lines handed over, and the stock carried forward of their products (none unless by LIFO); or the rows of a closing to copy. */
    private record Batch(List<ProductValuation> lines, List<CarriedStock> carried, Copy copy) {
    }

    /** The rows of closing {@code fromId} to copy, but those of the {@code dropped} products. */
    private record Copy(String fromId, Collection<CarryForward.Stock> dropped) {
    }

    public record Written(long lines, BigDecimal quantity, BigDecimal value) {
    }

    /** The last step of the writing, in its transaction once every line is in: the header says the run is done, or refuses. */
    public interface Completion {
        void complete(Written written) throws GenericEntityException;
    }

    private LineWriter(Delegator delegator, String closingId, Completion completion) {
        this.delegator = delegator;
        this.closingId = closingId;
        this.completion = completion;
        this.thread = new Thread(this, "physinv-closing-" + closingId);
        this.thread.setDaemon(true);
    }

    public static LineWriter start(Delegator delegator, String closingId, Completion completion) {
        LineWriter writer = new LineWriter(delegator, closingId, completion);
        writer.thread.start();
        return writer;
    }

    /** Hands lines over to be written; fails at once when the writing has failed. */
    public void write(List<ProductValuation> lines) throws GenericEntityException {
        write(lines, List.of());
    }

    /** Hands lines over to be written with the stock their products carry forward; fails at once when the writing has failed. */
    public void write(List<ProductValuation> lines, List<CarriedStock> carried) throws GenericEntityException {
        checkFailure();
        put(new Batch(List.copyOf(lines), List.copyOf(carried), null));
    }

    /**
     * The lines, lots and stock carried forward of closing {@code fromId} are the run's too, but those of the {@code dropped} products
     * (copied in the database before the lines handed over, which must be of other products): before any line is handed over.
     */
    public void copy(String fromId, Collection<CarryForward.Stock> dropped) throws GenericEntityException {
        checkFailure();
        put(new Batch(List.of(), List.of(), new Copy(fromId, List.copyOf(dropped))));
    }

    /** Waits for the lines to be written and committed. */
    public Written finish() throws GenericEntityException {
        put(END);
        join();
        checkFailure();
        return written;
    }

    /** The run failed: nothing it handed over is kept. */
    public void abandon() {
        abandoned = true;
        queue.clear();
        queue.offer(END);
        join();
    }

    @Override
    public void run() {
        try {
            written = Transactions.longWrite(this::writeAll);
        } catch (GenericEntityException | RuntimeException e) {
            failure = e instanceof GenericEntityException entityException ? entityException
                    : new GenericEntityException("Closing " + closingId + ": the lines could not be written", e);
            queue.clear();
        }
    }

    /** The whole writing, in the writer's transaction: old lines out, the new lines, their lots, the stock carried forward, the header. */
    private Written writeAll() throws GenericEntityException {
        long started = System.nanoTime();
        delegator.removeByAnd("PiStockClosingLot", UtilMisc.toMap("closingId", closingId));
        delegator.removeByAnd("PiStockClosingLine", UtilMisc.toMap("closingId", closingId));
        long removed = System.nanoTime();
        List<Batch> batches = writeLines();
        // the lots and the carried stock once the lines are in (one bulk insert at a time: on PostgreSQL a COPY holds the connection)
        writeLots(abandoned ? List.of() : batches);
        writeCarried(abandoned ? List.of() : batches);
        if (abandoned) {
            throw new GenericEntityException("closing " + closingId + ": the run failed, its lines are not kept");
        }
        Written done = new Written(lines, quantity, value);
        completion.complete(done);
        Debug.logInfo(String.format("Closing %s: old lines removed in %.2f s, %d lines written by %.2f s", closingId, (removed - started) / 1e9,
                lines, (System.nanoTime() - started) / 1e9), MODULE);
        return done;
    }

    /** The lines as they come, until the run ends or is abandoned; answers the batches written. */
    private List<Batch> writeLines() throws GenericEntityException {
        List<Batch> batches = new ArrayList<>();
        Batch first = take();
        // the stock carried forward once the run has read what it goes on from, which is in the same table: on embedded Derby the
        // removal of thousands of rows locks the whole table, and the run would wait for it
        delegator.removeByAnd("PiStockClosingCarry", UtilMisc.toMap("closingId", closingId));
        delegator.removeByAnd("PiStockClosingCarryItem", UtilMisc.toMap("closingId", closingId));
        if (first.copy() != null && !abandoned) {
            Written copied = ClosingCopy.copy(delegator, first.copy().fromId(), closingId, first.copy().dropped());
            lines += copied.lines();
            quantity = quantity.add(copied.quantity());
            value = value.add(copied.value());
            first = take();
        }
        try (BulkInsert lineRows = new BulkInsert(delegator, "PiStockClosingLine")) {
            for (Batch batch = first; batch != END && !abandoned; batch = take()) {
                batches.add(batch);
                for (ProductValuation line : batch.lines()) {
                    lineRows.add(lineRow(line));
                    quantity = quantity.add(line.quantity());
                    value = value.add(line.value());
                    lines++;
                }
            }
        }
        return batches;
    }

    private void writeLots(List<Batch> batches) throws GenericEntityException {
        try (BulkInsert lotRows = new BulkInsert(delegator, "PiStockClosingLot")) {
            for (Batch batch : batches) {
                for (ProductValuation line : batch.lines()) {
                    for (LotQuantity lot : line.lots()) {
                        lotRows.add(UtilMisc.toMap("closingId", closingId, "facilityId", line.facilityId(), "productId", line.productId(),
                                "lotId", lot.lotId(), "quantity", lot.quantity(), "fifoValue", lot.fifoValue()));
                    }
                }
            }
        }
    }

    private void writeCarried(List<Batch> batches) throws GenericEntityException {
        if (batches.stream().allMatch(batch -> batch.carried().isEmpty())) {
            return;
        }
        try (BulkInsert carriedRows = new BulkInsert(delegator, "PiStockClosingCarry")) {
            for (Batch batch : batches) {
                for (CarriedStock carried : batch.carried()) {
                    carriedRows.add(UtilMisc.toMap("closingId", closingId, "facilityId", carried.facilityId(), "productId", carried.productId(),
                            "carriedStock", carried.toText()));
                }
            }
        }
        if (CarriedHistory.settles(delegator)) {
            writeCarriedItems(batches);
        }
    }

    /** The items each stock carried forward holds, a row each: what the next closing finds what happened since by (see Settled). */
    private void writeCarriedItems(List<Batch> batches) throws GenericEntityException {
        try (BulkInsert itemRows = new BulkInsert(delegator, "PiStockClosingCarryItem")) {
            for (Batch batch : batches) {
                for (CarriedStock carried : batch.carried()) {
                    for (CarriedStock.CarriedItem item : carried.items()) {
                        itemRows.add(UtilMisc.toMap("closingId", closingId, "inventoryItemId", item.itemId(), "facilityId", carried.facilityId(),
                                "productId", carried.productId(), "fallbackCost", item.fallbackCost()));
                    }
                }
            }
        }
    }

    /** A line's row, as a plain map: BulkInsert needs no GenericValue (whose making checks every field, a fifth of the writing). */
    private Map<String, Object> lineRow(ProductValuation line) {
        return UtilMisc.toMap("closingId", closingId, "facilityId", line.facilityId(),
                "productId", line.productId(), "quantity", line.quantity(), "lastCost", line.lastCost(), "averageCost", line.averageCost(),
                "standardCost", line.standardCost(), "fifoValue", line.fifoValue(), "lifoValue", line.lifoValue(),
                "averageValue", line.averageValue(), "lastCostValue", line.lastCostValue(), "standardValue", line.standardValue(),
                "value", line.value(), "unitValue", line.unitValue(), "fallback", line.fallback() ? "Y" : "N",
                "lastMovementDate", Timestamp.from(line.lastMovement()));
    }

    private Batch take() throws GenericEntityException {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            throw new GenericEntityException("closing " + closingId + ": the writing was interrupted", e);
        }
    }

    private void put(Batch batch) throws GenericEntityException {
        try {
            while (!queue.offer(batch, 1, TimeUnit.SECONDS)) {
                checkFailure();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GenericEntityException("interrupted", e);
        }
    }

    private void join() {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void checkFailure() throws GenericEntityException {
        if (failure != null) {
            throw new GenericEntityException("Could not write the lines of closing " + closingId, failure);
        }
    }
}
