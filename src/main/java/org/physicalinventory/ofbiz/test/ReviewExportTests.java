package org.physicalinventory.ofbiz.test;

import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.ofbiz.base.util.UtilGenerics;
import org.apache.ofbiz.base.util.cache.UtilCache;
import org.apache.ofbiz.entity.GenericValue;
import org.apache.ofbiz.entity.config.model.EntityConfig;
import org.apache.ofbiz.entity.datasource.GenericHelperInfo;
import org.apache.ofbiz.entity.jdbc.SQLProcessor;
import org.apache.ofbiz.entity.model.ModelEntity;
import org.apache.ofbiz.entity.util.EntityQuery;
import org.physicalinventory.ofbiz.difference.ReviewCsv;
import org.physicalinventory.ofbiz.difference.ReviewServices;
import org.physicalinventory.ofbiz.difference.StoredReview;

/**
 * The review of a big inventory ({@link BigInventoryTestCase}: 10,500 lines of a generated warehouse): its CSV export, streamed, holds every row the
 * review service answers, with the same figures and the same totals as the screen's summary, and the screen's pages are
 * slices of the same rows.
 */
public class ReviewExportTests extends BigInventoryTestCase {

    private static final int LOCATION = 0;
    private static final int PRODUCT = 1;
    private static final int LOT = 2;
    private static final int DIFFERENCE = 8;
    private static final int VALUE = 10;
    private static final int REASON = 11;

    public ReviewExportTests(String name) {
        super(name);
    }

    public void testTheStreamedCsvHoldsEveryRowWithTheScreensFiguresAndTotals() throws Exception {
        String inventoryId = bigInventory();
        Map<String, Object> review = ok(call("getPiInventoryReview", "pitest-viewer", "piInventoryId", inventoryId));
        List<Map<String, Object>> rows = UtilGenerics.cast(review.get("differences"));
        assertEquals(LINES, rows.size());
        assertEquals(LINES, review.get("differenceCount"));

        List<CSVRecord> csv = csv(inventoryId, Map.of());
        assertEquals("every row", rows.size(), csv.size());
        Map<String, BigDecimal[]> byReason = new HashMap<>();
        BigDecimal surplusValue = BigDecimal.ZERO;
        BigDecimal shortageValue = BigDecimal.ZERO;
        for (int i = 0; i < rows.size(); i++) {
            Map<String, Object> row = rows.get(i);
            CSVRecord record = csv.get(i);
            assertEquals(row.get("locationSeqId"), record.get(LOCATION));
            assertEquals(row.get("productId"), record.get(PRODUCT));
            assertEquals(row.get("lotId") == null ? "" : row.get("lotId"), record.get(LOT));
            BigDecimal difference = new BigDecimal(record.get(DIFFERENCE));
            BigDecimal value = new BigDecimal(record.get(VALUE));
            assertEquals("difference of row " + i, 0, ((BigDecimal) row.get("difference")).compareTo(difference));
            assertEquals("value of row " + i, 0, ((BigDecimal) row.get("value")).compareTo(value));
            if (difference.signum() != 0) {
                byReason.merge(record.get(REASON) + (difference.signum() > 0), new BigDecimal[] {difference, value},
                        (was, more) -> new BigDecimal[] {was[0].add(more[0]), was[1].add(more[1])});
                surplusValue = difference.signum() > 0 ? surplusValue.add(value) : surplusValue;
                shortageValue = difference.signum() < 0 ? shortageValue.add(value) : shortageValue;
            }
        }
        assertEquals(0, ((BigDecimal) review.get("surplusValue")).compareTo(surplusValue));
        assertEquals(0, ((BigDecimal) review.get("shortageValue")).compareTo(shortageValue));
        List<Map<String, Object>> summary = UtilGenerics.cast(review.get("summary"));
        assertEquals("a surplus and a shortage", 2, summary.size());
        for (Map<String, Object> total : summary) {
            String reason = EntityQuery.use(getDelegator()).from("VarianceReason").where("varianceReasonId", total.get("varianceReasonId"))
                    .queryOne().getString("description");
            BigDecimal[] csvTotal = byReason.get(reason + "Y".equals(total.get("surplus")));
            assertNotNull(reason, csvTotal);
            assertEquals(0, ((BigDecimal) total.get("quantity")).compareTo(csvTotal[0]));
            assertEquals(0, ((BigDecimal) total.get("value")).compareTo(csvTotal[1]));
        }
    }

