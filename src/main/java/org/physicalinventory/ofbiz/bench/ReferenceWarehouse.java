package org.physicalinventory.ofbiz.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.apache.ofbiz.base.util.Debug;
import org.apache.ofbiz.base.util.UtilMisc;
import org.apache.ofbiz.entity.Delegator;
import org.apache.ofbiz.entity.GenericEntityException;
import org.apache.ofbiz.entity.GenericValue;
import org.apache.ofbiz.entity.config.model.Datasource;
import org.apache.ofbiz.entity.config.model.EntityConfig;
import org.apache.ofbiz.entity.datasource.GenericHelperInfo;
import org.apache.ofbiz.entity.jdbc.SQLProcessor;
import org.apache.ofbiz.entity.util.EntityQuery;
import org.apache.ofbiz.service.DispatchContext;
import org.apache.ofbiz.service.ServiceUtil;
import org.physicalinventory.ofbiz.Databases;
import org.physicalinventory.ofbiz.Labels;
import org.physicalinventory.ofbiz.Transactions;

/**
 * generatePiReferenceWarehouse: a deterministic warehouse to measure on (GUIDE §7): locations, products
 * (1 in 10 by lot, 1 in 20 serialized, 1 in 4 with a standard cost), inventory items, and a history of
 * inventory item details per item between November 2024 and September 2026: a receipt at that receipt's
 * cost (costs of one product change from receipt to receipt), then issues and now and then a variance;
 * 1 in 50 items has its unit cost revised once; a serial is received and 1 in 4 is sold again. Item
 * totals equal the sum of their details as OFBiz's ECAs leave them, and each product's ProductAverageCost
 * history is what OFBiz's receipts would have left (one row per receipt). Written through the entity
 * engine without ECAs, in chunks of their own transactions. The facility is marked as a benchmark
 * facility, the only kind the benchmarks touch.
 */
public final class ReferenceWarehouse {

    private static final String MODULE = ReferenceWarehouse.class.getName();
    private static final int CHUNK = 2000;
    private static final long DAY = 86_400_000L;
    private static final long MINUTE = 60_000L;
    private static final Timestamp START = Timestamp.from(java.time.Instant.parse("2024-11-01T08:00:00Z"));

