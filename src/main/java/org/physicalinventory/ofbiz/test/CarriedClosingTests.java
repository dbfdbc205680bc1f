package org.physicalinventory.ofbiz.test;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.ofbiz.base.util.UtilMisc;
import org.apache.ofbiz.entity.GenericEntityException;
import org.apache.ofbiz.entity.GenericValue;
import org.apache.ofbiz.entity.condition.EntityCondition;
import org.apache.ofbiz.entity.condition.EntityOperator;
import org.apache.ofbiz.entity.util.EntityQuery;
import org.physicalinventory.ofbiz.Databases;
import org.physicalinventory.ofbiz.valuation.ClosingRows;
import org.physicalinventory.ofbiz.valuation.sql.CarriedHistory;
import org.physicalinventory.ofbiz.valuation.sql.CarriedHistory.Carried;
import org.physicalinventory.ofbiz.valuation.sql.CarriedHistory.Replay;
import org.physicalinventory.valuation.CarryForward;

/**
 * A closing by LIFO carried forward from the last confirmed LIFO closing of its scope gives every figure the replay of the whole
 * history gives: on a generated warehouse with movements after the confirmed closing (at its very moment, stock below zero and
 * repaid, returns, revised costs, new items), and with the history before it changed since (a movement entered late, an item moved
 * to another facility, the cost of an item that had none of its own): the products so changed are replayed in full.
 */
public class CarriedClosingTests extends PhysInvTestCase {

    private static final String ORG = "PI_TVAL";
    private static final String FACILITY = "PI_TCREF";
    private static final ZoneId UTC = ZoneId.of("UTC");

    public CarriedClosingTests(String name) {
        super(name);
    }

    public void testAClosingCarriedForwardHasEveryFigureOfTheWholeHistoryAndLeavesTheSameStockToCarry() throws Exception {
        carryFromTheMomentTheClosingWasRun();
        ok(call("generatePiReferenceWarehouse", "pitest-admin", "facilityId", FACILITY, "ownerPartyId", ORG, "locations", 8L, "products", 40L,
                "items", 300L, "detailsPerItem", 9L));
        List<GenericValue> items = itemsMovedBefore("2025-09-01T00:00:00Z");
        // before the first closing: a product's stock taken below zero, a customer return, an item that came without a cost of its own
        detail(items.get(1), "-1000", null, null, "2025-06-15T10:00:00Z");
        detail(items.get(2), "3", "41.50", "PI_TRET1", "2025-07-01T10:00:00Z");
        String loaded = newItem(items.get(3).getString("productId"), "4.00");
        detail(loaded, "10", null, null, "2025-05-01T10:00:00Z");
        Map<String, Object> first = ok(close("2025-09-30", false));
        assertNull("nothing to carry forward from yet", first.get("carriedFromClosingId"));
        String september = (String) first.get("closingId");
        ok(call("confirmPiStockClosing", "pitest-admin", "closingId", september));

        // after it: a movement at its very moment, stock below zero and repaid, a return, a revised cost, a new item, one at December's end
        detail(items.get(4), "-2", null, null, "2025-10-01T00:00:00Z");
        detail(items.get(5), "-1000", null, null, "2025-11-10T10:00:00Z");
        detail(newItem(items.get(5).getString("productId"), "6.00"), "1500", "6.25", null, "2025-12-05T10:00:00Z");
        detail(items.get(6), "2", null, "PI_TRET2", "2025-11-20T10:00:00Z");
        detail(items.get(7), "0", "9.99", null, "2025-11-25T10:00:00Z");
        detail(items.get(1), "50", "7.77", null, "2025-10-15T10:00:00Z");
        detail(items.get(8), "-1", null, null, "2026-01-01T00:00:00Z");
        // and the history before it changed: a movement of September entered late, an item moved away, the cost of the loaded item
        detail(items.get(9), "-1", null, null, "2025-09-15T10:00:00Z");
        TestStock elsewhere = new TestStock(getDelegator(), ORG, "E1");
        items.get(10).set("facilityId", elsewhere.facilityId);
        items.get(10).store();
        GenericValue loadedItem = EntityQuery.use(getDelegator()).from("InventoryItem").where("inventoryItemId", loaded).queryOne();
        loadedItem.set("unitCost", new BigDecimal("4.50"));
        loadedItem.store();

        // and a standard cost that applies from October on, to a product nothing happened in since
        getDelegator().create("CostComponent", UtilMisc.toMap("costComponentId", "PI_TCARRY_STD", "costComponentTypeId", "EST_STD_MAT_COST",
                "productId", items.get(0).getString("productId"), "fromDate", Timestamp.from(Instant.parse("2025-10-01T00:00:00Z")), "cost",
                new BigDecimal("3.33"), "costUomId", ClosingRows.closing(getDelegator(), september).getString("currencyUomId")));

        Set<String> replayedInFull = new TreeSet<>(List.of(items.get(9).getString("productId"), items.get(10).getString("productId"),
                items.get(3).getString("productId")));
        assertEquals("the products whose history before September's end changed, and only they, are replayed in full", replayedInFull,
                wholeHistory(september, "2025-12-31"));

        Map<String, Object> december = ok(close("2025-12-31", false));
        assertEquals(september, december.get("carriedFromClosingId"));
        Map<String, Object> whole = ok(close("2025-12-31", true));
        assertNull(whole.get("carriedFromClosingId"));
        assertEquals("a closing from the whole history copies nothing", 0L, whole.get("copiedProductCount"));
        assertSameClosing((String) whole.get("closingId"), (String) december.get("closingId"));

        // and on: March carried forward from December once confirmed
        ok(call("confirmPiStockClosing", "pitest-admin", "closingId", december.get("closingId")));
        detail(items.get(11), "-3", null, null, "2026-02-10T10:00:00Z");
        Map<String, Object> march = ok(close("2026-03-31", false));
        assertEquals(december.get("closingId"), march.get("carriedFromClosingId"));
        assertSameClosing((String) ok(close("2026-03-31", true)).get("closingId"), (String) march.get("closingId"));
    }

