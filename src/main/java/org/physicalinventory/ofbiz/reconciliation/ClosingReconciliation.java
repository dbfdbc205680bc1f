package org.physicalinventory.ofbiz.reconciliation;

import java.sql.Timestamp;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.ofbiz.base.util.Debug;
import org.apache.ofbiz.entity.Delegator;
import org.apache.ofbiz.entity.GenericEntityException;
import org.apache.ofbiz.entity.GenericValue;
import org.physicalinventory.ofbiz.valuation.ClosingRows;
import org.physicalinventory.reconciliation.AccountFigures;
import org.physicalinventory.reconciliation.Books;
import org.physicalinventory.reconciliation.InventoryAccounts;
import org.physicalinventory.reconciliation.Matching;
import org.physicalinventory.reconciliation.Outside;
import org.physicalinventory.reconciliation.Reconciler;
import org.physicalinventory.reconciliation.Reconciliation;
import org.physicalinventory.valuation.ValuationException;

/**
 * A stock closing reconciled with its organisation's ledger. The period runs from the end of the previous confirmed closing of the
 * same scope (the same organisation, and the same facility or every facility), else from the start of the records, to the closing's
 * end. It reads the closing's lines, the inventory accounts' balances at both ends, the period's movements of every facility of the
 * organisation and its posted transactions on those accounts, looks up outside the period what is one-sided, and lets the core
 * reconcile them.
 */
final class ClosingReconciliation {

    private static final String MODULE = ClosingReconciliation.class.getName();

    /** The closing, its previous confirmed closing (null: none), the reconciliation, the accounts' names. */
    record Result(GenericValue closing, GenericValue previous, Reconciliation reconciliation, Map<String, String> accountNames) {
    }

    private ClosingReconciliation() {
    }

    /** Refused when the closing does not exist, holds no lines, has no organisation, or its organisation no inventory account. */
    static Result of(Delegator delegator, String closingId) throws GenericEntityException, ValuationException {
        long started = System.nanoTime();
        GenericValue closing = reconcilable(delegator, closingId);
        String organizationPartyId = closing.getString("organizationPartyId");
        InventoryAccounts accounts = AccountRows.of(delegator, organizationPartyId);
        if (accounts.accounts().isEmpty()) {
            throw new ValuationException("PhysInvErrorReconciliationNoAccount", organizationPartyId);
        }
        GenericValue previous = ClosingRows.previousConfirmed(delegator, closing);
        Timestamp from = previous == null ? null : previous.getTimestamp("thruDate");
        Timestamp until = closing.getTimestamp("thruDate");
        Set<String> facilities = new HashSet<>(MovementRows.facilitiesOf(delegator, organizationPartyId));
        Set<String> scope = closing.get("facilityId") != null ? Set.of(closing.getString("facilityId")) : Set.copyOf(facilities);
        facilities.addAll(scope);
        List<String> all = List.copyOf(facilities);
        Books books = books(delegator, closing, previous, accounts);
        Matching matching = Matching.of(instant(from), until.toInstant(), scope, accounts, MovementRows.sums(delegator, all, from, until),
                MovementRows.revaluedItems(delegator, all, from, until), LedgerRows.lines(delegator, organizationPartyId, accounts.accounts(), from,
                        until));
        Outside outside = new Outside(LedgerRows.transactionsOf(delegator, organizationPartyId, accounts.accounts(), matching.withoutLedger()),
                MovementRows.movedAt(delegator, all, matching.withoutMovement()));
        Reconciliation reconciliation = Reconciler.reconcile(instant(from), until.toInstant(), accounts, books, matching, outside);
        Debug.logInfo(String.format("Closing %s reconciled: %d lines, %d explanations, %.2f s", closingId, books.closing().size(),
                reconciliation.explanations().size(), (System.nanoTime() - started) / 1e9), MODULE);
        return new Result(closing, previous, reconciliation, AccountRows.names(delegator,
                reconciliation.accounts().stream().map(AccountFigures::glAccountId).toList()));
    }

    /** The closing's lines and the balances at its end; those of the previous confirmed closing and at its end, if there is one. */
    private static Books books(Delegator delegator, GenericValue closing, GenericValue previous, InventoryAccounts accounts)
            throws GenericEntityException {
        String organizationPartyId = closing.getString("organizationPartyId");
        return new Books(ClosingRows.values(delegator, closing.getString("closingId")), LedgerRows.balances(delegator, organizationPartyId,
                accounts.accounts(), closing.getTimestamp("thruDate")), previous == null ? null : ClosingRows.values(delegator,
                        previous.getString("closingId")), previous == null ? null : LedgerRows.balances(delegator, organizationPartyId,
                                accounts.accounts(), previous.getTimestamp("thruDate")));
    }

    private static GenericValue reconcilable(Delegator delegator, String closingId) throws GenericEntityException, ValuationException {
        GenericValue closing = ClosingRows.withLines(delegator, closingId);
        if (closing.get("organizationPartyId") == null) {
            throw new ValuationException("PhysInvErrorReconciliationNoOrganization", closingId);
        }
        return closing;
    }

    private static java.time.Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
