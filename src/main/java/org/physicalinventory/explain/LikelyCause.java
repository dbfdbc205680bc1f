package org.physicalinventory.explain;

import java.math.BigDecimal;
import java.time.Instant;

import org.physicalinventory.reconciliation.Document;

/**
 * A likely cause of a key's difference.
 *
 * @param quantity         the quantity the cause accounts for (for {@link CauseKind#UNIT_MULTIPLE}: the factor or the pack)
 * @param fromLocationSeqId for a mislaid pallet, where it is missing (the move's source); for a transfer, where it was sent from
 * @param toLocationSeqId   for a mislaid pallet, where it was found (the move's target); for a transfer, where it goes
 * @param document         the movement's or transfer's OFBiz document, or null
 * @param at               when the movement was booked or the transfer sent, or null
 */
public record LikelyCause(CauseKind kind, BigDecimal quantity, String fromLocationSeqId, String toLocationSeqId, Document document,
        Instant at) {

    static LikelyCause of(CauseKind kind, BigDecimal quantity) {
        return new LikelyCause(kind, quantity, null, null, null, null);
    }
}
