package org.physicalinventory.ofbiz.difference;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.ofbiz.base.util.Debug;
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
 * way then, the products' packs. When the kept review is brought up to date in part, only the movements of the keys changed
 * are read again (their items by product, then their details by item: indexed queries) and the transfers; the rules run over the
 * changed keys' differences only (and the mislaid pallets of their products and lots) while the transfers and the counted locations
 * are those the kept causes were worked out with, else over every difference again.
 */
final class ReviewCauses {

    private static final String MODULE = ReviewCauses.class.getName();

    private ReviewCauses() {
    }

    /** A difference as the rules see it: the count that stands, the book it was compared with, and the latest count of the key. */
    static ExplainedLine line(Difference difference, List<CountedLine> lines) {
        Instant countedAt = lines.stream().filter(CountedLine::isCounted).map(CountedLine::countedAt).filter(Objects::nonNull)
                .max(Instant::compareTo).orElse(null);
        return new ExplainedLine(difference.key(), difference.book(), difference.counted(), countedAt);
    }

    /**
     * What the rules read, kept with the review: the cut-off window, the movements of each key within the window around the
     * counts (of every key counted when it was read), the packs of the inventory's products. When a few keys change, only their
     * movements are read again.
     */
    record Reading(Duration window, Map<LineKey, List<Movement>> movements, Map<String, BigDecimal> packs) {
    }

    /**
     * What the rules read besides each key's own lines and movements: the transfers under way around the counts, the locations
     * counted. While both stay the same, an unchanged key's causes stay as they were.
     */
    record Basis(List<Transfer> transfers, Set<String> countedLocations) {
    }

    /** The likely causes of a review's differences, and what they were worked out from. */
    record Explained(Map<LineKey, List<LikelyCause>> causes, Reading reading, Basis basis) {
    }

    /** More keys changed than this: their movements are read by the window alone, as for a whole review. */
    static final int MOST_KEYS = 500;

    /** The likely causes of every difference, from the facility's movements within the window around every count. */
    static Explained of(Delegator delegator, GenericValue inventory, List<ExplainedLine> all) throws GenericEntityException {
        Duration window = ExplainRows.window(InventoryRows.stockDifferenceParameters(delegator, inventory.getRelatedOne("Facility", true)));
        Set<String> products = all.stream().map(l -> l.key().productId()).collect(Collectors.toSet());
        return Transactions.read(() -> {
            long start = System.nanoTime();
            List<Movement> movements = movements(delegator, inventory, null, all, window);
            long read = System.nanoTime();
            Map<String, BigDecimal> packs = ExplainRows.packs(delegator, products);
            return explain(delegator, inventory, all, new Reading(window, byKey(movements), packs), null, null,
                    String.format("%d movements read in %.3f s, packs in %.3f s", movements.size(), (read - start) / 1e9, (System.nanoTime() - read) / 1e9));
        });
    }

    /**
     * The likely causes of every difference when only these keys changed since {@code kept} was read: their movements read again
     * (those of their products within the window around their counts), every other key's as kept, the transfers read again (a
     * few rows); then the rules over the changed keys, or over every difference when the transfers or the counted locations are
     * not those {@code keptCauses} were worked out with ({@code keptBasis}, null when they are not known).
     */
    static Explained again(Delegator delegator, GenericValue inventory, List<ExplainedLine> all, Reading kept, Map<LineKey, List<LikelyCause>> keptCauses,
            Basis keptBasis, Set<LineKey> changed) throws GenericEntityException {
        List<ExplainedLine> changedLines = all.stream().filter(l -> changed.contains(l.key())).toList();
        Set<LineKey> keys = changedLines.stream().map(ExplainedLine::key).collect(Collectors.toSet());
        return Transactions.read(() -> {
            long start = System.nanoTime();
            Map<LineKey, List<Movement>> movements = new HashMap<>(kept.movements());
            movements.keySet().removeAll(changed);
            List<Movement> read = movements(delegator, inventory, keys.size() > MOST_KEYS ? null : keys, changedLines, kept.window());
            List<Movement> ofChanged = read.stream().filter(m -> changed.contains(m.key())).toList();
            ofChanged.forEach(m -> movements.computeIfAbsent(m.key(), k -> new ArrayList<>()).add(m));
            Explained before = keptBasis == null ? null : new Explained(keptCauses, kept, keptBasis);
            return explain(delegator, inventory, all, new Reading(kept.window(), movements, kept.packs()), before,
                    new Changes(changed, ofChanged), String.format(
                    "%d movements of %d keys changed read in %.3f s", read.size(), changed.size(), (System.nanoTime() - start) / 1e9));
        });
    }

