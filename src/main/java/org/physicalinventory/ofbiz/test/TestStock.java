package org.physicalinventory.ofbiz.test;

import java.math.BigDecimal;
import java.sql.Timestamp;

import org.apache.ofbiz.base.util.UtilMisc;
import org.apache.ofbiz.entity.Delegator;
import org.apache.ofbiz.entity.GenericEntityException;
import org.apache.ofbiz.entity.GenericValue;
import org.apache.ofbiz.entity.util.EntityQuery;

/**
 * A facility of its own for one test, with locations and stock made the way OFBiz makes them:
 * an inventory item and a detail, whose entity ECAs set the item's totals.
 */
final class TestStock {

    private final Delegator delegator;
    final String facilityId;
    final String ownerPartyId;

    TestStock(Delegator delegator, String ownerPartyId, String... locations) throws GenericEntityException {
        this.delegator = delegator;
        this.ownerPartyId = ownerPartyId;
        this.facilityId = "PI_TS" + delegator.getNextSeqId("Facility");
        delegator.create("Facility", UtilMisc.toMap("facilityId", facilityId, "facilityTypeId", "WAREHOUSE",
                "facilityName", "Test stock " + facilityId, "ownerPartyId", ownerPartyId));
        for (String location : locations) {
            delegator.create("FacilityLocation", UtilMisc.toMap("facilityId", facilityId, "locationSeqId", location));
        }
    }

    /** A non-serialized item holding {@code quantity}, received on {@code received} (yyyy-MM-dd). */
    String item(String productId, String location, String lotId, String quantity, String unitCost, String received)
            throws GenericEntityException {
        String id = newItem("NON_SERIAL_INV_ITEM", productId, location, lotId, null, unitCost, received, null);
        delegator.create("InventoryItemDetail", UtilMisc.toMap("inventoryItemId", id, "inventoryItemDetailSeqId",
                delegator.getNextSeqId("InventoryItemDetail"), "effectiveDate", Timestamp.valueOf(received + " 08:00:00"),
                "quantityOnHandDiff", new BigDecimal(quantity), "availableToPromiseDiff", new BigDecimal(quantity),
                "accountingQuantityDiff", new BigDecimal(quantity)));
        return id;
    }

    /** An available serialized item (OFBiz's ECA sets its totals to 1 from its status). */
    String serial(String productId, String location, String serialNumber, String unitCost) throws GenericEntityException {
        return newItem("SERIALIZED_INV_ITEM", productId, location, null, serialNumber, unitCost, "2026-01-05", "INV_AVAILABLE");
    }

    private String newItem(String type, String productId, String location, String lotId, String serialNumber, String unitCost,
            String received, String statusId) throws GenericEntityException {
        String id = delegator.getNextSeqId("InventoryItem");
        delegator.create("InventoryItem", UtilMisc.toMap("inventoryItemId", id, "inventoryItemTypeId", type, "productId", productId,
                "facilityId", facilityId, "locationSeqId", location, "lotId", lotId, "serialNumber", serialNumber,
                "ownerPartyId", ownerPartyId, "currencyUomId", "USD", "unitCost", new BigDecimal(unitCost),
                "datetimeReceived", Timestamp.valueOf(received + " 08:00:00"), "statusId", statusId));
        return id;
    }

    /** Stock leaves (or arrives, when positive) the way an issue or receipt changes it: a detail, through the ECAs. */
    void move(String inventoryItemId, String quantity) throws GenericEntityException {
        delegator.create("InventoryItemDetail", UtilMisc.toMap("inventoryItemId", inventoryItemId, "inventoryItemDetailSeqId",
                delegator.getNextSeqId("InventoryItemDetail"), "effectiveDate", new Timestamp(System.currentTimeMillis()),
                "quantityOnHandDiff", new BigDecimal(quantity), "availableToPromiseDiff", new BigDecimal(quantity),
                "accountingQuantityDiff", new BigDecimal(quantity)));
    }

    void averageCost(String productId, String cost) throws GenericEntityException {
        delegator.create("ProductAverageCost", UtilMisc.toMap("productAverageCostTypeId", "SIMPLE_AVG_COST", "organizationPartyId",
                ownerPartyId, "productId", productId, "facilityId", facilityId, "fromDate", Timestamp.valueOf("2026-01-01 00:00:00"),
                "averageCost", new BigDecimal(cost)));
    }

    void productFacility(String productId) throws GenericEntityException {
        delegator.create("ProductFacility", UtilMisc.toMap("productId", productId, "facilityId", facilityId,
                "lastInventoryCount", BigDecimal.ZERO));
    }

    /** Parameters of this facility only, over the organisation's. */
    void parameters(Object... fields) throws GenericEntityException {
        GenericValue param = delegator.makeValue("PiStockDiffParam", UtilMisc.toMap("organizationPartyId", ownerPartyId,
                "facilityId", facilityId, "surplusReasonId", "VAR_FOUND", "shortageReasonId", "VAR_LOST", "allowConcurrent", "Y",
                "foundStockCostEnumId", "PI_FSC_AVERAGE"));
        param.setNonPKFields(UtilMisc.toMap(fields));
        param.create();
    }

    GenericValue item(String inventoryItemId) throws GenericEntityException {
        return EntityQuery.use(delegator).from("InventoryItem").where("inventoryItemId", inventoryItemId).queryOne();
    }

    BigDecimal onHand(String inventoryItemId) throws GenericEntityException {
        return item(inventoryItemId).getBigDecimal("quantityOnHandTotal");
    }
}
