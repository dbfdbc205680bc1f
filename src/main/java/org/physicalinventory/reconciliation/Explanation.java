package org.physicalinventory.reconciliation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One reason for part of an account's difference: its cause, the document (null for the causes of a whole account: carried, method,
 * unexplained; and for a transaction naming none), the facility and product when there is one, one of the items moved (for a link),
 * the transactions, the date, the quantity moved in the closing's facilities, the stock's side and the ledger's side, and the amount
 * it adds to the difference (closing value less ledger balance), rounded to the cent.
 */
public record Explanation(String glAccountId, Cause cause, Note note, Document document, String facilityId, String productId,
        String inventoryItemId, List<String> acctgTransIds, Instant date, BigDecimal quantity, BigDecimal stockValue, BigDecimal ledgerAmount,
        BigDecimal amount) {

    public Explanation {
        Objects.requireNonNull(glAccountId, "glAccountId");
        Objects.requireNonNull(cause, "cause");
        acctgTransIds = acctgTransIds == null ? List.of() : List.copyOf(acctgTransIds);
        Objects.requireNonNull(amount, "amount");
    }

    /** An explanation of a whole account: carried, method or unexplained. */
    static Explanation ofAccount(String glAccountId, Cause cause, BigDecimal amount) {
        return new Explanation(glAccountId, cause, null, null, null, null, null, List.of(), null, null, null, null, amount);
    }
}
