package org.physicalinventory.ofbiz.valuation;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.ofbiz.base.util.Debug;
import org.apache.ofbiz.base.util.UtilDateTime;
import org.apache.ofbiz.base.util.UtilMisc;
import org.apache.ofbiz.entity.Delegator;
import org.apache.ofbiz.entity.GenericEntityException;
import org.apache.ofbiz.entity.GenericValue;
import org.apache.ofbiz.entity.condition.EntityCondition;
import org.apache.ofbiz.entity.transaction.TransactionUtil;
import org.apache.ofbiz.entity.util.EntityQuery;
import org.physicalinventory.ofbiz.valuation.StockHistory.Stock;
import org.physicalinventory.valuation.ClosingStatus;
import org.physicalinventory.valuation.ProductValuation;
import org.physicalinventory.valuation.StockValuer;
import org.physicalinventory.valuation.ValuationMethod;

/**
 * One run of a stock closing. The header says RUNNING from the start, written at once so the screen shows
 * progress; the lines of a run replace those of the run before in one transaction (the LineWriter's), so a
 * closing always holds the lines of one whole run. A run belongs to the OFBiz instance that started it: when that
 * instance no longer runs it (restarted, or killed), the closing is interrupted and may run again.
 */
final class ClosingRun {

    /** This OFBiz instance. */
    static final String INSTANCE = UUID.randomUUID().toString();
    /** Closings another instance runs are taken as interrupted when their header has not moved for this long. */
    private static final long OTHER_INSTANCE_STALE_MILLIS = 600_000;
    private static final int PROGRESS_EVERY = 2000;
    private static final String MODULE = ClosingRun.class.getName();
    private static final Set<String> RUNNING_HERE = ConcurrentHashMap.newKeySet();

    private final Delegator delegator;
    private final GenericValue closing;

    private ClosingRun(Delegator delegator, GenericValue closing) {
        this.delegator = delegator;
        this.closing = closing;
    }

    /** What a run made: lines, total value, currency. */
    record Outcome(int lines, BigDecimal totalValue, String currencyUomId) {
    }

    static GenericValue find(Delegator delegator, String closingId) throws GenericEntityException {
        return EntityQuery.use(delegator).from("PiStockClosing").where("closingId", closingId).queryOne();
    }

    /** The header, its row locked by writing it unchanged: a second writer waits for this transaction. */
    static GenericValue locked(Delegator delegator, String closingId) throws GenericEntityException {
        delegator.storeByCondition("PiStockClosing", UtilMisc.toMap("closingId", closingId), EntityCondition.makeCondition("closingId", closingId));
        return find(delegator, closingId);
    }

