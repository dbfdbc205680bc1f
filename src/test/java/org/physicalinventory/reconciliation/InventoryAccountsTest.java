package org.physicalinventory.reconciliation;

import static org.junit.Assert.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.Test;
import org.physicalinventory.reconciliation.InventoryAccounts.Membership;

/** A product's inventory account, found as OFBiz's getGlAccountFromAccountType finds it when it posts the product's stock. */
public class InventoryAccountsTest {

    private static final Instant OLD = Instant.parse("2024-01-01T00:00:00Z");
    private static final Instant NEW = Instant.parse("2025-06-01T00:00:00Z");

    private static final InventoryAccounts ACCOUNTS = new InventoryAccounts("140000", Map.of("OWN", "140300", "BOTH", "140300"),
            Map.of("FOOD", "140100", "TOOLS", "140200"), Map.of(
                    "BOTH", List.of(new Membership("FOOD", NEW)),
                    "FOODTOOL", List.of(new Membership("TOOLS", OLD), new Membership("FOOD", NEW)),
                    "PLAIN", List.of(new Membership("CATALOG", NEW))));

    @Test
    public void aProductsOwnAccountComesFirst() {
        assertEquals("140300", ACCOUNTS.accountOf("OWN"));
        assertEquals("even when one of its categories has one", "140300", ACCOUNTS.accountOf("BOTH"));
    }

    @Test
    public void elseTheAccountOfItsLatestCategoryThatHasOne() {
        assertEquals("FOOD joined last", "140100", ACCOUNTS.accountOf("FOODTOOL"));
    }

    @Test
    public void elseTheOrganisationsDefaultAndWithoutOneNone() {
        assertEquals("a category without an account", "140000", ACCOUNTS.accountOf("PLAIN"));
        assertEquals("140000", ACCOUNTS.accountOf("UNKNOWN"));
        InventoryAccounts noDefault = new InventoryAccounts(null, Map.of(), Map.of(), Map.of());
        assertEquals(InventoryAccounts.NONE, noDefault.accountOf("UNKNOWN"));
    }

    @Test
    public void theAccountsToReadAreEveryOneTheOrganisationMaps() {
        assertEquals(List.of("140000", "140100", "140200", "140300"), List.copyOf(ACCOUNTS.accounts()));
        assertEquals(Set.of(), new InventoryAccounts(null, Map.of(), Map.of(), Map.of()).accounts());
    }
}
