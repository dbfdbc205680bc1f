package org.physicalinventory.difference;

import java.math.BigDecimal;
import java.util.Optional;

/** The tolerances of the stock-difference parameters; a difference within all of them needs no recount. */
public record StockDifferenceParameters(BigDecimal toleranceQuantity, BigDecimal tolerancePercent, BigDecimal toleranceValue) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The label key of what is wrong with these tolerances, if anything. */
    public Optional<String> refusal() {
        if (isNegative(toleranceQuantity) || isNegative(tolerancePercent) || isNegative(toleranceValue)) {
            return Optional.of("PhysInvErrorNegativeTolerance");
        }
        if (tolerancePercent != null && tolerancePercent.compareTo(HUNDRED) > 0) {
            return Optional.of("PhysInvErrorTolerancePercentOver100");
        }
        return Optional.empty();
    }

    private static boolean isNegative(BigDecimal value) {
        return value != null && value.signum() < 0;
    }
}
