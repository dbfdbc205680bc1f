package org.physicalinventory.supervision;

import java.math.BigDecimal;

/**
 * A counted line as the supervision page shows it: the book quantity and the difference only for a list that does not count
 * blind (both empty otherwise), and whether the difference is beyond the tolerances.
 */
public record ShownLine(WatchedLine line, BigDecimal book, BigDecimal difference, boolean beyondTolerance) {
}
