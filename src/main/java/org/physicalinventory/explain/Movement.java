package org.physicalinventory.explain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

import org.physicalinventory.count.LineKey;
import org.physicalinventory.reconciliation.Document;

/**
 * A stock movement of a key (an InventoryItemDetail that changes the quantity on hand of one of its items), with what it is and
 * the OFBiz document it names.
 *
 * @param quantity what it added to the stock on hand (negative: took)
 */
public record Movement(LineKey key, String inventoryItemId, Instant at, BigDecimal quantity, MovementKind kind, Document document) {

    public Movement {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(quantity, "quantity");
    }

    /**
     * What a movement names (each may be null): its physical inventory, its receipt and the receipt's shipment and return, its
     * issuance and the issuance's shipment, its order, work effort and fixed asset.
     */
    public record Origin(String physicalInventoryId, String receiptId, String receiptShipmentId, String returnId, String itemIssuanceId,
            String issuanceShipmentId, String orderId, String workEffortId, String fixedAssetId) {

        /** A movement naming nothing (an adjustment, the split of an item for a transfer). */
        public static Origin none() {
            return new Origin(null, null, null, null, null, null, null, null, null);
        }
    }

    /**
     * The movement of an item of a key, its kind and document read from what it names: a variance (its physical inventory), a
     * return (the return), a receipt (its shipment, else the receipt), a shipment's issue (the shipment), a production run's
     * issue or output (the work effort), an issue to an order (the order) or to a fixed asset (the asset); else another movement
     * (the item itself).
     */
    public static Movement of(LineKey key, String inventoryItemId, Instant at, BigDecimal quantity, Origin origin) {
        MovementKind kind;
        Document document;
        if (origin.physicalInventoryId() != null) {
            kind = MovementKind.VARIANCE;
            document = new Document(Document.Kind.PHYSICAL_INVENTORY, origin.physicalInventoryId());
        } else if (origin.returnId() != null) {
            kind = MovementKind.RETURN;
            document = new Document(Document.Kind.RETURN, origin.returnId());
        } else if (origin.receiptId() != null) {
            kind = MovementKind.RECEIPT;
            document = origin.receiptShipmentId() != null ? new Document(Document.Kind.SHIPMENT, origin.receiptShipmentId())
                    : new Document(Document.Kind.RECEIPT, origin.receiptId());
        } else if (origin.issuanceShipmentId() != null) {
            kind = MovementKind.SHIPMENT;
            document = new Document(Document.Kind.SHIPMENT, origin.issuanceShipmentId());
        } else if (origin.workEffortId() != null) {
            kind = MovementKind.PRODUCTION;
            document = new Document(Document.Kind.WORK_EFFORT, origin.workEffortId());
        } else if (origin.orderId() != null) {
            kind = MovementKind.ISSUE;
            document = new Document(Document.Kind.ORDER, origin.orderId());
        } else if (origin.fixedAssetId() != null) {
            kind = MovementKind.ISSUE;
            document = new Document(Document.Kind.FIXED_ASSET, origin.fixedAssetId());
        } else if (origin.itemIssuanceId() != null) {
            kind = MovementKind.ISSUE;
            document = Document.ofItem(inventoryItemId);
        } else {
            kind = MovementKind.OTHER;
            document = Document.ofItem(inventoryItemId);
        }
        return new Movement(key, inventoryItemId, at, quantity, kind, document);
    }
}
