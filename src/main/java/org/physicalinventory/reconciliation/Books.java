package org.physicalinventory.reconciliation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The figures at the two ends of the period: the closing's lines and the inventory accounts' balances at its end; at its start, the
 * lines of the previous confirmed closing of the same scope and the balances then (both null when the period runs from the start).
 */
public record Books(List<ClosingValue> closing, Map<String, BigDecimal> ledgerAtEnd, List<ClosingValue> previous,
        Map<String, BigDecimal> ledgerAtStart) {

    public Books {
        closing = List.copyOf(closing);
        ledgerAtEnd = Map.copyOf(ledgerAtEnd);
        previous = previous == null ? null : List.copyOf(previous);
        ledgerAtStart = ledgerAtStart == null ? null : Map.copyOf(ledgerAtStart);
    }

    public boolean hasPrevious() {
        return previous != null;
    }
}
