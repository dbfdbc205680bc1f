package org.physicalinventory.ofbiz.difference;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.ofbiz.entity.Delegator;
import org.apache.ofbiz.entity.GenericEntityException;
import org.apache.ofbiz.entity.GenericValue;
import org.apache.ofbiz.entity.util.EntityQuery;
import org.apache.ofbiz.service.DispatchContext;
import org.apache.ofbiz.service.ServiceUtil;
import org.physicalinventory.difference.Tolerances;
import org.physicalinventory.ofbiz.Labels;
import org.physicalinventory.ofbiz.inventory.InventoryRows;

/** Stock-difference parameters: the facility's own row, else its organisation's default (facilityId _NA_). */
public final class StockDifferenceParameterServices {

    private static final String MODULE = StockDifferenceParameterServices.class.getName();

    private StockDifferenceParameterServices() {
    }

    /** Creates or updates the parameters of an organisation (and facility). */
    public static Map<String, Object> saveStockDiffParam(DispatchContext dctx, Map<String, ? extends Object> context) {
        Delegator delegator = dctx.getDelegator();
        Locale locale = (Locale) context.get("locale");
        String facilityId = Optional.ofNullable((String) context.get("facilityId")).orElse(InventoryRows.ORGANIZATION_DEFAULT);
        Optional<String> refusal = new Tolerances((BigDecimal) context.get("toleranceQuantity"),
                (BigDecimal) context.get("tolerancePercent"), (BigDecimal) context.get("toleranceValue")).refusal();
        if (refusal.isPresent()) {
            return Labels.error(refusal.get(), locale);
        }
        for (String field : new String[] {"cutOffMinutes", "storyDays"}) {
            if (context.get(field) instanceof Long value && value < 0) {
                return Labels.error("PhysInvErrorNegativeExplainPeriod", locale, value);
            }
        }
        try {
            if (!InventoryRows.ORGANIZATION_DEFAULT.equals(facilityId)
                    && EntityQuery.use(delegator).from("Facility").where("facilityId", facilityId).queryOne() == null) {
                return Labels.error("PhysInvErrorFacilityNotFound", locale, facilityId);
            }
            GenericValue param = delegator.makeValue("PiStockDiffParam");
            param.setPKFields(context);
            param.set("facilityId", facilityId);
            param.setNonPKFields(context);
            delegator.createOrStore(param);
        } catch (GenericEntityException e) {
            return Labels.failure("PhysInvErrorStockDifferenceParametersFailed", e, MODULE, locale, context.get("organizationPartyId"),
                    facilityId);
        }
        Map<String, Object> result = ServiceUtil.returnSuccess();
        result.put("facilityId", facilityId);
        return result;
    }
}
