package org.physicalinventory.count;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.math.BigDecimal;

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
}
