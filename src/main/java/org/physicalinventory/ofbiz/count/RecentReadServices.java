package org.physicalinventory.ofbiz.count;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.ofbiz.entity.Delegator;
import org.apache.ofbiz.entity.GenericEntityException;
import org.apache.ofbiz.entity.GenericValue;
import org.apache.ofbiz.entity.condition.EntityCondition;
import org.apache.ofbiz.entity.condition.EntityOperator;
import org.apache.ofbiz.entity.util.EntityQuery;
import org.apache.ofbiz.service.DispatchContext;
import org.apache.ofbiz.service.ServiceUtil;
import org.physicalinventory.LabelledException;
import org.physicalinventory.count.ReadLimits;
import org.physicalinventory.count.ReadUndo;
import org.physicalinventory.count.RecentReads;
import org.physicalinventory.ofbiz.Labels;

/**
 * The last reads of a list in a location, as the handheld shows them after each read: what was read, by whom and when, Add,
 * Replace or Undo, and the line's count now; the counter's own reads that may still be undone say so. Never a book quantity.
 */
public final class RecentReadServices {

    private static final String MODULE = RecentReadServices.class.getName();

    private RecentReadServices() {
    }

    /** getPiRecentReads */
    public static Map<String, Object> getRecentReads(DispatchContext dctx, Map<String, ? extends Object> context) {
        Delegator delegator = dctx.getDelegator();
        Locale locale = (Locale) context.get("locale");
        GenericValue userLogin = (GenericValue) context.get("userLogin");
        try {
            ReadLimits.requireFitting(context);
            int howMany = RecentReads.howMany((String) context.get("maxReads"));
            GenericValue list = CountingLists.assigned(delegator, context.get("piListId"), userLogin);
            boolean open = CountingLists.counting(list).open();
            String piListId = list.getString("piListId");
            List<GenericValue> scans = ScanLogRows.latest(delegator, piListId, (String) context.get("locationSeqId"), howMany);
            Map<String, GenericValue> lines = byField(delegator, "PiCountLine", "lineSeqId", scans, piListId);
            Map<String, GenericValue> products = byField(delegator, "Product", "productId", scans, null);
            String user = userLogin.getString("userLoginId");
            Map<String, Object> result = ServiceUtil.returnSuccess();
            result.put("reads", scans.stream().map(scan -> describe(scan, lines.get(scan.getString("lineSeqId")),
                    products.get(scan.getString("productId")), open && ReadUndo.undoable(ScanLogRows.toLoggedRead(scan), user)))
                    .collect(Collectors.toList()));
            return result;
        } catch (LabelledException e) {
            return Labels.error(e.labelKey(), locale, e.arguments());
        } catch (GenericEntityException | RuntimeException e) {
            return Labels.failure("PhysInvErrorServer", e, MODULE, locale);
        }
    }

    /** One read as the counting API answers it (openapi.json, RecentRead). */
    private static Map<String, Object> describe(GenericValue scan, GenericValue line, GenericValue product, boolean undoable) {
        Map<String, Object> read = new LinkedHashMap<>();
        for (String field : List.of("scanKey", "userLoginId", "readSource", "locationSeqId", "productId", "lotId", "serialNumber",
                "scanAction", "quantity", "lineSeqId")) {
            read.put(field, scan.get(field));
        }
        read.put("scanDate", scan.getTimestamp("scanDate") == null ? null : scan.getTimestamp("scanDate").toInstant().toString());
        read.put("productName", product == null ? null
                : product.getString("productName") != null ? product.getString("productName") : product.getString("internalName"));
        read.put("lineCountedQuantity", line == null ? null : line.getBigDecimal("countedQuantity"));
        read.put("undoneBy", scan.get("undoneByScanKey"));
        read.put("undoable", undoable);
        return read;
    }

    /** The rows of an entity whose {@code field} the scan log entries name (of the list, when piListId is given), by that field. */
    private static Map<String, GenericValue> byField(Delegator delegator, String entity, String field, List<GenericValue> scans,
            String piListId) throws GenericEntityException {
        Set<Object> ids = scans.stream().map(scan -> scan.get(field)).filter(id -> id != null).collect(Collectors.toSet());
        Map<String, GenericValue> rows = new HashMap<>();
        if (ids.isEmpty()) {
            return rows;
        }
        EntityCondition in = EntityCondition.makeCondition(field, EntityOperator.IN, ids);
        EntityCondition where = piListId == null ? in : EntityCondition.makeCondition(in, EntityCondition.makeCondition("piListId", piListId));
        for (GenericValue row : EntityQuery.use(delegator).from(entity).where(where).queryList()) {
            rows.put(row.getString(field), row);
        }
        return rows;
    }
}
