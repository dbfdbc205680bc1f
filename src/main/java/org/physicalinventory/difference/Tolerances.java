package org.physicalinventory.difference;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * The tolerances of the stock-difference parameters: a difference within all of them needs no
 * recount. An empty tolerance is not checked.
 */
public record Tolerances(BigDecimal quantity, BigDecimal percent, BigDecimal value) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public static final Tolerances NONE = new Tolerances(null, null, null);

    /** The label key of what is wrong with these tolerances, if anything. */
    public Optional<String> refusal() {
        if (isNegative(quantity) || isNegative(percent) || isNegative(value)) {
            return Optional.of("PhysInvErrorNegativeTolerance");
        }
        if (percent != null && percent.compareTo(HUNDRED) > 0) {
            return Optional.of("PhysInvErrorTolerancePercentOver100");
        }
        return Optional.empty();
    }

    /**
     * Whether a difference goes beyond a tolerance: its quantity, its share of the book quantity
     * (any difference on an empty book is beyond a percent tolerance), or its value.
     */
    public boolean exceededBy(BigDecimal difference, BigDecimal book, BigDecimal differenceValue) {
        BigDecimal size = difference.abs();
        if (size.signum() == 0) {
            return false;
        }
        if (quantity != null && size.compareTo(quantity) > 0) {
            return true;
        }
        if (percent != null && (book.signum() == 0
                || size.multiply(HUNDRED).divide(book.abs(), 6, RoundingMode.HALF_UP).compareTo(percent) > 0)) {
            return true;
        }
        return value != null && differenceValue != null && differenceValue.abs().compareTo(value) > 0;
    }

    private static boolean isNegative(BigDecimal amount) {
        return amount != null && amount.signum() < 0;
    }
}
