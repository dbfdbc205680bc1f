package org.physicalinventory.count;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.Test;
import org.physicalinventory.inventory.ListScope;

public class BookStockTest {

    @Test
    public void itemsOfTheSameProductLocationAndLotMakeOneLine() {
        BookStock stock = new BookStock();
        stock.add(new LineKey("OIL", "A01", "L1", null), new BigDecimal("5"), "1");
        stock.add(new LineKey("OIL", "A01", "L1", null), new BigDecimal("7"), "2");
        stock.add(new LineKey("OIL", "A01", "L2", null), new BigDecimal("3"), "3");
        assertEquals(2, stock.lines().size());
        BookStock.Entry merged = stock.lines().get(new LineKey("OIL", "A01", "L1", null));
        assertEquals(new BigDecimal("12"), merged.quantity());
        assertNull("a line made of two items names none", merged.inventoryItemId());
        assertEquals("3", stock.lines().get(new LineKey("OIL", "A01", "L2", null)).inventoryItemId());
    }

    @Test
    public void serialNumbersMakeALineEach() {
        BookStock stock = new BookStock();
        stock.add(new LineKey("DRILL", "A01", null, "SN1"), BigDecimal.ONE, "1");
        stock.add(new LineKey("DRILL", "A01", null, "SN2"), BigDecimal.ONE, "2");
        assertEquals(2, stock.lines().size());
    }

    @Test
    public void aScopeRangeIncludesBothEnds() {
        ListScope scope = new ListScope("A01", "A10");
        assertEquals(true, scope.contains("A01"));
        assertEquals(true, scope.contains("A10"));
        assertEquals(false, scope.contains("B01"));
        assertEquals(true, new ListScope(null, null).contains("Z99"));
        assertEquals(false, new ListScope("B01", null).contains("A99"));
        assertEquals(false, scope.contains(null));
    }

    @Test
    public void aProductInALocationCountedOnItsOwnGetsALinePerLotItHolds() {
        BookStock stock = new BookStock();
        LineKey place = new LineKey("OIL", "A01", null, null);
        assertTrue(stock.addPlace(place, List.of(item("OIL", "L2", "0", "3"), item("OIL", "L1", "5", "2"), item("OIL", "L1", "7", "1"))));
        assertEquals(1, stock.lines().size());
        assertEquals(new BigDecimal("12"), stock.lines().get(new LineKey("OIL", "A01", "L1", null)).quantity());
    }

    @Test
    public void aProductInALocationHoldingNothingGetsOneLineOfBookZeroOnItsNewestItem() {
        BookStock stock = new BookStock();
        assertTrue(stock.addPlace(new LineKey("OIL", "A01", null, null), List.of(item("OIL", "L2", "0", "3"), item("OIL", "L1", null, "2"))));
        BookStock.Entry empty = stock.lines().get(new LineKey("OIL", "A01", null, null));
        assertEquals(BigDecimal.ZERO, empty.quantity());
        assertEquals("3", empty.inventoryItemId());
    }

    @Test
    public void aProductNeverInTheLocationMakesNoLine() {
        BookStock stock = new BookStock();
        assertFalse(stock.addPlace(new LineKey("OIL", "A01", null, null), List.of()));
        assertTrue(stock.lines().isEmpty());
    }

    private static BookStock.Item item(String productId, String lotId, String quantity, String inventoryItemId) {
        return new BookStock.Item(new LineKey(productId, "A01", lotId, null), quantity == null ? null : new BigDecimal(quantity), inventoryItemId);
    }
}
