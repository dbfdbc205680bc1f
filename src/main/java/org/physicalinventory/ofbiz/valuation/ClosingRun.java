package org.physicalinventory.ofbiz.valuation;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.ofbiz.base.util.Debug;
import org.apache.ofbiz.base.util.UtilDateTime;
import org.apache.ofbiz.entity.Delegator;
import org.apache.ofbiz.entity.GenericEntityException;
import org.apache.ofbiz.entity.GenericValue;
import org.apache.ofbiz.entity.util.EntityUtilProperties;
import org.physicalinventory.ofbiz.Transactions;
import org.physicalinventory.ofbiz.valuation.sql.BulkInsert;
import org.physicalinventory.ofbiz.valuation.sql.CarriedHistory;
import org.physicalinventory.ofbiz.valuation.sql.CarriedHistory.Carried;
import org.physicalinventory.ofbiz.valuation.sql.CarriedHistory.Replay;
import org.physicalinventory.ofbiz.valuation.sql.LineWriter;
import org.physicalinventory.ofbiz.valuation.sql.LineWriter.Written;
import org.physicalinventory.ofbiz.valuation.sql.StockHistory;
import org.physicalinventory.ofbiz.valuation.sql.StockHistory.Stock;
import org.physicalinventory.ofbiz.valuation.sql.SummedHistory;
import org.physicalinventory.valuation.CarriedStock;
import org.physicalinventory.valuation.CarryForward;
import org.physicalinventory.valuation.ClosingScope;
import org.physicalinventory.valuation.ClosingStatus;
import org.physicalinventory.valuation.ProductValuation;
import org.physicalinventory.valuation.StockValuer;
import org.physicalinventory.valuation.StockValuer.Replayed;
import org.physicalinventory.valuation.ValuationException;
import org.physicalinventory.valuation.ValuationMethod;

/**
 * One run of a stock closing. The header says RUNNING from the start, written at once so the screen shows
 * progress; the lines of a run replace those of the run before in one transaction (the LineWriter's), so a
 * closing always holds the lines of one whole run. A run belongs to the OFBiz instance that started it: when that
 * instance no longer runs it (restarted, or killed), the closing is interrupted and may run again.
 */
final class ClosingRun {

    /** This OFBiz instance. */
    private static final String INSTANCE = UUID.randomUUID().toString();
    /** Closings another instance runs are taken as interrupted when their header has not moved for this long. */
    private static final long OTHER_INSTANCE_STALE_MILLIS = 600_000;
    private static final int PROGRESS_EVERY = 2000;
    private static final String MODULE = ClosingRun.class.getName();
    private static final Set<String> RUNNING_HERE = ConcurrentHashMap.newKeySet();

    private final Delegator delegator;
    private final GenericValue closing;
    private final String closingId;
    /** The products this run copied from the closing it carried forward, as they were. */
    private int copied;

    private ClosingRun(Delegator delegator, GenericValue closing) {
        this.delegator = delegator;
        this.closing = closing;
        this.closingId = closing.getString("closingId");
    }

    /**
     * What a run made: lines, total value, currency, the closing it carried forward (null: none) and how many products it copied from
     * that closing as they were.
     */
    record Outcome(int lines, BigDecimal totalValue, String currencyUomId, String carriedFrom, int copied) {
    }

    /** The status as it is: a RUNNING closing that no instance runs any more has FAILED (interrupted). */
    static ClosingStatus status(GenericValue closing) {
        return ClosingStatus.of(closing.getString("statusId")).asRun(alive(closing));
    }

    private static boolean alive(GenericValue closing) {
        if (INSTANCE.equals(closing.getString("runInstance"))) {
            return RUNNING_HERE.contains(closing.getString("closingId"));
        }
        Timestamp stamp = closing.getTimestamp("lastUpdatedStamp");
        return stamp != null && System.currentTimeMillis() - stamp.getTime() < OTHER_INSTANCE_STALE_MILLIS;
    }

    /**
     * Marks a closing running here, in a transaction of its own (a new closing is created): answers its id. A second start of the same
     * closing waits for the first's lock, then finds it running and is refused.
     */
    static String begin(Delegator delegator, GenericValue closing, String userLoginId) throws GenericEntityException, ValuationException {
        boolean created = closing.get("closingId") == null;
        if (created) {
            closing.set("closingId", delegator.getNextSeqId("PiStockClosing"));
        }
        String closingId = closing.getString("closingId");
        ClosingStatus refused = Transactions.retried("Start of closing " + closingId, () -> {
            GenericValue row = created ? closing : ClosingRows.locked(delegator, closingId);
            ClosingStatus status = created ? null : status(row);
            if (status != null && !status.canRun()) {
                return status;
            }
            row.set("valuationMethod", closing.get("valuationMethod"));
            markRunning(row, userLoginId);
            delegator.createOrStore(row);
            RUNNING_HERE.add(closingId);
            return null;
        });
        if (refused != null) {
            refused.checkCanRun(closingId);
        }
        return closingId;
    }

