package org.physicalinventory.lines;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.physicalinventory.Refusals.assertRefused;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.Test;
import org.physicalinventory.count.BookStock;
import org.physicalinventory.count.CountLine;
import org.physicalinventory.count.LineKey;
import org.physicalinventory.inventory.InventoryStatus;
import org.physicalinventory.inventory.ListStatus;

public class LineRegenerationTest {

    private static final LineKey HAMMER = new LineKey("HAMMER", "A01", null, null);
    private static final LineKey OIL = new LineKey("OIL", "A02", "L1", null);
    private static final LineKey SAW = new LineKey("SAW", "A03", null, null);

    private final BookStock stock = new BookStock();
    private final Map<LineKey, CountLine> lines = new LinkedHashMap<>();

    private void book(LineKey key, String quantity) {
        stock.add(key, new BigDecimal(quantity), "ITEM-" + key.productId());
    }

    private void line(String seq, LineKey key, String book, String counted, boolean unlisted) {
        lines.put(key, new CountLine(seq, key, new BigDecimal(book), counted == null ? null : new BigDecimal(counted), unlisted));
    }

    @Test
    public void theFirstRunMakesALineForEveryBookKey() {
        book(HAMMER, "10");
        book(OIL, "20");
        LineRegeneration.Plan plan = LineRegeneration.plan(stock, lines);
        assertEquals(List.of(HAMMER, OIL), plan.writes().stream().map(LineRegeneration.Write::key).toList());
        assertTrue(plan.writes().stream().allMatch(LineRegeneration.Write::isNew));
        assertEquals(new BigDecimal("20"), plan.writes().get(1).book().quantity());
        assertEquals(2, plan.created());
        assertEquals(0, plan.refreshed());
        assertEquals(List.of(), plan.stale());
    }

    @Test
    public void anUncountedLineGetsTheBookQuantityOfNow() {
        book(HAMMER, "12");
        line("1", HAMMER, "10", null, false);
        LineRegeneration.Plan plan = LineRegeneration.plan(stock, lines);
        assertEquals(1, plan.refreshed());
        assertEquals(0, plan.created());
        assertEquals("1", plan.writes().get(0).line().lineSeqId());
        assertEquals(new BigDecimal("12"), plan.writes().get(0).book().quantity());
    }

    @Test
    public void aCountedLineKeepsTheBookQuantityItWasCountedAgainst() {
        book(HAMMER, "12");
        line("1", HAMMER, "10", "9", false);
        LineRegeneration.Plan plan = LineRegeneration.plan(stock, lines);
        assertEquals(List.of(), plan.writes());
        assertEquals(List.of(), plan.stale());
    }

    @Test
    public void anUncountedLineWhoseStockHasGoneIsDropped() {
        book(HAMMER, "10");
        line("1", HAMMER, "10", null, false);
        line("2", SAW, "4", null, false);
        LineRegeneration.Plan plan = LineRegeneration.plan(stock, lines);
        assertEquals(List.of("2"), plan.stale().stream().map(CountLine::lineSeqId).toList());
    }

    @Test
    public void countedAndUnlistedLinesStayWhenTheirStockHasGone() {
        line("1", SAW, "4", "4", false);
        line("2", OIL, "0", "3", true);
        line("3", HAMMER, "0", null, true);
        assertEquals(List.of(), LineRegeneration.plan(stock, lines).stale());
    }

    @Test
    public void aListOfExplicitKeysGetsOnlyTheKeysItHasNoLineFor() {
        book(HAMMER, "10");
        book(OIL, "20");
        List<LineRegeneration.Write> missing = LineRegeneration.missing(stock, Set.of(HAMMER));
        assertEquals(List.of(OIL), missing.stream().map(LineRegeneration.Write::key).toList());
        assertNull(missing.get(0).line());
    }

    @Test
    public void linesAreMadeWhileTheInventoryIsToBeCountedOrCountingAndTheListOpen() throws Exception {
        for (InventoryStatus inventory : new InventoryStatus[] {InventoryStatus.CREATED, InventoryStatus.COUNTING}) {
            for (ListStatus list : new ListStatus[] {ListStatus.CREATED, ListStatus.COUNTING}) {
                LineRegeneration.requireOpenForLines("INV", inventory, "L", list);
            }
        }
        assertRefused(() -> LineRegeneration.requireOpenForLines("INV", InventoryStatus.COUNTED, "L", ListStatus.COUNTING),
                "PhysInvErrorInventoryCounted", "INV");
        assertRefused(() -> LineRegeneration.requireOpenForLines("INV", InventoryStatus.COUNTING, "L", ListStatus.COUNTED),
                "PhysInvErrorListNotOpen", "L");
        assertRefused(() -> LineRegeneration.requireOpenForLines("INV", InventoryStatus.COUNTING, "L", ListStatus.CANCELLED),
                "PhysInvErrorListNotOpen", "L");
    }

    @Test
    public void recountListsAndListsOfExplicitKeysAreNotMadeFromTheBook() throws Exception {
        LineRegeneration.requireFromBook("L", false, false);
        assertRefused(() -> LineRegeneration.requireFromBook("L", true, false), "PhysInvErrorRecountListNotGenerated", "L");
        assertRefused(() -> LineRegeneration.requireFromBook("L", false, true), "PhysInvErrorExplicitListNotGenerated", "L");
        LineRegeneration.requireExplicitKeys("L", true);
        assertRefused(() -> LineRegeneration.requireExplicitKeys("L", false), "PhysInvErrorListNotExplicit", "L");
    }

    @Test
    public void aKeyAnotherListCountsIsRefusedNamingThatList() throws Exception {
        LineRegeneration.requireNoOverlap(null, null);
        assertRefused(() -> LineRegeneration.requireNoOverlap("L2", "Aisle B"), "PhysInvErrorListOverlaps", "L2", "Aisle B");
        assertRefused(() -> LineRegeneration.requireNoOverlap("L2", null), "PhysInvErrorListOverlaps", "L2", "");
    }

    @Test
    public void aCycleCountNamesAProductInALocation() throws Exception {
        assertEquals(new LineKey("HAMMER", "A01", null, null), LineRegeneration.place("HAMMER|A01"));
        for (String notAKey : new String[] {"HAMMER", "HAMMER|", "|A01", "HAMMER|A01|L1", ""}) {
            assertRefused(() -> LineRegeneration.place(notAKey), "PhysInvErrorNotAKey", notAKey);
        }
    }
}