    public void testAPageOfTheScreenIsASliceOfTheRowsWithTheWholeReviewsTotals() throws Exception {
        String inventoryId = bigInventory();
        Map<String, Object> whole = ok(call("getPiInventoryReview", "pitest-viewer", "piInventoryId", inventoryId));
        List<Map<String, Object>> rows = UtilGenerics.cast(whole.get("differences"));
        Map<String, Object> page = ok(call("getPiInventoryReview", "pitest-viewer", "piInventoryId", inventoryId, "viewIndex", 7,
                "viewSize", 200));
        assertEquals(LINES, page.get("differenceCount"));
        assertEquals(rows.subList(1400, 1600), page.get("differences"));
        assertEquals(whole.get("summary"), page.get("summary"));
        Map<String, Object> last = ok(call("getPiInventoryReview", "pitest-viewer", "piInventoryId", inventoryId, "viewIndex", LINES / 200,
                "viewSize", 200));
        assertEquals(rows.subList(LINES / 200 * 200, LINES), last.get("differences"));

        // a filter: the CSV holds what the screen counts
        Map<String, Object> filtered = ok(call("getPiInventoryReview", "pitest-viewer", "piInventoryId", inventoryId, "locationSeqId", "1",
                "differencesOnly", "Y", "viewIndex", 0, "viewSize", 200));
        int count = (Integer) filtered.get("differenceCount");
        assertTrue(count > 200 && count < LINES);
        assertEquals(count, csv(inventoryId, Map.of("locationSeqId", "1", "differencesOnly", "Y")).size());
    }

    /**
     * A count committed after the review was kept by a transaction that began before (its row stamped earlier than the kept
     * review's latest change) still shows on the next page.
     */
    public void testACountStampedEarlierThanTheKeptReviewStillShowsOnTheNextPage() throws Exception {
        String inventoryId = bigInventory();
        GenericValue row = countLine(inventoryId, LINES / 3);
        BigDecimal counted = row.getBigDecimal("countedQuantity");
        Timestamp stamped = row.getTimestamp("lastUpdatedStamp");
        ok(call("getPiInventoryReview", "pitest-viewer", "piInventoryId", inventoryId, "viewIndex", 0, "viewSize", 200));
        setCountStampedAt(row, row.getBigDecimal("bookQuantity").add(BigDecimal.valueOf(7)), stamped);
        try {
            List<Map<String, Object>> rows = UtilGenerics.cast(ok(call("getPiInventoryReview", "pitest-viewer", "piInventoryId", inventoryId))
                    .get("differences"));
            assertEquals(0, BigDecimal.valueOf(7).compareTo((BigDecimal) rowOf(rows, row).get("difference")));
        } finally {
            row.set("countedQuantity", counted);
            row.store();
        }
    }

    /** Sets a line's count as a transaction begun at {@code stamp} would have: its row stamped then. */
    private void setCountStampedAt(GenericValue row, BigDecimal counted, Timestamp stamp) throws Exception {
        ModelEntity model = getDelegator().getModelEntity("PiCountLine");
        GenericHelperInfo helper = getDelegator().getGroupHelperInfo(getDelegator().getEntityGroupName("PiCountLine"));
        String sql = "UPDATE " + model.getTableName(EntityConfig.getDatasource(helper.getHelperBaseName())) + " SET "
                + model.getField("countedQuantity").getColName() + " = ?, " + model.getField("lastUpdatedStamp").getColName() + " = ? WHERE "
                + model.getField("piListId").getColName() + " = ? AND " + model.getField("lineSeqId").getColName() + " = ?";
        try (SQLProcessor update = new SQLProcessor(getDelegator(), helper)) {
            update.prepareStatement(sql);
            update.setValue(counted);
            update.setValue(stamp);
            update.setValue(row.getString("piListId"));
            update.setValue(row.getString("lineSeqId"));
            update.executeUpdate();
        }
    }

