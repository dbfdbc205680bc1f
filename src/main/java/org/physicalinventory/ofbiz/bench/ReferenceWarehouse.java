package org.physicalinventory.ofbiz.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.apache.ofbiz.base.util.Debug;
import org.apache.ofbiz.base.util.UtilMisc;
import org.apache.ofbiz.entity.Delegator;
import org.apache.ofbiz.entity.GenericEntityException;
import org.apache.ofbiz.entity.GenericValue;
import org.apache.ofbiz.entity.transaction.TransactionUtil;
import org.apache.ofbiz.entity.util.EntityQuery;
import org.apache.ofbiz.service.DispatchContext;
import org.apache.ofbiz.service.ServiceUtil;
import org.physicalinventory.ofbiz.Labels;

/**
 * generatePiReferenceWarehouse: a deterministic warehouse to measure on (GUIDE §7): locations, products
 * (some by lot, some serialized), inventory items, and a history of inventory item details per item
 * (a receipt at that receipt's cost, then issues and now and then a variance, over two years), item
 * totals equal to the sum of their details as OFBiz's ECAs leave them, and the product's average cost.
 * Written through the entity engine without ECAs, in chunks of their own transactions. The facility is
 * marked as a benchmark facility, the only kind the benchmarks touch.
 */
public final class ReferenceWarehouse {

    private static final String MODULE = ReferenceWarehouse.class.getName();
    private static final int CHUNK = 2000;
    private static final long DAY = 86_400_000L;
    private static final Timestamp START = Timestamp.valueOf("2024-11-01 08:00:00");

    private final Delegator plain;
    private final String facilityId;
    private final String owner;
    private final Random random;
    private final List<GenericValue> pending = new ArrayList<>();
    private long rowsWritten;

    private ReferenceWarehouse(Delegator delegator, String facilityId, String owner, long seed) {
        this.plain = delegator.cloneDelegator();
        this.plain.setEntityEcaHandler(null);
        this.facilityId = facilityId;
        this.owner = owner;
        this.random = new Random(seed);
    }

    public static Map<String, Object> generateReferenceWarehouse(DispatchContext dctx, Map<String, ? extends Object> context) {
        Delegator delegator = dctx.getDelegator();
        Locale locale = (Locale) context.get("locale");
        String facilityId = context.get("facilityId") == null ? "PI_REF" : (String) context.get("facilityId");
        String owner = context.get("ownerPartyId") == null ? "Company" : (String) context.get("ownerPartyId");
        int locations = number(context, "locations", 2000);
        int products = number(context, "products", 20000);
        int items = number(context, "items", 100000);
        int details = number(context, "detailsPerItem", 10);
        try {
            if (EntityQuery.use(delegator).from("Facility").where("facilityId", facilityId).queryOne() != null) {
                return Labels.error("PhysInvErrorFacilityExists", locale, facilityId);
            }
            if (locations < 1 || products < 1 || items < products || details < 1) {
                return Labels.error("PhysInvErrorReferenceWarehouseSize", locale);
            }
            long start = System.nanoTime();
            ReferenceWarehouse warehouse = new ReferenceWarehouse(delegator, facilityId, owner, 20240101L);
            warehouse.generate(locations, products, items, details);
            double seconds = (System.nanoTime() - start) / 1e9;
            String report = String.format("reference warehouse %s (owner %s): %d locations, %d products, %d inventory items, %d rows in all,"
                    + " %.1f s%n", facilityId, owner, locations, products, items, warehouse.rowsWritten, seconds);
            Debug.logInfo(report, MODULE);
            Map<String, Object> result = ServiceUtil.returnSuccess();
            result.put("report", report);
            return result;
        } catch (GenericEntityException e) {
            Debug.logError(e, MODULE);
            return ServiceUtil.returnError(e.getMessage());
        }
    }

    private static int number(Map<String, ? extends Object> context, String name, int fallback) {
        return context.get(name) == null ? fallback : ((Long) context.get(name)).intValue();
    }

