package org.physicalinventory.ofbiz.difference;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.ofbiz.base.util.UtilMisc;
import org.apache.ofbiz.entity.Delegator;
import org.apache.ofbiz.entity.GenericEntityException;
import org.apache.ofbiz.entity.GenericValue;
import org.apache.ofbiz.entity.condition.EntityCondition;
import org.apache.ofbiz.entity.condition.EntityOperator;
import org.apache.ofbiz.entity.util.EntityQuery;
import org.apache.ofbiz.service.GenericServiceException;
import org.apache.ofbiz.service.LocalDispatcher;
import org.apache.ofbiz.service.ServiceUtil;

/**
 * The one accounting transaction of a posting: what OFBiz's createAcctgTransForPhysicalInventoryVariance
 * books for a physical inventory (per inventory item detail: credit the variance reason's account,
 * debit INVENTORY_ACCOUNT, quantity × item unit cost rounded as the ledger rounds, a negative amount on
 * the other side), with the GL accounts OFBiz's own getGlAccountFromAccountType finds (per product where
 * a product or its category has an account of its own), summed into one entry per account and side,
 * then posted by OFBiz's postAcctgTrans. The account balances are OFBiz's to the last decimal; the
 * transaction is readable (not one entry pair per item) and its entries are not numbered by reading all
 * earlier ones, which makes OFBiz's service quadratic.
 */
final class VarianceLedger {

    private static final String INVENTORY_ACCOUNT = "INVENTORY_ACCOUNT";
    private static final List<String> FISCAL_PERIODS = List.of("FISCAL_YEAR", "FISCAL_QUARTER", "FISCAL_MONTH", "FISCAL_WEEK",
            "FISCAL_BIWEEK");

    private final Delegator delegator;
    private final LocalDispatcher dispatcher;
    private final GenericValue userLogin;
    private final GenericValue system;
    private final String organizationPartyId;
    private final GenericValue preference;
    private final Map<String, String> defaultAccounts = new HashMap<>();
    private final Map<String, Set<String>> productsWithOwnAccount = new HashMap<>();
    private final Map<String, String> productAccounts = new HashMap<>();
    private final Map<String, Boolean> accountTypes = new HashMap<>();
    private final Map<EntryKey, Sum> entries = new java.util.LinkedHashMap<>();
    private String missingAccountType;

    private VarianceLedger(Delegator delegator, LocalDispatcher dispatcher, GenericValue userLogin, String organizationPartyId,
            GenericValue preference) throws GenericEntityException {
        this.delegator = delegator;
        this.dispatcher = dispatcher;
        this.userLogin = userLogin;
        this.system = InventoryReview.systemUser(delegator);
        this.organizationPartyId = organizationPartyId;
        this.preference = preference;
    }

    /**
     * The ledger of the facility's owner, or null when OFBiz would not post for it: not an internal
     * organisation, or accounting disabled (createAcctgTransAndEntries then ignores the entries).
     */
    static VarianceLedger of(Delegator delegator, LocalDispatcher dispatcher, GenericValue userLogin, String organizationPartyId)
            throws GenericEntityException, GenericServiceException {
        if (organizationPartyId == null || EntityQuery.use(delegator).from("PartyRole")
                .where("partyId", organizationPartyId, "roleTypeId", "INTERNAL_ORGANIZATIO").cache().queryOne() == null) {
            return null;
        }
        Map<String, Object> found = dispatcher.runSync("getPartyAccountingPreferences",
                UtilMisc.toMap("organizationPartyId", organizationPartyId, "userLogin", InventoryReview.systemUser(delegator)));
        GenericValue preference = (GenericValue) found.get("partyAccountingPreference");
        if (preference == null || "N".equals(preference.getString("enableAccounting"))) {
            return null;
        }
        return new VarianceLedger(delegator, dispatcher, userLogin, organizationPartyId, preference);
    }

    /** Whether an open fiscal period covers the date, as postAcctgTrans will ask. */
    boolean hasOpenFiscalPeriod(Timestamp date) throws GenericServiceException {
        Map<String, Object> found = dispatcher.runSync("findCustomTimePeriods", UtilMisc.toMap("findDate", date,
                "organizationPartyId", organizationPartyId, "onlyIncludePeriodTypeIdList", FISCAL_PERIODS,
                "excludeNoOrganizationPeriods", "Y", "userLogin", system));
        List<?> periods = (List<?>) found.get("customTimePeriodList");
        return periods != null && !periods.isEmpty() && periods.stream().noneMatch(p -> "Y".equals(((GenericValue) p).getString("isClosed")));
    }