    public void testACountChangedAfterTheReviewWasKeptShowsOnTheNextPageAsInAReviewWorkedOutAnew() throws Exception {
        String inventoryId = bigInventory();
        ok(call("getPiInventoryReview", "pitest-viewer", "piInventoryId", inventoryId, "viewIndex", 0, "viewSize", 200));
        assertCountChangedShowsAsInAReviewWorkedOutAnew(inventoryId, LINES / 2, 5, rows -> {
            // and the CSV holds the same rows
            List<CSVRecord> csv = csv(inventoryId, Map.of());
            assertEquals(rows.size(), csv.size());
            for (int i = 0; i < rows.size(); i++) {
                assertEquals("CSV difference of row " + i, 0, ((BigDecimal) rows.get(i).get("difference")).compareTo(new BigDecimal(csv.get(i).get(DIFFERENCE))));
            }
        });
    }

    /**
     * A server that started since the review was kept (nothing in its memory) reads the review stored in the database and brings
     * it up to date: a count changed meanwhile shows, and the rows and totals are those of a review worked out anew.
     */
    public void testAServerThatStartedSinceReadsTheStoredReviewAndBringsItUpToDate() throws Exception {
        String inventoryId = bigInventory();
        forgetKeptReviews();
        ok(call("getPiInventoryReview", "pitest-viewer", "piInventoryId", inventoryId, "viewIndex", 0, "viewSize", 200));
        StoredReview.awaitWritten();
        GenericValue stored = EntityQuery.use(getDelegator()).from("PiKeptReview").where("piInventoryId", inventoryId).queryOne();
        assertNotNull("the review is stored", stored);
        assertTrue(stored.getBytes("keptData").length > 0);
        UtilCache.clearCache("physinv.review.kept");
        assertCountChangedShowsAsInAReviewWorkedOutAnew(inventoryId, LINES / 4, 4, rows -> {
        });
    }

    /**
     * An inventory counted in bulk just before its review (every line stamped within the minutes a late transaction may take):
     * a count changed after the review was kept shows on the next page, as in a review worked out anew.
     */
    public void testACountChangedAfterTheReviewOfAnInventoryCountedInBulkJustBeforeShows() throws Exception {
        assertCountChangedShowsWithLinesStampedAt(-1000, LINES / 5, 3);
    }

    /**
     * An inventory whose lines were written in one long transaction (OFBiz stamps each row a millisecond after the one before, so
     * the last are stamped ahead of the clock): a count made just after, stamped earlier than them, shows on the next page, as in
     * a review worked out anew.
     */
    public void testACountStampedEarlierThanLinesWrittenAheadOfTheClockShows() throws Exception {
        assertCountChangedShowsWithLinesStampedAt(90_000L, LINES / 6, 2);
    }

    /**
     * An inventory whose lines and items were last written an hour ago: a count changed after the review was kept shows on the
     * next page, as in a review worked out anew, though no item written since is looked for (none can be, by the stamp).
     */
    public void testACountChangedWhenNoItemWasWrittenForAnHourShows() throws Exception {
        assertCountChangedShowsWithLinesStampedAt(-3_600_000L, LINES / 7, 6);
    }

    /**
     * The inventory's lines and items stamped {@code fromNow} milliseconds from now, a review kept, then a line's count changed:
     * the next page shows it as a review worked out anew does. The stamps are put back an hour ago after.
     */
    private void assertCountChangedShowsWithLinesStampedAt(long fromNow, int lineIndex, int more) throws Exception {
        String inventoryId = bigInventory();
        stampedAt(inventoryId, new Timestamp(System.currentTimeMillis() + fromNow));
        try {
            forgetKeptReviews();
            ok(call("getPiInventoryReview", "pitest-viewer", "piInventoryId", inventoryId, "viewIndex", 0, "viewSize", 200));
            assertCountChangedShowsAsInAReviewWorkedOutAnew(inventoryId, lineIndex, more, rows -> {
            });
        } finally {
            stampedAt(inventoryId, new Timestamp(System.currentTimeMillis() - 3_600_000L));
            forgetKeptReviews();
        }
    }