    /** The keys changed since the kept causes, with their movements. */
    private record Changes(Set<LineKey> keys, List<Movement> movements) {
    }

    /**
     * The rules with the transfers under way around the counts: over the changed keys ({@code changes}, given with {@code kept})
     * when the kept causes were worked out with the same transfers and counted locations, else over every difference.
     */
    private static Explained explain(Delegator delegator, GenericValue inventory, List<ExplainedLine> all, Reading reading, Explained kept,
            Changes changes, String readLog) throws GenericEntityException {
        long start = System.nanoTime();
        List<ExplainedLine> lines = all.stream().filter(l -> l.difference().signum() != 0).toList();
        if (lines.isEmpty()) {
            return new Explained(Map.of(), reading, null);
        }
        String facilityId = inventory.getString("facilityId");
        Duration window = reading.window();
        Set<String> countedLocations = all.stream().filter(ExplainedLine::isCounted).map(l -> l.key().locationSeqId()).collect(Collectors.toSet());
        Instant first = first(lines);
        List<Transfer> transfers = first == null ? List.of()
                : ExplainRows.transfers(delegator, facilityId, null, first.minus(window), last(lines).plus(window));
        long transfersRead = System.nanoTime();
        Basis basis = new Basis(transfers, countedLocations);
        CauseRules.Setting setting = new CauseRules.Setting(facilityId, window, countedLocations, reading.packs());
        Map<LineKey, List<LikelyCause>> causes;
        String over;
        if (kept != null && basis.equals(kept.basis())) {
            causes = CauseRules.again(kept.causes(), lines, changes.keys(), changes.movements(), transfers, setting);
            over = changes.keys().size() + " changed keys";
        } else {
            List<Movement> movements = new ArrayList<>();
            reading.movements().values().forEach(movements::addAll);
            causes = CauseRules.explain(lines, movements, transfers, setting);
            over = lines.size() + " differences";
        }
        Debug.logInfo(String.format("Likely causes of inventory %s: %s, %d transfers in %.3f s, rules over %s in %.3f s",
                inventory.get("piInventoryId"), readLog, transfers.size(), (transfersRead - start) / 1e9, over,
                (System.nanoTime() - transfersRead) / 1e9), MODULE);
        return new Explained(causes, reading, basis);
    }

    /** The movements of the facility (of these keys, when given) within the window around the counts of these lines. */
    private static List<Movement> movements(Delegator delegator, GenericValue inventory, Set<LineKey> keys, List<ExplainedLine> lines,
            Duration window) throws GenericEntityException {
        Instant first = first(lines);
        if (first == null) {
            return List.of();
        }
        String facilityId = inventory.getString("facilityId");
        return keys == null ? ExplainRows.movementsBetween(delegator, facilityId, first.minus(window), last(lines).plus(window))
                : ExplainRows.movementsOfKeys(delegator, facilityId, keys, first.minus(window), last(lines).plus(window));
    }

    private static Map<LineKey, List<Movement>> byKey(List<Movement> movements) {
        Map<LineKey, List<Movement>> byKey = new HashMap<>();
        movements.forEach(m -> byKey.computeIfAbsent(m.key(), k -> new ArrayList<>()).add(m));
        return byKey;
    }

    private static Instant first(List<ExplainedLine> lines) {
        return lines.stream().map(ExplainedLine::countedAt).filter(Objects::nonNull).min(Instant::compareTo).orElse(null);
    }

    private static Instant last(List<ExplainedLine> lines) {
        return lines.stream().map(ExplainedLine::countedAt).filter(Objects::nonNull).max(Instant::compareTo).orElse(null);
    }
}
