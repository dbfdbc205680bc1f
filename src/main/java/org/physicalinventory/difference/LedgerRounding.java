package org.physicalinventory.difference;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How the values of differences are rounded: as OFBiz rounds ledger amounts (arithmetic.properties,
 * {@code ledger.decimals} and {@code ledger.rounding}), so that the item details and the ledger agree.
 */
public record LedgerRounding(int scale, RoundingMode mode) {

    /** OFBiz's own defaults when arithmetic.properties says nothing: four decimals, half up. */
    public static final LedgerRounding OFBIZ_DEFAULT = new LedgerRounding(4, RoundingMode.HALF_UP);

    /**
     * From OFBiz's property values: {@code decimals} a number of decimals, {@code rounding} a rounding name
     * ({@code HalfEven}; any other name rounds half up). An empty value keeps OFBiz's default.
     */
    public static LedgerRounding of(String decimals, String rounding) {
        int scale = decimals == null || decimals.isEmpty() ? OFBIZ_DEFAULT.scale() : Integer.parseInt(decimals.trim());
        return new LedgerRounding(scale, "HalfEven".equalsIgnoreCase(rounding) ? RoundingMode.HALF_EVEN : RoundingMode.HALF_UP);
    }

    public BigDecimal round(BigDecimal amount) {
        return amount.setScale(scale, mode);
    }
}