    /**
     * Two counts of one product and lot made after the review was kept, one 5 short here and one 5 over there: the next page shows
     * the mislaid pallet on both; a third count of the second alone undoes it on both. Each page as in a review worked out anew
     * (the rules run again for the changed keys and the other lines of their goods, not for every difference).
     */
    public void testAMislaidPalletMadeAndUndoneAfterTheReviewWasKeptShowsAsInAReviewWorkedOutAnew() throws Exception {
        String inventoryId = bigInventory();
        List<GenericValue> pair = twoPlacesOfOneProductAndLot(inventoryId);
        List<BigDecimal> counted = pair.stream().map(row -> row.getBigDecimal("countedQuantity")).toList();
        ok(call("getPiInventoryReview", "pitest-viewer", "piInventoryId", inventoryId, "viewIndex", 0, "viewSize", 200));
        try {
            countedAt(pair.get(0), -5);
            countedAt(pair.get(1), 5);
            Map<String, Object> made = ok(call("getPiInventoryReview", "pitest-viewer", "piInventoryId", inventoryId));
            assertEquals(List.of("MISLAID"), causesOf(made, pair.get(0)));
            assertEquals(List.of("MISLAID"), causesOf(made, pair.get(1)));
            assertSameAsAReviewWorkedOutAnew(inventoryId, made);

            countedAt(pair.get(1), 4);
            Map<String, Object> undone = ok(call("getPiInventoryReview", "pitest-viewer", "piInventoryId", inventoryId));
            assertEquals(List.of(), causesOf(undone, pair.get(0)));
            assertEquals(List.of(), causesOf(undone, pair.get(1)));
            assertSameAsAReviewWorkedOutAnew(inventoryId, undone);
        } finally {
            for (int i = 0; i < pair.size(); i++) {
                pair.get(i).set("countedQuantity", counted.get(i));
                pair.get(i).store();
            }
        }
    }

    /** Two lines of the inventory of one product and lot (no serial number) in two places, each with a book of 5 or more. */
    private List<GenericValue> twoPlacesOfOneProductAndLot(String inventoryId) throws Exception {
        Map<List<Object>, GenericValue> first = new HashMap<>();
        for (GenericValue line : EntityQuery.use(getDelegator()).from("PiCountLineAndList").where("piInventoryId", inventoryId)
                .orderBy("piListId", "lineSeqId").queryList()) {
            if (line.get("serialNumber") != null || line.getBigDecimal("bookQuantity").compareTo(BigDecimal.valueOf(5)) < 0) {
                continue;
            }
            GenericValue other = first.putIfAbsent(java.util.Arrays.asList(line.get("productId"), line.get("lotId")), line);
            if (other != null && !other.get("locationSeqId").equals(line.get("locationSeqId"))) {
                List<GenericValue> pair = new ArrayList<>();
                for (GenericValue one : List.of(other, line)) {
                    pair.add(EntityQuery.use(getDelegator()).from("PiCountLine").where("piListId", one.get("piListId"), "lineSeqId",
                            one.get("lineSeqId")).queryOne());
                }
                return pair;
            }
        }
        throw new AssertionError("no product and lot in two places in inventory " + inventoryId);
    }

    /** The line counted its book plus {@code more}, now. */
    private static void countedAt(GenericValue row, long more) throws Exception {
        row.set("countedQuantity", row.getBigDecimal("bookQuantity").add(BigDecimal.valueOf(more)));
        row.store();
    }

    /** The kinds of the likely causes the review's row of this line shows. */
    private static List<Object> causesOf(Map<String, Object> review, GenericValue row) {
        List<Map<String, Object>> rows = UtilGenerics.cast(review.get("differences"));
        List<Map<String, Object>> causes = UtilGenerics.cast(rows.stream().filter(r -> row.get("productId").equals(r.get("productId"))
                && row.get("locationSeqId").equals(r.get("locationSeqId")) && java.util.Objects.equals(row.get("lotId"), r.get("lotId")))
                .findFirst().orElseThrow().get("causes"));
        return causes.stream().map(c -> c.get("cause")).toList();
    }

