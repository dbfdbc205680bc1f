package org.physicalinventory.reconciliation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.physicalinventory.reconciliation.ItemCosts.Replay;
import org.physicalinventory.reconciliation.ItemCosts.Revaluation;
import org.physicalinventory.valuation.Valuation;

/**
 * The period's two sides put together by document and inventory account: the stock side (movements of the organisation's
 * facilities, those of the closing's facilities apart, and revaluations) and the ledger side (posted transactions on the inventory
 * accounts). An unnamed receipt transaction (a receipt made without a shipment) is paired with a receipt of the same product and
 * amount that has no transaction, the earliest first. What is still one-sided is looked up outside the period before the
 * {@link Reconciler} classifies it.
 */
public final class Matching {

    private static final Comparator<LedgerLine> BY_DATE = Comparator.comparing(LedgerLine::date, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(LedgerLine::acctgTransId);

    private final Set<String> facilities;
    private final InventoryAccounts accounts;
    private final Map<Document, Map<String, Sides>> documents = new LinkedHashMap<>();
    private final List<LedgerLine> unnamed = new ArrayList<>();

    private Matching(Set<String> facilities, InventoryAccounts accounts) {
        this.facilities = Set.copyOf(facilities);
        this.accounts = accounts;
    }

    /**
     * Puts together the period's movements (summed at the items' current costs), the histories of the items whose cost changed
     * (which correct those sums and give the revaluations) and the posted ledger lines of the period.
     *
     * @param facilities the closing's facilities; movements of the organisation's other facilities are the other facilities' side
     */
    public static Matching of(Instant from, Instant until, Set<String> facilities, InventoryAccounts accounts, List<MovementSum> movements,
            List<ItemHistory> revaluedItems, List<LedgerLine> ledger) {
        Matching matching = new Matching(facilities, accounts);
        movements.forEach(matching::addMovement);
        for (ItemHistory item : revaluedItems) {
            Replay replay = ItemCosts.replay(item, from, until);
            replay.corrections().forEach(matching::addMovement);
            replay.revaluations().forEach(matching::addRevaluation);
        }
        List<LedgerLine> unnamedLines = new ArrayList<>();
        for (LedgerLine line : ledger) {
            if (line.document() != null && line.document().isUnnamed()) {
                unnamedLines.add(line);
            } else if (line.document() != null) {
                matching.sides(line.document(), line.glAccountId()).addLedger(line);
            } else {
                matching.unnamed.add(line);
            }
        }
        unnamedLines.sort(BY_DATE);
        unnamedLines.forEach(matching::pairUnnamedReceipt);
        return matching;
    }

    private void addMovement(MovementSum sum) {
        sides(sum.document(), accounts.accountOf(sum.productId())).addMovement(sum, facilities.contains(sum.facilityId()));
    }

    private void addRevaluation(Revaluation revaluation) {
        sides(Document.ofItem(revaluation.itemId()), accounts.accountOf(revaluation.productId()))
                .addRevaluation(revaluation, facilities.contains(revaluation.facilityId()));
    }

    private Sides sides(Document document, String glAccountId) {
        return documents.computeIfAbsent(document, k -> new TreeMap<>()).computeIfAbsent(glAccountId, k -> new Sides(document, glAccountId));
    }

    /** An unnamed receipt transaction goes with the earliest receipt of its product and amount that has no transaction yet; else alone. */
    private void pairUnnamedReceipt(LedgerLine line) {
        BigDecimal amount = money(line.amount());
        Document paired = null;
        Instant earliest = null;
        for (Map.Entry<Document, Map<String, Sides>> document : documents.entrySet()) {
            Collection<Sides> sides = document.getValue().values();
            if (document.getKey().kind() != Document.Kind.RECEIPT || sides.stream().anyMatch(Sides::hasLedger)) {
                continue;
            }
            Instant first = sides.stream().map(s -> s.firstDate).filter(d -> d != null).min(Comparator.naturalOrder()).orElse(null);
            boolean sameProduct = sides.stream().allMatch(s -> line.productId() != null && line.productId().equals(s.productId()));
            BigDecimal value = money(sides.stream().map(Sides::stockValue).reduce(BigDecimal.ZERO, BigDecimal::add));
            if (sameProduct && value.compareTo(amount) == 0 && (earliest == null || (first != null && first.isBefore(earliest)))) {
                paired = document.getKey();
                earliest = first;
            }
        }
        if (paired == null) {
            unnamed.add(line);
        } else {
            sides(paired, line.glAccountId()).addLedger(line.naming(paired));
        }
    }

    /** The documents with stock moved in the closing's facilities and no posted transaction in the period: to look up outside it. */
    public Set<Document> withoutLedger() {
        Set<Document> found = new TreeSet<>(ORDER);
        documents.forEach((document, sides) -> {
            if (document.isPosted() && sides.values().stream().noneMatch(Sides::hasLedger) && sides.values().stream().anyMatch(Sides::movedHere)) {
                found.add(document);
            }
        });
        return found;
    }

    /** The documents with a posted transaction in the period and no stock moved in it: to look up outside it. */
    public Set<Document> withoutMovement() {
        Set<Document> found = new TreeSet<>(ORDER);
        documents.forEach((document, sides) -> {
            if (sides.values().stream().anyMatch(Sides::hasLedger) && sides.values().stream().noneMatch(Sides::hasStock)) {
                found.add(document);
            }
        });
        return found;
    }

    /** Each document's sides on each account. */
    Map<Document, Map<String, Sides>> documents() {
        return documents;
    }

    /** The ledger lines that name no document, and unnamed receipts no receipt went with. */
    List<LedgerLine> unnamed() {
        return unnamed;
    }

    static final Comparator<Document> ORDER = Comparator.comparing(Document::kind).thenComparing(Document::id,
            Comparator.nullsFirst(Comparator.naturalOrder()));

    static BigDecimal money(BigDecimal value) {
        return value.setScale(Valuation.VALUE_SCALE, Valuation.ROUNDING);
    }

    /** One document on one inventory account: what moved (here and in other facilities), what was revalued, what the ledger holds. */
    static final class Sides {
        final Document document;
        final String glAccountId;
        BigDecimal stockHere = BigDecimal.ZERO;
        BigDecimal stockElsewhere = BigDecimal.ZERO;
        BigDecimal quantityHere = BigDecimal.ZERO;
        long movements;
        boolean revalued;
        Instant firstDate;
        final Set<String> facilityIds = new TreeSet<>();
        final Set<String> productIds = new TreeSet<>();
        String inventoryItemId;
        BigDecimal ledger = BigDecimal.ZERO;
        final Set<String> acctgTransIds = new TreeSet<>();
        Instant ledgerDate;
        private boolean ledgerSeen;
        private boolean stockSeen;
        private boolean movedHere;

        Sides(Document document, String glAccountId) {
            this.document = document;
            this.glAccountId = glAccountId;
        }

        void addMovement(MovementSum sum, boolean here) {
            stockSeen = true;
            if (here) {
                stockHere = stockHere.add(sum.value());
                quantityHere = quantityHere.add(sum.quantity());
                movements += sum.count();
                movedHere = movedHere || sum.count() > 0 || sum.value().signum() != 0;
                facilityIds.add(sum.facilityId());
            } else {
                stockElsewhere = stockElsewhere.add(sum.value());
            }
            productIds.add(sum.productId());
            inventoryItemId = inventoryItemId == null ? sum.inventoryItemId() : inventoryItemId;
            if (sum.firstDate() != null && (firstDate == null || sum.firstDate().isBefore(firstDate))) {
                firstDate = sum.firstDate();
            }
        }

        void addRevaluation(Revaluation revaluation, boolean here) {
            revalued = true;
            addMovement(new MovementSum(document, revaluation.facilityId(), revaluation.productId(), revaluation.itemId(), 0,
                    here ? revaluation.quantity() : BigDecimal.ZERO, revaluation.effect(), revaluation.when(), revaluation.when()), here);
        }

        void addLedger(LedgerLine line) {
            ledgerSeen = true;
            ledger = ledger.add(line.amount());
            acctgTransIds.add(line.acctgTransId());
            if (line.date() != null && (ledgerDate == null || line.date().isBefore(ledgerDate))) {
                ledgerDate = line.date();
            }
        }

        /** The facility of the closing's the document moved stock in, when only one. */
        String facilityId() {
            return facilityIds.size() == 1 ? facilityIds.iterator().next() : null;
        }

        /** The product the document moved or revalued, when only one. */
        String productId() {
            return productIds.size() == 1 ? productIds.iterator().next() : null;
        }

        boolean hasLedger() {
            return ledgerSeen;
        }

        boolean hasStock() {
            return stockSeen;
        }

        boolean movedHere() {
            return movedHere;
        }

        BigDecimal stockValue() {
            return stockHere.add(stockElsewhere);
        }
    }
}
