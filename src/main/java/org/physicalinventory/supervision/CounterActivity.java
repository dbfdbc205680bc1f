package org.physicalinventory.supervision;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

/**
 * A counter as the supervisor sees them: reads, reads per minute over the window, last read, idle for how long, and whether
 * they are idle or read at a rate far from the other counters'.
 */
public record CounterActivity(String userLoginId, long reads, BigDecimal readsPerMinute, Instant lastRead, Duration idleFor,
        boolean idle, boolean unusualRate) {
}
