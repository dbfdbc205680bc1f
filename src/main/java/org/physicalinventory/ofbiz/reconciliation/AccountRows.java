package org.physicalinventory.ofbiz.reconciliation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.ofbiz.entity.Delegator;
import org.apache.ofbiz.entity.GenericEntityException;
import org.apache.ofbiz.entity.GenericValue;
import org.apache.ofbiz.entity.condition.EntityCondition;
import org.apache.ofbiz.entity.condition.EntityOperator;
import org.apache.ofbiz.entity.util.EntityQuery;
import org.physicalinventory.reconciliation.InventoryAccounts;
import org.physicalinventory.reconciliation.InventoryAccounts.Membership;

/** An organisation's inventory GL accounts as OFBiz maps them (INVENTORY_ACCOUNT), and the names of accounts. */
final class AccountRows {

    private static final String INVENTORY_ACCOUNT = "INVENTORY_ACCOUNT";

    private AccountRows() {
    }

    /** The organisation's default inventory account, its products' own accounts, its categories' accounts and their current members. */
    static InventoryAccounts of(Delegator delegator, String organizationPartyId) throws GenericEntityException {
        GenericValue byDefault = EntityQuery.use(delegator).from("GlAccountTypeDefault").where("organizationPartyId", organizationPartyId,
                "glAccountTypeId", INVENTORY_ACCOUNT).queryOne();
        Map<String, String> products = new HashMap<>();
        for (GenericValue own : EntityQuery.use(delegator).from("ProductGlAccount").where("organizationPartyId", organizationPartyId,
                "glAccountTypeId", INVENTORY_ACCOUNT).queryList()) {
            products.put(own.getString("productId"), own.getString("glAccountId"));
        }
        Map<String, String> categories = new HashMap<>();
        for (GenericValue ofCategory : EntityQuery.use(delegator).from("ProductCategoryGlAccount").where("organizationPartyId",
                organizationPartyId, "glAccountTypeId", INVENTORY_ACCOUNT).queryList()) {
            categories.put(ofCategory.getString("productCategoryId"), ofCategory.getString("glAccountId"));
        }
        Map<String, List<Membership>> memberships = new HashMap<>();
        if (!categories.isEmpty()) {
            for (GenericValue member : EntityQuery.use(delegator).from("ProductCategoryMember").where(EntityCondition.makeCondition(
                    "productCategoryId", EntityOperator.IN, new ArrayList<>(categories.keySet()))).filterByDate().queryList()) {
                memberships.computeIfAbsent(member.getString("productId"), k -> new ArrayList<>())
                        .add(new Membership(member.getString("productCategoryId"), member.getTimestamp("fromDate").toInstant()));
            }
        }
        return new InventoryAccounts(byDefault == null ? null : byDefault.getString("glAccountId"), products, categories, memberships);
    }

    /** Each account's code and name as OFBiz shows them ("140000 Inventory"), by id. */
    static Map<String, String> names(Delegator delegator, Collection<String> glAccountIds) throws GenericEntityException {
        Map<String, String> names = new HashMap<>();
        if (!glAccountIds.isEmpty()) {
            for (GenericValue account : EntityQuery.use(delegator).from("GlAccount").where(EntityCondition.makeCondition("glAccountId",
                    EntityOperator.IN, new ArrayList<>(glAccountIds))).select("glAccountId", "accountCode", "accountName").queryList()) {
                String code = account.getString("accountCode");
                String name = account.getString("accountName");
                names.put(account.getString("glAccountId"), (code == null ? "" : code + " ") + (name == null ? "" : name));
            }
        }
        return names;
    }
}
