package org.physicalinventory.ofbiz.valuation;

import java.sql.Timestamp;
import java.util.List;
import java.util.Locale;
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
 * organisation's currency, and the valuation method (named, or the organisation's COGS method,
 * PartyAcctgPreference.cogsMethodId). {@code refusal} is a translated error when the input names no such thing.
 */
record ClosingScope(String organizationPartyId, String facilityId, List<String> facilityIds, ValuationMethod method, String currencyUomId,
        String refusal) {

    static ClosingScope refused(String refusal) {
        return new ClosingScope(null, null, List.of(), null, null, refusal);
    }

    /**
     * The scope of a facility or organisation, valued by the method named or, when none is, by the organisation's COGS method;
     * refused with a translated message when a name is unknown.
     */
    static ClosingScope resolve(Delegator delegator, String organizationPartyId, String facilityId, Object methodName, Locale locale)
            throws GenericEntityException {
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
        ValuationMethod method = ValuationMethod.ofCogsMethod(preference == null ? null : preference.getString("cogsMethodId"));
        if (methodName != null && !methodName.toString().isEmpty()) {
            try {
                method = ValuationMethod.valueOf(methodName.toString());
            } catch (IllegalArgumentException e) {
                return refused(Labels.message("PhysInvErrorUnknownValuationMethod", locale, methodName));
            }
        }
        return new ClosingScope(organization, empty(facilityId) ? null : facilityId, facilityIds, method, currency, null);
    }

    /** Whether any stock moved in the scope before {@code until}. */
    boolean hasMovementBefore(Delegator delegator, Timestamp until) throws GenericEntityException {
        return EntityQuery.use(delegator).from("PiItemMovement").where(EntityCondition.makeCondition("facilityId", EntityOperator.IN, facilityIds),
                EntityCondition.makeCondition("effectiveDate", EntityOperator.LESS_THAN, until)).select("inventoryItemId").queryFirst() != null;
    }

    private static boolean empty(String value) {
        return value == null || value.isEmpty();
    }
}
