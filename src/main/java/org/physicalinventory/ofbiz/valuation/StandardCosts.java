package org.physicalinventory.ofbiz.valuation;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.Map;

import org.apache.ofbiz.entity.Delegator;
import org.apache.ofbiz.entity.GenericEntityException;
import org.apache.ofbiz.entity.GenericValue;
import org.apache.ofbiz.entity.condition.EntityCondition;
import org.apache.ofbiz.entity.condition.EntityOperator;
import org.apache.ofbiz.entity.util.EntityListIterator;
import org.apache.ofbiz.entity.util.EntityQuery;
import org.physicalinventory.ofbiz.Transactions;

/**
 * Standard costs at a moment: per product, the sum of its estimated standard cost components
 * (CostComponent types EST_STD_*) in the currency, valid then — what OFBiz's getProductCost sums for
 * today, in one query for all products. A product without any has no standard cost.
 */
public final class StandardCosts {

    private StandardCosts() {
    }

    public static Map<String, BigDecimal> at(Delegator delegator, Timestamp moment, String currencyUomId) throws GenericEntityException {
        // a closing's run has no transaction of its own (its lines are written in the LineWriter's)
        return Transactions.read(() -> {
            Map<String, BigDecimal> costs = new HashMap<>();
            try (EntityListIterator components = EntityQuery.use(delegator).from("CostComponent").where(
                    EntityCondition.makeCondition("costComponentTypeId", EntityOperator.LIKE, "EST_STD_%"),
                    EntityCondition.makeCondition("costUomId", currencyUomId),
                    EntityCondition.makeCondition("productId", EntityOperator.NOT_EQUAL, null),
                    EntityCondition.makeCondition("cost", EntityOperator.NOT_EQUAL, null),
                    EntityCondition.makeCondition("fromDate", EntityOperator.LESS_THAN, moment),
                    EntityCondition.makeCondition(EntityCondition.makeCondition("thruDate", null), EntityOperator.OR,
                            EntityCondition.makeCondition("thruDate", EntityOperator.GREATER_THAN_EQUAL_TO, moment)))
                    .select("productId", "cost").queryIterator()) {
                GenericValue component;
                while ((component = components.next()) != null) {
                    costs.merge(component.getString("productId"), component.getBigDecimal("cost"), BigDecimal::add);
                }
            }
            return costs;
        });
    }
}
