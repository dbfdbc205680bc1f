package org.physicalinventory.difference;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.physicalinventory.count.LineKey;
import org.physicalinventory.difference.CountedLine.LineRef;

/**
 * The review screen's filters. Empty ones let everything through; the location and product match any
 * part of the id, in any case.
 *
 * @param piListId         only the differences of this list
 * @param categoryProducts only these products (the members of a category), or null for all
 * @param differencesOnly  only what posting changes, and what stops it (conflicts, lines without cost)
 */
public record ReviewFilter(String piListId, String location, String product, Set<String> categoryProducts,
        boolean differencesOnly, boolean overTolerance, boolean moved, boolean conflicts) {

    public ReviewFilter {
        piListId = piListId == null || piListId.isEmpty() ? null : piListId;
        location = lower(location);
        product = lower(product);
    }

    public boolean accepts(Difference difference) {
        return accepts(difference.lines().stream().map(LineRef::piListId).collect(Collectors.toList()), difference.key(),
                difference.changesStock() || difference.conflict() || difference.missingCost(), difference.overTolerance(),
                difference.moved(), difference.conflict());
    }

    /** A line of a posted inventory, with the quantity posted for it: nothing is over tolerance, moved or in conflict any more. */
    public boolean acceptsPosted(String linePiListId, LineKey key, BigDecimal posted) {
        return accepts(List.of(linePiListId), key, posted.signum() != 0, false, false, false);
    }

    private boolean accepts(List<String> listIds, LineKey key, boolean changes, boolean isOverTolerance, boolean isMoved,
            boolean isConflict) {
        return (piListId == null || listIds.contains(piListId))
                && (location == null || key.locationSeqId().toLowerCase(Locale.ROOT).contains(location))
                && (product == null || key.productId().toLowerCase(Locale.ROOT).contains(product))
                && (categoryProducts == null || categoryProducts.contains(key.productId()))
                && (!differencesOnly || changes)
                && (!overTolerance || isOverTolerance)
                && (!moved || isMoved)
                && (!conflicts || isConflict);
    }

    private static String lower(String text) {
        return text == null || text.isEmpty() ? null : text.toLowerCase(Locale.ROOT);
    }
}
