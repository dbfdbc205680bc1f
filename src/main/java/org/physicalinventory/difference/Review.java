package org.physicalinventory.difference;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.physicalinventory.difference.CountedLine.LineRef;

/** Every difference of an inventory, the summary of the movements posting will create, and what stops posting. */
public record Review(List<Difference> differences) {

    /** Totals by reason and direction, surplus first, in the order reasons first appear. */
    public Summary summary() {
        return Summary.of(differences.stream().filter(d -> d.reasonId() != null)
                .sorted(Comparator.comparing(d -> d.difference().signum() <= 0))
                .map(d -> new Summary.Amount(d.reasonId(), d.difference(), d.value())).collect(Collectors.toList()));
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

    /** The differences whose stock moved between the count and today. */
    public List<Difference> moved() {
        return differences.stream().filter(Difference::moved).collect(Collectors.toList());
    }

    /** The difference a line belongs to, if the line is one of the inventory's. */
    public Optional<Difference> differenceOf(LineRef line) {
        return differences.stream().filter(d -> d.lines().contains(line)).findFirst();
    }

    /** What a recount list holds: the differences of the lines picked, and with {@code overTolerance} every one over tolerance. */
    public List<Difference> toRecount(boolean overTolerance, Set<LineRef> picked) {
        return differences.stream().filter(d -> overTolerance && d.overTolerance() || d.lines().stream().anyMatch(picked::contains))
                .collect(Collectors.toList());
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
