package org.physicalinventory.report;

import static org.junit.Assert.assertEquals;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;

import org.junit.Test;
import org.physicalinventory.report.StockSnapshotRows.ChangesCsv;
import org.physicalinventory.report.StockSnapshotRows.Item;
import org.physicalinventory.report.StockSnapshotRows.ItemsCsv;

public class StockSnapshotRowsTest {

    private static final List<String> CHANGES = List.of("Product", "Location", "Lot", "Qb", "Qa", "Qc", "Vb", "Va", "Vc");

    @Test
    public void aSnapshotIsWrittenItemByItemWithPlainNumbersAndFormulasQuoted() throws Exception {
        StringWriter out = new StringWriter();
        try (ItemsCsv csv = new ItemsCsv(List.of("Item", "Product", "Location", "Lot", "Serial", "Quantity", "Unit cost", "Value"), out)) {
            assertEquals("Item,Product,Location,Lot,Serial,Quantity,Unit cost,Value\r\n", out.toString());
            csv.item(new Item("I1", "=P1", "A01", null, null, new BigDecimal("10.000000"), new BigDecimal("2.50"), new BigDecimal("25.00")));
        }
        assertEquals("Item,Product,Location,Lot,Serial,Quantity,Unit cost,Value\r\nI1,'=P1,A01,,,10,2.5,25\r\n", out.toString());
    }

    @Test
    public void theChangesSumEachKeysItemsBeforeAndAfterIntoOneRow() throws Exception {
        StringWriter out = new StringWriter();
        try (ChangesCsv csv = new ChangesCsv(CHANGES, out)) {
            csv.sum("P1", "A01", null, false, new BigDecimal("10"), new BigDecimal("20.00"));
            csv.sum("P1", "A01", null, true, new BigDecimal("8"), new BigDecimal("16.00"));
            csv.sum("P2", "A01", "L1", false, new BigDecimal("3"), null);
            csv.sum("P3", "A02", null, true, new BigDecimal("1"), new BigDecimal("5"));
        }
        assertEquals(String.join("\r\n", "Product,Location,Lot,Qb,Qa,Qc,Vb,Va,Vc", "P1,A01,,10,8,-2,20,16,-4", "P2,A01,L1,3,0,-3,0,0,0",
                "P3,A02,,0,1,1,0,5,5", ""), out.toString());
    }

    @Test
    public void anUnchangedKeySaysZeroNeverMinusZero() throws Exception {
        StringWriter out = new StringWriter();
        try (ChangesCsv csv = new ChangesCsv(CHANGES, out)) {
            csv.sum("P1", "A01", "L1", false, new BigDecimal("7.000000"), new BigDecimal("14.00"));
            csv.sum("P1", "A01", "L1", true, new BigDecimal("7"), new BigDecimal("14"));
        }
        assertEquals("Product,Location,Lot,Qb,Qa,Qc,Vb,Va,Vc\r\nP1,A01,L1,7,7,0,14,14,0\r\n", out.toString());
    }
}
