package org.physicalinventory.cycle;

import java.math.BigDecimal;

/**
 * The cumulative shares of the value leaving the warehouse that cut products into classes, in percent:
 * the products making the first {@code a} percent are A, the next {@code b} percent B, the rest C.
 * The three must each be above zero and add up to 100.
 */
public record AbcShares(BigDecimal a, BigDecimal b, BigDecimal c) {

    static final BigDecimal HUNDRED = new BigDecimal("100");
    public static final AbcShares DEFAULT = new AbcShares(new BigDecimal("80"), new BigDecimal("15"), new BigDecimal("5"));

    public AbcShares {
        if (positive(a) && positive(b) && positive(c)) {
            if (a.add(b).add(c).compareTo(HUNDRED) != 0) {
                throw new IllegalArgumentException("shares add up to " + a.add(b).add(c));
            }
        } else {
            throw new IllegalArgumentException("a share is not above zero");
        }
    }

    /** The shares, or the refusal of what is wrong with them. */
    public static AbcShares of(BigDecimal a, BigDecimal b, BigDecimal c) throws CycleException {
        for (BigDecimal share : new BigDecimal[] {a, b, c}) {
            if (!positive(share)) {
                throw new CycleException("PhysInvErrorAbcShareNotPositive", share == null ? "" : share.toPlainString());
            }
        }
        BigDecimal sum = a.add(b).add(c);
        if (sum.compareTo(HUNDRED) != 0) {
            throw new CycleException("PhysInvErrorAbcSharesNotHundred", a.toPlainString(), b.toPlainString(), c.toPlainString(),
                    sum.stripTrailingZeros().toPlainString());
        }
        return new AbcShares(a, b, c);
    }

    /** The class of products whose value starts at {@code before} percent of the whole (the share of the products before them). */
    public AbcClass classStartingAt(BigDecimal before) {
        if (before.compareTo(a) < 0) {
            return AbcClass.A;
        }
        return before.compareTo(a.add(b)) < 0 ? AbcClass.B : AbcClass.C;
    }

    private static boolean positive(BigDecimal share) {
        return share != null && share.signum() > 0;
    }
}