    public void testProductsNothingHappenedInSinceAreCopiedAndTheClosingIsTheWholeHistorys() throws Exception {
        carryFromTheMomentTheClosingWasRun();
        TestStock stock = new TestStock(getDelegator(), ORG, "C1");
        String moved = stock.item("PI_TVP_A", "C1", null, "10", "2", "2026-01-10");
        stock.item("PI_TVP_B", "C1", null, "5", "3", "2026-01-11");
        stock.item("PI_TVP_AVG", "C1", null, "7", "4", "2026-01-12");
        String january = (String) ok(close(stock.facilityId, "2026-01-31", "LIFO", false)).get("closingId");
        ok(call("confirmPiStockClosing", "pitest-admin", "closingId", january));
        detail(moved, "-4", null, null, "2026-02-10T10:00:00Z");
        Map<String, Object> february = ok(close(stock.facilityId, "2026-02-28", "LIFO", false));
        assertEquals(january, february.get("carriedFromClosingId"));
        assertEquals("the two products nothing happened in since copied", 2L, february.get("copiedProductCount"));
        GenericValue copied = EntityQuery.use(getDelegator()).from("PiStockClosingCarry").where("closingId", february.get("closingId"), "productId",
                "PI_TVP_B").queryOne();
        assertNull("a stock copied has no text of its own", copied.get("carriedStock"));
        assertEquals("its text and items are January's", january, copied.get("itemsClosingId"));
        assertSameClosing((String) ok(close(stock.facilityId, "2026-02-28", "LIFO", true)).get("closingId"), (String) february.get("closingId"));
        // and carried forward again from February once confirmed, whose items are January's for the products it copied
        ok(call("confirmPiStockClosing", "pitest-admin", "closingId", february.get("closingId")));
        Map<String, Object> march = ok(close(stock.facilityId, "2026-03-31", "LIFO", false));
        assertEquals(3L, march.get("copiedProductCount"));
        assertSameClosing((String) ok(close(stock.facilityId, "2026-03-31", "LIFO", true)).get("closingId"), (String) march.get("closingId"));
    }

