package org.physicalinventory.difference;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.Test;
import org.physicalinventory.count.LineKey;
import org.physicalinventory.difference.SlicedReview.ProductSerial;
import org.physicalinventory.difference.SlicedReview.Reviewed;

public class SlicedReviewTest {

    private static final Instant JAN = Instant.parse("2026-01-10T08:00:00Z");
    private static final Instant COUNT_TIME = Instant.parse("2026-11-20T10:00:00Z");
    private static final Comparator<CountedLine> KEY_ORDER = Comparator.comparing((CountedLine l) -> l.key().locationSeqId())
            .thenComparing(l -> l.key().productId()).thenComparing(l -> String.valueOf(l.key().lotId()))
            .thenComparing(l -> String.valueOf(l.key().serialNumber())).thenComparing(CountedLine::piListId);

    private static final Comparator<LineKey> KEYS = Comparator.comparing(LineKey::locationSeqId).thenComparing(LineKey::productId)
            .thenComparing(k -> String.valueOf(k.lotId())).thenComparing(k -> String.valueOf(k.serialNumber()));

    private final StockDifferenceParameters parameters = new StockDifferenceParameters("VAR_FOUND", "VAR_LOST", true,
            new Tolerances(BigDecimal.ONE, null, null), FoundStockCost.AVERAGE, new LedgerRounding(2, RoundingMode.HALF_UP));
    private final List<CountedLine> lines = new ArrayList<>();
    private final List<BookItem> items = new ArrayList<>();
    private final Map<String, BigDecimal> costs = new HashMap<>();
    private final List<Set<String>> costsAsked = new ArrayList<>();
    private int seq;

    private static LineKey key(String product, String location, String lot, String serial) {
        return new LineKey(product, location, lot, serial);
    }

    private void line(String list, LineKey key, String counted, String book, Resolution resolution) {
        seq++;
        lines.add(new CountedLine(list, String.valueOf(seq), key, counted == null ? null : new BigDecimal(counted),
                book == null ? null : new BigDecimal(book), counted == null ? null : COUNT_TIME.plusSeconds(seq), false, resolution, null));
    }

    private void item(String id, LineKey key, boolean serialized, String quantity, String cost) {
        items.add(new BookItem(id, key, serialized, new BigDecimal(quantity), new BigDecimal(quantity), new BigDecimal(cost), JAN.plusSeconds(seq++)));
    }

    /** A warehouse of every kind of line: shortages over two items, a surplus, a conflict, an uncounted line, found stock, serials. */
    private void warehouse() {
        for (int i = 0; i < 12; i++) {
            LineKey k = key("P" + i, "A" + (i % 4), i % 3 == 0 ? "L" + i : null, null);
            item("I" + i + "a", k, false, "3", "2.5");
            item("I" + i + "b", k, false, "4", "3");
            line("L1", k, i % 5 == 0 ? null : String.valueOf(i % 9), "7", null);
        }
        LineKey conflict = key("PC", "A1", null, null);
        item("IC", conflict, false, "5", "1");
        line("L1", conflict, "4", "5", null);
        line("L2", conflict, "6", "5", null);
        LineKey added = key("PA", "A2", null, null);
        item("IA", added, false, "5", "1");
        line("L1", added, "4", "5", Resolution.ADD);
        line("L2", added, "3", "5", Resolution.ADD);
        line("L1", key("PF", "A3", null, null), "2", "0", null);
        costs.put("PF", new BigDecimal("7.25"));
        line("L1", key("PN", "A3", null, null), "2", "0", null);
        // a serial number booked in A0, counted in A3: the move, in two slices at least; one missing; one found
        item("S1", key("PS", "A0", null, "SN1"), true, "1", "100");
        line("L1", key("PS", "A0", null, "SN1"), "0", "1", null);
        line("L2", key("PS", "A3", null, "SN1"), "1", "0", null);
        item("S2", key("PS", "A1", null, "SN2"), true, "1", "100");
        line("L1", key("PS", "A1", null, "SN2"), "0", "1", null);
        line("L1", key("PS", "A2", null, "SN3"), "1", "0", null);
        costs.put("PS", new BigDecimal("90"));
        lines.sort(KEY_ORDER);
    }

