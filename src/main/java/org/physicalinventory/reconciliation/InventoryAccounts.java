package org.physicalinventory.reconciliation;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The inventory GL account of each product of an organisation, as OFBiz's getGlAccountFromAccountType finds the account of type
 * INVENTORY_ACCOUNT when it posts a movement of the product: the product's own account (ProductGlAccount), else the account of the
 * first of its categories that has one (ProductCategoryGlAccount; its current memberships, the latest first), else the
 * organisation's default (GlAccountTypeDefault). A product none of them gives is under {@link #NONE}.
 */
public final class InventoryAccounts {

    /** The account of products for which the organisation has no inventory account. */
    public static final String NONE = "_NA_";

    /** A product's membership of a category, valid now, from this date. */
    public record Membership(String categoryId, Instant fromDate) {
    }

    private static final Comparator<Membership> LATEST_FIRST = Comparator.comparing(Membership::fromDate, Comparator.reverseOrder())
            .thenComparing(Membership::categoryId);

    private final String defaultAccount;
    private final Map<String, String> productAccounts;
    private final Map<String, String> categoryAccounts;
    private final Map<String, List<Membership>> memberships;

    /**
     * @param defaultAccount the organisation's default inventory account, or null
     * @param productAccounts the products' own inventory accounts
     * @param categoryAccounts the inventory accounts of categories
     * @param memberships the current category memberships of the products (only those of categories with an account matter)
     */
    public InventoryAccounts(String defaultAccount, Map<String, String> productAccounts, Map<String, String> categoryAccounts,
            Map<String, List<Membership>> memberships) {
        this.defaultAccount = defaultAccount;
        this.productAccounts = Map.copyOf(productAccounts);
        this.categoryAccounts = Map.copyOf(categoryAccounts);
        this.memberships = Map.copyOf(memberships);
    }

    /** The product's inventory account, or {@link #NONE}. */
    public String accountOf(String productId) {
        String own = productAccounts.get(productId);
        if (own != null) {
            return own;
        }
        List<Membership> categories = memberships.getOrDefault(productId, List.of());
        String ofCategory = categories.stream().sorted(LATEST_FIRST).map(m -> categoryAccounts.get(m.categoryId()))
                .filter(account -> account != null).findFirst().orElse(null);
        if (ofCategory != null) {
            return ofCategory;
        }
        return defaultAccount != null ? defaultAccount : NONE;
    }

    /** Every inventory account the organisation maps, in the order of their ids: the ledger balances to read. */
    public Set<String> accounts() {
        Set<String> accounts = new TreeSet<>(productAccounts.values());
        accounts.addAll(categoryAccounts.values());
        if (defaultAccount != null) {
            accounts.add(defaultAccount);
        }
        return accounts;
    }
}
