package org.physicalinventory.reconciliation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * What one posted accounting transaction did to one inventory account for one product (null when its entries name none): the
 * debits less the credits, in the organisation's currency. {@code document} is what the transaction names (null: none).
 */
public record LedgerLine(String acctgTransId, String acctgTransTypeId, Instant date, String description, Document document, String glAccountId,
        String productId, BigDecimal amount) {

    public LedgerLine {
        Objects.requireNonNull(acctgTransId, "acctgTransId");
        Objects.requireNonNull(glAccountId, "glAccountId");
        amount = amount == null ? BigDecimal.ZERO : amount;
    }

    /** The same line naming another document (an unnamed receipt paired with its receipt). */
    LedgerLine naming(Document other) {
        return new LedgerLine(acctgTransId, acctgTransTypeId, date, description, other, glAccountId, productId, amount);
    }
}
