package org.physicalinventory.ofbiz.cycle;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.apache.ofbiz.entity.Delegator;
import org.apache.ofbiz.entity.GenericEntityException;
import org.apache.ofbiz.entity.GenericValue;
import org.apache.ofbiz.entity.util.EntityQuery;
import org.apache.ofbiz.service.DispatchContext;
import org.apache.ofbiz.service.ServiceUtil;
import org.physicalinventory.cycle.AbcShares;
import org.physicalinventory.cycle.CountFrequencies;
import org.physicalinventory.cycle.CycleException;
import org.physicalinventory.cycle.CycleSettings;
import org.physicalinventory.ofbiz.Labels;
import org.physicalinventory.ofbiz.inventory.InventoryRows;

/** A facility's cycle-count parameters (PiCycleCountParam) and its locations' own frequencies (PiLocationCountFreq). */
public final class CycleSettingServices {

    private static final String MODULE = CycleSettingServices.class.getName();
    static final String DEFAULT_LIST_TYPE = "PI_STANDARD";

    private CycleSettingServices() {
    }

    /** The settings in force for a facility: its row, or the defaults (80/15/5, 12/4/1 a year, 365 days). */
    static CycleSettings settings(Delegator delegator, String facilityId) throws GenericEntityException {
        GenericValue param = find(delegator, facilityId);
        if (param == null) {
            return CycleSettings.DEFAULT;
        }
        return new CycleSettings(new AbcShares(param.getBigDecimal("classAShare"), param.getBigDecimal("classBShare"),
                param.getBigDecimal("classCShare")), new CountFrequencies(param.getLong("countsPerYearA").intValue(),
                param.getLong("countsPerYearB").intValue(), param.getLong("countsPerYearC").intValue()), param.getLong("periodDays").intValue());
    }

    static String listTypeId(Delegator delegator, String facilityId) throws GenericEntityException {
        GenericValue param = find(delegator, facilityId);
        return param == null || param.get("listTypeId") == null ? DEFAULT_LIST_TYPE : param.getString("listTypeId");
    }

    static GenericValue find(Delegator delegator, String facilityId) throws GenericEntityException {
        return EntityQuery.use(delegator).from("PiCycleCountParam").where("facilityId", facilityId).queryOne();
    }

    /** The locations of a facility with a frequency of their own, in days. */
    static Map<String, Integer> locationDays(Delegator delegator, String facilityId) throws GenericEntityException {
        Map<String, Integer> days = new HashMap<>();
        for (GenericValue row : EntityQuery.use(delegator).from("PiLocationCountFreq").where("facilityId", facilityId).queryList()) {
            days.put(row.getString("locationSeqId"), row.getLong("frequencyDays").intValue());
        }
        return days;
    }

    /**
     * savePiCycleCountParam: the settings are read strictly as typed (the service takes them as text) and
     * refused, nothing written, when the shares do not add up to 100 or a frequency is not a count a year can hold.
     */
    public static Map<String, Object> saveCycleCountParam(DispatchContext dctx, Map<String, ? extends Object> context) {
        Delegator delegator = dctx.getDelegator();
        Locale locale = (Locale) context.get("locale");
        String facilityId = (String) context.get("facilityId");
        try {
            CycleSettings settings = CycleSettings.read((String) context.get("classAShare"), (String) context.get("classBShare"),
                    (String) context.get("classCShare"), (String) context.get("countsPerYearA"), (String) context.get("countsPerYearB"),
                    (String) context.get("countsPerYearC"), (String) context.get("periodDays"));
            if (EntityQuery.use(delegator).from("Facility").where("facilityId", facilityId).queryOne() == null) {
                return Labels.error("PhysInvErrorFacilityNotFound", locale, facilityId);
            }
            String listTypeId = (String) context.get("listTypeId");
            if (listTypeId != null && InventoryRows.listType(delegator, listTypeId) == null) {
                return Labels.error("PhysInvErrorListTypeNotFound", locale, listTypeId);
            }
            GenericValue param = delegator.makeValue("PiCycleCountParam", Map.of("facilityId", facilityId));
            param.set("classAShare", settings.shares().a());
            param.set("classBShare", settings.shares().b());
            param.set("classCShare", settings.shares().c());
            param.set("countsPerYearA", (long) settings.frequencies().a());
            param.set("countsPerYearB", (long) settings.frequencies().b());
            param.set("countsPerYearC", (long) settings.frequencies().c());
            param.set("periodDays", (long) settings.periodDays());
            param.set("listTypeId", listTypeId);
            delegator.createOrStore(param);
            return ServiceUtil.returnSuccess();
        } catch (CycleException e) {
            return Labels.error(e.labelKey(), locale, e.arguments());
        } catch (GenericEntityException e) {
            return Labels.failure("PhysInvErrorCycleParamStoreFailed", e, MODULE, locale, facilityId);
        }
    }

    /** savePiLocationCountFreq: a location counted at least every so many days; refused when the days are not a whole number above zero. */
    public static Map<String, Object> saveLocationCountFreq(DispatchContext dctx, Map<String, ? extends Object> context) {
        Delegator delegator = dctx.getDelegator();
        Locale locale = (Locale) context.get("locale");
        String facilityId = (String) context.get("facilityId");
        String locationSeqId = (String) context.get("locationSeqId");
        try {
            int days = CountFrequencies.checkLocationDays(CycleSettings.whole((String) context.get("frequencyDays"), 0));
            if (EntityQuery.use(delegator).from("FacilityLocation").where("facilityId", facilityId, "locationSeqId", locationSeqId)
                    .queryOne() == null) {
                return Labels.error("PhysInvErrorLocationNotFound", locale, locationSeqId, facilityId);
            }
            delegator.createOrStore(delegator.makeValue("PiLocationCountFreq", Map.of("facilityId", facilityId,
                    "locationSeqId", locationSeqId, "frequencyDays", (long) days)));
            return ServiceUtil.returnSuccess();
        } catch (CycleException e) {
            return Labels.error(e.labelKey(), locale, e.arguments());
        } catch (GenericEntityException e) {
            return Labels.failure("PhysInvErrorLocationFrequencyStoreFailed", e, MODULE, locale, locationSeqId, facilityId);
        }
    }

    static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
