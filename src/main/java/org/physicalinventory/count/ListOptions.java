package org.physicalinventory.count;

import java.math.BigDecimal;

/**
 * The counting options of a list type.
 *
 * @param quantityPerScan the quantity one scan counts (usually 1), or null when the counter types it
 */
public record ListOptions(boolean keepLocation, boolean blindCount, boolean allowUnlisted, boolean lotRequired,
        BigDecimal quantityPerScan) {
}
