package org.physicalinventory.ofbiz.valuation;

import java.util.List;

import org.apache.ofbiz.base.util.UtilProperties;
import org.apache.ofbiz.entity.Delegator;
import org.apache.ofbiz.entity.GenericEntityException;
import org.apache.ofbiz.entity.GenericValue;
import org.apache.ofbiz.entity.util.EntityQuery;
import org.physicalinventory.valuation.ClosingScope;
import org.physicalinventory.valuation.ValuationException;

/** OFBiz's facilities, organisations (parties) and their accounting preferences, as the core resolves a closing's scope against them. */
final class EntityScopeDirectory implements ClosingScope.Directory {

    private final Delegator delegator;

    private EntityScopeDirectory(Delegator delegator) {
        this.delegator = delegator;
    }

    /**
     * The scope of a facility or an organisation (empty names count as none), valued by the method named or else by the
     * organisation's COGS method, in its currency or OFBiz's default one; refused when a name is unknown.
     */
    static ClosingScope resolve(Delegator delegator, String organizationPartyId, String facilityId, String methodName)
            throws GenericEntityException, ValuationException {
        String defaultCurrency = UtilProperties.getPropertyValue("general", "currency.uom.id.default", "USD");
        try {
            return ClosingScope.resolve(new EntityScopeDirectory(delegator), organizationPartyId, facilityId, methodName, defaultCurrency);
        } catch (Unread e) {
            throw e.failure;
        }
    }

    @Override
    public ClosingScope.Facility facility(String facilityId) {
        GenericValue facility = one("Facility", "facilityId", facilityId);
        return facility == null ? null : new ClosingScope.Facility(facilityId, facility.getString("ownerPartyId"));
    }

    @Override
    public boolean organizationExists(String organizationPartyId) {
        return one("Party", "partyId", organizationPartyId) != null;
    }

    @Override
    public List<String> facilitiesOf(String organizationPartyId) {
        try {
            return EntityQuery.use(delegator).from("Facility").where("ownerPartyId", organizationPartyId).orderBy("facilityId")
                    .select("facilityId").queryList().stream().map(f -> f.getString("facilityId")).toList();
        } catch (GenericEntityException e) {
            throw new Unread(e);
        }
    }

    @Override
    public ClosingScope.AccountingPreference preference(String organizationPartyId) {
        GenericValue preference = one("PartyAcctgPreference", "partyId", organizationPartyId);
        return preference == null ? null
                : new ClosingScope.AccountingPreference(preference.getString("baseCurrencyUomId"), preference.getString("cogsMethodId"));
    }

    private GenericValue one(String entityName, String field, String id) {
        try {
            return EntityQuery.use(delegator).from(entityName).where(field, id).queryOne();
        } catch (GenericEntityException e) {
            throw new Unread(e);
        }
    }

    /** A row that could not be read, carried through the core's resolution and thrown again as it was. */
    private static final class Unread extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final GenericEntityException failure;

        Unread(GenericEntityException cause) {
            super(cause);
            this.failure = cause;
        }
    }
}
