package org.physicalinventory.difference;

import static org.junit.Assert.assertEquals;

import java.math.BigDecimal;
import java.util.Optional;

import org.junit.Test;

public class TolerancesTest {

    @Test
    public void emptyAndZeroTolerancesAreValid() {
        assertEquals(Optional.empty(), new Tolerances(null, null, null).refusal());
        assertEquals(Optional.empty(), new Tolerances(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO).refusal());
        assertEquals(Optional.empty(), new Tolerances(null, new BigDecimal("100"), null).refusal());
    }

    @Test
    public void aNegativeToleranceIsRefused() {
        assertEquals(Optional.of("PhysInvErrorNegativeTolerance"), new Tolerances(new BigDecimal("-1"), null, null).refusal());
        assertEquals(Optional.of("PhysInvErrorNegativeTolerance"), new Tolerances(null, new BigDecimal("-0.5"), null).refusal());
        assertEquals(Optional.of("PhysInvErrorNegativeTolerance"), new Tolerances(null, null, new BigDecimal("-0.01")).refusal());
    }

    @Test
    public void aPercentOverAHundredIsRefused() {
        assertEquals(Optional.of("PhysInvErrorTolerancePercentOver100"),
                new Tolerances(null, new BigDecimal("100.01"), null).refusal());
    }
}