    private static void markRunning(GenericValue row, String userLoginId) {
        row.set("statusId", ClosingStatus.RUNNING.statusId());
        row.set("runInstance", INSTANCE);
        row.set("runByUserLogin", userLoginId);
        row.set("runStartedDate", UtilDateTime.nowTimestamp());
        row.set("runFinishedDate", null);
        row.set("productCount", null);
        row.set("productsDone", 0L);
        row.set("errorMessage", null);
    }

    /** The run of a closing this instance started, or null when it is not running here. */
    static ClosingRun resume(Delegator delegator, String closingId) throws GenericEntityException {
        GenericValue closing = ClosingRows.closing(delegator, closingId);
        if (closing == null || !ClosingStatus.RUNNING.statusId().equals(closing.getString("statusId"))
                || !INSTANCE.equals(closing.getString("runInstance"))) {
            return null;
        }
        RUNNING_HERE.add(closingId);
        return new ClosingRun(delegator, closing);
    }

    /**
     * Values every product and facility; a writer stores the lines meanwhile, in a transaction of its own, and the
     * header says how far the run is. By LIFO, goes on from the last confirmed LIFO closing of the scope unless
     * {@code wholeHistory}. Refused when the closing's facility or organisation is gone.
     */
    Outcome value(boolean wholeHistory) throws GenericEntityException, ValuationException {
        LineWriter writer = null;
        try {
            ClosingScope scope = EntityScopeDirectory.resolve(delegator, closing.getString("organizationPartyId"), closing.getString("facilityId"),
                    closing.getString("valuationMethod"));
            Timestamp until = closing.getTimestamp("thruDate");
            String currency = closing.getString("currencyUomId");
            writer = LineWriter.start(delegator, closingId, this::done);
            long started = System.nanoTime();
            Map<String, BigDecimal> standardCosts = StandardCosts.at(delegator, until, currency);
            StockValuer valuer = new StockValuer(until.toInstant(), scope.method());
            GenericValue carried = valuer.method().replaysMovements() && !wholeHistory ? ClosingRows.lastCarried(delegator, closing) : null;
            long loaded = valuer.method().replaysMovements() ? replay(writer, scope.facilityIds(), carried, valuer, standardCosts)
                    : addUp(writer, scope.facilityIds(), until, valuer, standardCosts);
            long valued = System.nanoTime();
            Written written = writer.finish();
            Debug.logInfo(String.format("Closing %s: %d lines; read %.2f s, valued %.2f s, then written in %.2f s%s", closingId, written.lines(),
                    (loaded - started) / 1e9, (valued - loaded) / 1e9, (System.nanoTime() - valued) / 1e9,
                    carried == null ? "" : "; carried forward from closing " + carried.getString("closingId")), MODULE);
            return new Outcome((int) written.lines(), written.value(), currency, carried == null ? null : carried.getString("closingId"), copied);
        } catch (GenericEntityException | ValuationException | RuntimeException e) {
            if (writer != null) {
                writer.abandon();
            }
            throw e;
        } finally {
            RUNNING_HERE.remove(closingId);
        }
    }

    /**
     * Each product replayed in order (LIFO takes each outgoing movement from the newest layer), from the stock the closing
     * {@code carried} carries forward with the movements since where it can, else from its whole history; its line and the stock
     * it carries forward in turn handed to the writer as they come. Answers when the movements were read (System.nanoTime).
     */
    private long replay(LineWriter writer, List<String> facilityIds, GenericValue carried, StockValuer valuer,
            Map<String, BigDecimal> standardCosts) throws GenericEntityException {
        Carried read = read(facilityIds, carried, standardCosts);
        List<Replay> replays = read.replays();
        long loaded = System.nanoTime();
        if (!read.unmoved().isEmpty()) {
            writer.copy(carried.getString("closingId"), read.dropped());
            copied = read.unmoved().size();
        }
        progress(Map.of("productCount", (long) replays.size() + read.unmoved().size()));
        List<ProductValuation> lines = new ArrayList<>();
        List<CarriedStock> carriedStocks = new ArrayList<>();
        for (int i = 0; i < replays.size(); i++) {
            Stock stock = replays.get(i).stock();
            Replayed replayed = valuer.replay(stock.productId(), stock.facilityId(), replays.get(i).from(), stock.items(),
                    standardCosts.get(stock.productId()));
            replays.set(i, null);
            if (replayed != null) {
                lines.add(replayed.valuation());
                carriedStocks.add(replayed.carried());
            }
            if (lines.size() == BulkInsert.ROWS) {
                writer.write(lines, carriedStocks);
                lines.clear();
                carriedStocks.clear();
            }
            if ((i + 1) % PROGRESS_EVERY == 0) {
                progress(Map.of("productsDone", (long) i + 1));
            }
        }
        writer.write(lines, carriedStocks);
        return loaded;
    }

