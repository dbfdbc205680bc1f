package org.physicalinventory.valuation;

import java.math.BigDecimal;
import java.time.Instant;

import org.physicalinventory.valuation.ItemSummary.Purchase;
import org.physicalinventory.valuation.Movement.Source;

/**
 * One item's movements before a moment as a database adds them up in one GROUP BY, without bringing each row
 * out: enough to summarise the common item (at most one movement records a cost, and it is the item's first
 * arrival of stock) exactly as replaying its movements would. Any other item answers null from
 * {@link #summary}: its movements must be read and replayed.
 *
 * @param quantity the sum of the quantities
 * @param lastMovement the latest movement
 * @param costMovements how many movements record a unit cost
 * @param cost the highest recorded cost (the cost, when one movement records it)
 * @param costWhen when the latest cost was recorded
 * @param costQuantity the quantity of the movements that record a cost
 * @param costSource what made the movement recording the cost (read only when one does)
 * @param firstArrivalWithoutCost the earliest movement bringing stock in without recording a cost
 * @param lastReceiptWithoutCost the latest receipt (not a return) without a cost of its own
 */
public record ItemTotals(String itemId, String lotId, BigDecimal currentUnitCost, BigDecimal quantity, Instant lastMovement, long costMovements,
        BigDecimal cost, Instant costWhen, BigDecimal costQuantity, Source costSource, Instant firstArrivalWithoutCost,
        Instant lastReceiptWithoutCost) {

    /** The item summed up, or null when its history is not one these totals decide. */
    public ItemSummary summary() {
        if (costMovements == 0) {
            if (firstArrivalWithoutCost != null) {
                return null; // stock came in without a cost: which arrival was the first purchase needs the rows
            }
            return new ItemSummary(itemId, lotId, orZero(quantity), orZero(currentUnitCost), null, lastMovement);
        }
        boolean costIsFirstArrival = costMovements == 1 && costQuantity != null && costQuantity.signum() > 0
                && (firstArrivalWithoutCost == null || firstArrivalWithoutCost.isAfter(costWhen));
        if (!costIsFirstArrival) {
            return null;
        }
        // the first arrival is a purchase unless it is a variance (found stock) or a return; receipts after it buy at the same cost
        Purchase purchase = costSource == Source.RECEIPT || costSource == Source.OTHER ? new Purchase(costWhen, cost) : null;
        if (lastReceiptWithoutCost != null) {
            purchase = new Purchase(lastReceiptWithoutCost, cost);
        }
        return new ItemSummary(itemId, lotId, orZero(quantity), cost, purchase, lastMovement);
    }

    /** The totals added up one movement at a time, as the GROUP BY does: for a database that streams rows faster than it groups them. */
    public static final class Sum {
        private BigDecimal quantity;
        private Instant lastMovement;
        private long costMovements;
        private BigDecimal cost;
        private Instant costWhen;
        private BigDecimal costQuantity;
        private Source costSource;
        private Instant firstArrivalWithoutCost;
        private Instant lastReceiptWithoutCost;

        /** Adds a movement (before the moment: the caller filters). */
        public void add(Movement movement) {
            Instant when = movement.when();
            BigDecimal moved = movement.quantity();
            quantity = quantity == null ? moved : quantity.add(moved);
            lastMovement = later(lastMovement, when);
            if (movement.unitCost() != null) {
                costMovements++;
                cost = cost == null || movement.unitCost().compareTo(cost) > 0 ? movement.unitCost() : cost;
                costWhen = later(costWhen, when);
                costQuantity = costQuantity == null ? moved : costQuantity.add(moved);
                costSource = movement.source(); // it only counts when one movement records a cost
            } else if (moved.signum() > 0) {
                firstArrivalWithoutCost = firstArrivalWithoutCost == null || when.isBefore(firstArrivalWithoutCost) ? when : firstArrivalWithoutCost;
                if (movement.source() == Source.RECEIPT) {
                    lastReceiptWithoutCost = later(lastReceiptWithoutCost, when);
                }
            }
        }

        public ItemTotals totals(String itemId, String lotId, BigDecimal currentUnitCost) {
            return new ItemTotals(itemId, lotId, currentUnitCost, quantity, lastMovement, costMovements, cost, costWhen, costQuantity, costSource,
                    firstArrivalWithoutCost, lastReceiptWithoutCost);
        }

        private static Instant later(Instant one, Instant other) {
            return one == null || other.isAfter(one) ? other : one;
        }
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