    /**
     * Counting of an inventory of 5,000 lines or more started again: its review is worked out in the background and stored, so that
     * the reviewer's first page finds it kept; the same when its counting closes.
     */
    public void testAnInventoryWhoseCountingStartsHasItsReviewWorkedOutInAdvance() throws Exception {
        String inventoryId = bigInventory();
        forgetKeptReviews();
        ok(call("changePiInventoryStatus", "pitest-admin", "piInventoryId", inventoryId, "statusId", "PI_INV_COUNTING"));
        try {
            ReviewServices.awaitReviewedInAdvance();
            StoredReview.awaitWritten();
            assertNotNull("stored when counting started", EntityQuery.use(getDelegator()).from("PiKeptReview").where("piInventoryId", inventoryId).queryOne());
            forgetKeptReviews();
        } finally {
            ok(call("changePiInventoryStatus", "pitest-admin", "piInventoryId", inventoryId, "statusId", "PI_INV_COUNTED"));
        }
        ReviewServices.awaitReviewedInAdvance();
        StoredReview.awaitWritten();
        assertNotNull("stored when counting closed", EntityQuery.use(getDelegator()).from("PiKeptReview").where("piInventoryId", inventoryId).queryOne());
    }

    /**
     * A count changed, then the review brought up to date in the background (as when a list is marked counted), and a second count
     * changed meanwhile: the page asked at once shows both, as in a review worked out anew, whether it finds the background's
     * review or works the changes out itself (whichever comes first takes the inventory's review; the other one waits for it).
     */
    public void testAPageAskedWhileTheReviewIsBroughtUpToDateInTheBackgroundShowsEveryCount() throws Exception {
        String inventoryId = bigInventory();
        ok(call("getPiInventoryReview", "pitest-viewer", "piInventoryId", inventoryId, "viewIndex", 0, "viewSize", 200));
        GenericValue first = countLine(inventoryId, LINES / 3);
        BigDecimal counted = first.getBigDecimal("countedQuantity");
        try {
            countedAt(first, 6);
            ReviewServices.reviewInAdvance(getDispatcher().getDispatchContext(),
                    EntityQuery.use(getDelegator()).from("PiInventory").where("piInventoryId", inventoryId).queryOne());
            assertCountChangedShowsAsInAReviewWorkedOutAnew(inventoryId, LINES / 7, 3, rows -> assertEquals(0, BigDecimal.valueOf(6).compareTo(
                    (BigDecimal) rowOf(rows, first).get("difference"))));
        } finally {
            ReviewServices.awaitReviewedInAdvance();
            first.set("countedQuantity", counted);
            first.store();
        }
    }

    /**
     * A screen that waits a moment at most (answerWithin) for the review of a big inventory: when a count changed since the review
     * kept, it shows that review at once (the count as it was, reviewPending Y, as of when it was read) while the new one is worked
     * out; with none kept, no rows at all. The next page shows the review as the inventory stands. A small inventory always waits.
     */
    public void testAPageThatMayNotWaitShowsTheReviewKeptBeforeWhileTheNewOneIsWorkedOut() throws Exception {
        String inventoryId = bigInventory();
        Map<String, Object> before = ok(call("getPiInventoryReview", "pitest-viewer", "piInventoryId", inventoryId));
        assertEquals("N", before.get("reviewPending"));
        Timestamp asOf = (Timestamp) before.get("reviewAsOf");
        assertNotNull(asOf);
        GenericValue line = countLine(inventoryId, LINES / 5);
        BigDecimal counted = line.getBigDecimal("countedQuantity");
        Object was = rowOf(UtilGenerics.cast(before.get("differences")), line).get("difference");
        try {
            countedAt(line, 9);
            Map<String, Object> meanwhile = ok(call("getPiInventoryReview", "pitest-viewer", "piInventoryId", inventoryId, "answerWithin", 1));
            assertEquals("Y", meanwhile.get("reviewPending"));
            assertEquals("the review kept before", asOf, meanwhile.get("reviewAsOf"));
            assertEquals(was, rowOf(UtilGenerics.cast(meanwhile.get("differences")), line).get("difference"));
            assertEquals(LINES, meanwhile.get("differenceCount"));
            assertEquals(before.get("summary"), meanwhile.get("summary"));

            Map<String, Object> next = ok(call("getPiInventoryReview", "pitest-viewer", "piInventoryId", inventoryId));
            assertEquals("N", next.get("reviewPending"));
            assertTrue(((Timestamp) next.get("reviewAsOf")).after(asOf));
            assertEquals(0, BigDecimal.valueOf(9).compareTo((BigDecimal) rowOf(UtilGenerics.cast(next.get("differences")), line).get("difference")));

            forgetKeptReviews();
            Map<String, Object> none = ok(call("getPiInventoryReview", "pitest-viewer", "piInventoryId", inventoryId, "answerWithin", 1,
                    "viewIndex", 0, "viewSize", 200));
            assertEquals("Y", none.get("reviewPending"));
            assertNull(none.get("reviewAsOf"));
            assertEquals(List.of(), none.get("differences"));
            assertEquals(0, none.get("differenceCount"));
            assertEquals(0, BigDecimal.ZERO.compareTo((BigDecimal) none.get("shortageValue")));
            Map<String, Object> worked = ok(call("getPiInventoryReview", "pitest-viewer", "piInventoryId", inventoryId, "viewIndex", 0, "viewSize", 200));
            assertEquals("N", worked.get("reviewPending"));
            assertEquals(LINES, worked.get("differenceCount"));
        } finally {
            line.set("countedQuantity", counted);
            line.store();
        }
        Map<String, Object> small = ok(call("getPiInventoryReview", "pitest-viewer", "piInventoryId", "PI_DEMO_1", "answerWithin", 1));
        assertEquals("a small inventory's review is always worked out", "N", small.get("reviewPending"));
        assertFalse(UtilGenerics.<List<Object>>cast(small.get("differences")).isEmpty());
    }

