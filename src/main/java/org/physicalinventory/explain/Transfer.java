package org.physicalinventory.explain;

import java.math.BigDecimal;
import java.time.Instant;

import org.physicalinventory.count.LineKey;
import org.physicalinventory.reconciliation.Document;

/**
 * An OFBiz InventoryTransfer of an item (not cancelled): from a facility and location to another. OFBiz moves the item only when
 * the transfer completes (its receive date); until then the book keeps it where it was sent from.
 *
 * @param quantity   the transferred item's quantity on hand
 * @param receivedAt when it completed, or null while it is on its way
 */
public record Transfer(String inventoryTransferId, String productId, String lotId, String serialNumber, String fromFacilityId,
        String fromLocationSeqId, String toFacilityId, String toLocationSeqId, BigDecimal quantity, Instant sentAt, Instant receivedAt) {

    /** Whether the transfer takes stock of the key out of the facility's location (else, when {@link #into}, brings it in). */
    public boolean outOf(String facilityId, LineKey key) {
        return facilityId.equals(fromFacilityId) && key.locationSeqId().equals(fromLocationSeqId) && sameGoods(key);
    }

    public boolean into(String facilityId, LineKey key) {
        return facilityId.equals(toFacilityId) && key.locationSeqId().equals(toLocationSeqId) && sameGoods(key);
    }

    private boolean sameGoods(LineKey key) {
        return key.productId().equals(productId) && java.util.Objects.equals(key.lotId(), lotId)
                && (key.serialNumber() == null || key.serialNumber().equals(serialNumber));
    }

    /** Whether the transfer was under way at some point of [from, until]: sent before its end, not received before its start. */
    public boolean underWay(Instant from, Instant until) {
        return sentAt != null && !sentAt.isAfter(until) && (receivedAt == null || !receivedAt.isBefore(from));
    }

    public Document document() {
        return new Document(Document.Kind.TRANSFER, inventoryTransferId);
    }
}