    private final Delegator plain;
    private final String facilityId;
    private final String owner;
    private final Random random;
    private final List<GenericValue> pending = new ArrayList<>();
    /** Per product: its base cost, its movements (to replay its average cost) and the moments it was received. */
    private BigDecimal[] baseCost;
    private final List<List<Movement>> movements = new ArrayList<>();
    private final List<Set<Long>> receiptTimes = new ArrayList<>();
    private long rowsWritten;
    private long details;
    private long averageCostRows;

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
            String report = String.format("reference warehouse %s (owner %s): %d locations, %d products, %d inventory items,"
                    + " %d inventory item details, %d average cost rows, %d rows in all, %.1f s%n", facilityId, owner, locations, products, items,
                    warehouse.details, warehouse.averageCostRows, warehouse.rowsWritten, seconds);
            Debug.logInfo(report, MODULE);
            Map<String, Object> result = ServiceUtil.returnSuccess();
            result.put("report", report);
            return result;
        } catch (GenericEntityException e) {
            return Labels.failure("PhysInvErrorReferenceWarehouseFailed", e, MODULE, locale, facilityId);
        }
    }

    private static int number(Map<String, ? extends Object> context, String name, int fallback) {
        return context.get(name) == null ? fallback : ((Long) context.get(name)).intValue();
    }

    /** The warehouse in the order of its references: facility and locations, products, items with their history, average costs. */
    private void generate(int locations, int products, int items, int detailsPerItem) throws GenericEntityException {
        facility(locations);
        products(products);
        for (int i = 0; i < items; i++) {
            item(i, i < products ? i : random.nextInt(products), location(random.nextInt(locations)), detailsPerItem);
        }
        flush();
        for (int p = 0; p < products; p++) {
            averageCosts(product(p), movements.get(p));
            movements.set(p, null);
        }
        flush();
        statistics();
    }

    /**
     * Embedded Derby plans a query by the statistics it keeps of each index, which writing rows does not bring up to date: generated
     * on a database loaded with demo data, a million inventory item details were planned for as 128 rows, and the first closing after
     * read them in 201 s instead of 8: Derby's own daemon refreshed the statistics 22 s in, but the closing's queries, compiled before,
     * ran on with their plan. Brought up to date here for the tables written.
     */
    private void statistics() throws GenericEntityException {
        GenericHelperInfo helper = plain.getGroupHelperInfo(plain.getEntityGroupName("InventoryItemDetail"));
        Datasource datasource = EntityConfig.getDatasource(helper.getHelperBaseName());
        if (!Databases.isDerby(datasource)) {
            return;
        }
        long start = System.nanoTime();
        for (String entity : List.of("FacilityLocation", "Product", "Lot", "InventoryItem", "InventoryItemDetail", "ProductAverageCost")) {
            try (SQLProcessor sql = new SQLProcessor(plain, helper)) {
                sql.prepareStatement("CALL SYSCS_UTIL.SYSCS_UPDATE_STATISTICS(?, ?, NULL)");
                sql.setValue(datasource.getSchemaName().toUpperCase(Locale.ROOT));
                sql.setValue(plain.getModelEntity(entity).getPlainTableName().toUpperCase(Locale.ROOT));
                sql.executeUpdate();
            } catch (SQLException e) {
                throw new GenericEntityException("Could not bring Derby's statistics of " + entity + " up to date", e);
            }
        }
        Debug.logInfo(String.format("reference warehouse %s: Derby's index statistics brought up to date in %.1f s", facilityId,
                (System.nanoTime() - start) / 1e9), MODULE);
    }

    /** The facility, marked as a benchmark facility, and its locations. */
    private void facility(int locations) throws GenericEntityException {
        add("Facility", "facilityId", facilityId, "facilityTypeId", "WAREHOUSE", "facilityName", "Reference warehouse " + facilityId,
                "ownerPartyId", owner, "defaultInventoryItemTypeId", "NON_SERIAL_INV_ITEM", "openedDate", START);
        add("FacilityAttribute", "facilityId", facilityId, "attrName", PostingBenchmark.MARK, "attrValue", "Y");
        for (int l = 0; l < locations; l++) {
            add("FacilityLocation", "facilityId", facilityId, "locationSeqId", location(l), "locationTypeEnumId", "FLT_PICKLOC",
                    "areaId", "R", "aisleId", String.format("%02d", l / 100), "sectionId", String.format("%02d", l % 100));
        }
        flush();
    }

    /** Every product has items; lot-managed (1 in 10) and serialized (1 in 20) ones too; a standard cost for 1 in 4. */
    private void products(int products) throws GenericEntityException {
        baseCost = new BigDecimal[products];
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
            if (p % 4 == 1) {
                add("CostComponent", "costComponentId", product(p) + "-C", "costComponentTypeId", "EST_STD_MAT_COST", "productId", product(p),
                        "fromDate", START, "cost", baseCost[p], "costUomId", "USD");
            }
            movements.add(new ArrayList<>());
            receiptTimes.add(new HashSet<>());
        }
        flush();
    }

    /** Item i of product p: received in a location on a day of the history at that receipt's cost, then its history. */
    private void item(int i, int p, String location, int detailsPerItem) throws GenericEntityException {
        // received on one of 540 days at a minute of the working day, never twice at the same moment for one product
        long receivedAt = START.getTime() + random.nextInt(540) * DAY + random.nextInt(600) * MINUTE;
        while (!receiptTimes.get(p).add(receivedAt)) {
            receivedAt += 1000;
        }
        // receipts of the product cost more or less over time
        BigDecimal cost = baseCost[p].multiply(BigDecimal.valueOf(80 + random.nextInt(41))).divide(BigDecimal.valueOf(100), 2,
                RoundingMode.HALF_UP);
        String itemId = String.format("%s-%07d", facilityId, i);
        if (p % 20 == 19) {
            serial(i, p, itemId, location, receivedAt, cost);
        } else {
            stock(i, p, itemId, location, receivedAt, cost, detailsPerItem);
        }
        if (pending.size() >= CHUNK) {
            flush();
        }
    }

    /** A serial is received, and one in four is sold again. */
    private void serial(int i, int p, String itemId, String location, long receivedAt, BigDecimal cost) throws GenericEntityException {
        List<GenericValue> history = new ArrayList<>();
        BigDecimal onHand = BigDecimal.ONE;
        history.add(detail(itemId, 0, new Timestamp(receivedAt), onHand, cost, null));
        movements.get(p).add(new Movement(receivedAt, i, 0, BigDecimal.ONE, cost));
        if (random.nextInt(4) == 0) {
            long soldAt = receivedAt + (1 + random.nextInt(60)) * DAY / 2;
            history.add(detail(itemId, 1, new Timestamp(soldAt), BigDecimal.ONE.negate(), null, null));
            movements.get(p).add(new Movement(soldAt, i, 1, BigDecimal.ONE.negate(), null));
            onHand = BigDecimal.ZERO;
        }
        add("InventoryItem", "inventoryItemId", itemId, "inventoryItemTypeId", "SERIALIZED_INV_ITEM", "productId", product(p),
                "facilityId", facilityId, "locationSeqId", location, "serialNumber", itemId + "-S",
                "statusId", onHand.signum() > 0 ? "INV_AVAILABLE" : "INV_DELIVERED", "ownerPartyId", owner, "currencyUomId", "USD",
                "unitCost", cost, "datetimeReceived", new Timestamp(receivedAt),
                "quantityOnHandTotal", onHand, "availableToPromiseTotal", onHand, "accountingQuantityTotal", onHand);
        pending.addAll(history);
    }

    /** A non-serialized item: received, then issued, now and then a variance; its totals are the sum of its details. */
    private void stock(int i, int p, String itemId, String location, long receivedAt, BigDecimal cost, int detailsPerItem)
            throws GenericEntityException {
        BigDecimal received = BigDecimal.valueOf(20 + random.nextInt(180));
        List<GenericValue> history = new ArrayList<>();
        history.add(detail(itemId, 0, new Timestamp(receivedAt), received, cost, null));
        movements.get(p).add(new Movement(receivedAt, i, 0, received, cost));
        BigDecimal onHand = laterDetails(i, p, itemId, receivedAt, received, cost, detailsPerItem, history);
        add("InventoryItem", "inventoryItemId", itemId, "inventoryItemTypeId", "NON_SERIAL_INV_ITEM", "productId", product(p),
                "facilityId", facilityId, "locationSeqId", location, "lotId", p % 10 == 9 ? lot(p, i % 2 == 0) : null,
                "ownerPartyId", owner, "currencyUomId", "USD", "unitCost", lastCost(history), "datetimeReceived", new Timestamp(receivedAt),
                "quantityOnHandTotal", onHand, "availableToPromiseTotal", onHand, "accountingQuantityTotal", onHand);
        pending.addAll(history);
    }

    /**
     * The details after the receipt, into {@code history}: issues, every seventh a variance of -2 to +2, never below zero on
     * hand; one item in fifty has its unit cost revised once, as OFBiz's updateInventoryItem records it (a detail without
     * quantities). Answers the quantity on hand after them.
     */
    private BigDecimal laterDetails(int i, int p, String itemId, long receivedAt, BigDecimal onHand, BigDecimal cost, int detailsPerItem,
            List<GenericValue> history) {
        int revision = i % 50 == 7 && detailsPerItem > 2 ? detailsPerItem / 2 : -1;
        long when = receivedAt;
        for (int d = 1; d < detailsPerItem; d++) {
            when += (1 + random.nextInt(30)) * DAY / 2;
            if (d == revision) {
                cost = cost.multiply(BigDecimal.valueOf(95 + random.nextInt(11))).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
                history.add(detail(itemId, d, new Timestamp(when), null, cost, null));
                continue;
            }
            boolean variance = d % 7 == 0;
            BigDecimal quantity = variance ? BigDecimal.valueOf(random.nextInt(5) - 2)
                    : BigDecimal.valueOf(-random.nextInt(Math.max(1, onHand.intValue() / (detailsPerItem - d + 1) + 1)));
            String reason = variance ? (quantity.signum() >= 0 ? "VAR_FOUND" : "VAR_LOST") : null;
            quantity = quantity.max(onHand.negate());
            onHand = onHand.add(quantity);
            history.add(detail(itemId, d, new Timestamp(when), quantity, null, reason));
            movements.get(p).add(new Movement(when, i, d, quantity, null));
        }
        return onHand;
    }

    /** The unit cost an item is left with: that of its last detail carrying one (the receipt, or a revision). */
    private static BigDecimal lastCost(List<GenericValue> history) {
        BigDecimal cost = null;
        for (GenericValue detail : history) {
            cost = detail.get("unitCost") != null ? detail.getBigDecimal("unitCost") : cost;
        }
        return cost;
    }

    private GenericValue detail(String itemId, int seq, Timestamp when, BigDecimal quantity, BigDecimal unitCost, String reason) {
        details++;
        return plain.makeValue("InventoryItemDetail", UtilMisc.toMap("inventoryItemId", itemId, "inventoryItemDetailSeqId",
                String.format("%05d", seq), "effectiveDate", when, "quantityOnHandDiff", quantity, "availableToPromiseDiff", quantity,
                "accountingQuantityDiff", quantity, "unitCost", unitCost, "reasonEnumId", reason));
    }

    /**
     * The product's ProductAverageCost history as OFBiz's updateProductAverageCostOnReceiveInventory leaves it: at each receipt,
     * in the order of time (then item and detail), (average × quantity on hand before + cost × quantity received) / quantity on
     * hand after, rounded to 2 decimals half up; the first receipt's cost as it is. One row per receipt, each until the next.
     */
    private void averageCosts(String productId, List<Movement> history) throws GenericEntityException {
        history.sort(Comparator.comparingLong(Movement::when).thenComparingInt(Movement::item).thenComparingInt(Movement::seq));
        BigDecimal onHand = BigDecimal.ZERO;
        BigDecimal average = null;
        GenericValue previous = null;
        for (Movement movement : history) {
            onHand = onHand.add(movement.quantity());
            if (movement.cost() == null) {
                continue;
            }
            average = average == null ? movement.cost() : average.multiply(onHand.subtract(movement.quantity()))
                    .add(movement.cost().multiply(movement.quantity())).divide(onHand, 2, RoundingMode.HALF_UP);
            Timestamp from = new Timestamp(movement.when());
            if (previous != null) {
                previous.set("thruDate", from);
            }
            previous = plain.makeValue("ProductAverageCost", UtilMisc.toMap("productAverageCostTypeId", "SIMPLE_AVG_COST",
                    "organizationPartyId", owner, "productId", productId, "facilityId", facilityId, "fromDate", from, "averageCost", average));
            pending.add(previous);
            averageCostRows++;
        }
        if (pending.size() >= CHUNK) {
            flush();
        }
    }

    /** A movement of one product, kept to replay its average cost: a receipt when it has a cost. */
    private record Movement(long when, int item, int seq, BigDecimal quantity, BigDecimal cost) {
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
        Transactions.retried("reference warehouse " + facilityId + ": " + pending.size() + " rows", () -> {
            for (GenericValue value : pending) {
                plain.create(value);
            }
            return null;
        });
        rowsWritten += pending.size();
        pending.clear();
    }
}
