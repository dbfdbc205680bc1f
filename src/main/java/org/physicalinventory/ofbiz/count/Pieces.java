package org.physicalinventory.ofbiz.count;

import java.util.Arrays;

import org.apache.ofbiz.entity.Delegator;
import org.apache.ofbiz.entity.GenericValue;
import org.apache.ofbiz.entity.util.EntityUtilProperties;

/**
 * Whether a product is counted in pieces, so that only whole quantities are read for it: its
 * quantity unit is one of {@code count.piece.uoms} (PhysicalInventory.properties; default each,
 * package, box), or it is serialized.
 */
final class Pieces {

    private Pieces() {
    }

    static boolean of(Delegator delegator, GenericValue product) {
        if ("SERIALIZED_INV_ITEM".equals(product.getString("inventoryItemTypeId"))) {
            return true;
        }
        String uoms = EntityUtilProperties.getPropertyValue("PhysicalInventory", "count.piece.uoms", "OTH_ea", delegator);
        String uom = product.getString("quantityUomId");
        return uom != null && Arrays.stream(uoms.split(",")).map(String::trim).anyMatch(uom::equals);
    }
}
