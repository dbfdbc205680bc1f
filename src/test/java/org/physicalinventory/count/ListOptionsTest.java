package org.physicalinventory.count;

import static org.junit.Assert.assertEquals;

import java.math.BigDecimal;

import org.junit.Test;

public class ListOptionsTest {

    private static final ListOptions LOTS_REQUIRED = new ListOptions(false, true, false, true, BigDecimal.ONE);
    private static final ListOptions LOTS_OPTIONAL = new ListOptions(false, true, false, false, BigDecimal.ONE);

    @Test
    public void aLotIsRequiredOnlyWhereTheListTypeRequiresLotsAndTheProductsLotIsMandatory() {
        Object[][] cases = {
            // list type, product's lot, lot required
            {LOTS_REQUIRED, LotTracking.MANDATORY, true},
            {LOTS_REQUIRED, LotTracking.ALLOWED, false},
            {LOTS_REQUIRED, LotTracking.NONE, false},
            {LOTS_OPTIONAL, LotTracking.MANDATORY, false},
            {LOTS_OPTIONAL, LotTracking.NONE, false},
        };
        for (Object[] c : cases) {
            assertEquals(c[0] + " " + c[1], c[2], ((ListOptions) c[0]).forProduct((LotTracking) c[1]).lotRequired());
        }
    }

    @Test
    public void theOtherOptionsAreTheListTypes() {
        assertEquals(new ListOptions(false, true, false, true, BigDecimal.ONE), LOTS_REQUIRED.forProduct(LotTracking.MANDATORY));
    }

    @Test
    public void theBackOfficeTypesTheQuantityAddsItemsNotOnTheListAndRequiresAMandatoryLot() {
        assertEquals(new ListOptions(true, false, true, true, null), ListOptions.BACK_OFFICE.forProduct(LotTracking.MANDATORY));
        assertEquals(new ListOptions(true, false, true, false, null), ListOptions.BACK_OFFICE.forProduct(LotTracking.ALLOWED));
    }
}
