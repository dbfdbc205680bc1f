package org.physicalinventory.reconciliation;

import static org.physicalinventory.reconciliation.Matching.money;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.physicalinventory.reconciliation.Matching.Sides;
import org.physicalinventory.reconciliation.Outside.Transaction;

/**
 * Reconciles a closing with the ledger, per inventory account. The difference is the closing's value less the account's balance at
 * the closing's end, and it is explained so:
 *
 * <pre>
 * difference = (closing value − items at their own cost)                         METHOD
 *            + (previous closing's items at their own cost − balance then)        CARRIED (0 from the start)
 *            + Σ over the period's documents (stock side − ledger side)          NO_LEDGER_ENTRY, NO_MOVEMENT, TIMING,
 *                                                                                 REVALUATION, OTHER_VALUE, OTHER_FACILITY
 *            + the rest                                                           UNEXPLAINED
 * </pre>
 *
 * since the items at their own cost moved by the period's movements and revaluations, and the balance by its posted transactions.
 * Each document's sides give one cause (see {@link Cause}); amounts are rounded to the cent per explanation, so the rest may hold a
 * cent of rounding.
 */
public final class Reconciler {

    private static final Comparator<String> ACCOUNTS = Comparator.comparing((String a) -> a.equals(InventoryAccounts.NONE))
            .thenComparing(Comparator.naturalOrder());

    private final Instant from;
    private final Outside outside;
    private final List<Explanation> explanations = new ArrayList<>();
    private final Map<String, Integer> matched = new HashMap<>();

    private Reconciler(Instant from, Outside outside) {
        this.from = from;
        this.outside = outside;
    }

    /** The reconciliation of the period from {@code from} (null: from the start) to {@code until}. */
    public static Reconciliation reconcile(Instant from, Instant until, InventoryAccounts accounts, Books books, Matching matching,
            Outside outside) {
        Reconciler reconciler = new Reconciler(from, outside);
        matching.documents().forEach(reconciler::explain);
        matching.unnamed().forEach(reconciler::withoutMovement);
        Map<String, List<ClosingValue>> products = byAccount(accounts, books.closing());
        Map<String, List<ClosingValue>> previous = books.hasPrevious() ? byAccount(accounts, books.previous()) : Map.of();
        Set<String> all = new TreeSet<>(ACCOUNTS);
        all.addAll(accounts.accounts());
        all.addAll(products.keySet());
        all.addAll(books.ledgerAtEnd().keySet());
        List<AccountFigures> figures = new ArrayList<>();
        for (String glAccountId : all) {
            figures.add(reconciler.account(glAccountId, products.getOrDefault(glAccountId, List.of()), books,
                    previous.getOrDefault(glAccountId, List.of())));
        }
        reconciler.explanations.sort(Comparator.comparing((Explanation e) -> e.glAccountId(), ACCOUNTS).thenComparing(Explanation::cause)
                .thenComparing(e -> e.amount().abs(), Comparator.reverseOrder())
                .thenComparing(Explanation::document, Comparator.nullsFirst(Matching.ORDER))
                .thenComparing(e -> String.join(",", e.acctgTransIds())));
        return new Reconciliation(from, until, figures, reconciler.explanations, products);
    }

    /** An account's figures; its method, carried and unexplained explanations added to the list. */
    private AccountFigures account(String glAccountId, List<ClosingValue> lines, Books books, List<ClosingValue> previousLines) {
        BigDecimal value = sum(lines, ClosingValue::value);
        BigDecimal itemCost = sum(lines, ClosingValue::itemCostValue);
        BigDecimal balance = books.ledgerAtEnd().getOrDefault(glAccountId, BigDecimal.ZERO);
        Map<Cause, BigDecimal> byCause = new EnumMap<>(Cause.class);
        for (Explanation explanation : explanations) {
            if (explanation.glAccountId().equals(glAccountId)) {
                byCause.merge(explanation.cause(), explanation.amount(), BigDecimal::add);
            }
        }
        addAccountCause(byCause, glAccountId, Cause.METHOD, value.subtract(itemCost));
        if (books.hasPrevious()) {
            BigDecimal then = books.ledgerAtStart().getOrDefault(glAccountId, BigDecimal.ZERO);
            addAccountCause(byCause, glAccountId, Cause.CARRIED, sum(previousLines, ClosingValue::itemCostValue).subtract(then));
        }
        BigDecimal explained = byCause.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        addAccountCause(byCause, glAccountId, Cause.UNEXPLAINED, value.subtract(balance).subtract(explained));
        return new AccountFigures(glAccountId, lines.size(), value, itemCost, balance, byCause, matched.getOrDefault(glAccountId, 0));
    }

    private void addAccountCause(Map<Cause, BigDecimal> byCause, String glAccountId, Cause cause, BigDecimal amount) {
        if (money(amount).signum() != 0) {
            explanations.add(Explanation.ofAccount(glAccountId, cause, money(amount)));
            byCause.merge(cause, money(amount), BigDecimal::add);
        }
    }