    public void testOnlyAConfirmedLifoClosingOfTheSameScopeAndNotLaterIsCarriedForward() throws Exception {
        carryFromTheMomentTheClosingWasRun();
        TestStock stock = new TestStock(getDelegator(), ORG, "A1");
        String item = stock.item("PI_TVP_A", "A1", null, "10", "2", "2026-01-10");
        TestStock other = new TestStock(getDelegator(), ORG, "B1");
        other.item("PI_TVP_A", "B1", null, "5", "3", "2026-01-10");
        String fifo = (String) ok(close(stock.facilityId, "2026-01-31", "FIFO", false)).get("closingId");
        ok(call("confirmPiStockClosing", "pitest-admin", "closingId", fifo));
        String lifo = (String) ok(close(stock.facilityId, "2026-01-31", "LIFO", false)).get("closingId");
        String otherFacility = (String) ok(close(other.facilityId, "2026-01-31", "LIFO", false)).get("closingId");
        ok(call("confirmPiStockClosing", "pitest-admin", "closingId", otherFacility));
        detail(item, "-4", null, null, "2026-02-10T10:00:00Z");
        assertNull("a FIFO closing and a LIFO one not confirmed carry nothing", ok(close(stock.facilityId, "2026-02-28", "LIFO", false))
                .get("carriedFromClosingId"));
        ok(call("confirmPiStockClosing", "pitest-admin", "closingId", lifo));
        Map<String, Object> february = ok(close(stock.facilityId, "2026-02-28", "LIFO", false));
        assertEquals(lifo, february.get("carriedFromClosingId"));
        // 10 @ 2.00 in, 4 out: 6 @ 2.00
        assertNumber(new BigDecimal("12.00"), line((String) february.get("closingId"), "PI_TVP_A").getBigDecimal("lifoValue"));
        assertNull("a closing of a day before the confirmed one's carries nothing", ok(close(stock.facilityId, "2026-01-20", "LIFO", false))
                .get("carriedFromClosingId"));
        assertNull("nor one asked to read the whole history", ok(close(stock.facilityId, "2026-02-28", "LIFO", true)).get("carriedFromClosingId"));
        assertNull("nor one by another method", ok(close(stock.facilityId, "2026-02-28", "FIFO", false)).get("carriedFromClosingId"));
    }

    // ---- helpers

    /** In this test, what a transaction wrote counts as changed when written once the confirmed closing was run, not an hour before. */
    private void carryFromTheMomentTheClosingWasRun() throws GenericEntityException {
        getDelegator().createOrStore(getDelegator().makeValue("SystemProperty", UtilMisc.toMap("systemResourceId", "PhysicalInventory",
                "systemPropertyId", "closing.carry.openTransactionMinutes", "systemPropertyValue", "0")));
    }

    /** Non-serialized items of the generated warehouse that moved before a moment, one per product, in the order of their ids. */
    private List<GenericValue> itemsMovedBefore(String when) throws GenericEntityException {
        List<GenericValue> items = new ArrayList<>();
        Set<String> products = new TreeSet<>();
        for (GenericValue item : EntityQuery.use(getDelegator()).from("InventoryItem").where("facilityId", FACILITY, "inventoryItemTypeId",
                "NON_SERIAL_INV_ITEM").orderBy("inventoryItemId").queryList()) {
            if (!products.contains(item.getString("productId")) && EntityQuery.use(getDelegator()).from("InventoryItemDetail").where(
                    EntityCondition.makeCondition("inventoryItemId", item.get("inventoryItemId")), EntityCondition.makeCondition("effectiveDate",
                            EntityOperator.LESS_THAN, Timestamp.from(Instant.parse(when)))).queryFirst() != null) {
                items.add(item);
                products.add(item.getString("productId"));
            }
        }
        assertTrue("items of distinct products moved before " + when + ": " + items.size(), items.size() >= 12);
        return items;
    }

