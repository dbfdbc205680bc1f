package org.physicalinventory.supervision;

import java.time.Instant;

/**
 * What the scan log holds of one counter in an inventory: all their reads, the first and the last, and the reads made since
 * the start of the rate's window.
 */
public record CounterReads(String userLoginId, long reads, Instant firstRead, Instant lastRead, long readsInWindow) {
}
