package org.physicalinventory.cycle;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;

/** Inventory record accuracy of one month and class (null: all classes): lines counted, and how many were within tolerance. */
public record AccuracyPoint(YearMonth month, AbcClass abcClass, int lines, int withinTolerance) {

    /** The share of lines within tolerance in percent, one decimal; null for a month without counts. */
    public BigDecimal percent() {
        return lines == 0 ? null
                : BigDecimal.valueOf(withinTolerance).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(lines), 1, RoundingMode.HALF_UP);
    }
}
