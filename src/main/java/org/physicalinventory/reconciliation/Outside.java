package org.physicalinventory.reconciliation;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What was looked up outside the period for the documents {@link Matching} left one-sided: the transactions of the documents with
 * stock moved and nothing posted in the period (at any date, posted or not), and the first and last movement of the documents with a
 * transaction and no movement in the period.
 */
public record Outside(Map<Document, List<Transaction>> transactions, Map<Document, Moved> movements) {

    /** A transaction of a document: its date and whether it is posted. */
    public record Transaction(String acctgTransId, Instant date, boolean posted) {
    }

    /** When a document's stock moved, outside the period. */
    public record Moved(Instant firstDate, Instant lastDate) {
    }

    public Outside {
        transactions = Map.copyOf(transactions);
        movements = Map.copyOf(movements);
    }

    /** Nothing found outside the period. */
    public static Outside nothing() {
        return new Outside(Map.of(), Map.of());
    }

    List<Transaction> transactionsOf(Document document) {
        return transactions.getOrDefault(document, List.of());
    }
}
