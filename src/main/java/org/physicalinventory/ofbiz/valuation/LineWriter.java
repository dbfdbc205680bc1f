package org.physicalinventory.ofbiz.valuation;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import org.apache.ofbiz.base.util.Debug;
import org.apache.ofbiz.base.util.UtilDateTime;
import org.apache.ofbiz.base.util.UtilMisc;
import org.apache.ofbiz.entity.Delegator;
import org.apache.ofbiz.entity.GenericEntityException;
import org.apache.ofbiz.entity.GenericValue;
import org.apache.ofbiz.entity.transaction.TransactionUtil;
import org.physicalinventory.ofbiz.valuation.ClosingRun.Outcome;
import org.physicalinventory.valuation.ClosingStatus;
import org.physicalinventory.valuation.ProductValuation;
import org.physicalinventory.valuation.ProductValuation.LotQuantity;

/**
 * Writes the lines of a closing's run in a thread and a transaction of its own while the run reads and values: the
 * lines of the run before go first, the new ones as they come, the header (done, totals) last, and one commit — so a
 * closing holds the lines of one whole run, and the writing overlaps the reading.
 */
final class LineWriter implements Runnable {

    private static final String MODULE = LineWriter.class.getName();
    private static final List<ProductValuation> END = List.of();

    private final Delegator delegator;
    private final String closingId;
    private final String currency;
    private final BlockingQueue<List<ProductValuation>> queue = new ArrayBlockingQueue<>(64);
    private final Thread thread;
    private volatile boolean abandoned;
    private volatile Exception failure;
    private Outcome outcome;

    private LineWriter(Delegator delegator, String closingId, String currency) {
        this.delegator = delegator;
        this.closingId = closingId;
        this.currency = currency;
        this.thread = new Thread(this, "physinv-closing-" + closingId);
        this.thread.setDaemon(true);
    }

    static LineWriter start(Delegator delegator, String closingId, String currency) {
        LineWriter writer = new LineWriter(delegator, closingId, currency);
        writer.thread.start();
        return writer;
    }

    /** Hands lines over to be written; fails at once when the writing has failed. */
    void write(List<ProductValuation> lines) throws GenericEntityException {
        checkFailure();
        put(List.copyOf(lines));
    }

    /** Waits for the lines to be written and committed. */
    Outcome finish() throws GenericEntityException {
        put(END);
        join();
        checkFailure();
        return outcome;
    }

    /** The run failed: nothing it handed over is kept. */
    void abandon() {
        abandoned = true;
        queue.clear();
        queue.offer(END);
        join();
    }

    @Override
    public void run() {
        boolean began = false;
        try {
            began = TransactionUtil.begin(3600);
            long started = System.nanoTime();
            delegator.removeByAnd("PiStockClosingLot", UtilMisc.toMap("closingId", closingId));
            delegator.removeByAnd("PiStockClosingLine", UtilMisc.toMap("closingId", closingId));
            long removed = System.nanoTime();
            long lines = 0;
            BigDecimal quantity = BigDecimal.ZERO;
            BigDecimal value = BigDecimal.ZERO;
            List<List<ProductValuation>> written = new ArrayList<>();
            try (BulkInsert lineRows = new BulkInsert(delegator, "PiStockClosingLine")) {
                for (List<ProductValuation> batch = queue.take(); batch != END && !abandoned; batch = queue.take()) {
                    written.add(batch);
                    for (ProductValuation line : batch) {
                        lineRows.add(lineRow(line));
                        quantity = quantity.add(line.quantity());
                        value = value.add(line.value());
                        lines++;
                    }
                }
            }
            // the lots once the lines are in (one bulk insert at a time: on PostgreSQL a COPY holds the connection)
            try (BulkInsert lotRows = new BulkInsert(delegator, "PiStockClosingLot")) {
                for (List<ProductValuation> batch : abandoned ? List.<List<ProductValuation>>of() : written) {
                    for (ProductValuation line : batch) {
                        for (LotQuantity lot : line.lots()) {
                            lotRows.add(UtilMisc.toMap("closingId", closingId, "facilityId", line.facilityId(), "productId", line.productId(),
                                    "lotId", lot.lotId(), "quantity", lot.quantity(), "fifoValue", lot.fifoValue()));
                        }
                    }
                }
            }
            if (abandoned) {
                throw new GenericEntityException("closing " + closingId + ": the run failed, its lines are not kept");
            }
            GenericValue header = ClosingRun.locked(delegator, closingId);
            if (!ClosingStatus.RUNNING.statusId().equals(header.getString("statusId")) || !ClosingRun.INSTANCE.equals(header.getString("runInstance"))) {
                throw new GenericEntityException("closing " + closingId + " is no longer running here");
            }
            header.set("statusId", ClosingStatus.DONE.statusId());
            header.set("lineCount", lines);
            header.set("productsDone", header.get("productCount"));
            header.set("totalQuantity", quantity);
            header.set("totalValue", value);
            header.set("runFinishedDate", UtilDateTime.nowTimestamp());
            header.store();
            TransactionUtil.commit(began);
            outcome = new Outcome((int) lines, value, currency);
            Debug.logInfo(String.format("Closing %s: old lines removed in %.2f s, %d lines written by %.2f s", closingId, (removed - started) / 1e9,
                    lines, (System.nanoTime() - started) / 1e9), MODULE);
        } catch (GenericEntityException | InterruptedException | RuntimeException e) {
            failure = e instanceof GenericEntityException ? (GenericEntityException) e : new GenericEntityException(e.getMessage(), e);
            ClosingServices.rollback(began, e);
            queue.clear();
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

    private void put(List<ProductValuation> lines) throws GenericEntityException {
        try {
            while (!queue.offer(lines, 1, java.util.concurrent.TimeUnit.SECONDS)) {
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
            throw new GenericEntityException("Could not write the lines of closing " + closingId + ": " + failure.getMessage(), failure);
        }
    }
}
