package org.physicalinventory.report;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.Test;
import org.physicalinventory.valuation.ProductValuation.LotQuantity;
import org.physicalinventory.valuation.ValuationMethod;

/** The report's rows of a product in a facility, in all or by lot, as a closing's line or the live stock gives it. */
public class StockLineTest {

    /** 10 units worth 25.00 by average cost (2.50 each), in lot L1 (4 units, 8.00 at their own items) and lot L2 (6 units, 18.00). */
    private static StockLine line(BigDecimal unitValue) {
        return new StockLine("WH", "P1", "Widget", "TOOLS", new BigDecimal("10"), new BigDecimal("25.00"), unitValue, false,
                List.of(new LotQuantity("L1", new BigDecimal("4"), new BigDecimal("8.00")), new LotQuantity("L2", new BigDecimal("6"),
                        new BigDecimal("18.00"))));
    }

    @Test
    public void aProductHasOneRowWithItsValuePerUnit() {
        List<ReportRow> rows = line(new BigDecimal("2.5")).rows(ValuationMethod.AVERAGE, null);
        assertEquals(List.of(new ReportRow("WH", "P1", "Widget", "TOOLS", null, new BigDecimal("10"), new BigDecimal("2.500000"),
                new BigDecimal("25.00"), false)), rows);
    }

    @Test
    public void aLotIsValuedAtTheProductsUnitValueByTheMethod() {
        ReportRow lot = line(new BigDecimal("2.5")).rows(ValuationMethod.AVERAGE, "L1").get(0);
        assertEquals("L1", lot.lotId());
        assertEquals(new BigDecimal("4"), lot.quantity());
        assertEquals(new BigDecimal("10.00"), lot.value());
    }

    @Test
    public void byFifoOrWithoutAUnitValueALotIsValuedAtItsOwnItems() {
        assertEquals(new BigDecimal("8.00"), line(new BigDecimal("2.5")).rows(ValuationMethod.FIFO, "L1").get(0).value());
        assertEquals(new BigDecimal("18.00"), line(null).rows(ValuationMethod.STANDARD, "L2").get(0).value());
    }

    @Test
    public void aProductNotInTheLotAskedForHasNoRow() {
        assertTrue(line(new BigDecimal("2.5")).rows(ValuationMethod.AVERAGE, "L9").isEmpty());
    }

    @Test
    public void aProductWithNeitherQuantityNorValueHasNoRowButOneWithValueAloneHasOneWithoutUnitCost() {
        StockLine nothing = new StockLine("WH", "P2", null, null, BigDecimal.ZERO, new BigDecimal("0.00"), null, false, List.of());
        assertTrue(nothing.rows(ValuationMethod.FIFO, null).isEmpty());
        StockLine owed = new StockLine("WH", "P3", null, null, BigDecimal.ZERO, new BigDecimal("-1.20"), null, true, List.of());
        ReportRow row = owed.rows(ValuationMethod.LIFO, null).get(0);
        assertNull(row.unitCost());
        assertTrue(row.fallback());
    }
}
