package org.physicalinventory.ofbiz.difference;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.ofbiz.entity.Delegator;
import org.apache.ofbiz.entity.GenericEntityException;
import org.apache.ofbiz.entity.GenericValue;
import org.physicalinventory.count.LineKey;
import org.physicalinventory.difference.CountedLine;
import org.physicalinventory.difference.Difference;
import org.physicalinventory.explain.CauseRules;
import org.physicalinventory.explain.ExplainedLine;
import org.physicalinventory.explain.LikelyCause;
import org.physicalinventory.explain.Movement;
import org.physicalinventory.explain.Transfer;
import org.physicalinventory.ofbiz.Transactions;
import org.physicalinventory.ofbiz.explain.ExplainRows;
import org.physicalinventory.ofbiz.inventory.InventoryRows;

/**
 * The likely causes of a review's differences, worked out once per kept review with three set-based queries whatever the number
 * of differences: the facility's movements within the cut-off window around the first and the last count, the transfers under
 * way then, the products' packs.
 */
final class ReviewCauses {

    private ReviewCauses() {
    }

    /** A difference as the rules see it: the count that stands, the book it was compared with, and the latest count of the key. */
    static ExplainedLine line(Difference difference, List<CountedLine> lines) {
        Instant countedAt = lines.stream().filter(CountedLine::isCounted).map(CountedLine::countedAt).filter(Objects::nonNull)
                .max(Instant::compareTo).orElse(null);
        return new ExplainedLine(difference.key(), difference.book(), difference.counted(), countedAt);
    }

    static Map<LineKey, List<LikelyCause>> of(Delegator delegator, GenericValue inventory, List<ExplainedLine> all) throws GenericEntityException {
        List<ExplainedLine> lines = all.stream().filter(l -> l.difference().signum() != 0).toList();
        if (lines.isEmpty()) {
            return Map.of();
        }
        String facilityId = inventory.getString("facilityId");
        Duration window = ExplainRows.window(InventoryRows.stockDifferenceParameters(delegator, inventory.getRelatedOne("Facility", true)));
        Set<String> countedLocations = all.stream().filter(ExplainedLine::isCounted).map(l -> l.key().locationSeqId()).collect(Collectors.toSet());
        Set<String> products = new HashSet<>();
        lines.forEach(l -> products.add(l.key().productId()));
        Instant first = lines.stream().map(ExplainedLine::countedAt).filter(Objects::nonNull).min(Instant::compareTo).orElse(null);
        Instant last = lines.stream().map(ExplainedLine::countedAt).filter(Objects::nonNull).max(Instant::compareTo).orElse(null);
        return Transactions.read(() -> {
            List<Movement> movements = first == null ? List.of()
                    : ExplainRows.movementsBetween(delegator, facilityId, first.minus(window), last.plus(window));
            List<Transfer> transfers = first == null ? List.of()
                    : ExplainRows.transfers(delegator, facilityId, null, first.minus(window), last.plus(window));
            return CauseRules.explain(lines, movements, transfers, new CauseRules.Setting(facilityId, window, countedLocations,
                    ExplainRows.packs(delegator, products)));
        });
    }
}
