package org.physicalinventory.difference;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The movements by variance reason and direction (seed 004's summary), with the value of all surpluses and
 * of all shortages: of what posting will create, or of what a posting created.
 */
public record Summary(List<ReasonTotal> totals) {

    /** One amount to total: a quantity of a variance reason (positive: a surplus) and its value. */
    public record Amount(String reasonId, BigDecimal quantity, BigDecimal value) {

        boolean surplus() {
            return quantity.signum() > 0;
        }
    }

    /** Totals by reason and direction, in the order each reason and direction first comes among the amounts. */
    public static Summary of(List<Amount> amounts) {
        Map<String, ReasonTotal> totals = new LinkedHashMap<>();
        for (Amount amount : amounts) {
            totals.merge(amount.reasonId() + amount.surplus(),
                    new ReasonTotal(amount.reasonId(), amount.surplus(), BigDecimal.ZERO, BigDecimal.ZERO, 0).plus(amount),
                    (was, more) -> was.plus(amount));
        }
        return new Summary(new ArrayList<>(totals.values()));
    }

    /** The value of all surpluses. */
    public BigDecimal surplusValue() {
        return value(true);
    }

    /** The value of all shortages (negative). */
    public BigDecimal shortageValue() {
        return value(false);
    }

    private BigDecimal value(boolean surplus) {
        return totals.stream().filter(t -> t.surplus() == surplus).map(ReasonTotal::value).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
