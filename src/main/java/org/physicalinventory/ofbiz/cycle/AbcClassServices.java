package org.physicalinventory.ofbiz.cycle;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;

import org.apache.ofbiz.base.util.Debug;
import org.apache.ofbiz.base.util.UtilDateTime;
import org.apache.ofbiz.base.util.UtilMisc;
import org.apache.ofbiz.entity.Delegator;
import org.apache.ofbiz.entity.GenericEntityException;
import org.apache.ofbiz.entity.GenericValue;
import org.apache.ofbiz.entity.condition.EntityCondition;
import org.apache.ofbiz.entity.condition.EntityOperator;
import org.apache.ofbiz.entity.util.EntityListIterator;
import org.apache.ofbiz.entity.util.EntityQuery;
import org.apache.ofbiz.service.DispatchContext;
import org.apache.ofbiz.service.GenericServiceException;
import org.apache.ofbiz.service.ServiceUtil;
import org.physicalinventory.cycle.AbcClass;
import org.physicalinventory.cycle.AbcClassifier;
import org.physicalinventory.cycle.CycleException;
import org.physicalinventory.cycle.CycleSettings;
import org.physicalinventory.cycle.ProductClass;
import org.physicalinventory.cycle.ProductUsage;
import org.physicalinventory.ofbiz.Labels;

/**
 * ABC classes of a facility's products from OFBiz's own stock movements: the inventory item details
 * of issuances (they carry an itemIssuanceId: sales shipments, issues to work efforts and production
 * runs), valued at the unit cost of the item they left (OFBiz's average cost when the item has none).
 * Variances, transfers and receipts are not usage.
 */
public final class AbcClassServices {

    private static final String MODULE = AbcClassServices.class.getName();

    private AbcClassServices() {
    }

    /** computePiAbcClasses: ranks the facility's products over the period and stores their classes, replacing the previous ones. */
    public static Map<String, Object> computeAbcClasses(DispatchContext dctx, Map<String, ? extends Object> context) {
        Delegator delegator = dctx.getDelegator();
        Locale locale = (Locale) context.get("locale");
        String facilityId = (String) context.get("facilityId");
        TimeZone timeZone = context.get("timeZone") instanceof TimeZone zone ? zone : TimeZone.getDefault();
        Timestamp now = UtilDateTime.nowTimestamp();
        Timestamp thruDate = context.get("thruDate") == null ? now : (Timestamp) context.get("thruDate");
        try {
            GenericValue facility = EntityQuery.use(delegator).from("Facility").where("facilityId", facilityId).queryOne();
            if (facility == null) {
                return Labels.error("PhysInvErrorFacilityNotFound", locale, facilityId);
            }
            CycleSettings settings = CycleSettingServices.settings(delegator, facilityId);
            Timestamp fromDate = context.get("fromDate") != null ? (Timestamp) context.get("fromDate")
                    : new Timestamp(thruDate.getTime() - settings.periodDays() * 86_400_000L);
            if (!fromDate.before(thruDate)) {
                return Labels.error("PhysInvErrorPeriodReversed", locale, day(fromDate, timeZone), day(thruDate, timeZone));
            }
            List<ProductClass> ranked;
            try {
                ranked = AbcClassifier.classify(usage(delegator, facility, fromDate, thruDate), stocked(delegator, facilityId), settings.shares());
            } catch (CycleException e) {
                return Labels.error(e.labelKey(), locale, facilityId, day(fromDate, timeZone), day(thruDate, timeZone));
            }
            store(delegator, facilityId, ranked, fromDate, thruDate, now);
            return computed(locale, facilityId, ranked);
        } catch (GenericEntityException e) {
            return Labels.failure("PhysInvErrorAbcClassesComputeFailed", e, MODULE, locale, facilityId);
        }
    }

    /** The answer: how many products each class has, in numbers and in words. */
    private static Map<String, Object> computed(Locale locale, String facilityId, List<ProductClass> ranked) {
        Map<AbcClass, Integer> counts = new EnumMap<>(AbcClass.class);
        for (AbcClass abcClass : AbcClass.values()) {
            counts.put(abcClass, (int) ranked.stream().filter(p -> p.abcClass() == abcClass).count());
        }
        Map<String, Object> result = ServiceUtil.returnSuccess(Labels.message("PhysInvAbcClassesComputed", locale, facilityId,
                counts.get(AbcClass.A), counts.get(AbcClass.B), counts.get(AbcClass.C)));
        result.put("classA", counts.get(AbcClass.A));
        result.put("classB", counts.get(AbcClass.B));
        result.put("classC", counts.get(AbcClass.C));
        return result;
    }

