package org.physicalinventory.difference;

import java.math.BigDecimal;

/** The movements posting will create for one variance reason and direction (seed 004's summary). */
public record ReasonTotal(String reasonId, boolean surplus, BigDecimal quantity, BigDecimal value, int lines) {

    ReasonTotal plus(Difference difference) {
        return new ReasonTotal(reasonId, surplus, quantity.add(difference.difference()), value.add(difference.value()), lines + 1);
    }
}