    private final SlicedReview.Book book = new SlicedReview.Book() {
        @Override
        public List<BookItem> items(List<LineKey> keys, Set<LineKey> elsewhere, Set<ProductSerial> serials) {
            assertTrue("the slice's keys in the order of the lines", keys.equals(keys.stream().sorted(KEYS).collect(Collectors.toList())));
            // every item of the slice's locations, as a book may give more than asked
            Set<String> locations = keys.stream().map(LineKey::locationSeqId).collect(Collectors.toSet());
            return items.stream().filter(i -> locations.contains(i.key().locationSeqId()) || elsewhere.contains(i.key())
                    || i.serialized() && serials.contains(ProductSerial.of(i.key()))).collect(Collectors.toList());
        }

        @Override
        public List<CountedLine> serialLines(Set<ProductSerial> serials) {
            return lines.stream().filter(l -> l.key().serialNumber() != null && serials.contains(ProductSerial.of(l.key())))
                    .collect(Collectors.toList());
        }

        @Override
        public Map<String, BigDecimal> foundStockCosts(Set<String> productIds) {
            costsAsked.add(productIds);
            Map<String, BigDecimal> found = new HashMap<>(costs);
            found.keySet().retainAll(productIds);
            return found;
        }
    };

    private Review whole() {
        Review first = DifferenceEngine.review(parameters, lines, items, Map.of());
        Set<String> found = first.differences().stream().flatMap(d -> d.adjustments().stream())
                .filter(a -> a instanceof Adjustment.FoundItem).map(a -> ((Adjustment.FoundItem) a).key().productId()).collect(Collectors.toSet());
        Map<String, BigDecimal> known = new HashMap<>(costs);
        known.keySet().retainAll(found);
        return DifferenceEngine.review(parameters, lines, items, known);
    }

    private List<Reviewed> sliced(int keysPerSlice) {
        List<Reviewed> reviewed = new ArrayList<>();
        SlicedReview.review(parameters, lines.iterator(), keysPerSlice, book, reviewed::add);
        return reviewed;
    }

    @Test
    public void aReviewInSlicesGivesTheDifferencesOfTheWholeReviewInTheSameOrder() {
        warehouse();
        List<Difference> whole = whole().differences();
        for (int keysPerSlice : new int[] {1, 2, 3, 7, 1000}) {
            List<Difference> sliced = sliced(keysPerSlice).stream().map(Reviewed::difference).collect(Collectors.toList());
            assertEquals("slices of " + keysPerSlice + " keys", whole, sliced);
        }
    }

    @Test
    public void aSerialNumberCountedInAnotherSliceStillMovesThere() {
        warehouse();
        List<Difference> sliced = sliced(1).stream().map(Reviewed::difference).collect(Collectors.toList());
        Difference there = sliced.stream().filter(d -> d.key().equals(key("PS", "A3", null, "SN1"))).findFirst().orElseThrow();
        Difference booked = sliced.stream().filter(d -> d.key().equals(key("PS", "A0", null, "SN1"))).findFirst().orElseThrow();
        assertEquals("A0", there.serialFrom());
        assertEquals("A3", booked.serialTo());
    }

    @Test
    public void foundStockCostsAreAskedOncePerProduct() {
        warehouse();
        sliced(1);
        List<String> asked = costsAsked.stream().flatMap(Set::stream).sorted().collect(Collectors.toList());
        assertEquals(List.of("PF", "PN", "PS"), asked);
    }

    @Test
    public void eachDifferenceComesWithTheLinesOfItsKeyTheStandingCountFirst() {
        warehouse();
        for (Reviewed reviewed : sliced(2)) {
            assertEquals(reviewed.difference().lines(), reviewed.lines().stream().map(CountedLine::ref).collect(Collectors.toList()));
            assertTrue(reviewed.lines().stream().allMatch(l -> l.key().equals(reviewed.difference().key())));
        }
    }

    @Test
    public void totalsAddedUpDifferenceByDifferenceAreTheReviewsSummary() {
        warehouse();
        Review whole = whole();
        ReviewTotals totals = new ReviewTotals();
        sliced(3).forEach(r -> totals.add(r.difference()));
        assertEquals(whole.summary(), totals.summary());
        assertEquals(whole.summary().surplusValue(), totals.summary().surplusValue());
        assertEquals(whole.conflicts().size(), totals.conflicts());
        assertEquals(whole.missingCosts().size(), totals.missingCosts());
        assertEquals(whole.moved().size(), totals.moved());
        assertEquals(whole.changes().size(), totals.changes());
        assertEquals(whole.differences().size(), totals.differences());
    }

