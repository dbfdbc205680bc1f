package org.physicalinventory.ofbiz.count;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.ofbiz.base.util.UtilDateTime;
import org.apache.ofbiz.entity.Delegator;
import org.apache.ofbiz.entity.GenericEntityException;
import org.apache.ofbiz.entity.GenericValue;
import org.apache.ofbiz.entity.condition.EntityCondition;
import org.apache.ofbiz.entity.util.EntityQuery;
import org.physicalinventory.count.CountLine;
import org.physicalinventory.count.CountOutcome;
import org.physicalinventory.count.CountStore;
import org.physicalinventory.count.LineKey;
import org.physicalinventory.count.Read;
import org.physicalinventory.count.ScanAction;

/**
 * The counts of one inventory list on PiCountLine and PiScanLog, inside the caller's transaction.
 * A read stored twice fails on PiScanLog's primary key and rolls back with its line change; a line
 * added twice at once fails on PiCountLineKey's. Rows are locked in one order: the serial's lock row,
 * the line, then the list's progress counters ({@link #saveProgress()}, last).
 */
final class EntityCountStore implements CountStore {

    private final Delegator delegator;
    private final GenericValue list;
    private final String facilityId;
    private final String userLoginId;
    private final ReadOrigin origin;
    /** The count of each line this store changed, as it was before (absent: not counted): what the scan log keeps for an undo. */
    private final Map<String, Optional<BigDecimal>> countedBefore = new HashMap<>();
    /** The lines this store locked, as read after their lock: written from here without being read again. */
    private final Map<String, GenericValue> lockedLines = new HashMap<>();
    private long linesAdded;
    private long linesCounted;

    EntityCountStore(Delegator delegator, GenericValue list, String facilityId, String userLoginId, ReadOrigin origin) {
        this.delegator = delegator;
        this.list = list;
        this.facilityId = facilityId;
        this.userLoginId = userLoginId;
        this.origin = origin;
    }

    /** Whether a read is logged under this scan key. */
    static boolean isLogged(Delegator delegator, String scanKey) throws GenericEntityException {
        return scan(delegator, scanKey) != null;
    }

