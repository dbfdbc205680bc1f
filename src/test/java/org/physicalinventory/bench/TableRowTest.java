package org.physicalinventory.bench;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Locale;

import org.junit.Test;

public class TableRowTest {

    @Test
    public void aRowComparesTheBestRoundOfEachSide() {
        TableRow row = TableRow.best("line generation vs rows written", 98641, new Rounds(List.of(42.99, 34.49)), new Rounds(List.of(26.98, 33.54)));
        assertEquals(34.49, row.seconds(), 0);
        assertEquals(26.98, row.floor(), 0);
        assertEquals(34.49 / 26.98, row.ratio(), 1e-9);
    }

    @Test
    public void theLineIsWhatTheTableScriptCollectsWithAPointForDecimalsWhateverTheLocale() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.ITALY);
        try {
            assertEquals("TABLE | posting | 10000 | 12.50 | 5.00 | 2.50" + System.lineSeparator(), new TableRow("posting", 10000, 12.5, 5).line());
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    public void aRowWithoutAFloorHasNoRatio() {
        assertTrue(Double.isNaN(new TableRow("counting", 1000, 3, 0).ratio()));
    }

    @Test(expected = IllegalArgumentException.class)
    public void anOperationCannotBreakTheTablesColumns() {
        new TableRow("a | b", 1, 1, 1);
    }
}
