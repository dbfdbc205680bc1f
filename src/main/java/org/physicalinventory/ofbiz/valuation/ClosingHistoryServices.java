package org.physicalinventory.ofbiz.valuation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.ofbiz.entity.Delegator;
import org.apache.ofbiz.entity.GenericEntityException;
import org.apache.ofbiz.entity.GenericValue;
import org.apache.ofbiz.entity.util.EntityQuery;
import org.apache.ofbiz.service.DispatchContext;
import org.apache.ofbiz.service.ServiceUtil;
import org.physicalinventory.ofbiz.Labels;
import org.physicalinventory.valuation.ClosingComparison;
import org.physicalinventory.valuation.ClosingComparison.Change;
import org.physicalinventory.valuation.ClosingComparison.Comparison;
import org.physicalinventory.valuation.Sparkline;
import org.physicalinventory.valuation.ValuationException;

/** Closing history: two closings compared, and one product across closings (warehouse history). */
public final class ClosingHistoryServices {

    private static final String MODULE = ClosingHistoryServices.class.getName();
    /** The size of the warehouse history's charts, in SVG units (the template draws them at this size). */
    private static final int CHART_WIDTH = 360;
    private static final int CHART_HEIGHT = 90;
    private static final int CHART_MARGIN = 6;

    private ClosingHistoryServices() {
    }

    /** comparePiStockClosings: per product and facility, quantity and value in each closing and the change; the earlier closing first. */
    public static Map<String, Object> compareStockClosings(DispatchContext dctx, Map<String, ? extends Object> context) {
        Delegator delegator = dctx.getDelegator();
        Locale locale = (Locale) context.get("locale");
        String closingId = (String) context.get("closingId");
        String otherClosingId = (String) context.get("otherClosingId");
        boolean changedOnly = !"N".equals(context.get("changedOnly"));
        try {
            GenericValue first = ClosingRows.withLines(delegator, closingId);
            GenericValue second = ClosingRows.withLines(delegator, otherClosingId);
            if (first.getDate("closingDate").after(second.getDate("closingDate"))) {
                GenericValue later = first;
                first = second;
                second = later;
            }
            Comparison comparison = ClosingComparison.of(ClosingRows.figures(delegator, first.getString("closingId")),
                    ClosingRows.figures(delegator, second.getString("closingId")));
            Map<String, Object> result = ServiceUtil.returnSuccess();
            result.put("earlier", first);
            result.put("later", second);
            result.put("changes", comparison.shown(changedOnly).stream().map(ClosingHistoryServices::changeRow).toList());
            result.put("changedCount", (long) comparison.changedCount());
            result.put("valueBefore", comparison.valueBefore());
            result.put("valueAfter", comparison.valueAfter());
            result.put("valueChange", comparison.valueChange());
            return result;
        } catch (ValuationException e) {
            return Labels.error(e.labelKey(), locale, e.arguments());
        } catch (GenericEntityException e) {
            return Labels.failure("PhysInvErrorClosingCompareFailed", e, MODULE, locale, closingId, otherClosingId);
        }
    }

    private static Map<String, Object> changeRow(Change change) {
        Map<String, Object> row = new HashMap<>();
        row.put("facilityId", change.facilityId());
        row.put("productId", change.productId());
        row.put("quantityBefore", change.quantityBefore());
        row.put("quantityAfter", change.quantityAfter());
        row.put("quantityChange", change.quantityChange());
        row.put("valueBefore", change.valueBefore());
        row.put("valueAfter", change.valueAfter());
        row.put("valueChange", change.valueChange());
        return row;
    }

    /**
     * getPiWarehouseHistory: one product across the closings that hold it (done or confirmed), oldest first: quantity, last cost,
     * average cost, value; and the points of two small charts (quantity, value).
     */
    public static Map<String, Object> getWarehouseHistory(DispatchContext dctx, Map<String, ? extends Object> context) {
        Delegator delegator = dctx.getDelegator();
        Locale locale = (Locale) context.get("locale");
        String productId = (String) context.get("productId");
        String facilityId = (String) context.get("facilityId");
        try {
            if (EntityQuery.use(delegator).from("Product").where("productId", productId).queryOne() == null) {
                return Labels.error("PhysInvErrorProductNotFound", locale, productId);
            }
            List<GenericValue> lines = ClosingRows.history(delegator, productId, facilityId == null || facilityId.isEmpty() ? null : facilityId);
            List<BigDecimal> quantities = new ArrayList<>();
            List<BigDecimal> values = new ArrayList<>();
            for (GenericValue line : lines) {
                quantities.add(line.getBigDecimal("quantity"));
                values.add(line.getBigDecimal("value"));
            }
            Map<String, Object> result = ServiceUtil.returnSuccess();
            result.put("history", lines);
            result.put("quantityPoints", Sparkline.points(quantities, CHART_WIDTH, CHART_HEIGHT, CHART_MARGIN));
            result.put("valuePoints", Sparkline.points(values, CHART_WIDTH, CHART_HEIGHT, CHART_MARGIN));
            return result;
        } catch (GenericEntityException e) {
            return Labels.failure("PhysInvErrorWarehouseHistoryFailed", e, MODULE, locale, productId);
        }
    }
}
