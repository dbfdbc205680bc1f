package org.physicalinventory.reconciliation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.physicalinventory.reconciliation.ItemHistory.Detail;

/**
 * An item's history replayed as a closing replays it: its unit cost at each moment is the last cost a detail recorded, or its
 * current cost when none did yet. In the period, this gives each revaluation (a detail that changes the cost of the quantity on hand:
 * quantity × (new cost − old cost)) and what each movement is worth at the cost of its moment rather than at the current cost the
 * database summed it at (the correction of its {@link MovementSum}).
 */
public final class ItemCosts {

    private static final Comparator<Detail> IN_ORDER = Comparator.comparing(Detail::when).thenComparing(Detail::sequence);

    private ItemCosts() {
    }

    /** A change of an item's unit cost while it held stock: the value of the quantity on hand moved by {@code effect}. */
    public record Revaluation(String itemId, String productId, String facilityId, Instant when, BigDecimal quantity, BigDecimal oldCost,
            BigDecimal newCost) {

        public BigDecimal effect() {
            return quantity.multiply(newCost.subtract(oldCost));
        }
    }

    /** The revaluations of an item in the period, and the corrections of its movements' values. */
    public record Replay(List<Revaluation> revaluations, List<MovementSum> corrections) {
    }

    /** Replays the item's details before {@code until}; those from {@code from} on (null: all) are in the period. */
    public static Replay replay(ItemHistory item, Instant from, Instant until) {
        List<Detail> details = item.details().stream().filter(d -> d.when().isBefore(until)).sorted(IN_ORDER).toList();
        BigDecimal current = item.currentCost() == null ? BigDecimal.ZERO : item.currentCost();
        BigDecimal quantity = BigDecimal.ZERO;
        BigDecimal cost = current;
        List<Revaluation> revaluations = new ArrayList<>();
        List<MovementSum> corrections = new ArrayList<>();
        for (Detail detail : details) {
            BigDecimal after = detail.unitCost() != null ? detail.unitCost() : cost;
            if (from == null || !detail.when().isBefore(from)) {
                if (after.compareTo(cost) != 0 && quantity.signum() != 0) {
                    revaluations.add(new Revaluation(item.itemId(), item.productId(), item.facilityId(), detail.when(), quantity, cost, after));
                }
                if (detail.quantity().signum() != 0 && after.compareTo(current) != 0) {
                    corrections.add(new MovementSum(detail.document(), item.facilityId(), item.productId(), item.itemId(), 0, BigDecimal.ZERO,
                            detail.quantity().multiply(after.subtract(current)), null, null));
                }
            }
            quantity = quantity.add(detail.quantity());
            cost = after;
        }
        return new Replay(revaluations, corrections);
    }
}
