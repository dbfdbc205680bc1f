package org.physicalinventory.difference;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the review shows above its rows, added up one difference at a time so that a review read in slices never holds
 * every difference: the movements by variance reason and direction (surplus first, each in the order its reason first
 * comes, as {@link Review#summary()}), and how many differences are in conflict, lack a cost, moved since their count and
 * change stock.
 */
public final class ReviewTotals {

    private final Map<String, ReasonTotal> surpluses = new LinkedHashMap<>();
    private final Map<String, ReasonTotal> shortages = new LinkedHashMap<>();
    private int differences;
    private int conflicts;
    private int missingCosts;
    private int moved;
    private int changes;

    /** Adds one difference of the review. */
    public void add(Difference difference) {
        differences++;
        conflicts += difference.conflict() ? 1 : 0;
        missingCosts += difference.missingCost() ? 1 : 0;
        moved += difference.moved() ? 1 : 0;
        changes += difference.changesStock() ? 1 : 0;
        if (difference.reasonId() != null) {
            Summary.Amount amount = new Summary.Amount(difference.reasonId(), difference.difference(), difference.value());
            // Review#summary sorts a zero difference with the shortages
            Map<String, ReasonTotal> side = difference.difference().signum() > 0 ? surpluses : shortages;
            side.merge(amount.reasonId() + amount.surplus(),
                    new ReasonTotal(amount.reasonId(), amount.surplus(), BigDecimal.ZERO, BigDecimal.ZERO, 0).plus(amount),
                    (was, more) -> was.plus(amount));
        }
    }

    /** The totals of a whole review. */
    public static ReviewTotals of(Review review) {
        ReviewTotals totals = new ReviewTotals();
        review.differences().forEach(totals::add);
        return totals;
    }

    public Summary summary() {
        List<ReasonTotal> totals = new ArrayList<>(surpluses.values());
        totals.addAll(shortages.values());
        return new Summary(totals);
    }

    /** How many differences (rows of the review, before any filter). */
    public int differences() {
        return differences;
    }

    public int conflicts() {
        return conflicts;
    }

    public int missingCosts() {
        return missingCosts;
    }

    public int moved() {
        return moved;
    }

    /** How many differences posting changes stock for. */
    public int changes() {
        return changes;
    }
}