    /** Replaces the facility's classes with the ranked products, dated with their period and when they were computed. */
    private static void store(Delegator delegator, String facilityId, List<ProductClass> ranked, Timestamp fromDate, Timestamp thruDate,
            Timestamp computedDate) throws GenericEntityException {
        delegator.removeByAnd("PiAbcClass", UtilMisc.toMap("facilityId", facilityId));
        List<GenericValue> rows = new ArrayList<>();
        for (ProductClass product : ranked) {
            rows.add(delegator.makeValue("PiAbcClass", UtilMisc.toMap("facilityId", facilityId, "productId", product.productId(),
                    "abcClass", product.abcClass().name(), "rankNum", (long) product.rank(), "issuedQuantity", product.quantity(),
                    "issuedValue", product.value(), "sharePercent", product.sharePercent(), "cumulativePercent", product.cumulativePercent(),
                    "fromDate", fromDate, "thruDate", thruDate, "computedDate", computedDate)));
        }
        delegator.storeAll(rows);
    }

    /**
     * computePiAbcClassesForAll, the scheduled job: recomputes the classes of every facility with
     * cycle-count parameters, each in a transaction of its own; a facility that cannot be ranked (no
     * movements in its period) is logged and left as it was.
     */
    public static Map<String, Object> computeAbcClassesForAll(DispatchContext dctx, Map<String, ? extends Object> context) {
        List<String> done = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        try {
            for (GenericValue param : EntityQuery.use(dctx.getDelegator()).from("PiCycleCountParam").orderBy("facilityId").queryList()) {
                Map<String, Object> result = dctx.getDispatcher().runSync("computePiAbcClasses", UtilMisc.toMap("facilityId",
                        param.get("facilityId"), "userLogin", context.get("userLogin"), "locale", context.get("locale")));
                if (ServiceUtil.isSuccess(result)) {
                    done.add(param.getString("facilityId"));
                } else {
                    skipped.add(param.getString("facilityId"));
                    Debug.logWarning("ABC classes of facility " + param.get("facilityId") + " not recomputed: "
                            + ServiceUtil.getErrorMessage(result), MODULE);
                }
            }
        } catch (GenericEntityException | GenericServiceException e) {
            return Labels.failure("PhysInvErrorAbcClassesJobFailed", e, MODULE, (Locale) context.get("locale"));
        }
        Debug.logInfo("ABC classes recomputed for " + done + "; not for " + skipped, MODULE);
        Map<String, Object> result = ServiceUtil.returnSuccess();
        result.put("facilitiesComputed", done);
        result.put("facilitiesSkipped", skipped);
        return result;
    }

    /** What issuances took from the facility's items in the period, per product and item unit cost. */
    private static List<ProductUsage> usage(Delegator delegator, GenericValue facility, Timestamp fromDate, Timestamp thruDate)
            throws GenericEntityException {
        List<ProductUsage> usage = new ArrayList<>();
        try (EntityListIterator rows = EntityQuery.use(delegator).from("PiIssuedByProduct").where(
                EntityCondition.makeCondition("facilityId", facility.get("facilityId")),
                EntityCondition.makeCondition("effectiveDate", EntityOperator.GREATER_THAN_EQUAL_TO, fromDate),
                EntityCondition.makeCondition("effectiveDate", EntityOperator.LESS_THAN, thruDate),
                EntityCondition.makeCondition("itemIssuanceId", EntityOperator.NOT_EQUAL, null))
                .select("productId", "unitCost", "issuedQuantity").queryIterator()) {
            GenericValue row;
            while ((row = rows.next()) != null) {
                BigDecimal quantity = CycleSettingServices.orZero(row.getBigDecimal("issuedQuantity")).negate();
                BigDecimal unitCost = row.getBigDecimal("unitCost");
                if (unitCost == null) {
                    unitCost = averageCost(delegator, facility, row.getString("productId"));
                }
                usage.add(new ProductUsage(row.getString("productId"), quantity, quantity.multiply(unitCost)));
            }
        }
        return usage;
    }

    private static BigDecimal averageCost(Delegator delegator, GenericValue facility, String productId) throws GenericEntityException {
        GenericValue average = EntityQuery.use(delegator).from("ProductAverageCost").where("productAverageCostTypeId", "SIMPLE_AVG_COST",
                "organizationPartyId", facility.get("ownerPartyId"), "productId", productId, "facilityId", facility.get("facilityId"))
                .filterByDate().orderBy("-fromDate").queryFirst();
        return average == null ? BigDecimal.ZERO : CycleSettingServices.orZero(average.getBigDecimal("averageCost"));
    }

    /** The products the facility holds now. */
    private static Set<String> stocked(Delegator delegator, String facilityId) throws GenericEntityException {
        Set<String> products = new HashSet<>();
        try (EntityListIterator items = EntityQuery.use(delegator).from("InventoryItem").where(
                EntityCondition.makeCondition("facilityId", facilityId),
                EntityCondition.makeCondition("quantityOnHandTotal", EntityOperator.NOT_EQUAL, BigDecimal.ZERO))
                .select("productId").distinct().queryIterator()) {
            GenericValue item;
            while ((item = items.next()) != null) {
                products.add(item.getString("productId"));
            }
        }
        return products;
    }

    static String day(Timestamp timestamp, TimeZone timeZone) {
        return timestamp.toInstant().atZone(timeZone.toZoneId()).toLocalDate().toString();
    }
}
