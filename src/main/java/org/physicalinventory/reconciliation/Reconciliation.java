package org.physicalinventory.reconciliation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A closing reconciled with the ledger: the period (from the previous confirmed closing of the same scope, null when from the start,
 * to the closing's end), each inventory account's figures, the explanations of its difference (by account, cause, then the largest
 * first) and the closing's product lines valued on it.
 */
public record Reconciliation(Instant from, Instant until, List<AccountFigures> accounts, List<Explanation> explanations,
        Map<String, List<ClosingValue>> products) {

    public Reconciliation {
        accounts = List.copyOf(accounts);
        explanations = List.copyOf(explanations);
        products = Map.copyOf(products);
    }

    public BigDecimal closingValue() {
        return total(AccountFigures::closingValue);
    }

    public BigDecimal ledgerBalance() {
        return total(AccountFigures::ledgerBalance);
    }

    public BigDecimal difference() {
        return total(AccountFigures::difference);
    }

    public BigDecimal explained() {
        return total(AccountFigures::explained);
    }

    public BigDecimal unexplained() {
        return total(AccountFigures::unexplained);
    }

    /** The account's figures, or null when the reconciliation has none for it. */
    public AccountFigures account(String glAccountId) {
        return accounts.stream().filter(a -> a.glAccountId().equals(glAccountId)).findFirst().orElse(null);
    }

    public List<Explanation> explanations(String glAccountId) {
        return explanations.stream().filter(e -> e.glAccountId().equals(glAccountId)).toList();
    }

    public List<ClosingValue> products(String glAccountId) {
        return products.getOrDefault(glAccountId, List.of());
    }

    private BigDecimal total(Function<AccountFigures, BigDecimal> figure) {
        return accounts.stream().map(figure).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