    /**
     * The products to replay: from the closing {@code carried} carries forward (when not null) with the movements since, or copied from
     * it when nothing happened in them since; else from nothing. {@code standardCosts}: at the closing's moment, in its currency.
     */
    private Carried read(List<String> facilityIds, GenericValue carried, Map<String, BigDecimal> standardCosts) throws GenericEntityException {
        Timestamp until = closing.getTimestamp("thruDate");
        if (carried == null) {
            List<Replay> replays = new ArrayList<>();
            StockHistory.load(delegator, facilityIds, until, null).forEach(stock -> replays.add(new Replay(stock, null)));
            return new Carried(replays, Set.of(), Set.of());
        }
        Timestamp changedSince = new Timestamp(carried.getTimestamp("runStartedDate").getTime() - openTransactionMillis(delegator));
        Set<String> revalued = CarryForward.revalued(StandardCosts.at(delegator, carried.getTimestamp("thruDate"),
                carried.getString("currencyUomId")), standardCosts);
        return CarriedHistory.load(delegator, facilityIds, carried.getString("closingId"), carried.getTimestamp("thruDate"), until,
                productIds -> ClosingRows.carriedTexts(delegator, carried, productIds), changedSince, revalued, true);
    }

    /**
     * How long before a closing was run a transaction may have begun that wrote movements it did not see: what the transactions
     * that began since wrote counts as changed (closing.carry.openTransactionMinutes, an hour by default).
     */
    private static long openTransactionMillis(Delegator delegator) {
        String minutes = EntityUtilProperties.getPropertyValue("PhysicalInventory", "closing.carry.openTransactionMinutes", "60", delegator);
        return Long.parseLong(minutes.trim()) * 60_000L;
    }

    /** The history added up by the database, each product valued from its items' totals, the lines handed to the writer in batches. */
    private long addUp(LineWriter writer, List<String> facilityIds, Timestamp until, StockValuer valuer, Map<String, BigDecimal> standardCosts)
            throws GenericEntityException {
        List<ProductValuation> valued = SummedHistory.value(delegator, facilityIds, until, valuer, standardCosts, null);
        long loaded = System.nanoTime();
        progress(Map.of("productCount", (long) valued.size()));
        for (int from = 0; from < valued.size(); from += BulkInsert.ROWS) {
            writer.write(valued.subList(from, Math.min(valued.size(), from + BulkInsert.ROWS)));
        }
        return loaded;
    }

    /** The writing's last step, in its transaction: the header says done, with the run's totals, if the run is still this one. */
    private void done(Written written) throws GenericEntityException {
        GenericValue header = ClosingRows.locked(delegator, closingId);
        if (!ClosingStatus.RUNNING.statusId().equals(header.getString("statusId")) || !INSTANCE.equals(header.getString("runInstance"))) {
            throw new GenericEntityException("closing " + closingId + " is no longer running here");
        }
        header.set("statusId", ClosingStatus.DONE.statusId());
        header.set("lineCount", written.lines());
        header.set("productsDone", header.get("productCount"));
        header.set("totalQuantity", written.quantity());
        header.set("totalValue", written.value());
        header.set("runFinishedDate", UtilDateTime.nowTimestamp());
        header.store();
    }

    /** Writes progress on the header in a transaction of its own; a progress not written is only logged. */
    private void progress(Map<String, Object> fields) {
        try {
            Transactions.retried("Progress of closing " + closingId, () -> {
                GenericValue header = ClosingRows.closing(delegator, closingId);
                header.setNonPKFields(fields);
                header.store();
                return null;
            });
        } catch (GenericEntityException e) {
            Debug.logWarning(e, "Could not write the progress of closing " + closingId, MODULE);
        }
    }

    /** A run that failed: the header says why, in a transaction of its own; the lines of the run before stay. */
    static void failed(Delegator delegator, String closingId, String message) {
        RUNNING_HERE.remove(closingId);
        try {
            Transactions.retried("Failure of closing " + closingId, () -> {
                GenericValue header = ClosingRows.closing(delegator, closingId);
                if (header != null && ClosingStatus.RUNNING.statusId().equals(header.getString("statusId"))) {
                    header.set("statusId", ClosingStatus.FAILED.statusId());
                    header.set("errorMessage", message);
                    header.set("runFinishedDate", UtilDateTime.nowTimestamp());
                    header.store();
                }
                return null;
            });
        } catch (GenericEntityException e) {
            Debug.logError(e, "Could not record the failure of closing " + closingId, MODULE);
        }
    }
}
