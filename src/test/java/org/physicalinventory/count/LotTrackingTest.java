package org.physicalinventory.count;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import org.junit.Test;

public class LotTrackingTest {

    @Test
    public void aProductIsLotManagedWhenItsLotIsAllowedOrMandatory() {
        Object[][] cases = {
            // Product.lotIdFilledIn, tracking, lot-managed
            {"Mandatory", LotTracking.MANDATORY, true},
            {"Allowed", LotTracking.ALLOWED, true},
            {"NotAllowed", LotTracking.NONE, false},
            {null, LotTracking.NONE, false},
            {"mandatory", LotTracking.NONE, false},
        };
        for (Object[] c : cases) {
            LotTracking tracking = LotTracking.of((String) c[0]);
            assertEquals(String.valueOf(c[0]), c[1], tracking);
            assertEquals(String.valueOf(c[0]), c[2], tracking.isLotManaged());
        }
    }

    @Test
    public void theKeyOfAProductNotLotManagedCarriesNoLot() {
        assertEquals("L1", LotTracking.ALLOWED.lotOf("L1"));
        assertNull(LotTracking.NONE.lotOf("L1"));
    }
}