    /** The products a LIFO closing at {@code date} carried forward from {@code carriedId} replays from their whole history. */
    private Set<String> wholeHistory(String carriedId, String date) throws GenericEntityException {
        GenericValue carried = ClosingRows.closing(getDelegator(), carriedId);
        Timestamp until = Timestamp.from(Date.valueOf(date).toLocalDate().plusDays(1).atStartOfDay(UTC).toInstant());
        Carried read = CarriedHistory.load(getDelegator(), List.of(FACILITY), carriedId, carried.getTimestamp("thruDate"), until,
                productIds -> ClosingRows.carriedTexts(getDelegator(), carried, productIds), carried.getTimestamp("runStartedDate"), Set.of(), true);
        Set<String> whole = new TreeSet<>();
        int carriedForward = read.unmoved().size();
        for (Replay replay : read.replays()) {
            if (replay.from() == null) {
                whole.add(replay.stock().productId());
            } else {
                carriedForward++;
            }
        }
        assertTrue("products carried forward: " + carriedForward, carriedForward >= 30);
        return whole;
    }

    private boolean onDerby() {
        return Databases.isDerby(getDelegator(), "PiStockClosingLine");
    }

    /** Two closings with the same lines, lots and stock carried forward, figure for figure. */
    private void assertSameClosing(String expectedId, String actualId) throws GenericEntityException {
        List<String> entities = new ArrayList<>(List.of("PiStockClosingLine", "PiStockClosingLot", "PiStockClosingCarry"));
        if (!onDerby()) {
            // the items each carried stock holds, a row each: written on a database server only
            entities.add("PiStockClosingCarryItem");
        }
        for (String entity : entities) {
            Map<String, Map<String, Object>> expected = "PiStockClosingCarryItem".equals(entity) ? heldItems(expectedId) : rows(entity, expectedId);
            Map<String, Map<String, Object>> actual = "PiStockClosingCarryItem".equals(entity) ? heldItems(actualId) : rows(entity, actualId);
            if ("PiStockClosingCarry".equals(entity)) {
                heldTexts(expectedId, expected);
                heldTexts(actualId, actual);
            }
            assertEquals(entity + ": the same rows", expected.keySet(), actual.keySet());
            // a stock without lots has no lot rows, in either closing
            assertTrue(entity + " of closing " + actualId + ": " + actual.size(), !actual.isEmpty() || "PiStockClosingLot".equals(entity)
                    && expected.isEmpty());
            for (String key : expected.keySet()) {
                assertEquals(entity + " " + key, expected.get(key), actual.get(key));
            }
        }
        GenericValue expected = ClosingRows.closing(getDelegator(), expectedId);
        GenericValue actual = ClosingRows.closing(getDelegator(), actualId);
        for (String total : List.of("lineCount", "totalQuantity", "totalValue")) {
            assertEquals(total, expected.get(total), actual.get(total));
        }
    }

    /**
     * The items each stock a closing carries holds, by facility, product and item: the item rows of the closing that replayed the
     * stock (itself, or the one named for a stock it copied).
     */
    private Map<String, Map<String, Object>> heldItems(String closingId) throws GenericEntityException {
        Map<String, Map<String, Object>> rows = new TreeMap<>();
        for (GenericValue carry : EntityQuery.use(getDelegator()).from("PiStockClosingCarry").where("closingId", closingId).queryList()) {
            String holder = carry.get("itemsClosingId") != null ? carry.getString("itemsClosingId") : closingId;
            rows.putAll(rows(EntityQuery.use(getDelegator()).from("PiStockClosingCarryItem").where("closingId", holder, "facilityId",
                    carry.get("facilityId"), "productId", carry.get("productId")).queryList()));
        }
        return rows;
    }

    /** Each stock carried with its text as read for the next closing: where it is held, for a stock copied (see {@link #heldItems}). */
    private void heldTexts(String closingId, Map<String, Map<String, Object>> carried) throws GenericEntityException {
        Map<CarryForward.Stock, String> texts = ClosingRows.carriedTexts(getDelegator(), ClosingRows.closing(getDelegator(), closingId));
        for (Map<String, Object> fields : carried.values()) {
            String text = texts.get(new CarryForward.Stock((String) fields.get("facilityId"), (String) fields.get("productId")));
            assertNotNull("the text of a stock carried", text);
            fields.put("carriedStock", text);
        }
    }

