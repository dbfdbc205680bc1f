package org.physicalinventory.difference;

import java.math.BigDecimal;

/** The movements of one variance reason and direction (seed 004's summary): their quantity, value and number. */
public record ReasonTotal(String reasonId, boolean surplus, BigDecimal quantity, BigDecimal value, int lines) {

    ReasonTotal plus(Summary.Amount amount) {
        return new ReasonTotal(reasonId, surplus, quantity.add(amount.quantity()), value.add(amount.value()), lines + 1);
    }
}
