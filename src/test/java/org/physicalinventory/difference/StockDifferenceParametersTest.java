package org.physicalinventory.difference;

import static org.junit.Assert.assertEquals;

import java.math.BigDecimal;
import java.util.Optional;

import org.junit.Test;

public class StockDifferenceParametersTest {

    @Test
    public void emptyAndZeroTolerancesAreValid() {
        assertEquals(Optional.empty(), new StockDifferenceParameters(null, null, null).refusal());
        assertEquals(Optional.empty(), new StockDifferenceParameters(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO).refusal());
        assertEquals(Optional.empty(), new StockDifferenceParameters(null, new BigDecimal("100"), null).refusal());
    }

    @Test
    public void aNegativeToleranceIsRefused() {
        assertEquals(Optional.of("PhysInvErrorNegativeTolerance"), new StockDifferenceParameters(new BigDecimal("-1"), null, null).refusal());
        assertEquals(Optional.of("PhysInvErrorNegativeTolerance"), new StockDifferenceParameters(null, new BigDecimal("-0.5"), null).refusal());
        assertEquals(Optional.of("PhysInvErrorNegativeTolerance"), new StockDifferenceParameters(null, null, new BigDecimal("-0.01")).refusal());
    }

    @Test
    public void aPercentOverAHundredIsRefused() {
        assertEquals(Optional.of("PhysInvErrorTolerancePercentOver100"),
                new StockDifferenceParameters(null, new BigDecimal("100.01"), null).refusal());
    }
}
