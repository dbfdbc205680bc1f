package org.physicalinventory.valuation;

import java.util.List;

/**
 * What a closing or a live report covers: one facility, or every facility an organisation owns; the organisation's
 * currency; and the valuation method, the one named or else the organisation's COGS method.
 */
public record ClosingScope(String organizationPartyId, String facilityId, List<String> facilityIds, ValuationMethod method,
        String currencyUomId) {

    public ClosingScope {
        facilityIds = List.copyOf(facilityIds);
    }

    /** The facts of OFBiz a scope is resolved against: facilities, organisations and their accounting preferences. */
    public interface Directory {

        /** The facility, or null when there is none with this id. */
        Facility facility(String facilityId);

        boolean organizationExists(String organizationPartyId);

        /** The facilities the organisation owns, in the order of their ids. */
        List<String> facilitiesOf(String organizationPartyId);

        /** The organisation's accounting preference, or null when it has none. */
        AccountingPreference preference(String organizationPartyId);
    }

    /** A facility and the organisation that owns it (null when none does). */
    public record Facility(String facilityId, String ownerPartyId) {
    }

    /** An organisation's base currency and COGS method (either may be null). */
    public record AccountingPreference(String baseCurrencyUomId, String cogsMethodId) {
    }

    /**
     * The scope a closing names: a facility (its owner is the organisation, which must be the one named, if any), else every
     * facility of the organisation. Valued by the method named, else by the organisation's COGS method; in the organisation's
     * base currency, else in {@code defaultCurrencyUomId}. Empty names count as none.
     */
    public static ClosingScope resolve(Directory directory, String organizationPartyId, String facilityId, String methodName,
            String defaultCurrencyUomId) throws ValuationException {
        String organization = blank(organizationPartyId) ? null : organizationPartyId;
        String facility = blank(facilityId) ? null : facilityId;
        if (facility != null) {
            organization = ownerOf(directory, facility, organization);
        } else if (organization == null) {
            throw new ValuationException("PhysInvErrorClosingScopeMissing");
        }
        List<String> facilityIds = facility != null ? List.of(facility) : facilitiesOf(directory, organization);
        AccountingPreference preference = organization == null ? null : directory.preference(organization);
        String currency = preference != null && preference.baseCurrencyUomId() != null ? preference.baseCurrencyUomId() : defaultCurrencyUomId;
        ValuationMethod method = blank(methodName) ? ValuationMethod.ofCogsMethod(preference == null ? null : preference.cogsMethodId())
                : ValuationMethod.named(methodName);
        return new ClosingScope(organization, facility, facilityIds, method, currency);
    }

    /** The organisation of a facility: its owner, which must be the organisation named when one is. */
    private static String ownerOf(Directory directory, String facilityId, String organization) throws ValuationException {
        Facility facility = directory.facility(facilityId);
        if (facility == null) {
            throw new ValuationException("PhysInvErrorFacilityNotFound", facilityId);
        }
        if (organization != null && !organization.equals(facility.ownerPartyId())) {
            throw new ValuationException("PhysInvErrorFacilityNotOfOrganization", facilityId, organization);
        }
        return facility.ownerPartyId();
    }

    private static List<String> facilitiesOf(Directory directory, String organization) throws ValuationException {
        if (!directory.organizationExists(organization)) {
            throw new ValuationException("PhysInvErrorOrganizationNotFound", organization);
        }
        List<String> facilityIds = directory.facilitiesOf(organization);
        if (facilityIds.isEmpty()) {
            throw new ValuationException("PhysInvErrorOrganizationHasNoFacility", organization);
        }
        return facilityIds;
    }

    private static boolean blank(String value) {
        return value == null || value.isEmpty();
    }
}