    /** A closing's rows of an entity by their key (facility, product, lot), each with every field but the closing. */
    private Map<String, Map<String, Object>> rows(String entity, String closingId) throws GenericEntityException {
        return rows(EntityQuery.use(getDelegator()).from(entity).where("closingId", closingId).queryList());
    }

    /**
     * Rows by their key (facility, product, lot or item), each with every field but the closing and, of a stock carried, the closing
     * holding its items (see {@link #heldItems}).
     */
    private static Map<String, Map<String, Object>> rows(List<GenericValue> values) {
        Map<String, Map<String, Object>> rows = new TreeMap<>();
        for (GenericValue row : values) {
            Map<String, Object> fields = new HashMap<>(row.getAllFields());
            fields.remove("closingId");
            fields.remove("itemsClosingId");
            rows.put(row.getString("facilityId") + "/" + row.getString("productId") + "/" + fields.get("lotId") + "/" + fields.get("inventoryItemId"),
                    fields);
        }
        return rows;
    }

    private Map<String, Object> close(String date, boolean wholeHistory) throws GenericEntityException {
        return close(FACILITY, date, "LIFO", wholeHistory);
    }

    private Map<String, Object> close(String facilityId, String date, String method, boolean wholeHistory) throws GenericEntityException {
        Map<String, Object> context = new HashMap<>(UtilMisc.toMap("facilityId", facilityId, "closingDate", Date.valueOf(date), "valuationMethod",
                method, "wholeHistory", wholeHistory, "timeZone", TimeZone.getTimeZone(UTC)));
        List<Object> fields = new ArrayList<>();
        context.forEach((name, value) -> {
            fields.add(name);
            fields.add(value);
        });
        return call("startPiStockClosing", "pitest-admin", fields.toArray());
    }

    /** A new item of the product in the facility's first location, costing {@code unitCost} (a cost its movements may not record). */
    private String newItem(String productId, String unitCost) throws GenericEntityException {
        String id = getDelegator().getNextSeqId("InventoryItem");
        getDelegator().create("InventoryItem", UtilMisc.toMap("inventoryItemId", id, "inventoryItemTypeId", "NON_SERIAL_INV_ITEM", "productId",
                productId, "facilityId", FACILITY, "locationSeqId", "R00-00", "ownerPartyId", ORG, "currencyUomId", "USD", "unitCost",
                new BigDecimal(unitCost)));
        return id;
    }

    private void detail(GenericValue item, String quantity, String unitCost, String returnId, String when) throws GenericEntityException {
        detail(item.getString("inventoryItemId"), quantity, unitCost, returnId, when);
    }

    /** A movement of an item at a moment: a quantity (zero: a revised cost only), the unit cost it records, the return it comes from. */
    private void detail(String itemId, String quantity, String unitCost, String returnId, String when) throws GenericEntityException {
        getDelegator().create("InventoryItemDetail", UtilMisc.toMap("inventoryItemId", itemId, "inventoryItemDetailSeqId",
                getDelegator().getNextSeqId("InventoryItemDetail"), "effectiveDate", Timestamp.from(Instant.parse(when)), "quantityOnHandDiff",
                new BigDecimal(quantity), "availableToPromiseDiff", new BigDecimal(quantity), "accountingQuantityDiff", new BigDecimal(quantity),
                "unitCost", unitCost == null ? null : new BigDecimal(unitCost), "returnId", returnId));
    }

    private GenericValue line(String closingId, String productId) throws GenericEntityException {
        return EntityQuery.use(getDelegator()).from("PiStockClosingLine").where("closingId", closingId, "productId", productId).queryOne();
    }

    private static void assertNumber(BigDecimal expected, BigDecimal actual) {
        assertTrue("expected " + expected + " but was " + actual, actual != null && expected.compareTo(actual) == 0);
    }
}
