package org.physicalinventory.ofbiz.valuation;

import java.sql.Timestamp;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.ofbiz.base.util.UtilProperties;
import org.apache.ofbiz.entity.Delegator;
import org.apache.ofbiz.entity.GenericEntityException;
import org.apache.ofbiz.entity.GenericValue;
import org.apache.ofbiz.entity.condition.EntityCondition;
import org.apache.ofbiz.entity.condition.EntityOperator;
import org.apache.ofbiz.entity.util.EntityQuery;
import org.physicalinventory.ofbiz.Labels;
import org.physicalinventory.valuation.ValuationMethod;

/**
 * What a closing or a live report covers: one facility, or every facility an organisation owns; the
 * organisation's COGS method (PartyAcctgPreference.cogsMethodId) and currency. {@code refusal} is a
 * translated error when the input names no such thing.
 */
record ClosingScope(String organizationPartyId, String facilityId, List<String> facilityIds, ValuationMethod cogsMethod, String currencyUomId,
        String refusal) {

    static ClosingScope refused(String refusal) {
        return new ClosingScope(null, null, List.of(), null, null, refusal);
    }

    static ClosingScope resolve(Delegator delegator, String organizationPartyId, String facilityId, Locale locale) throws GenericEntityException {
        String organization = empty(organizationPartyId) ? null : organizationPartyId;
        List<String> facilityIds;
        if (!empty(facilityId)) {
            GenericValue facility = EntityQuery.use(delegator).from("Facility").where("facilityId", facilityId).queryOne();
            if (facility == null) {
                return refused(Labels.message("PhysInvErrorFacilityNotFound", locale, facilityId));
            }
            String owner = facility.getString("ownerPartyId");
            if (organization != null && !organization.equals(owner)) {
                return refused(Labels.message("PhysInvErrorFacilityNotOfOrganization", locale, facilityId, organization));
            }
            organization = owner;
            facilityIds = List.of(facilityId);
        } else if (organization != null) {
            if (EntityQuery.use(delegator).from("Party").where("partyId", organization).queryOne() == null) {
                return refused(Labels.message("PhysInvErrorOrganizationNotFound", locale, organization));
            }
            facilityIds = EntityQuery.use(delegator).from("Facility").where("ownerPartyId", organization).orderBy("facilityId")
                    .select("facilityId").queryList().stream().map(f -> f.getString("facilityId")).collect(Collectors.toList());
            if (facilityIds.isEmpty()) {
                return refused(Labels.message("PhysInvErrorOrganizationHasNoFacility", locale, organization));
            }
        } else {
            return refused(Labels.message("PhysInvErrorClosingScopeMissing", locale));
        }
        GenericValue preference = organization == null ? null
                : EntityQuery.use(delegator).from("PartyAcctgPreference").where("partyId", organization).queryOne();
        String currency = preference != null && preference.get("baseCurrencyUomId") != null ? preference.getString("baseCurrencyUomId")
                : UtilProperties.getPropertyValue("general", "currency.uom.id.default", "USD");
        return new ClosingScope(organization, empty(facilityId) ? null : facilityId, facilityIds,
                ValuationMethod.ofCogsMethod(preference == null ? null : preference.getString("cogsMethodId")), currency, null);
    }

    /** Whether any stock moved in the scope before {@code until}. */
    boolean hasMovementBefore(Delegator delegator, Timestamp until) throws GenericEntityException {
        return EntityQuery.use(delegator).from("PiItemMovement").where(EntityCondition.makeCondition("facilityId", EntityOperator.IN, facilityIds),
                EntityCondition.makeCondition("effectiveDate", EntityOperator.LESS_THAN, until)).select("inventoryItemId").queryFirst() != null;
    }

    /** The method named, or the organisation's COGS method when none is; null when the name is unknown. */
    ValuationMethod method(Object named) {
        if (named == null || named.toString().isEmpty()) {
            return cogsMethod;
        }
        try {
            return ValuationMethod.valueOf(named.toString());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    Map<String, Object> asMap() {
        return Map.of("organizationPartyId", organizationPartyId == null ? "" : organizationPartyId, "facilityIds", facilityIds);
    }

    private static boolean empty(String value) {
        return value == null || value.isEmpty();
    }
}
