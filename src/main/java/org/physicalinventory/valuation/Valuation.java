package org.physicalinventory.valuation;

import java.math.RoundingMode;

/** The scales of the valuation, stated once: values to the cent, unit costs to six decimals, half up. */
public final class Valuation {

    /** Values (quantity × cost) are rounded to this many decimals. */
    public static final int VALUE_SCALE = 2;
    /** Unit costs derived by division keep this many decimals. */
    public static final int COST_SCALE = 6;
    /** OFBiz rounds its average cost to two decimals at each receipt (arithmetic.properties, finaccount.decimals). */
    public static final int AVERAGE_SCALE = 2;
    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

    private Valuation() {
    }
}
