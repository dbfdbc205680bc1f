package org.physicalinventory.ofbiz.count;

import java.util.List;
import java.util.Map;

import org.apache.ofbiz.entity.Delegator;
import org.apache.ofbiz.entity.GenericEntityException;
import org.apache.ofbiz.entity.GenericValue;
import org.apache.ofbiz.entity.condition.EntityCondition;
import org.apache.ofbiz.entity.util.EntityQuery;
import org.physicalinventory.count.ReadUndo;

/** The rows of the scan log (PiScanLog) that the handheld reads back: a read by its key, locked for an undo, and the last reads. */
final class ScanLogRows {

    private static final String SCAN_LOG = "PiScanLog";

    private ScanLogRows() {
    }

    /** The entry logged under this key, of any list, or null. */
    static GenericValue scan(Delegator delegator, String scanKey) throws GenericEntityException {
        return EntityQuery.use(delegator).from(SCAN_LOG).where("scanKey", scanKey).queryOne();
    }

    /** The list's entry under this key, locked for the rest of the transaction; null when the list has none. */
    static GenericValue lockedScan(Delegator delegator, String piListId, String scanKey) throws GenericEntityException {
        EntityCondition key = EntityCondition.makeCondition(Map.of("scanKey", scanKey, "piListId", piListId));
        if (delegator.storeByCondition(SCAN_LOG, Map.of("piListId", piListId), key) == 0) {
            return null;
        }
        return scan(delegator, scanKey);
    }

    /** The list's last entries, newest first: in one location, or in all of them when locationSeqId is null. */
    static List<GenericValue> latest(Delegator delegator, String piListId, String locationSeqId, int howMany) throws GenericEntityException {
        EntityCondition where = locationSeqId == null ? EntityCondition.makeCondition("piListId", piListId)
                : EntityCondition.makeCondition(Map.of("piListId", piListId, "locationSeqId", locationSeqId));
        return EntityQuery.use(delegator).from(SCAN_LOG).where(where).orderBy("-scanDate", "-scanKey").maxRows(howMany).queryList()
                .stream().limit(howMany).toList();
    }

    /** Marks the read undone by the undo logged under {@code undoKey}. */
    static void markUndone(Delegator delegator, String scanKey, String undoKey) throws GenericEntityException {
        delegator.storeByCondition(SCAN_LOG, Map.of("undoneByScanKey", undoKey), EntityCondition.makeCondition("scanKey", scanKey));
    }

    /** An entry as the core's undo sees it. */
    static ReadUndo.LoggedRead toLoggedRead(GenericValue scan) {
        return new ReadUndo.LoggedRead(scan.getString("scanKey"), scan.getString("userLoginId"), scan.getString("lineSeqId"),
                scan.getBigDecimal("countedBefore"), scan.getBigDecimal("countedAfter"), scan.getString("undoneByScanKey"),
                ReadOrigin.UNDO.equals(scan.getString("readSource")));
    }
}
