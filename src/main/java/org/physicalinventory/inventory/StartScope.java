package org.physicalinventory.inventory;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a one-step start counts: a location range (open at either end; none, the whole facility), optionally only the
 * products of some categories (a list per category) or of one supplier.
 */
public record StartScope(String fromLocationSeqId, String thruLocationSeqId, List<String> productCategoryIds, String supplierPartyId) {

    /** Blank ends and supplier are none; categories named twice or blank are dropped. */
    public StartScope {
        fromLocationSeqId = blankIsNone(fromLocationSeqId);
        thruLocationSeqId = blankIsNone(thruLocationSeqId);
        supplierPartyId = blankIsNone(supplierPartyId);
        Set<String> categories = new LinkedHashSet<>();
        for (String category : productCategoryIds) {
            if (blankIsNone(category) != null) {
                categories.add(category.trim());
            }
        }
        productCategoryIds = List.copyOf(new ArrayList<>(categories));
    }

    private static String blankIsNone(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    /** The location range of the scope. */
    public ListScope range() {
        return new ListScope(fromLocationSeqId, thruLocationSeqId);
    }

    /** Whether the scope takes only some products: of its categories or of its supplier. */
    public boolean restrictsProducts() {
        return !productCategoryIds.isEmpty() || supplierPartyId != null;
    }
}
