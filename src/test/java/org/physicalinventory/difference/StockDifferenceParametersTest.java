package org.physicalinventory.difference;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.junit.Test;

public class StockDifferenceParametersTest {

    @Test
    public void withoutParametersFoundStockIsVarFoundAndLostStockVarLost() {
        StockDifferenceParameters defaults = StockDifferenceParameters.defaults(LedgerRounding.OFBIZ_DEFAULT);
        assertEquals("VAR_FOUND", defaults.surplusReasonId());
        assertEquals("VAR_LOST", defaults.shortageReasonId());
        assertFalse("uncounted stock is kept", defaults.zeroUncounted());
        assertEquals(Tolerances.NONE, defaults.tolerances());
        assertEquals(FoundStockCost.AVERAGE, defaults.foundStockCost());
    }

    @Test
    public void parametersThatLeaveAReasonEmptyTakeTheDefaultReason() {
        StockDifferenceParameters parameters = new StockDifferenceParameters(null, "VAR_STOLEN", true, null, null, null);
        assertEquals("VAR_FOUND", parameters.surplusReasonId());
        assertEquals("VAR_STOLEN", parameters.shortageReasonId());
        assertEquals(LedgerRounding.OFBIZ_DEFAULT, parameters.rounding());
    }

    @Test
    public void theFoundStockCostFollowsTheEnumeration() {
        assertEquals(FoundStockCost.AVERAGE, FoundStockCost.of(null));
        assertEquals(FoundStockCost.AVERAGE, FoundStockCost.of("PI_FSC_AVERAGE"));
        assertEquals(FoundStockCost.LAST_RECEIPT, FoundStockCost.of("PI_FSC_LAST_RECEIPT"));
        assertEquals(FoundStockCost.STANDARD, FoundStockCost.of("PI_FSC_STANDARD"));
    }

    @Test
    public void valuesAreRoundedAsOfbizRoundsLedgerAmounts() {
        Object[][] cases = {
            // ledger.decimals, ledger.rounding, quantity, unit cost, value
            {"", "", "3", "0.33335", "1.0001"},
            {null, null, "1", "0.00005", "0.0001"},
            {"4", "HalfUp", "1", "0.00005", "0.0001"},
            {"4", "HalfEven", "1", "0.00005", "0.0000"},
            {"2", "HalfEven", "1", "2.345", "2.34"},
        };
        for (Object[] test : cases) {
            LedgerRounding rounding = LedgerRounding.of((String) test[0], (String) test[1]);
            BigDecimal value = StockDifferenceParameters.defaults(rounding).value(new BigDecimal((String) test[2]),
                    new BigDecimal((String) test[3]));
            assertEquals(test[0] + "/" + test[1], new BigDecimal((String) test[4]), value);
        }
    }

    @Test
    public void ofbizDefaultRoundingIsFourDecimalsHalfUp() {
        assertEquals(new LedgerRounding(4, RoundingMode.HALF_UP), LedgerRounding.of("", ""));
    }
}
