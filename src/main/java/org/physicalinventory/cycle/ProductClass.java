package org.physicalinventory.cycle;

import java.math.BigDecimal;

/**
 * One product's place in the ranking: its class, its rank by value (1 = the most), the value that
 * left over the period, its share of the whole and the cumulative share up to and including it, in percent.
 */
public record ProductClass(String productId, AbcClass abcClass, int rank, BigDecimal quantity, BigDecimal value, BigDecimal sharePercent,
        BigDecimal cumulativePercent) {
}
