package org.physicalinventory.valuation;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import java.util.List;
import java.util.Map;

import org.junit.Test;
import org.physicalinventory.valuation.ClosingScope.AccountingPreference;
import org.physicalinventory.valuation.ClosingScope.Facility;

/** What a closing covers: a facility or an organisation's facilities, its currency and the method that values it. */
public class ClosingScopeTest {

    /** Company owns WH1 and WH2 and values by average cost in EUR; Other owns nothing; WH9 belongs to no one. */
    private static final ClosingScope.Directory OFBIZ = new ClosingScope.Directory() {
        private final Map<String, Facility> facilities = Map.of("WH1", new Facility("WH1", "Company"), "WH2", new Facility("WH2", "Company"),
                "WH9", new Facility("WH9", null));

        @Override
        public Facility facility(String facilityId) {
            return facilities.get(facilityId);
        }

        @Override
        public boolean organizationExists(String organizationPartyId) {
            return List.of("Company", "Other").contains(organizationPartyId);
        }

        @Override
        public List<String> facilitiesOf(String organizationPartyId) {
            return "Company".equals(organizationPartyId) ? List.of("WH1", "WH2") : List.of();
        }

        @Override
        public AccountingPreference preference(String organizationPartyId) {
            return "Company".equals(organizationPartyId) ? new AccountingPreference("EUR", "COGS_AVG_COST") : null;
        }
    };

    @Test
    public void aFacilityIsClosedAloneForTheOrganisationThatOwnsIt() throws Exception {
        ClosingScope scope = ClosingScope.resolve(OFBIZ, null, "WH2", null, "USD");
        assertEquals(new ClosingScope("Company", "WH2", List.of("WH2"), ValuationMethod.AVERAGE, "EUR"), scope);
        assertEquals(scope, ClosingScope.resolve(OFBIZ, "Company", "WH2", "", "USD"));
    }

    @Test
    public void anOrganisationIsClosedWithEveryFacilityItOwns() throws Exception {
        assertEquals(new ClosingScope("Company", null, List.of("WH1", "WH2"), ValuationMethod.AVERAGE, "EUR"),
                ClosingScope.resolve(OFBIZ, "Company", "", null, "USD"));
    }

    @Test
    public void aMethodNamedValuesInsteadOfTheOrganisationsCogsMethod() throws Exception {
        assertEquals(ValuationMethod.LAST_COST, ClosingScope.resolve(OFBIZ, "Company", null, "LAST_COST", "USD").method());
    }

    @Test
    public void withoutAnAccountingPreferenceTheDefaultCurrencyAndFifoApply() throws Exception {
        assertEquals(new ClosingScope(null, "WH9", List.of("WH9"), ValuationMethod.FIFO, "USD"),
                ClosingScope.resolve(OFBIZ, null, "WH9", null, "USD"));
    }

    @Test
    public void eachBadNameIsRefusedWithWhatIsWrong() {
        Object[][] cases = {
            {null, null, null, "PhysInvErrorClosingScopeMissing", new Object[] {}},
            {"", "", null, "PhysInvErrorClosingScopeMissing", new Object[] {}},
            {null, "NO_SUCH", null, "PhysInvErrorFacilityNotFound", new Object[] {"NO_SUCH"}},
            {"Other", "WH1", null, "PhysInvErrorFacilityNotOfOrganization", new Object[] {"WH1", "Other"}},
            {"Nobody", null, null, "PhysInvErrorOrganizationNotFound", new Object[] {"Nobody"}},
            {"Other", null, null, "PhysInvErrorOrganizationHasNoFacility", new Object[] {"Other"}},
            {null, "WH1", "HIFO", "PhysInvErrorUnknownValuationMethod", new Object[] {"HIFO"}},
        };
        for (Object[] c : cases) {
            try {
                ClosingScope scope = ClosingScope.resolve(OFBIZ, (String) c[0], (String) c[1], (String) c[2], "USD");
                fail("refused: " + List.of(c) + ", not " + scope);
            } catch (ValuationException e) {
                assertEquals(e.labelKey(), c[3], e.labelKey());
                assertArrayEquals(e.labelKey(), (Object[]) c[4], e.arguments());
            }
        }
    }

    @Test
    public void onlyLifoReplaysEveryMovement() {
        for (ValuationMethod method : ValuationMethod.values()) {
            assertEquals(method.name(), method == ValuationMethod.LIFO, method.replaysMovements());
        }
    }
}