    /**
     * The account of a variance reason (credit) or of inventory (debit) for a product, or null. OFBiz's
     * answer depends on the product only through ProductGlAccount and ProductCategoryGlAccount: it is
     * asked once per account type, and once per product that has such a mapping.
     */
    String account(String glAccountTypeId, String debitCreditFlag, String productId) throws GenericEntityException, GenericServiceException {
        if (ownAccountProducts(glAccountTypeId).contains(productId)) {
            String key = glAccountTypeId + "|" + debitCreditFlag + "|" + productId;
            if (!productAccounts.containsKey(key)) {
                productAccounts.put(key, lookUp(glAccountTypeId, debitCreditFlag, productId));
            }
            return productAccounts.get(key);
        }
        String key = glAccountTypeId + "|" + debitCreditFlag;
        if (!defaultAccounts.containsKey(key)) {
            defaultAccounts.put(key, lookUp(glAccountTypeId, debitCreditFlag, null));
        }
        return defaultAccounts.get(key);
    }

    private String lookUp(String glAccountTypeId, String debitCreditFlag, String productId) throws GenericServiceException {
        Map<String, Object> found = dispatcher.runSync("getGlAccountFromAccountType", UtilMisc.toMap("organizationPartyId",
                organizationPartyId, "acctgTransTypeId", "ITEM_VARIANCE", "glAccountTypeId", glAccountTypeId, "debitCreditFlag",
                debitCreditFlag, "productId", productId, "userLogin", system));
        return ServiceUtil.isSuccess(found) ? (String) found.get("glAccountId") : null;
    }

    private Set<String> ownAccountProducts(String glAccountTypeId) throws GenericEntityException {
        Set<String> products = productsWithOwnAccount.get(glAccountTypeId);
        if (products == null) {
            products = new HashSet<>();
            for (GenericValue mapping : EntityQuery.use(delegator).from("ProductGlAccount")
                    .where("organizationPartyId", organizationPartyId, "glAccountTypeId", glAccountTypeId).queryList()) {
                products.add(mapping.getString("productId"));
            }
            List<String> categories = new ArrayList<>();
            for (GenericValue mapping : EntityQuery.use(delegator).from("ProductCategoryGlAccount")
                    .where("organizationPartyId", organizationPartyId, "glAccountTypeId", glAccountTypeId).queryList()) {
                categories.add(mapping.getString("productCategoryId"));
            }
            if (!categories.isEmpty()) {
                for (GenericValue member : EntityQuery.use(delegator).from("ProductCategoryMember")
                        .where(EntityCondition.makeCondition("productCategoryId", EntityOperator.IN, categories)).filterByDate().queryList()) {
                    products.add(member.getString("productId"));
                }
            }
            productsWithOwnAccount.put(glAccountTypeId, products);
        }
        return products;
    }

    /**
     * The pair of entries of one inventory item detail (credit the reason, debit inventory, by quantity ×
     * unit cost), added to the transaction's entry for the same account, side and currency: the
     * transaction carries one entry per account and side, the item details stay the subledger.
     */
    void addVariance(String productId, String reasonId, BigDecimal amount, String currencyUomId)
            throws GenericEntityException, GenericServiceException {
        add("C", reasonId, productId, amount, currencyUomId);
        add("D", INVENTORY_ACCOUNT, productId, amount, currencyUomId);
    }

    private void add(String flag, String glAccountTypeId, String productId, BigDecimal origAmount, String origCurrencyUomId)
            throws GenericEntityException, GenericServiceException {
        // the account is found with the entry's side before a negative amount turns it, as OFBiz does
        String glAccountId = account(glAccountTypeId, flag, productId);
        if (glAccountId == null && missingAccountType == null) {
            missingAccountType = glAccountTypeId;
        }
        String baseCurrency = preference.getString("baseCurrencyUomId");
        String currency = origCurrencyUomId == null ? baseCurrency : origCurrencyUomId;
        BigDecimal amount = origAmount;
        if (baseCurrency != null && !baseCurrency.equals(currency)) {
            Map<String, Object> converted = dispatcher.runSync("convertUom", UtilMisc.toMap("originalValue", origAmount,
                    "uomId", currency, "uomIdTo", baseCurrency));
            amount = (BigDecimal) converted.get("convertedValue");
        }
        // as createAcctgTransAndEntries: a negative amount becomes positive on the other side
        if (origAmount.signum() < 0) {
            origAmount = origAmount.negate();
            amount = amount.negate();
            flag = "D".equals(flag) ? "C" : "D";
        }
        EntryKey key = new EntryKey(glAccountId, flag, currency, isAccountType(glAccountTypeId) ? glAccountTypeId : null);
        Sum sum = entries.computeIfAbsent(key, k -> new Sum(productId));
        sum.origAmount = sum.origAmount.add(origAmount);
        sum.amount = sum.amount.add(amount);
        if (!java.util.Objects.equals(sum.productId, productId)) {
            sum.productId = null;
        }
    }