    /**
     * Stock of a product put at a counted location after the review was kept, with no line of that product there (the inventory
     * did not count it), then a count changed at that location: the next page shows the count and no difference for that stock,
     * as a review worked out anew does. A review brought up to date reads a slice's items by its locations, that stock with them.
     */
    public void testStockWithoutALineAtACountedLocationIsNoDifferenceOnTheNextPage() throws Exception {
        String inventoryId = bigInventory();
        ok(call("getPiInventoryReview", "pitest-viewer", "piInventoryId", inventoryId, "viewIndex", 0, "viewSize", 200));
        GenericValue here = countLine(inventoryId, LINES / 2);
        String location = here.getString("locationSeqId");
        // a product the inventory counts, but not at that location
        List<GenericValue> lines = EntityQuery.use(getDelegator()).from("PiCountLineAndList").where("piInventoryId", inventoryId).queryList();
        Set<Object> countedHere = lines.stream().filter(l -> location.equals(l.get("locationSeqId"))).map(l -> l.get("productId"))
                .collect(Collectors.toSet());
        String product = lines.stream().map(l -> l.getString("productId")).filter(p -> !countedHere.contains(p)).findFirst().orElseThrow();
        GenericValue item = getDelegator().makeValue("InventoryItem", EntityQuery.use(getDelegator()).from("InventoryItem").where("facilityId",
                "PI_TREV", "productId", here.get("productId"), "locationSeqId", location).queryFirst());
        item.set("productId", product);
        item.set("quantityOnHandTotal", BigDecimal.valueOf(7));
        item.set("availableToPromiseTotal", BigDecimal.valueOf(7));
        getDelegator().createSetNextSeqId(item);
        try {
            assertCountChangedShowsAsInAReviewWorkedOutAnew(inventoryId, LINES / 2, 4, rows -> assertTrue("no difference for stock the inventory did not count",
                    rows.stream().noneMatch(r -> product.equals(r.get("productId")) && location.equals(r.get("locationSeqId")))));
        } finally {
            // with the detail OFBiz wrote for it
            getDelegator().removeByAnd("InventoryItemDetail", "inventoryItemId", item.get("inventoryItemId"));
            item.remove();
        }
    }

