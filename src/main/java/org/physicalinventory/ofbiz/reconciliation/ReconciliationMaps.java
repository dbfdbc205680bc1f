package org.physicalinventory.ofbiz.reconciliation;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.text.SimpleDateFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.stream.Collectors;

import org.apache.ofbiz.entity.Delegator;
import org.apache.ofbiz.entity.GenericEntityException;
import org.apache.ofbiz.entity.GenericValue;
import org.physicalinventory.ofbiz.Labels;
import org.physicalinventory.ofbiz.reconciliation.ClosingReconciliation.Result;
import org.physicalinventory.ofbiz.inventory.InventoryRows;
import org.physicalinventory.reconciliation.AccountFigures;
import org.physicalinventory.reconciliation.Cause;
import org.physicalinventory.reconciliation.ClosingValue;
import org.physicalinventory.reconciliation.Document;
import org.physicalinventory.reconciliation.Explanation;
import org.physicalinventory.reconciliation.Reconciliation;

/** A reconciliation as the maps the screens read: accounts, what each cause explains, explanations, products. */
final class ReconciliationMaps {

    private ReconciliationMaps() {
    }

    /** Puts the screen's figures into the service's answer: of every account, or the explanations and products of one. */
    static void put(Map<String, Object> answer, Delegator delegator, Reconciliation reconciliation, Map<String, String> names, String glAccountId)
            throws GenericEntityException {
        answer.put("accounts", reconciliation.accounts().stream().map(a -> account(a, names)).toList());
        List<Explanation> explanations = glAccountId == null ? reconciliation.explanations() : reconciliation.explanations(glAccountId);
        Set<String> physicalInventories = explanations.stream().filter(e -> e.document() != null
                && e.document().kind() == Document.Kind.PHYSICAL_INVENTORY).map(e -> e.document().id()).collect(Collectors.toSet());
        Map<String, String> inventories = InventoryRows.postedAs(delegator, physicalInventories);
        answer.put("explanations", explanations.stream().map(e -> explanation(e, inventories)).toList());
        answer.put("products", glAccountId == null ? List.of() : reconciliation.products(glAccountId).stream().map(ReconciliationMaps::product)
                .toList());
        AccountFigures account = glAccountId == null ? null : reconciliation.account(glAccountId);
        answer.put("causeTotals", causeTotals(reconciliation, account));
        answer.put("closingValue", reconciliation.closingValue());
        answer.put("ledgerBalance", reconciliation.ledgerBalance());
        answer.put("difference", reconciliation.difference());
        answer.put("explained", reconciliation.explained());
        answer.put("unexplained", reconciliation.unexplained());
    }

    /** What the closing covers, against the ledger of its organisation. */
    static String scope(GenericValue closing, Locale locale) {
        String organizationPartyId = closing.getString("organizationPartyId");
        return closing.get("facilityId") != null
                ? Labels.message("PhysInvReconScopeFacility", locale, closing.getString("facilityId"), organizationPartyId)
                : Labels.message("PhysInvReconScopeOrganization", locale, organizationPartyId);
    }

    /** The period the documents are explained over: from the previous confirmed closing of the scope, or from the start. */
    static String period(Result result, Locale locale, TimeZone timeZone) {
        SimpleDateFormat format = new SimpleDateFormat("yyyy-MM-dd HH:mm");
        format.setTimeZone(timeZone == null ? TimeZone.getDefault() : timeZone);
        String until = format.format(result.closing().getTimestamp("thruDate"));
        return result.previous() == null ? Labels.message("PhysInvReconPeriodFromStart", locale, until)
                : Labels.message("PhysInvReconPeriodFrom", locale, result.previous().getString("closingId"),
                        format.format(result.previous().getTimestamp("thruDate")), until);
    }

    private static Map<String, Object> account(AccountFigures account, Map<String, String> names) {
        Map<String, Object> map = new HashMap<>();
        map.put("glAccountId", account.glAccountId());
        map.put("accountName", names.getOrDefault(account.glAccountId(), ""));
        map.put("productLines", (long) account.productLines());
        map.put("closingValue", account.closingValue());
        map.put("itemCostValue", account.itemCostValue());
        map.put("ledgerBalance", account.ledgerBalance());
        map.put("difference", account.difference());
        map.put("explained", account.explained());
        map.put("unexplained", account.unexplained());
        map.put("matchedDocuments", (long) account.matchedDocuments());
        return map;
    }

    /** What each cause explains, of one account or of all; in the order of the causes. */
    private static List<Map<String, Object>> causeTotals(Reconciliation reconciliation, AccountFigures account) {
        List<AccountFigures> accounts = account == null ? reconciliation.accounts() : List.of(account);
        return java.util.Arrays.stream(Cause.values()).map(cause -> Map.<String, Object>of("cause", cause.name(), "causeKey", cause.labelKey(),
                "amount", accounts.stream().map(a -> a.causes().get(cause)).reduce(BigDecimal.ZERO, BigDecimal::add))).toList();
    }

    private static Map<String, Object> explanation(Explanation e, Map<String, String> inventories) {
        Map<String, Object> map = new HashMap<>();
        map.put("glAccountId", e.glAccountId());
        map.put("cause", e.cause().name());
        map.put("causeKey", e.cause().labelKey());
        map.put("noteKey", e.note() == null ? null : e.note().labelKey());
        map.put("documentKind", e.document() == null ? null : e.document().kind().name());
        map.put("documentKey", e.document() == null ? null : e.document().kind().labelKey());
        map.put("documentId", e.document() == null ? null : e.document().id());
        map.put("piInventoryId", e.document() == null ? null : inventories.get(e.document().id()));
        map.put("facilityId", e.facilityId());
        map.put("productId", e.productId());
        map.put("inventoryItemId", e.inventoryItemId());
        map.put("acctgTransIds", e.acctgTransIds());
        map.put("date", e.date() == null ? null : Timestamp.from(e.date()));
        map.put("quantity", e.quantity());
        map.put("stockValue", e.stockValue());
        map.put("ledgerAmount", e.ledgerAmount());
        map.put("amount", e.amount());
        return map;
    }

    private static Map<String, Object> product(ClosingValue line) {
        return Map.of("facilityId", line.facilityId(), "productId", line.productId(), "quantity", line.quantity(), "value", line.value(),
                "itemCostValue", line.itemCostValue());
    }
}
