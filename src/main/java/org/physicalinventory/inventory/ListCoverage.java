package org.physicalinventory.inventory;

import java.util.Objects;

/**
 * What an inventory list counts: a location range and, optionally, only a category's or a supplier's
 * products. Two lists of one inventory must not count the same product in the same location.
 */
public record ListCoverage(ListScope locations, String productCategoryId, String supplierPartyId) {

    /**
     * Whether the two lists surely count some places twice: their location ranges meet, and their
     * products are the same restriction or one of them takes every product. Lists of different
     * categories or suppliers over the same locations may still share products; their lines tell.
     */
    public boolean overlaps(ListCoverage other) {
        return locations.meets(other.locations) && (takesEveryProduct() || other.takesEveryProduct()
                || Objects.equals(productCategoryId, other.productCategoryId) && Objects.equals(supplierPartyId, other.supplierPartyId));
    }

    private boolean takesEveryProduct() {
        return productCategoryId == null && supplierPartyId == null;
    }
}