    @Override
    public Optional<CountOutcome.Recorded> findScan(String scanKey) {
        try {
            GenericValue scan = scan(delegator, scanKey);
            if (scan == null) {
                return Optional.empty();
            }
            GenericValue line = CountLineRows.line(delegator, scan.get("piListId"), scan.get("lineSeqId"));
            return Optional.of(new CountOutcome.Recorded(CountLineRows.toLine(line), ScanAction.valueOf(scan.getString("scanAction")),
                    scan.getBigDecimal("quantity"), true));
        } catch (GenericEntityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Optional<CountLine> findLine(LineKey key) {
        try {
            GenericValue line = CountLineRows.lockedLineByKey(delegator, list.getString("piListId"), key);
            if (line == null) {
                return Optional.empty();
            }
            lockedLines.put(line.getString("lineSeqId"), line);
            return Optional.of(CountLineRows.toLine(line));
        } catch (GenericEntityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Whether the serial is counted on another line of the inventory. The serial's lock row is held first, for the rest of this
     * read's transaction: a device counting the same serial elsewhere at this very moment waits for this read, then finds it.
     */
    @Override
    public boolean isSerialCountedElsewhere(LineKey key) {
        try {
            Map<String, Object> serial = Map.of("piInventoryId", list.get("piInventoryId"), "productId", key.productId(), "serialNumber",
                    key.serialNumber());
            if (delegator.storeByCondition("PiSerialLock", Map.of("serialNumber", key.serialNumber()), EntityCondition.makeCondition(serial)) == 0) {
                // first read of this serial: a device creating the row at the same moment makes one of the two reads start again
                delegator.create("PiSerialLock", serial);
            }
            return CountLineRows.isSerialCountedElsewhere(delegator, list, key);
        } catch (GenericEntityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public CountLine addUnlistedLine(LineKey key, BigDecimal counted) {
        try {
            GenericValue line = CountLineRows.newLine(delegator, list, key);
            CountLineRows.createNaturalKey(delegator, line);
            line.set("bookQuantity", BookRows.bookQuantity(delegator, facilityId, key));
            line.set("bookQuantityDate", UtilDateTime.nowTimestamp());
            line.set("unlisted", "Y");
            countedBefore.put(line.getString("lineSeqId"), Optional.empty());
            setCounted(line, counted);
            line.create();
            linesAdded++;
            linesCounted++;
            return CountLineRows.toLine(line);
        } catch (GenericEntityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public CountLine setCounted(CountLine countLine, BigDecimal counted, boolean countStartsOver) {
        try {
            GenericValue line = lockedLines.get(countLine.lineSeqId());
            if (line == null) {
                line = CountLineRows.line(delegator, list.get("piListId"), countLine.lineSeqId());
            }
            List<String> changed = new ArrayList<>(List.of("countedQuantity", "countedDate"));
            if (!userLoginId.equals(line.getString("countedByUserLogin"))) {
                changed.add("countedByUserLogin");
            }
            if (countStartsOver) {
                line.set("bookQuantity", BookRows.bookQuantity(delegator, facilityId, countLine.key()));
                line.set("bookQuantityDate", UtilDateTime.nowTimestamp());
                changed.addAll(List.of("bookQuantity", "bookQuantityDate"));
            }
            if (line.get("countedQuantity") == null) {
                linesCounted++;
            }
            countedBefore.putIfAbsent(countLine.lineSeqId(), Optional.ofNullable(line.getBigDecimal("countedQuantity")));
            setCounted(line, counted);
            CountLineRows.storeFields(delegator, line, changed);
            return CountLineRows.toLine(line);
        } catch (GenericEntityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The lines this store added; a batch of reads, each with a store of its own, saves its stores' progress at once ({@link ReadBatch}). */
    long linesAdded() {
        return linesAdded;
    }

    /** The lines this store counted that were not counted before. */
    long linesCounted() {
        return linesCounted;
    }

    /**
     * Adds the lines this store added and counted to the list's progress counters: the last rows the transaction locks.
     * Returns the counters as this transaction leaves them, or null when it did not change them.
     */
    GenericValue saveProgress() throws GenericEntityException {
        return ListProgress.add(delegator, list.getString("piListId"), linesAdded, linesCounted);
    }

    private void setCounted(GenericValue line, BigDecimal counted) {
        line.set("countedQuantity", counted);
        line.set("countedByUserLogin", userLoginId);
        line.set("countedDate", UtilDateTime.nowTimestamp());
    }

    @Override
    public void logScan(Read read, CountLine line, ScanAction action, BigDecimal quantity) {
        GenericValue scan = delegator.makeValue("PiScanLog");
        scan.set("scanKey", read.scanKey());
        scan.set("piListId", list.get("piListId"));
        scan.set("lineSeqId", line.lineSeqId());
        scan.set("userLoginId", userLoginId);
        scan.set("scanDate", UtilDateTime.nowTimestamp());
        scan.set("deviceId", origin.deviceId());
        scan.set("rawCode", origin.rawCode());
        scan.set("readSource", origin.readSource());
        scan.set("importFileName", origin.importFileName());
        scan.set("countedBefore", countedBefore.getOrDefault(line.lineSeqId(), Optional.empty()).orElse(null));
        scan.set("countedAfter", line.countedQuantity());
        scan.set("scanAction", action.name());
        scan.set("quantity", quantity);
        scan.set("locationSeqId", line.key().locationSeqId());
        scan.set("productId", line.key().productId());
        scan.set("lotId", line.key().lotId());
        scan.set("serialNumber", line.key().serialNumber());
        try {
            scan.create();
        } catch (GenericEntityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Keeps a read of a handheld or of the counting API that the counting rules refused, for the supervision (the scan log
     * holds confirmed reads only); a read sent again is kept once. Reads of the back office and of files are answered on the
     * spot and not kept.
     */
    public void keepRefusal(Read read, String refusal) throws GenericEntityException {
        if (!ReadOrigin.HANDHELD.equals(origin.readSource())) {
            return;
        }
        GenericValue refused = delegator.makeValue("PiRefusedRead");
        refused.set("scanKey", read.scanKey());
        refused.set("piListId", list.get("piListId"));
        refused.set("userLoginId", userLoginId);
        refused.set("refusedDate", UtilDateTime.nowTimestamp());
        refused.set("deviceId", origin.deviceId());
        refused.set("rawCode", origin.rawCode());
        refused.set("locationSeqId", read.locationSeqId());
        refused.set("productId", read.productId());
        refused.set("lotId", read.lotId());
        refused.set("serialNumber", read.serialNumber());
        refused.set("quantity", read.quantity());
        refused.set("refusal", refusal);
        delegator.createOrStore(refused);
    }

    private static GenericValue scan(Delegator delegator, String scanKey) throws GenericEntityException {
        return EntityQuery.use(delegator).from("PiScanLog").where("scanKey", scanKey).queryOne();
    }
}
