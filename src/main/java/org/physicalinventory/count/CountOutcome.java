package org.physicalinventory.count;

import java.math.BigDecimal;

/** What became of a read. */
public sealed interface CountOutcome {

    /** Stored: the line now counts {@code line.countedQuantity()}; {@code replayed} when the key was seen before. */
    record Recorded(CountLine line, ScanAction action, BigDecimal quantity, boolean replayed) implements CountOutcome {
    }

    /** The line is counted already: the counter must choose Add or Replace. Nothing was stored. */
    record AskAddOrReplace(CountLine line) implements CountOutcome {
    }

    /** Refused with the label key of the reason. Nothing was stored. */
    record Refused(String labelKey) implements CountOutcome {
    }
}
