package org.physicalinventory.reconciliation;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

/**
 * One inventory account at the closing: how many product lines it values, the closing's value of them (by the closing's method, and
 * at the items' own costs), the account's balance in the ledger, the difference (closing value less balance), what each cause
 * explains of it (the unexplained rest included), and how many documents of the period are on both sides with the same amount.
 */
public record AccountFigures(String glAccountId, int productLines, BigDecimal closingValue, BigDecimal itemCostValue, BigDecimal ledgerBalance,
        Map<Cause, BigDecimal> byCause, int matchedDocuments) {

    public AccountFigures {
        byCause = Map.copyOf(byCause);
    }

    /** Zero, to the cent. */
    private static final BigDecimal NOTHING = new BigDecimal("0.00");

    public BigDecimal difference() {
        return closingValue.subtract(ledgerBalance);
    }

    public BigDecimal explained() {
        return difference().subtract(unexplained());
    }

    public BigDecimal unexplained() {
        return byCause.getOrDefault(Cause.UNEXPLAINED, NOTHING);
    }

    /** What each cause explains, in the order of the causes; zero for those that explain nothing. */
    public Map<Cause, BigDecimal> causes() {
        Map<Cause, BigDecimal> all = new EnumMap<>(Cause.class);
        for (Cause cause : Cause.values()) {
            all.put(cause, byCause.getOrDefault(cause, NOTHING));
        }
        return all;
    }
}
