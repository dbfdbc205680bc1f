package org.physicalinventory.reconciliation;

import java.util.Objects;

/**
 * The business document OFBiz names on both sides: on a stock movement (an InventoryItemDetail, through its receipt or issuance)
 * and on the accounting transaction that posts it (AcctgTrans). A movement and a transaction naming the same document are the
 * two sides of one event. OFBiz's own postings name:
 * <ul>
 * <li>a physical inventory: its variances (createAcctgTransForPhysicalInventoryVariance, and this plugin's posting);</li>
 * <li>a shipment: its receipts (createAcctgTransForShipmentReceipt) and its issuances (createAcctgTransForSalesShipmentIssuance);</li>
 * <li>a work effort: what a production run issues and produces;</li>
 * <li>a fixed asset: what is issued for its maintenance;</li>
 * <li>an inventory item: the revision of its unit cost (createAcctgTransForInventoryItemCostChange).</li>
 * </ul>
 * A receipt made without a shipment is posted naming nothing: its transaction is an unnamed receipt, paired with the receipt by
 * product and amount (see {@link Matching}). A movement naming none of these has no document; such movements are taken together per
 * product ({@link Kind#NONE} with the product's id). The story of a difference names three kinds more, which no posting of the
 * reconciliation names: an order (an issue to it), a return (a receipt of it) and an inventory transfer.
 */
public record Document(Kind kind, String id) {

    /** What a document is, in the order a movement or a transaction is asked for one. */
    public enum Kind {
        PHYSICAL_INVENTORY, SHIPMENT, RECEIPT, WORK_EFFORT, FIXED_ASSET, ITEM, NONE, ORDER, RETURN, TRANSFER;

        /** The key of the kind's label: PhysInvReconDoc and the kind in camel case (PhysInvReconDocPhysicalInventory). */
        public String labelKey() {
            return Cause.LABELS + "Doc" + Cause.camel(name());
        }
    }

    public Document {
        Objects.requireNonNull(kind, "kind");
    }

    /** What a movement names: its own fields and those of its receipt (ShipmentReceipt) and issuance (ItemIssuance), each may be null. */
    public record MovementOrigin(String physicalInventoryId, String receiptId, String receiptShipmentId, String issuanceShipmentId,
            String fixedAssetId, String workEffortId) {
    }

    /** What a transaction names: its type and the document fields of its header (AcctgTrans), each may be null. */
    public record TransactionOrigin(String acctgTransTypeId, String physicalInventoryId, String shipmentId, String receiptId,
            String workEffortId, String fixedAssetId, String inventoryItemId) {
    }

    /**
     * The document of a movement of a product: its physical inventory, else the shipment of its receipt, its receipt, the shipment of
     * its issuance, the fixed asset of its issuance, its work effort; else none (taken together per product).
     */
    public static Document ofMovement(MovementOrigin origin, String productId) {
        if (origin.physicalInventoryId() != null) {
            return new Document(Kind.PHYSICAL_INVENTORY, origin.physicalInventoryId());
        }
        if (origin.receiptShipmentId() != null) {
            return new Document(Kind.SHIPMENT, origin.receiptShipmentId());
        }
        if (origin.receiptId() != null) {
            return new Document(Kind.RECEIPT, origin.receiptId());
        }
        if (origin.issuanceShipmentId() != null) {
            return new Document(Kind.SHIPMENT, origin.issuanceShipmentId());
        }
        if (origin.fixedAssetId() != null) {
            return new Document(Kind.FIXED_ASSET, origin.fixedAssetId());
        }
        if (origin.workEffortId() != null) {
            return new Document(Kind.WORK_EFFORT, origin.workEffortId());
        }
        return new Document(Kind.NONE, productId);
    }

    /** The revision of an inventory item's unit cost. */
    public static Document ofItem(String inventoryItemId) {
        return new Document(Kind.ITEM, inventoryItemId);
    }

    /**
     * The document of a transaction: its physical inventory, shipment, work effort, fixed asset, receipt, else its inventory item (a
     * cost revision); a shipment receipt naming none of them is an unnamed receipt; anything else (a manual entry, an invoice, a
     * payment) names no stock document: null.
     */
    public static Document ofTransaction(TransactionOrigin origin) {
        if (origin.physicalInventoryId() != null) {
            return new Document(Kind.PHYSICAL_INVENTORY, origin.physicalInventoryId());
        }
        if (origin.shipmentId() != null) {
            return new Document(Kind.SHIPMENT, origin.shipmentId());
        }
        if (origin.workEffortId() != null) {
            return new Document(Kind.WORK_EFFORT, origin.workEffortId());
        }
        if (origin.fixedAssetId() != null) {
            return new Document(Kind.FIXED_ASSET, origin.fixedAssetId());
        }
        if (origin.receiptId() != null) {
            return new Document(Kind.RECEIPT, origin.receiptId());
        }
        if (origin.inventoryItemId() != null) {
            return ofItem(origin.inventoryItemId());
        }
        return "SHIPMENT_RECEIPT".equals(origin.acctgTransTypeId()) ? unnamedReceipt() : null;
    }

    /** A receipt's transaction that names no receipt nor shipment (OFBiz posts a receipt made without a shipment so). */
    public static Document unnamedReceipt() {
        return new Document(Kind.RECEIPT, null);
    }

    public boolean isUnnamed() {
        return id == null;
    }

    /** Whether movements of this kind have a transaction of their own to look for (those without a document have none). */
    public boolean isPosted() {
        return kind != Kind.NONE;
    }
}