    /** One entry of the transaction: an account, a side, a currency. */
    private record EntryKey(String glAccountId, String debitCreditFlag, String origCurrencyUomId, String glAccountTypeId) {
    }

    /** What the entry adds up to; its product when all its amounts are of one product. */
    private static final class Sum {
        private BigDecimal origAmount = BigDecimal.ZERO;
        private BigDecimal amount = BigDecimal.ZERO;
        private String productId;

        Sum(String productId) {
            this.productId = productId;
        }
    }

    private boolean isAccountType(String glAccountTypeId) throws GenericEntityException {
        Boolean known = accountTypes.get(glAccountTypeId);
        if (known == null) {
            known = EntityQuery.use(delegator).from("GlAccountType").where("glAccountTypeId", glAccountTypeId).cache().queryOne() != null;
            accountTypes.put(glAccountTypeId, known);
        }
        return known;
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }

    /** The account type (or variance reason) of the first entry OFBiz would find no GL account for, or null. */
    String missingAccountType() {
        return missingAccountType;
    }

    String organizationPartyId() {
        return organizationPartyId;
    }

    /**
     * Writes the transaction and its entries, then posts it with OFBiz's postAcctgTrans, which checks
     * the balance and the fiscal period. Answers the transaction id; throws when OFBiz did not post it
     * (it would have filed it on the error journal), so that the whole posting rolls back.
     */
    String write(String physicalInventoryId, Timestamp date) throws GenericEntityException, GenericServiceException {
        GenericValue transaction = delegator.makeValue("AcctgTrans");
        transaction.set("acctgTransId", delegator.getNextSeqId("AcctgTrans"));
        transaction.set("acctgTransTypeId", "ITEM_VARIANCE");
        transaction.set("glFiscalTypeId", "ACTUAL");
        transaction.set("physicalInventoryId", physicalInventoryId);
        transaction.set("transactionDate", date);
        transaction.set("isPosted", "N");
        transaction.set("createdByUserLogin", userLogin.get("userLoginId"));
        transaction.set("lastModifiedByUserLogin", userLogin.get("userLoginId"));
        transaction.create();
        int seq = 0;
        for (Map.Entry<EntryKey, Sum> entry : entries.entrySet()) {
            EntryKey key = entry.getKey();
            delegator.create("AcctgTransEntry", UtilMisc.toMap("acctgTransId", transaction.get("acctgTransId"),
                    "acctgTransEntrySeqId", String.format("%05d", ++seq), "acctgTransEntryTypeId", "_NA_",
                    "debitCreditFlag", key.debitCreditFlag(), "glAccountId", key.glAccountId(), "glAccountTypeId", key.glAccountTypeId(),
                    "productId", entry.getValue().productId, "organizationPartyId", organizationPartyId,
                    "origAmount", entry.getValue().origAmount, "origCurrencyUomId", key.origCurrencyUomId(),
                    "amount", entry.getValue().amount, "currencyUomId", preference.getString("baseCurrencyUomId"),
                    "reconcileStatusId", "AES_NOT_RECONCILED"));
        }
        Map<String, Object> posted = dispatcher.runSync("postAcctgTrans", UtilMisc.toMap("acctgTransId",
                transaction.get("acctgTransId"), "userLogin", system));
        transaction.refresh();
        if (!ServiceUtil.isSuccess(posted) || !"Y".equals(transaction.getString("isPosted"))) {
            String reason = ServiceUtil.getErrorMessage(posted);
            throw new NotPosted(reason == null || reason.isEmpty() ? String.valueOf(posted.get("successMessageList")) : reason);
        }
        return transaction.getString("acctgTransId");
    }

    /** OFBiz did not post the transaction; the reason is OFBiz's own message, which the posting's refusal quotes. */
    static final class NotPosted extends GenericServiceException {
        private static final long serialVersionUID = 1L;
        private final String reason;

        NotPosted(String reason) {
            super(reason);
            this.reason = reason;
        }

        String reason() {
            return reason;
        }
    }
}
