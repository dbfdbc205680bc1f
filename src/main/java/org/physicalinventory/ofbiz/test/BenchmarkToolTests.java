package org.physicalinventory.ofbiz.test;

import java.math.BigDecimal;
import java.util.Map;

import org.apache.ofbiz.entity.GenericValue;
import org.apache.ofbiz.entity.util.EntityQuery;

/** The reference warehouse generator and the posting benchmark, at a size a test can afford. */
public class BenchmarkToolTests extends PhysInvTestCase {

    public BenchmarkToolTests(String name) {
        super(name);
    }

    public void testTheReferenceWarehouseHoldsWhatItsHistorySays() throws Exception {
        Map<String, Object> made = ok(call("generatePiReferenceWarehouse", "pitest-admin", "facilityId", "PI_TREF", "ownerPartyId", "PI_TACCT",
                "locations", 6L, "products", 20L, "items", 90L, "detailsPerItem", 8L));
        assertTrue((String) made.get("report"), ((String) made.get("report")).contains("90 inventory items"));
        assertNotNull(EntityQuery.use(getDelegator()).from("FacilityAttribute").where("facilityId", "PI_TREF", "attrName", "physinv.benchmark")
                .queryOne());
        assertEquals(90, EntityQuery.use(getDelegator()).from("InventoryItem").where("facilityId", "PI_TREF").queryCount());
        int serialized = 0;
        for (GenericValue item : EntityQuery.use(getDelegator()).from("InventoryItem").where("facilityId", "PI_TREF").queryList()) {
            GenericValue summary = EntityQuery.use(getDelegator()).from("InventoryItemDetailSummary")
                    .where("inventoryItemId", item.get("inventoryItemId")).queryOne();
            assertEquals("the totals of " + item.get("inventoryItemId") + " are the sum of its details", 0,
                    summary.getBigDecimal("quantityOnHandTotal").compareTo(item.getBigDecimal("quantityOnHandTotal")));
            assertEquals(0, summary.getBigDecimal("availableToPromiseTotal").compareTo(item.getBigDecimal("availableToPromiseTotal")));
            long details = EntityQuery.use(getDelegator()).from("InventoryItemDetail").where("inventoryItemId", item.get("inventoryItemId"))
                    .queryCount();
            if ("SERIALIZED_INV_ITEM".equals(item.getString("inventoryItemTypeId"))) {
                serialized++;
                assertEquals("a serial on hand is available, a sold one delivered", item.getBigDecimal("quantityOnHandTotal").signum() > 0
                        ? "INV_AVAILABLE" : "INV_DELIVERED", item.getString("statusId"));
                assertTrue("received, perhaps sold", details == 1 || details == 2);
                continue;
            }
            assertTrue(item.getBigDecimal("quantityOnHandTotal").signum() >= 0);
            assertEquals(8, details);
        }
        assertTrue("one product in twenty is serialized", serialized > 0);
        assertEquals("one average cost row per receipt", 90, EntityQuery.use(getDelegator()).from("ProductAverageCost")
                .where("facilityId", "PI_TREF").queryCount());
        assertEquals("one current average cost per product", 20, EntityQuery.use(getDelegator()).from("ProductAverageCost")
                .where("facilityId", "PI_TREF", "thruDate", null).queryCount());
        String refusal = error(call("generatePiReferenceWarehouse", "pitest-admin", "facilityId", "PI_TREF", "ownerPartyId", "PI_TACCT"));
        assertTrue(refusal, refusal.contains("exists already"));
        refusal = error(call("generatePiReferenceWarehouse", "pitest-viewer", "facilityId", "PI_TREF2"));
        assertTrue(refusal, refusal.contains("PHYSINV_ADMIN"));
    }

    public void testThePostingBenchmarkPostsTheSameRowsThreeWays() throws Exception {
        ok(call("generatePiReferenceWarehouse", "pitest-admin", "facilityId", "PI_TREF3", "ownerPartyId", "PI_TACCT",
                "locations", 40L, "products", 40L, "items", 60L, "detailsPerItem", 3L));
        String report = (String) ok(call("runPiPostingBenchmark", "pitest-admin", "facilityId", "PI_TREF3", "rows", 5L)).get("report");
        assertTrue(report, report.contains("OFBiz createPhysicalInventoryAndVariance per row") && report.contains("ours postPiInventory")
                && report.contains("floor") && report.contains("faster than OFBiz's own path"));
        String refusal = error(call("runPiPostingBenchmark", "pitest-admin", "facilityId", "PI_TF_COUNT", "rows", 5L));
        assertTrue("never on a facility that is not a benchmark one: " + refusal, refusal.contains("not a benchmark facility"));
    }
}
