package org.physicalinventory.ofbiz.count;

import java.math.BigDecimal;
import java.util.Optional;

import org.apache.ofbiz.base.util.UtilDateTime;
import org.apache.ofbiz.entity.Delegator;
import org.apache.ofbiz.entity.GenericEntityException;
import org.apache.ofbiz.entity.GenericValue;
import org.physicalinventory.count.CountLine;
import org.physicalinventory.count.ReadUndo;

/**
 * The undo of a read on PiScanLog and PiCountLine, inside the caller's transaction. Rows are locked in the order a read locks
 * them: the undone read's scan log entry (which no read locks), its line, then the list's progress counters
 * ({@link #saveProgress()}, last). The undo is logged under its own key, the scan log's primary key: an undo stored twice fails
 * and rolls back with its line change.
 */
final class EntityUndoStore implements ReadUndo.Store {

    private final Delegator delegator;
    private final String piListId;
    private final String userLoginId;
    private final String deviceId;
    /** The line's count before the undo (null: not counted). */
    private BigDecimal countedBefore;
    /** What the undo changes in the list's counted lines: -1 for a line no longer counted. */
    private long countedLines;

    EntityUndoStore(Delegator delegator, String piListId, String userLoginId, String deviceId) {
        this.delegator = delegator;
        this.piListId = piListId;
        this.userLoginId = userLoginId;
        this.deviceId = deviceId;
    }

    @Override
    public Optional<ReadUndo.Undone> findUndo(String undoKey) {
        try {
            GenericValue undo = ScanLogRows.scan(delegator, undoKey);
            if (undo == null || !ReadOrigin.UNDO.equals(undo.getString("readSource"))) {
                return Optional.empty();
            }
            GenericValue line = CountLineRows.line(delegator, undo.get("piListId"), undo.get("lineSeqId"));
            return Optional.of(new ReadUndo.Undone(CountLineRows.toLine(line), undo.getBigDecimal("quantity"), true));
        } catch (GenericEntityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public boolean isKeyUsed(String key) {
        try {
            return ScanLogRows.scan(delegator, key) != null;
        } catch (GenericEntityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Optional<ReadUndo.LoggedRead> findRead(String scanKey) {
        try {
            return Optional.ofNullable(ScanLogRows.lockedScan(delegator, piListId, scanKey)).map(ScanLogRows::toLoggedRead);
        } catch (GenericEntityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public CountLine line(String lineSeqId) {
        try {
            GenericValue line = CountLineRows.line(delegator, piListId, lineSeqId);
            if (line == null) {
                throw new IllegalStateException("Line " + lineSeqId + " of list " + piListId + " is gone");
            }
            CountLineRows.lock(delegator, line);
            return CountLineRows.toLine(line);
        } catch (GenericEntityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sets the line's count; a line no longer counted has no counter nor date of count either. */
    @Override
    public CountLine setCounted(CountLine countLine, BigDecimal counted) {
        try {
            GenericValue line = CountLineRows.line(delegator, piListId, countLine.lineSeqId());
            countedBefore = line.getBigDecimal("countedQuantity");
            countedLines += (counted != null ? 1 : 0) - (countedBefore != null ? 1 : 0);
            line.set("countedQuantity", counted);
            line.set("countedByUserLogin", counted == null ? null : userLoginId);
            line.set("countedDate", counted == null ? null : UtilDateTime.nowTimestamp());
            line.store();
            return CountLineRows.toLine(line);
        } catch (GenericEntityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Logs the undo as an entry of its own (source and action UNDO, quantity the change) and marks the read undone by it. */
    @Override
    public void logUndo(String undoKey, ReadUndo.LoggedRead read, CountLine line, BigDecimal change) {
        GenericValue undo = delegator.makeValue("PiScanLog");
        undo.set("scanKey", undoKey);
        undo.set("piListId", piListId);
        undo.set("lineSeqId", line.lineSeqId());
        undo.set("userLoginId", userLoginId);
        undo.set("scanDate", UtilDateTime.nowTimestamp());
        undo.set("deviceId", deviceId);
        undo.set("readSource", ReadOrigin.UNDO);
        undo.set("scanAction", ReadOrigin.UNDO);
        undo.set("quantity", change);
        undo.set("countedBefore", countedBefore);
        undo.set("countedAfter", line.countedQuantity());
        undo.set("locationSeqId", line.key().locationSeqId());
        undo.set("productId", line.key().productId());
        undo.set("lotId", line.key().lotId());
        undo.set("serialNumber", line.key().serialNumber());
        try {
            undo.create();
            ScanLogRows.markUndone(delegator, read.scanKey(), undoKey);
        } catch (GenericEntityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Takes a line no longer counted off the list's counted lines: the last row the transaction locks. */
    void saveProgress() throws GenericEntityException {
        ListProgress.add(delegator, piListId, 0, countedLines);
    }
}
