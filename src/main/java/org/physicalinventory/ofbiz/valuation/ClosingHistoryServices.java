package org.physicalinventory.ofbiz.valuation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.ofbiz.base.util.Debug;
import org.apache.ofbiz.entity.Delegator;
import org.apache.ofbiz.entity.GenericEntityException;
import org.apache.ofbiz.entity.GenericValue;
import org.apache.ofbiz.entity.condition.EntityCondition;
import org.apache.ofbiz.entity.condition.EntityOperator;
import org.apache.ofbiz.entity.util.EntityListIterator;
import org.apache.ofbiz.entity.util.EntityQuery;
import org.apache.ofbiz.service.DispatchContext;
import org.apache.ofbiz.service.ServiceUtil;
import org.physicalinventory.ofbiz.Labels;
import org.physicalinventory.valuation.ClosingComparison;
import org.physicalinventory.valuation.ClosingComparison.Change;
import org.physicalinventory.valuation.ClosingComparison.Figure;
import org.physicalinventory.valuation.ClosingStatus;
import org.physicalinventory.valuation.Sparkline;

/** Closing history: two closings compared, and one product across closings (warehouse history). */
public final class ClosingHistoryServices {

    private static final String MODULE = ClosingHistoryServices.class.getName();
    /** The size of the warehouse history's charts, in SVG units (the template draws them at this size). */
    private static final int CHART_WIDTH = 360;
    private static final int CHART_HEIGHT = 90;
    private static final int CHART_MARGIN = 6;
    private static final List<String> WITH_LINES = List.of(ClosingStatus.DONE.statusId(), ClosingStatus.CONFIRMED.statusId());

    private ClosingHistoryServices() {
    }

    /** comparePiStockClosings: per product and facility, quantity and value in each closing and the change; the earlier closing first. */
    public static Map<String, Object> compareStockClosings(DispatchContext dctx, Map<String, ? extends Object> context) {
        Delegator delegator = dctx.getDelegator();
        Locale locale = (Locale) context.get("locale");
        try {
            GenericValue first = ClosingRun.find(delegator, (String) context.get("closingId"));
            GenericValue second = ClosingRun.find(delegator, (String) context.get("otherClosingId"));
            for (Object[] closing : new Object[][] {{first, context.get("closingId")}, {second, context.get("otherClosingId")}}) {
                if (closing[0] == null) {
                    return Labels.error("PhysInvErrorClosingNotFound", locale, closing[1]);
                }
                if (!WITH_LINES.contains(((GenericValue) closing[0]).getString("statusId"))) {
                    return Labels.error("PhysInvErrorClosingHasNoLines", locale, closing[1]);
                }
            }
            if (first.getDate("closingDate").after(second.getDate("closingDate"))) {
                GenericValue swap = first;
                first = second;
                second = swap;
            }
            boolean changedOnly = !"N".equals(context.get("changedOnly"));
            List<Map<String, Object>> rows = new ArrayList<>();
            BigDecimal valueBefore = BigDecimal.ZERO;
            BigDecimal valueAfter = BigDecimal.ZERO;
            int changed = 0;
            for (Change change : ClosingComparison.compare(figures(delegator, first), figures(delegator, second))) {
                valueBefore = valueBefore.add(change.valueBefore());
                valueAfter = valueAfter.add(change.valueAfter());
                if (change.changed()) {
                    changed++;
                }
                if (!changedOnly || change.changed()) {
                    Map<String, Object> row = new HashMap<>();
                    row.put("facilityId", change.facilityId());
                    row.put("productId", change.productId());
                    row.put("quantityBefore", change.quantityBefore());
                    row.put("quantityAfter", change.quantityAfter());
                    row.put("quantityChange", change.quantityChange());
                    row.put("valueBefore", change.valueBefore());
                    row.put("valueAfter", change.valueAfter());
                    row.put("valueChange", change.valueChange());
                    rows.add(row);
                }
            }
            Map<String, Object> result = ServiceUtil.returnSuccess();
            result.put("earlier", first);
            result.put("later", second);
            result.put("changes", rows);
            result.put("changedCount", (long) changed);
            result.put("valueBefore", valueBefore);
            result.put("valueAfter", valueAfter);
            result.put("valueChange", valueAfter.subtract(valueBefore));
            return result;
        } catch (GenericEntityException e) {
            Debug.logError(e, MODULE);
            return ServiceUtil.returnError(e.getMessage());
        }
    }

    private static List<Figure> figures(Delegator delegator, GenericValue closing) throws GenericEntityException {
        List<Figure> figures = new ArrayList<>();
        try (EntityListIterator lines = EntityQuery.use(delegator).from("PiStockClosingLine").where("closingId", closing.get("closingId"))
                .select("facilityId", "productId", "quantity", "value").queryIterator()) {
            GenericValue line;
            while ((line = lines.next()) != null) {
                figures.add(new Figure(line.getString("facilityId"), line.getString("productId"), line.getBigDecimal("quantity"),
                        line.getBigDecimal("value")));
            }
        }
        return figures;
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
            List<EntityCondition> conditions = new ArrayList<>(List.of(EntityCondition.makeCondition("productId", productId),
                    EntityCondition.makeCondition("statusId", EntityOperator.IN, WITH_LINES)));
            if (facilityId != null && !facilityId.isEmpty()) {
                conditions.add(EntityCondition.makeCondition("facilityId", facilityId));
            }
            List<GenericValue> lines = EntityQuery.use(delegator).from("PiStockClosingLineAndHeader").where(conditions)
                    .orderBy("closingDate", "closingId", "facilityId").queryList();
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
            Debug.logError(e, MODULE);
            return ServiceUtil.returnError(e.getMessage());
        }
    }
}