    private void generate(int locations, int products, int items, int detailsPerItem) throws GenericEntityException {
        add("Facility", "facilityId", facilityId, "facilityTypeId", "WAREHOUSE", "facilityName", "Reference warehouse " + facilityId,
                "ownerPartyId", owner, "defaultInventoryItemTypeId", "NON_SERIAL_INV_ITEM", "openedDate", START);
        add("FacilityAttribute", "facilityId", facilityId, "attrName", PostingBenchmark.MARK, "attrValue", "Y");
        for (int l = 0; l < locations; l++) {
            add("FacilityLocation", "facilityId", facilityId, "locationSeqId", location(l), "locationTypeEnumId", "FLT_PICKLOC",
                    "areaId", "R", "aisleId", String.format("%02d", l / 100), "sectionId", String.format("%02d", l % 100));
        }
        flush();
        // every product has items; lot-managed (1 in 10) and serialized (1 in 20) ones too
        BigDecimal[] baseCost = new BigDecimal[products];
        for (int p = 0; p < products; p++) {
            baseCost[p] = BigDecimal.valueOf(50 + random.nextInt(50_000), 2);
            boolean serialized = p % 20 == 19;
            add("Product", "productId", product(p), "productTypeId", "FINISHED_GOOD", "internalName", "Reference product " + p,
                    "productName", "Reference product " + p, "inventoryItemTypeId", serialized ? "SERIALIZED_INV_ITEM" : "NON_SERIAL_INV_ITEM",
                    "lotIdFilledIn", p % 10 == 9 ? "Mandatory" : null, "quantityUomId", "OTH_ea", "autoCreateKeywords", "N");
            add("GoodIdentification", "productId", product(p), "goodIdentificationTypeId", "SKU", "idValue", product(p));
            if (p % 10 == 9) {
                add("Lot", "lotId", lot(p, true));
                add("Lot", "lotId", lot(p, false));
            }
        }
        flush();
        BigDecimal[] receivedQuantity = new BigDecimal[products];
        BigDecimal[] receivedValue = new BigDecimal[products];
        for (int i = 0; i < items; i++) {
            int p = i < products ? i : random.nextInt(products);
            String location = location(random.nextInt(locations));
            Timestamp received = new Timestamp(START.getTime() + (long) random.nextInt(700) * DAY);
            // receipts of the product cost more or less over time
            BigDecimal cost = baseCost[p].multiply(BigDecimal.valueOf(80 + random.nextInt(41))).divide(BigDecimal.valueOf(100), 2,
                    RoundingMode.HALF_UP);
            String itemId = String.format("%s-%07d", facilityId, i);
            if (p % 20 == 19) {
                add("InventoryItem", "inventoryItemId", itemId, "inventoryItemTypeId", "SERIALIZED_INV_ITEM", "productId", product(p),
                        "facilityId", facilityId, "locationSeqId", location, "serialNumber", itemId + "-S", "statusId", "INV_AVAILABLE",
                        "ownerPartyId", owner, "currencyUomId", "USD", "unitCost", cost, "datetimeReceived", received,
                        "quantityOnHandTotal", BigDecimal.ONE, "availableToPromiseTotal", BigDecimal.ONE, "accountingQuantityTotal", BigDecimal.ONE);
                accumulate(receivedQuantity, receivedValue, p, BigDecimal.ONE, cost);
                continue;
            }
            BigDecimal onHand = BigDecimal.ZERO;
            long when = received.getTime();
            List<GenericValue> history = new ArrayList<>();
            for (int d = 0; d < detailsPerItem; d++) {
                BigDecimal quantity;
                String reason = null;
                BigDecimal unitCost = null;
                if (d == 0) {
                    quantity = BigDecimal.valueOf(20 + random.nextInt(180));
                    unitCost = cost;
                    accumulate(receivedQuantity, receivedValue, p, quantity, cost);
                } else if (d % 7 == 0) {
                    quantity = BigDecimal.valueOf(random.nextInt(5) - 2); // an earlier variance
                    reason = quantity.signum() >= 0 ? "VAR_FOUND" : "VAR_LOST";
                } else {
                    quantity = BigDecimal.valueOf(-random.nextInt(Math.max(1, onHand.intValue() / (detailsPerItem - d + 1) + 1)));
                }
                if (onHand.add(quantity).signum() < 0) {
                    quantity = onHand.negate();
                }
                onHand = onHand.add(quantity);
                when += (1 + random.nextInt(30)) * DAY / 2;
                history.add(plain.makeValue("InventoryItemDetail", UtilMisc.toMap("inventoryItemId", itemId, "inventoryItemDetailSeqId",
                        String.format("%05d", d), "effectiveDate", new Timestamp(when), "quantityOnHandDiff", quantity,
                        "availableToPromiseDiff", quantity, "accountingQuantityDiff", quantity, "unitCost", unitCost, "reasonEnumId", reason)));
            }
            add("InventoryItem", "inventoryItemId", itemId, "inventoryItemTypeId", "NON_SERIAL_INV_ITEM", "productId", product(p),
                    "facilityId", facilityId, "locationSeqId", location, "lotId", p % 10 == 9 ? lot(p, i % 2 == 0) : null,
                    "ownerPartyId", owner, "currencyUomId", "USD", "unitCost", cost, "datetimeReceived", received,
                    "quantityOnHandTotal", onHand, "availableToPromiseTotal", onHand, "accountingQuantityTotal", onHand);
            pending.addAll(history);
            if (pending.size() >= CHUNK) {
                flush();
            }
        }
        flush();
        for (int p = 0; p < products; p++) {
            if (receivedQuantity[p] != null) {
                add("ProductAverageCost", "productAverageCostTypeId", "SIMPLE_AVG_COST", "organizationPartyId", owner, "productId", product(p),
                        "facilityId", facilityId, "fromDate", START, "averageCost",
                        receivedValue[p].divide(receivedQuantity[p], 6, RoundingMode.HALF_UP));
            }
        }
        flush();
    }

    private static void accumulate(BigDecimal[] quantities, BigDecimal[] values, int p, BigDecimal quantity, BigDecimal cost) {
        quantities[p] = quantities[p] == null ? quantity : quantities[p].add(quantity);
        values[p] = values[p] == null ? quantity.multiply(cost) : values[p].add(quantity.multiply(cost));
    }

    static String location(int l) {
        return String.format("R%02d-%02d", l / 100, l % 100);
    }

    /** Products, lots and items carry the facility's id: several reference warehouses can live side by side. */
    private String product(int p) {
        return String.format("%s-P%06d", facilityId, p);
    }

    private String lot(int p, boolean first) {
        return String.format("%s-L%06d%s", facilityId, p, first ? "A" : "B");
    }

    private void add(String entity, Object... fields) throws GenericEntityException {
        pending.add(plain.makeValue(entity, UtilMisc.toMap(fields)));
        if (pending.size() >= CHUNK) {
            flush();
        }
    }

    /** Writes what is pending in a transaction of its own. */
    private void flush() throws GenericEntityException {
        if (pending.isEmpty()) {
            return;
        }
        boolean began = TransactionUtil.begin(3600);
        try {
            for (GenericValue value : pending) {
                plain.create(value);
            }
            TransactionUtil.commit(began);
        } catch (GenericEntityException e) {
            TransactionUtil.rollback(began, e.getMessage(), e);
            throw e;
        }
        rowsWritten += pending.size();
        pending.clear();
    }
}