    /**
     * A serial number the book has at one of the first locations, counted there as gone and at the last location as found, in
     * another slice of the review (1,000 keys a slice): a review worked out anew shows it moved, in both places, and values the
     * move at nothing. A whole review reads the inventory's lines of serial numbers once, for every slice; the same after the line
     * is stored again, when the review is brought up to date in part and each slice reads its serial numbers' lines.
     */
    public void testASerialNumberCountedInAnotherSliceShowsMovedThere() throws Exception {
        String inventoryId = bigInventory();
        List<Map<String, Object>> rows = UtilGenerics.cast(ok(call("getPiInventoryReview", "pitest-viewer", "piInventoryId", inventoryId))
                .get("differences"));
        String there = (String) rows.get(rows.size() - 1).get("locationSeqId");
        GenericValue item = EntityQuery.use(getDelegator()).from("InventoryItem").where("facilityId", "PI_TREV", "inventoryItemTypeId",
                "SERIALIZED_INV_ITEM", "quantityOnHandTotal", BigDecimal.ONE).orderBy("locationSeqId", "inventoryItemId").queryFirst();
        assertTrue("booked in another slice", rows.subList(0, 1000).stream().anyMatch(r -> item.get("locationSeqId").equals(r.get("locationSeqId"))));
        GenericValue any = countLine(inventoryId, 0);
        GenericValue gone = serialLine(any, item, item.getString("locationSeqId"), BigDecimal.ONE, BigDecimal.ZERO);
        GenericValue found = serialLine(any, item, there, BigDecimal.ZERO, BigDecimal.ONE);
        try {
            forgetKeptReviews();
            List<Map<String, Object>> anew = UtilGenerics.cast(ok(call("getPiInventoryReview", "pitest-viewer", "piInventoryId", inventoryId))
                    .get("differences"));
            assertMovedAcrossSlices(anew, gone, found, there, item.getString("locationSeqId"));

            // the line where the book has it counted again, as it was: both slices brought up to date, each reading the other's line
            gone.store();
            List<Map<String, Object>> again = UtilGenerics.cast(ok(call("getPiInventoryReview", "pitest-viewer", "piInventoryId", inventoryId))
                    .get("differences"));
            assertMovedAcrossSlices(again, gone, found, there, item.getString("locationSeqId"));
        } finally {
            gone.remove();
            found.remove();
        }
    }

    /** The serial number of these two lines shown moved from the book's location to the one it was counted at, valued at nothing. */
    private static void assertMovedAcrossSlices(List<Map<String, Object>> rows, GenericValue gone, GenericValue found, String there, String booked) {
        Map<String, Object> from = serialRowOf(rows, gone);
        Map<String, Object> to = serialRowOf(rows, found);
        assertEquals("counted elsewhere", there, from.get("serialTo"));
        assertEquals("booked elsewhere", booked, to.get("serialFrom"));
        assertEquals("a move is no variance", 0, BigDecimal.ZERO.compareTo((BigDecimal) from.get("value")));
        assertEquals("a move is no variance", 0, BigDecimal.ZERO.compareTo((BigDecimal) to.get("value")));
    }

    /** A line of the serial item's product and serial number at a location, on the list of {@code like}, made as counted. */
    private GenericValue serialLine(GenericValue like, GenericValue item, String location, BigDecimal book, BigDecimal counted) throws Exception {
        GenericValue line = getDelegator().makeValue("PiCountLine", like);
        line.set("lineSeqId", getDelegator().getNextSeqId("PiCountLine"));
        line.set("productId", item.get("productId"));
        line.set("locationSeqId", location);
        line.set("lotId", null);
        line.set("serialNumber", item.get("serialNumber"));
        line.set("inventoryItemId", null);
        line.set("bookQuantity", book);
        line.set("countedQuantity", counted);
        return line.create();
    }

    /** What else is checked while a line's count is changed, given the review's rows. */
    private interface RowsCheck {
        void check(List<Map<String, Object>> rows) throws Exception;
    }

    /**
     * A line's count set to its book plus {@code more}: the next page shows that difference, as a review worked out anew does;
     * then {@code also}, before the count is set back.
     */
    private void assertCountChangedShowsAsInAReviewWorkedOutAnew(String inventoryId, int lineIndex, int more, RowsCheck also) throws Exception {
        GenericValue row = countLine(inventoryId, lineIndex);
        BigDecimal counted = row.getBigDecimal("countedQuantity");
        row.set("countedQuantity", row.getBigDecimal("bookQuantity").add(BigDecimal.valueOf(more)));
        row.store();
        try {
            Map<String, Object> review = ok(call("getPiInventoryReview", "pitest-viewer", "piInventoryId", inventoryId));
            List<Map<String, Object>> rows = UtilGenerics.cast(review.get("differences"));
            assertEquals(0, BigDecimal.valueOf(more).compareTo((BigDecimal) rowOf(rows, row).get("difference")));
            assertSameAsAReviewWorkedOutAnew(inventoryId, review);
            also.check(rows);
        } finally {
            row.set("countedQuantity", counted);
            row.store();
        }
    }

