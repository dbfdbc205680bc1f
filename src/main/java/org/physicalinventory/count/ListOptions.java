package org.physicalinventory.count;

import java.math.BigDecimal;

/**
 * The counting options of a list type.
 *
 * @param lotRequired     whether a read of a product whose lot is mandatory must name its lot
 * @param quantityPerScan the quantity one scan counts (usually 1), or null when the counter types it
 */
public record ListOptions(boolean keepLocation, boolean blindCount, boolean allowUnlisted, boolean lotRequired,
        BigDecimal quantityPerScan) {

    /** The back office's grid: the quantity is typed, an item not on the list is added, a mandatory lot is required. */
    public static final ListOptions BACK_OFFICE = new ListOptions(true, false, true, true, null);

    /** The options a read of one product is recorded by: the lot is required only where the product's lot is mandatory. */
    public ListOptions forProduct(LotTracking lot) {
        return new ListOptions(keepLocation, blindCount, allowUnlisted, lotRequired && lot == LotTracking.MANDATORY, quantityPerScan);
    }
}