    /** The status as it is: a RUNNING closing that no instance runs any more has FAILED (interrupted). */
    static ClosingStatus status(GenericValue closing) {
        ClosingStatus status = ClosingStatus.of(closing.getString("statusId"));
        return status == ClosingStatus.RUNNING && !alive(closing) ? ClosingStatus.FAILED : status;
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
    static String begin(Delegator delegator, GenericValue closing, String userLoginId) throws GenericEntityException,
            org.physicalinventory.valuation.ValuationException {
        boolean began = TransactionUtil.begin();
        try {
            GenericValue row;
            if (closing.get("closingId") == null) {
                closing.set("closingId", delegator.getNextSeqId("PiStockClosing"));
                row = closing;
            } else {
                row = locked(delegator, closing.getString("closingId"));
                status(row).checkCanRun(row.getString("closingId"));
                row.set("valuationMethod", closing.get("valuationMethod"));
            }
            row.set("statusId", ClosingStatus.RUNNING.statusId());
            row.set("runInstance", INSTANCE);
            row.set("runByUserLogin", userLoginId);
            row.set("runStartedDate", UtilDateTime.nowTimestamp());
            row.set("runFinishedDate", null);
            row.set("productCount", null);
            row.set("productsDone", 0L);
            row.set("errorMessage", null);
            delegator.createOrStore(row);
            RUNNING_HERE.add(row.getString("closingId"));
            TransactionUtil.commit(began);
            return row.getString("closingId");
        } catch (GenericEntityException | org.physicalinventory.valuation.ValuationException | RuntimeException e) {
            ClosingServices.rollback(began, e);
            throw e;
        }
    }

    /** The run of a closing this instance started, or null when it is not running here. */
    static ClosingRun resume(Delegator delegator, String closingId) throws GenericEntityException {
        GenericValue closing = find(delegator, closingId);
        if (closing == null || !ClosingStatus.RUNNING.statusId().equals(closing.getString("statusId"))
                || !INSTANCE.equals(closing.getString("runInstance"))) {
            return null;
        }
        RUNNING_HERE.add(closingId);
        return new ClosingRun(delegator, closing);
    }

    /**
     * Values every product and facility; a writer stores the lines meanwhile, in a transaction of its own, and the
     * header says how far the run is.
     */
    Outcome value(Locale locale) throws GenericEntityException {
        String closingId = closing.getString("closingId");
        LineWriter writer = null;
        try {
            ClosingScope scope = ClosingScope.resolve(delegator, closing.getString("organizationPartyId"), closing.getString("facilityId"),
                    closing.getString("valuationMethod"), locale);
            if (scope.refusal() != null) {
                throw new GenericEntityException(scope.refusal());
            }
            Timestamp until = closing.getTimestamp("thruDate");
            String currency = closing.getString("currencyUomId");
            writer = LineWriter.start(delegator, closingId, currency);
            long started = System.nanoTime();
            Map<String, BigDecimal> standardCosts = StandardCosts.at(delegator, until, currency);
            StockValuer valuer = new StockValuer(until.toInstant(), ValuationMethod.valueOf(closing.getString("valuationMethod")));
            List<ProductValuation> lines = new ArrayList<>();
            long loaded;
            if (valuer.method() == ValuationMethod.LIFO) {
                // LIFO takes each outgoing movement from the newest layer: every movement is read and replayed in order
                List<Stock> stocks = StockHistory.load(delegator, scope.facilityIds(), until, null);
                loaded = System.nanoTime();
                progress(Map.of("productCount", (long) stocks.size()));
                for (int i = 0; i < stocks.size(); i++) {
                    Stock stock = stocks.get(i);
                    ProductValuation line = valuer.value(stock.productId(), stock.facilityId(), stock.items(), standardCosts.get(stock.productId()));
                    if (line != null) {
                        lines.add(line);
                    }
                    stocks.set(i, null);
                    if (lines.size() == BulkInsert.ROWS) {
                        writer.write(lines);
                        lines.clear();
                    }
                    if ((i + 1) % PROGRESS_EVERY == 0) {
                        progress(Map.of("productsDone", (long) i + 1));
                    }
                }
            } else {
                List<ProductValuation> valued = SummedHistory.value(delegator, scope.facilityIds(), until, valuer, standardCosts, null);
                loaded = System.nanoTime();
                progress(Map.of("productCount", (long) valued.size()));
                for (int from = 0; from < valued.size(); from += BulkInsert.ROWS) {
                    writer.write(valued.subList(from, Math.min(valued.size(), from + BulkInsert.ROWS)));
                }
            }
            writer.write(lines);
            long valued = System.nanoTime();
            Outcome outcome = writer.finish();
            Debug.logInfo(String.format("Closing %s: %d lines; read %.2f s, valued %.2f s, then written in %.2f s", closingId, outcome.lines(),
                    (loaded - started) / 1e9, (valued - loaded) / 1e9, (System.nanoTime() - valued) / 1e9), MODULE);
            return outcome;
        } catch (GenericEntityException | RuntimeException e) {
            if (writer != null) {
                writer.abandon();
            }
            throw e;
        } finally {
            RUNNING_HERE.remove(closingId);
        }
    }

    /** Writes progress on the header in a transaction of its own. */
    private void progress(Map<String, Object> fields) {
        boolean began = false;
        try {
            began = TransactionUtil.begin();
            GenericValue header = find(delegator, closing.getString("closingId"));
            header.setNonPKFields(fields);
            header.store();
            TransactionUtil.commit(began);
        } catch (GenericEntityException e) {
            Debug.logWarning(e, "Could not write the progress of closing " + closing.getString("closingId"), MODULE);
            ClosingServices.rollback(began, e);
        }
    }

    /** A run that failed: the header says why, in a transaction of its own; the lines of the run before stay. */
    static void failed(Delegator delegator, String closingId, String message) {
        RUNNING_HERE.remove(closingId);
        boolean began = false;
        try {
            began = TransactionUtil.begin();
            GenericValue header = find(delegator, closingId);
            if (header != null && ClosingStatus.RUNNING.statusId().equals(header.getString("statusId"))) {
                header.set("statusId", ClosingStatus.FAILED.statusId());
                header.set("errorMessage", message);
                header.set("runFinishedDate", UtilDateTime.nowTimestamp());
                header.store();
            }
            TransactionUtil.commit(began);
        } catch (GenericEntityException e) {
            Debug.logError(e, "Could not record the failure of closing " + closingId, MODULE);
            ClosingServices.rollback(began, e);
        }
    }
}