    /** The inventory's line at this index, in the order of its lists and lines. */
    private GenericValue countLine(String inventoryId, int index) throws Exception {
        GenericValue line = EntityQuery.use(getDelegator()).from("PiCountLineAndList").where("piInventoryId", inventoryId)
                .orderBy("piListId", "lineSeqId").queryList().get(index);
        return EntityQuery.use(getDelegator()).from("PiCountLine").where("piListId", line.get("piListId"), "lineSeqId", line.get("lineSeqId"))
                .queryOne();
    }

    /** The review's row of a line's product and location. */
    private static Map<String, Object> rowOf(List<Map<String, Object>> rows, GenericValue line) {
        return rows.stream().filter(r -> line.get("productId").equals(r.get("productId")) && line.get("locationSeqId").equals(r.get("locationSeqId")))
                .findFirst().orElseThrow();
    }

    /** The review's row of a serial number's line: its product, location and serial number. */
    private static Map<String, Object> serialRowOf(List<Map<String, Object>> rows, GenericValue line) {
        return rows.stream().filter(r -> line.get("serialNumber").equals(r.get("serialNumber")) && line.get("productId").equals(r.get("productId"))
                && line.get("locationSeqId").equals(r.get("locationSeqId"))).findFirst().orElseThrow();
    }

    /** The review worked out anew (none kept in memory or stored) gives the same rows, causes and totals. */
    private void assertSameAsAReviewWorkedOutAnew(String inventoryId, Map<String, Object> review) throws Exception {
        List<Map<String, Object>> rows = UtilGenerics.cast(review.get("differences"));
        forgetKeptReviews();
        Map<String, Object> anew = ok(call("getPiInventoryReview", "pitest-viewer", "piInventoryId", inventoryId));
        List<Map<String, Object>> anewRows = UtilGenerics.cast(anew.get("differences"));
        assertEquals(anewRows.size(), rows.size());
        BigDecimal surplusValue = BigDecimal.ZERO;
        for (int i = 0; i < rows.size(); i++) {
            BigDecimal difference = (BigDecimal) anewRows.get(i).get("difference");
            BigDecimal value = (BigDecimal) anewRows.get(i).get("value");
            assertEquals("key of row " + i, anewRows.get(i).get("productId") + "@" + anewRows.get(i).get("locationSeqId"),
                    rows.get(i).get("productId") + "@" + rows.get(i).get("locationSeqId"));
            assertEquals("difference of row " + i, 0, ((BigDecimal) rows.get(i).get("difference")).compareTo(difference));
            assertEquals("value of row " + i, 0, ((BigDecimal) rows.get(i).get("value")).compareTo(value));
            assertEquals("causes of row " + i, anewRows.get(i).get("causes"), rows.get(i).get("causes"));
            surplusValue = difference.signum() > 0 ? surplusValue.add(value) : surplusValue;
        }
        assertEquals(0, ((BigDecimal) review.get("surplusValue")).compareTo(surplusValue));
        assertEquals(0, ((BigDecimal) review.get("surplusValue")).compareTo((BigDecimal) anew.get("surplusValue")));
        assertEquals(0, ((BigDecimal) review.get("shortageValue")).compareTo((BigDecimal) anew.get("shortageValue")));
    }

    /** The streamed CSV of the inventory's review with these filters, its rows without the heading. */
    private List<CSVRecord> csv(String inventoryId, Map<String, Object> filters) throws Exception {
        List<Object> fields = new ArrayList<>(List.of("piInventoryId", inventoryId));
        filters.forEach((name, value) -> {
            fields.add(name);
            fields.add(value);
        });
        Map<String, Object> export = ok(call("getPiReviewExport", "pitest-viewer", fields.toArray()));
        StringWriter out = new StringWriter();
        ReviewCsv.write(getDelegator(), getDispatcher(), export, Locale.ENGLISH, out);
        List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(out.toString())).getRecords();
        assertEquals("Location", records.get(0).get(0));
        return records.subList(1, records.size());
    }
}