    /** One document's sides on each account, explained by what the document has on each side in the period. */
    private void explain(Document document, Map<String, Sides> sides) {
        boolean posted = sides.values().stream().anyMatch(Sides::hasLedger);
        boolean moved = sides.values().stream().anyMatch(Sides::hasStock);
        for (Sides side : sides.values()) {
            if (!document.isPosted()) {
                if (side.movedHere()) {
                    add(side, Cause.NO_LEDGER_ENTRY, Note.NO_DOCUMENT, side.stockHere, List.of(), side.firstDate);
                }
            } else if (posted && moved) {
                bothSides(side);
            } else if (moved) {
                if (side.movedHere()) {
                    stockOnly(side);
                }
            } else {
                ledgerOnly(side);
            }
        }
    }

    /** Both sides in the period: what differs between them (posted at another cost or account), and other facilities' stock. */
    private void bothSides(Sides side) {
        BigDecimal otherValue = side.stockValue().subtract(side.ledger);
        Note note = side.hasLedger() && side.hasStock() ? null : Note.OTHER_ACCOUNT;
        List<String> transactions = List.copyOf(side.acctgTransIds);
        if (side.revalued) {
            add(side, Cause.REVALUATION, note == null ? Note.POSTED : note, otherValue, transactions, side.firstDate);
        } else if (money(otherValue).signum() != 0) {
            add(side, Cause.OTHER_VALUE, note, otherValue, transactions, side.firstDate);
        } else {
            matched.merge(side.glAccountId, 1, Integer::sum);
        }
        if (money(side.stockElsewhere).signum() != 0) {
            add(side, Cause.OTHER_FACILITY, null, side.stockElsewhere.negate(), transactions, side.ledgerDate);
        }
    }

    /** Stock moved (or revalued) in the period, nothing posted in it: posted at another date, not posted, or never posted. */
    private void stockOnly(Sides side) {
        List<Transaction> all = outside.transactionsOf(side.document);
        List<Transaction> posted = all.stream().filter(Transaction::posted).sorted(Comparator.comparing(Transaction::date)).toList();
        if (!posted.isEmpty()) {
            Instant date = posted.get(0).date();
            add(side, Cause.TIMING, before(date) ? Note.POSTED_BEFORE : Note.POSTED_AFTER, side.stockHere, ids(posted), date);
            return;
        }
        List<Transaction> unposted = all.stream().filter(t -> !t.posted()).toList();
        Cause cause = side.revalued ? Cause.REVALUATION : Cause.NO_LEDGER_ENTRY;
        Note note = !unposted.isEmpty() ? Note.UNPOSTED : side.revalued ? Note.NOT_POSTED : null;
        add(side, cause, note, side.stockHere, ids(unposted), side.firstDate);
    }

    /** A posted transaction in the period whose document moved no stock in it: moved at another date, or not at all. */
    private void ledgerOnly(Sides side) {
        Outside.Moved moved = outside.movements().get(side.document);
        List<String> transactions = List.copyOf(side.acctgTransIds);
        if (moved != null) {
            Instant date = before(moved.firstDate()) ? moved.lastDate() : moved.firstDate();
            add(side, Cause.TIMING, before(date) ? Note.MOVED_BEFORE : Note.MOVED_AFTER, side.ledger.negate(), transactions, date);
        } else {
            add(side, Cause.NO_MOVEMENT, null, side.ledger.negate(), transactions, side.ledgerDate);
        }
    }

    /** A transaction naming no stock document (or an unnamed receipt no receipt went with). */
    private void withoutMovement(LedgerLine line) {
        explanations.add(new Explanation(line.glAccountId(), Cause.NO_MOVEMENT, null, line.document(), null, line.productId(), null,
                List.of(line.acctgTransId()), line.date(), null, null, money(line.amount()), money(line.amount().negate())));
    }

    private void add(Sides side, Cause cause, Note note, BigDecimal amount, List<String> transactions, Instant date) {
        boolean stock = side.hasStock();
        explanations.add(new Explanation(side.glAccountId, cause, note, side.document, side.facilityId(), side.productId(), side.inventoryItemId,
                transactions, date, side.movedHere() ? side.quantityHere : null, stock ? money(side.stockHere) : null,
                side.hasLedger() ? money(side.ledger) : null, money(amount)));
    }

    private boolean before(Instant date) {
        return from != null && date != null && date.isBefore(from);
    }

    private static List<String> ids(List<Transaction> transactions) {
        return transactions.stream().map(Transaction::acctgTransId).toList();
    }

    private static Map<String, List<ClosingValue>> byAccount(InventoryAccounts accounts, List<ClosingValue> lines) {
        Map<String, List<ClosingValue>> byAccount = new TreeMap<>();
        for (ClosingValue line : lines) {
            byAccount.computeIfAbsent(accounts.accountOf(line.productId()), k -> new ArrayList<>()).add(line);
        }
        return byAccount;
    }

    private static BigDecimal sum(List<ClosingValue> lines, java.util.function.Function<ClosingValue, BigDecimal> figure) {
        return lines.stream().map(figure).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
