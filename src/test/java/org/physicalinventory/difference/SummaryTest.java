package org.physicalinventory.difference;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.Test;
import org.physicalinventory.difference.Summary.Amount;

public class SummaryTest {

    private static Amount amount(String reasonId, String quantity, String value) {
        return new Amount(reasonId, new BigDecimal(quantity), new BigDecimal(value));
    }

    private static void assertNumber(String expected, BigDecimal actual) {
        assertEquals("expected " + expected + " but was " + actual, 0, new BigDecimal(expected).compareTo(actual));
    }

    @Test
    public void amountsOfOneReasonAndDirectionMakeOneTotal() {
        Summary summary = Summary.of(List.of(amount("VAR_LOST", "-2", "-4"), amount("VAR_LOST", "-3", "-1.5")));
        assertEquals(1, summary.totals().size());
        ReasonTotal lost = summary.totals().get(0);
        assertFalse(lost.surplus());
        assertNumber("-5", lost.quantity());
        assertNumber("-5.5", lost.value());
        assertEquals("every amount counts as one movement", 2, lost.lines());
    }

    @Test
    public void oneReasonFoundAndLostMakesTwoTotals() {
        Summary summary = Summary.of(List.of(amount("VAR_DAMAGED", "-1", "-2"), amount("VAR_DAMAGED", "4", "8")));
        assertEquals(2, summary.totals().size());
        assertFalse(summary.totals().get(0).surplus());
        assertTrue(summary.totals().get(1).surplus());
    }

    @Test
    public void totalsComeInTheOrderTheirFirstAmountComes() {
        Summary summary = Summary.of(List.of(amount("VAR_LOST", "-1", "-2"), amount("VAR_FOUND", "1", "2"),
                amount("VAR_STOLEN", "-1", "-2"), amount("VAR_LOST", "-1", "-2")));
        assertEquals(List.of("VAR_LOST", "VAR_FOUND", "VAR_STOLEN"), summary.totals().stream().map(ReasonTotal::reasonId).toList());
    }

    @Test
    public void theValuesOfSurplusesAndShortagesAreSummedApart() {
        Summary summary = Summary.of(List.of(amount("VAR_FOUND", "2", "4"), amount("VAR_LOST", "-1", "-3"),
                amount("VAR_SAMPLE", "-2", "-1.25"), amount("VAR_INTEGR", "1", "0.5")));
        assertNumber("4.5", summary.surplusValue());
        assertNumber("-4.25", summary.shortageValue());
    }

    @Test
    public void nothingToTotalIsZero() {
        Summary summary = Summary.of(List.of());
        assertTrue(summary.totals().isEmpty());
        assertNumber("0", summary.surplusValue());
        assertNumber("0", summary.shortageValue());
    }
}
