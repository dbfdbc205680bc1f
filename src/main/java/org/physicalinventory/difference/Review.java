package org.physicalinventory.difference;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Every difference of an inventory, the summary of the movements posting will create, and what stops posting. */
public record Review(List<Difference> differences) {

    /** Totals by reason and direction, surplus first, in the order reasons first appear. */
    public List<ReasonTotal> summary() {
        Map<String, ReasonTotal> totals = new LinkedHashMap<>();
        for (boolean surplus : new boolean[] {true, false}) {
            for (Difference difference : differences) {
                if (difference.reasonId() != null && difference.difference().signum() > 0 == surplus) {
                    totals.merge(difference.reasonId() + surplus,
                            new ReasonTotal(difference.reasonId(), surplus, BigDecimal.ZERO, BigDecimal.ZERO, 0).plus(difference),
                            (was, more) -> was.plus(difference));
                }
            }
        }
        return new ArrayList<>(totals.values());
    }

    public List<Difference> conflicts() {
        return differences.stream().filter(Difference::conflict).collect(Collectors.toList());
    }

    public List<Difference> missingCosts() {
        return differences.stream().filter(Difference::missingCost).collect(Collectors.toList());
    }

    public List<Difference> changes() {
        return differences.stream().filter(Difference::changesStock).collect(Collectors.toList());
    }

    /** The label key of the first reason posting cannot go on, with the key it names. */
    public Optional<Blocker> blocker() {
        if (!conflicts().isEmpty()) {
            return Optional.of(new Blocker("PhysInvErrorConflictsUnsettled", conflicts().get(0)));
        }
        if (!missingCosts().isEmpty()) {
            return Optional.of(new Blocker("PhysInvErrorNoUnitCost", missingCosts().get(0)));
        }
        return Optional.empty();
    }

    /** Why posting cannot go on, and the first difference concerned. */
    public record Blocker(String labelKey, Difference difference) {
    }
}
