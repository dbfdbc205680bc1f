package org.physicalinventory.valuation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A closing is made at the end of a day in its time zone (in OFBiz, the user's who runs it): every movement before the next
 * midnight there counts. A day that is not over yet cannot be closed.
 */
public final class ClosingDate {

    private ClosingDate() {
    }

    /** The moment a closing at {@code date} ends: the next midnight in {@code zone} (movements before it count). */
    public static Instant until(LocalDate date, ZoneId zone) {
        return date.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** Refuses a date whose day is not over at {@code now} in {@code zone}. */
    public static Instant check(LocalDate date, ZoneId zone, Instant now) throws ValuationException {
        if (date == null) {
            throw new ValuationException("PhysInvErrorClosingDateMissing");
        }
        Instant until = until(date, zone);
        if (until.isAfter(now)) {
            throw new ValuationException("PhysInvErrorClosingDateNotOver", date.toString());
        }
        return until;
    }
}
