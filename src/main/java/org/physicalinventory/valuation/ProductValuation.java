package org.physicalinventory.valuation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One product in one facility at a closing moment: the quantity on hand, its unit costs (any of which may be
 * unknown: null) and its value by each method, the value by the closing's method, and the lots it is in.
 * {@code fallback} says that the closing's method had no unit cost for it (no standard cost, no receipt) and
 * the FIFO value stands in. {@code lastMovement} is the last movement up to the moment.
 */
public record ProductValuation(String productId, String facilityId, BigDecimal quantity, BigDecimal lastCost, BigDecimal averageCost,
        BigDecimal standardCost, BigDecimal fifoValue, BigDecimal lifoValue, BigDecimal averageValue, BigDecimal lastCostValue,
        BigDecimal standardValue, ValuationMethod method, BigDecimal value, boolean fallback, List<LotQuantity> lots,
        Instant lastMovement) {

    public ProductValuation {
        lots = List.copyOf(lots);
    }

    /** The same without its LIFO value (a closing not valued by LIFO does not replay movements for it). */
    public ProductValuation withoutLifo() {
        return new ProductValuation(productId, facilityId, quantity, lastCost, averageCost, standardCost, fifoValue, null, averageValue,
                lastCostValue, standardValue, method, value, fallback, lots, lastMovement);
    }

    /** The value per unit by the closing's method (null without quantity). */
    public BigDecimal unitValue() {
        return quantity.signum() == 0 ? null : value.divide(quantity, Valuation.COST_SCALE, Valuation.ROUNDING);
    }

    /** The quantity and the FIFO value of one lot of the product. */
    public record LotQuantity(String lotId, BigDecimal quantity, BigDecimal fifoValue) {

        /**
         * The lot's value by a method: FIFO at its own items; by any other method, its quantity at the product's unit value
         * by that method ({@code unitValue}), or FIFO when the product has none.
         */
        public BigDecimal value(ValuationMethod method, BigDecimal unitValue) {
            return method == ValuationMethod.FIFO || unitValue == null ? fifoValue
                    : quantity.multiply(unitValue).setScale(Valuation.VALUE_SCALE, Valuation.ROUNDING);
        }
    }
}
