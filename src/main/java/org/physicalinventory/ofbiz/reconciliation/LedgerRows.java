package org.physicalinventory.ofbiz.reconciliation;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.ofbiz.entity.Delegator;
import org.apache.ofbiz.entity.GenericEntityException;
import org.apache.ofbiz.entity.GenericValue;
import org.apache.ofbiz.entity.condition.EntityCondition;
import org.apache.ofbiz.entity.condition.EntityOperator;
import org.apache.ofbiz.entity.util.EntityListIterator;
import org.apache.ofbiz.entity.util.EntityQuery;
import org.physicalinventory.ofbiz.Transactions;
import org.physicalinventory.reconciliation.Document;
import org.physicalinventory.reconciliation.Document.TransactionOrigin;
import org.physicalinventory.reconciliation.LedgerLine;
import org.physicalinventory.reconciliation.Outside.Transaction;

/**
 * The organisation's ledger on its inventory accounts (view PiLedgerEntry, added up by the database): actual transactions only
 * (glFiscalTypeId ACTUAL), debits less credits in the organisation's currency.
 */
final class LedgerRows {

    /** The fields naming a transaction's document, in the order of {@link TransactionOrigin}. */
    static final List<String> DOCUMENT_FIELDS = List.of("physicalInventoryId", "shipmentId", "receiptId", "workEffortId", "fixedAssetId",
            "inventoryItemId");
    private static final int IN_CHUNK = 500;

    private LedgerRows() {
    }

    /** Each account's balance from its posted transactions dated before {@code until}. */
    static Map<String, BigDecimal> balances(Delegator delegator, String organizationPartyId, Set<String> accounts, Timestamp until)
            throws GenericEntityException {
        Map<String, BigDecimal> balances = new HashMap<>();
        if (accounts.isEmpty()) {
            return balances;
        }
        List<EntityCondition> where = new ArrayList<>(ofAccounts(organizationPartyId, accounts));
        where.add(EntityCondition.makeCondition("isPosted", "Y"));
        where.add(EntityCondition.makeCondition("transactionDate", EntityOperator.LESS_THAN, until));
        for (GenericValue row : EntityQuery.use(delegator).from("PiLedgerEntry").where(where).select("glAccountId", "debitCreditFlag", "amount")
                .queryList()) {
            balances.merge(row.getString("glAccountId"), signed(row), BigDecimal::add);
        }
        return balances;
    }

    /** What each posted transaction dated in the period did to each inventory account and product. */
    static List<LedgerLine> lines(Delegator delegator, String organizationPartyId, Set<String> accounts, Timestamp from, Timestamp until)
            throws GenericEntityException {
        if (accounts.isEmpty()) {
            return List.of();
        }
        List<EntityCondition> where = new ArrayList<>(ofAccounts(organizationPartyId, accounts));
        where.add(EntityCondition.makeCondition("isPosted", "Y"));
        where.add(EntityCondition.makeCondition("transactionDate", EntityOperator.LESS_THAN, until));
        if (from != null) {
            where.add(EntityCondition.makeCondition("transactionDate", EntityOperator.GREATER_THAN_EQUAL_TO, from));
        }
        List<String> fields = new ArrayList<>(List.of("acctgTransId", "acctgTransTypeId", "transactionDate", "description", "glAccountId",
                "productId", "debitCreditFlag", "amount"));
        fields.addAll(DOCUMENT_FIELDS);
        return Transactions.read(() -> {
            Map<String, LedgerLine> lines = new LinkedHashMap<>();
            try (EntityListIterator rows = EntityQuery.use(delegator).from("PiLedgerEntry").where(where).select(fields.toArray(new String[0]))
                    .queryIterator()) {
                GenericValue row;
                while ((row = rows.next()) != null) {
                    LedgerLine line = line(row);
                    lines.merge(line.acctgTransId() + "\u0000" + line.glAccountId() + "\u0000" + line.productId(), line,
                            (a, b) -> new LedgerLine(a.acctgTransId(), a.acctgTransTypeId(), a.date(), a.description(), a.document(),
                                    a.glAccountId(), a.productId(), a.amount().add(b.amount())));
                }
            }
            return new ArrayList<>(lines.values());
        });
    }

    /** The transactions of some documents on the inventory accounts, posted or not, at any date. */
    static Map<Document, List<Transaction>> transactionsOf(Delegator delegator, String organizationPartyId, Set<String> accounts,
            Collection<Document> documents) throws GenericEntityException {
        Map<Document, List<Transaction>> found = new HashMap<>();
        List<String> fields = new ArrayList<>(List.of("acctgTransId", "acctgTransTypeId", "transactionDate", "isPosted"));
        fields.addAll(DOCUMENT_FIELDS);
        for (Map.Entry<String, List<String>> ids : Documents.idsByField(documents, LedgerRows::fieldOf).entrySet()) {
            for (List<String> chunk : Documents.chunks(ids.getValue(), IN_CHUNK)) {
                List<EntityCondition> where = new ArrayList<>(ofAccounts(organizationPartyId, accounts));
                where.add(EntityCondition.makeCondition(ids.getKey(), EntityOperator.IN, chunk));
                for (GenericValue row : EntityQuery.use(delegator).from("PiLedgerEntry").where(where).select(fields.toArray(new String[0]))
                        .queryList()) {
                    Document document = Document.ofTransaction(origin(row));
                    if (documents.contains(document)) {
                        found.computeIfAbsent(document, k -> new ArrayList<>()).add(new Transaction(row.getString("acctgTransId"),
                                row.getTimestamp("transactionDate").toInstant(), "Y".equals(row.getString("isPosted"))));
                    }
                }
            }
        }
        return found;
    }

    /** The transaction field that names a kind of document. */
    private static String fieldOf(Document.Kind kind) {
        return switch (kind) {
        case PHYSICAL_INVENTORY -> "physicalInventoryId";
        case SHIPMENT -> "shipmentId";
        case RECEIPT -> "receiptId";
        case WORK_EFFORT -> "workEffortId";
        case FIXED_ASSET -> "fixedAssetId";
        case ITEM -> "inventoryItemId";
        case NONE, ORDER, RETURN, TRANSFER -> null;
        };
    }

    private static List<EntityCondition> ofAccounts(String organizationPartyId, Set<String> accounts) {
        return List.of(EntityCondition.makeCondition("organizationPartyId", organizationPartyId),
                EntityCondition.makeCondition("glAccountId", EntityOperator.IN, new ArrayList<>(accounts)),
                EntityCondition.makeCondition("glFiscalTypeId", "ACTUAL"));
    }

    private static LedgerLine line(GenericValue row) {
        return new LedgerLine(row.getString("acctgTransId"), row.getString("acctgTransTypeId"), row.getTimestamp("transactionDate").toInstant(),
                row.getString("description"), Document.ofTransaction(origin(row)), row.getString("glAccountId"), row.getString("productId"),
                signed(row));
    }

    private static TransactionOrigin origin(GenericValue row) {
        return new TransactionOrigin(row.getString("acctgTransTypeId"), row.getString("physicalInventoryId"), row.getString("shipmentId"),
                row.getString("receiptId"), row.getString("workEffortId"), row.getString("fixedAssetId"), row.getString("inventoryItemId"));
    }

    /** A debit adds to an inventory account, a credit takes from it. */
    private static BigDecimal signed(GenericValue row) {
        BigDecimal amount = row.getBigDecimal("amount") == null ? BigDecimal.ZERO : row.getBigDecimal("amount");
        return "C".equals(row.getString("debitCreditFlag")) ? amount.negate() : amount;
    }
}
