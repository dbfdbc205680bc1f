package org.physicalinventory.count;

import java.math.BigDecimal;
import java.util.Locale;

import org.physicalinventory.LabelledException;
import org.physicalinventory.barcode.ScannedCode;

/**
 * A read as a device (or the back office's grid) sends it, before its product is found: the fields as typed and the
 * code as scanned. The product is found from the code only when no product id is sent.
 *
 * @param quantity   the quantity as typed, read strictly (see {@link QuantityReader})
 * @param scanAction ADD or REPLACE as sent, or nothing
 */
public record ReadRequest(String scanKey, String locationSeqId, String code, String productId, String lotId, String serialNumber,
        String quantity, String scanAction) {

    /** Whether the product is to be found from the scanned code: no product id was sent. */
    public boolean namesProductByCode() {
        return productId == null && code != null;
    }

    /** The refusal of a read whose product is not found: it names the code as scanned, or the product id sent. */
    public CountException unknownProduct() {
        return new CountException("PhysInvErrorUnknownCode", namesProductByCode() ? code.trim() : productId != null ? productId : "");
    }

    /**
     * The read of the product found: the quantity typed, else the one the code carries (a list type counting a fixed
     * quantity per scan reads no typed quantity at all); the lot and serial number typed, else the code's; the action
     * checked. A quantity is read before the action, so a request wrong in both is refused for its quantity.
     *
     * @param pieces  whether the product is counted in pieces (only whole quantities)
     * @param scanned the code the product was found by, or null when it was named by its id
     */
    public Read toRead(String foundProductId, LotTracking lot, boolean pieces, ListOptions options, ScannedCode scanned, Locale locale)
            throws LabelledException {
        BigDecimal typed = options.quantityPerScan() != null ? null : QuantityReader.read(quantity, locale, pieces);
        ScanAction action = ScanAction.of(scanAction);
        if (scanned == null) {
            return new Read(scanKey, locationSeqId, foundProductId, lot.isLotManaged(), lotId, serialNumber, typed, action);
        }
        return new Read(scanKey, locationSeqId, foundProductId, lot.isLotManaged(), lotId != null ? lotId : scanned.lot(),
                serialNumber != null ? serialNumber : scanned.serial(), typed != null ? typed : scanned.quantity(), action);
    }
}
