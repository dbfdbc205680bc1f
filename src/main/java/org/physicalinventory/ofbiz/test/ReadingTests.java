package org.physicalinventory.ofbiz.test;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.apache.ofbiz.base.util.UtilMisc;
import org.apache.ofbiz.entity.GenericValue;
import org.apache.ofbiz.entity.util.EntityQuery;
import org.apache.ofbiz.service.ServiceUtil;
import org.apache.ofbiz.service.testtools.OFBizTestCase;
import org.physicalinventory.ofbiz.Transactions;
import org.physicalinventory.ofbiz.valuation.StandardCosts;
import org.physicalinventory.ofbiz.valuation.sql.BulkInsert;
import org.physicalinventory.ofbiz.valuation.sql.StockHistory;
import org.physicalinventory.ofbiz.valuation.sql.StockHistory.Stock;
import org.physicalinventory.ofbiz.valuation.sql.SummedHistory;
import org.physicalinventory.valuation.ProductValuation;
import org.physicalinventory.valuation.StockValuer;
import org.physicalinventory.valuation.ValuationMethod;

/**
 * How a closing reads and writes, tried every way on the database the tests run on: the history added up in one
 * slice or several at once, by either of the two queries of a database server (on embedded Derby, streamed), gives
 * the lines a replay of every movement gives; rows written in bulk (COPY on PostgreSQL) read back as they were given.
 */
public class ReadingTests extends OFBizTestCase {

    private static final String FACILITY = "PI_TRREF";

    public ReadingTests(String name) {
        super(name);
    }

    public void testEveryWayOfAddingUpTheHistoryGivesTheLinesOfAReplay() throws Exception {
        Map<String, Object> made = getDispatcher().runSync("generatePiReferenceWarehouse", UtilMisc.toMap("facilityId", FACILITY, "ownerPartyId",
                "PI_TVAL", "locations", 8L, "products", 40L, "items", 300L, "detailsPerItem", 9L, "userLogin", getUserLogin("pitest-admin"),
                "locale", Locale.ENGLISH));
        assertTrue(ServiceUtil.getErrorMessage(made), ServiceUtil.isSuccess(made));
        List<String> facilities = List.of(FACILITY);
        for (Timestamp until : List.of(Timestamp.valueOf("2025-12-31 00:00:00"), Timestamp.from(Instant.now()))) {
            StockValuer valuer = new StockValuer(until.toInstant(), ValuationMethod.FIFO);
            Map<String, BigDecimal> standardCosts = StandardCosts.at(getDelegator(), until, "USD");
            Map<String, ProductValuation> replayed = new TreeMap<>();
            for (Stock stock : StockHistory.load(getDelegator(), facilities, until, null)) {
                ProductValuation line = valuer.value(stock.productId(), stock.facilityId(), stock.items(), standardCosts.get(stock.productId()));
                if (line != null) {
                    replayed.put(line.productId(), line);
                }
            }
            assertTrue("products replayed at " + until + ": " + replayed.size(), replayed.size() > 30);
            List<ProductValuation> first = null;
            for (int slices : new int[] {1, 4, 7}) {
                for (boolean mostItems : new boolean[] {false, true}) {
                    String way = slices + " slice(s), " + (mostItems ? "movements added up first" : "movements joined to items first")
                            + ", at " + until;
                    List<ProductValuation> lines = SummedHistory.value(getDelegator(), facilities, until, valuer, standardCosts, null, slices,
                            mostItems);
                    assertEquals(way + ": one line per product replayed", replayed.keySet(), byProduct(lines).keySet());
                    for (ProductValuation line : lines) {
                        ProductValuation replay = replayed.get(line.productId());
                        // the average is OFBiz's own ProductAverageCost here, the replay's own there: all else is the same
                        assertEquals(way + ", " + line.productId(), List.of(replay.quantity(), replay.lastCost(), replay.fifoValue(),
                                replay.value(), replay.lots(), replay.lastMovement()), List.of(line.quantity(), line.lastCost(), line.fifoValue(),
                                line.value(), line.lots(), line.lastMovement()));
                    }
                    if (first == null) {
                        first = lines;
                    }
                    assertEquals(way + ": the same lines as the first way", first, lines);
                    List<String> some = new ArrayList<>(replayed.keySet()).subList(3, 9);
                    List<ProductValuation> ofSome = SummedHistory.value(getDelegator(), facilities, until, valuer, standardCosts, some, slices,
                            mostItems);
                    assertEquals(way + ": only the products asked for", first.stream().filter(line -> some.contains(line.productId())).toList(),
                            ofSome);
                }
            }
        }
    }

    public void testRowsWrittenInBulkReadBackAsGiven() throws Exception {
        String text = "a\\b\tc\nd\re \u00e9\u20ac\u4e2d";
        Timestamp moment = Timestamp.from(Instant.parse("2026-03-29T01:30:00.123456Z"));
        Transactions.longWrite(() -> {
            try (BulkInsert lots = new BulkInsert(getDelegator(), "PiStockClosingLot")) {
                for (int i = 0; i < 300; i++) {
                    lots.add(UtilMisc.toMap("closingId", "PI_TR_BULK", "facilityId", FACILITY, "productId", "P" + i, "lotId",
                            i == 7 ? text : "L" + i, "quantity", new BigDecimal("-1234567.123456").add(BigDecimal.valueOf(i)), "fifoValue",
                            i % 2 == 0 ? null : new BigDecimal("0.10")));
                }
            }
            try (BulkInsert lines = new BulkInsert(getDelegator(), "PiStockClosingLine")) {
                lines.add(UtilMisc.toMap("closingId", "PI_TR_BULK", "facilityId", FACILITY, "productId", "P1", "quantity", BigDecimal.ONE,
                        "fallback", "N", "lastMovementDate", moment));
            }
            return null;
        });
        List<GenericValue> lots = EntityQuery.use(getDelegator()).from("PiStockClosingLot").where("closingId", "PI_TR_BULK").queryList();
        assertEquals(300, lots.size());
        Map<String, GenericValue> byProduct = new HashMap<>();
        lots.forEach(lot -> byProduct.put(lot.getString("productId"), lot));
        assertEquals(text, byProduct.get("P7").getString("lotId"));
        assertEquals(0, new BigDecimal("-1234467.123456").compareTo(byProduct.get("P100").getBigDecimal("quantity")));
        assertNull(byProduct.get("P100").get("fifoValue"));
        assertEquals(0, new BigDecimal("0.10").compareTo(byProduct.get("P101").getBigDecimal("fifoValue")));
        GenericValue line = EntityQuery.use(getDelegator()).from("PiStockClosingLine").where("closingId", "PI_TR_BULK").queryOne();
        assertEquals(moment, line.getTimestamp("lastMovementDate"));
        assertNull(line.get("value"));
    }

    private static Map<String, ProductValuation> byProduct(List<ProductValuation> lines) {
        Map<String, ProductValuation> byProduct = new TreeMap<>();
        lines.forEach(line -> byProduct.put(line.productId(), line));
        return byProduct;
    }
}
