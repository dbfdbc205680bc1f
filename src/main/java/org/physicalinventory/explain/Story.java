package org.physicalinventory.explain;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.physicalinventory.count.LineKey;
import org.physicalinventory.reconciliation.Document;

/**
 * The story of a key since its previous count: what moved its stock, in the order it was booked, transfers in and out with
 * them, each with its OFBiz document.
 */
public final class Story {

    private Story() {
    }

    /** Where a story starts from. */
    public enum SinceKind {
        /** The last posted inventory of this plugin that counted the key. */
        PREVIOUS_INVENTORY,
        /** OFBiz's last physical inventory (a variance) of the key's items. */
        PREVIOUS_VARIANCE,
        /** Neither is known: a period the stock-difference parameters set, back from now. */
        PERIOD;

        public String labelKey() {
            return "PhysInvStorySince" + MovementKind.camel(name());
        }
    }

    /** Where the story starts: when, and what (an inventory, a physical inventory, or the days of the period). */
    public record Since(SinceKind kind, Instant at, String reference) {
    }

    /**
     * A row of the story: the quantity it added to the key's stock (negative: took), the item it moved (null for a transfer) and,
     * for a transfer, its other side.
     */
    public record Row(Instant at, MovementKind kind, BigDecimal quantity, Document document, String inventoryItemId, String otherFacilityId,
            String otherLocationSeqId) {
    }

    /**
     * Where the story of a key starts: the later of its previous count by this plugin and OFBiz's last variance of its items,
     * either when the other is not known; else the period's days back from now.
     */
    public static Since since(Instant previousCount, String piInventoryId, Instant lastVariance, String physicalInventoryId, Instant now,
            int periodDays) {
        if (previousCount != null && (lastVariance == null || !lastVariance.isAfter(previousCount))) {
            return new Since(SinceKind.PREVIOUS_INVENTORY, previousCount, piInventoryId);
        }
        if (lastVariance != null) {
            return new Since(SinceKind.PREVIOUS_VARIANCE, lastVariance, physicalInventoryId);
        }
        return new Since(SinceKind.PERIOD, now.minus(Duration.ofDays(periodDays)), String.valueOf(periodDays));
    }

    /**
     * The story of a key of a facility: its movements and the transfers of it, out of its location or into it, sent or received
     * after the start (the start itself left out), oldest first: the variance the previous inventory posted after its count shows
     * as an earlier variance.
     * A transfer sent and not received shows once, when sent; a transfer received shows when it was received, as OFBiz moves the
     * item then.
     */
    public static List<Row> rows(String facilityId, LineKey key, Since since, List<Movement> movements, List<Transfer> transfers) {
        List<Row> rows = new ArrayList<>();
        for (Movement movement : movements) {
            if (movement.at().isAfter(since.at()) && movement.key().equals(key)) {
                rows.add(new Row(movement.at(), movement.kind(), movement.quantity(), movement.document(), movement.inventoryItemId(),
                        null, null));
            }
        }
        for (Transfer transfer : transfers) {
            Instant at = transfer.receivedAt() != null ? transfer.receivedAt() : transfer.sentAt();
            if (at == null || !at.isAfter(since.at())) {
                continue;
            }
            BigDecimal quantity = transfer.quantity() == null ? BigDecimal.ZERO : transfer.quantity();
            if (transfer.outOf(facilityId, key)) {
                rows.add(new Row(at, MovementKind.TRANSFER_OUT, quantity.negate(), transfer.document(), null, transfer.toFacilityId(),
                        transfer.toLocationSeqId()));
            } else if (transfer.into(facilityId, key)) {
                rows.add(new Row(at, MovementKind.TRANSFER_IN, quantity, transfer.document(), null, transfer.fromFacilityId(),
                        transfer.fromLocationSeqId()));
            }
        }
        rows.sort(Comparator.comparing(Row::at));
        return rows;
    }
}