    /** The slices of a kept review that changed keys touch, reviewed again from their keys' lines alone. */
    private ReviewSlices againAfter(ReviewSlices kept, List<LineKey> changed) {
        Map<Integer, List<Reviewed>> again = new HashMap<>();
        for (int slice : kept.touchedBy(changed)) {
            Set<LineKey> keys = Set.copyOf(kept.keys(slice));
            List<Reviewed> reviewed = new ArrayList<>();
            SlicedReview.review(parameters, lines.stream().filter(l -> keys.contains(l.key())).iterator(), Integer.MAX_VALUE, book, reviewed::add);
            again.put(slice, reviewed);
        }
        return kept.replacing(again).orElseThrow();
    }

    /** The line of a key counted again with another quantity. */
    private void countAgain(LineKey key, String counted) {
        for (int i = 0; i < lines.size(); i++) {
            CountedLine l = lines.get(i);
            if (l.key().equals(key)) {
                lines.set(i, new CountedLine(l.piListId(), l.lineSeqId(), key, new BigDecimal(counted), l.bookAtCount(), l.countedAt(),
                        l.recount(), l.resolution(), l.movedChoice()));
            }
        }
    }

    @Test
    public void aReviewKeptInSlicesHoldsTheWholeReviewsDifferencesAndTotals() {
        warehouse();
        Review whole = whole();
        ReviewSlices kept = ReviewSlices.of(sliced(3), 2);
        assertEquals(whole.differences(), kept.differences());
        assertEquals(whole.summary(), kept.totals().summary());
        assertEquals(whole.conflicts().size(), kept.totals().conflicts());
        assertEquals((whole.differences().size() + 1) / 2, kept.sliceCount());
        assertEquals(2, kept.conflictLines(key("PC", "A1", null, null)).size());
    }

    @Test
    public void aCountChangedAndItsSliceReviewedAgainGivesTheWholeReviewOfTheChangedCounts() {
        warehouse();
        ReviewSlices kept = ReviewSlices.of(sliced(1000), 3);
        LineKey changed = key("P5", "A1", null, null);
        countAgain(changed, "40");
        ReviewSlices again = againAfter(kept, List.of(changed));
        assertEquals(1, kept.touchedBy(List.of(changed)).size());
        assertEquals(whole().differences(), again.differences());
        assertEquals(whole().summary(), again.totals().summary());
        assertEquals(kept.differences().size(), again.differences().size());
    }

    @Test
    public void aSerialNumberChangedTouchesEverySliceHoldingIt() {
        warehouse();
        ReviewSlices kept = ReviewSlices.of(sliced(1000), 1);
        LineKey counted = key("PS", "A3", null, "SN1");
        Set<Integer> touched = kept.touchedBy(List.of(key("PS", "A9", null, "SN1")));
        assertEquals(2, touched.size());
        assertEquals(touched, kept.touchedBy(List.of(counted)));
        countAgain(counted, "0");
        assertEquals(whole().differences(), againAfter(kept, List.of(counted)).differences());
    }

    @Test
    public void aKeyTheReviewDoesNotHaveTouchesNothing() {
        warehouse();
        ReviewSlices kept = ReviewSlices.of(sliced(1000), 4);
        assertTrue(kept.touchedBy(List.of(key("P1", "Z9", null, null), key("PX", "A1", null, "SN9"))).isEmpty());
    }

    @Test
    public void aSliceReviewedAgainWithOtherKeysIsRefused() {
        warehouse();
        List<Reviewed> reviewed = sliced(1000);
        ReviewSlices kept = ReviewSlices.of(reviewed, 4);
        assertTrue(kept.replacing(Map.of(0, reviewed.subList(1, 5))).isEmpty());
        assertTrue(kept.replacing(Map.of(0, reviewed.subList(0, 4))).isPresent());
    }

    @Test(expected = IllegalArgumentException.class)
    public void aSliceHoldsAtLeastOneKey() {
        SlicedReview.review(parameters, lines.iterator(), 0, book, r -> { });
    }
}
