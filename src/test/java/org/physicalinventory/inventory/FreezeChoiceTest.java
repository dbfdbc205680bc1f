package org.physicalinventory.inventory;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class FreezeChoiceTest {

    @Test
    public void anInventoryThatFreezesFreezesWhateverTheParametersSay() {
        assertTrue(FreezeChoice.YES.freezes(false));
        assertTrue(FreezeChoice.YES.freezes(true));
    }

    @Test
    public void anInventoryThatDoesNotFreezeLetsMovementsGoOnWhateverTheParametersSay() {
        assertFalse(FreezeChoice.NO.freezes(true));
    }

    @Test
    public void anInventoryWithoutAChoiceFollowsTheParameters() {
        assertTrue(FreezeChoice.PARAMETERS.freezes(true));
        assertFalse(FreezeChoice.PARAMETERS.freezes(false));
    }

    @Test
    public void theChoiceIsStoredAsYNOrNothing() throws InventoryException {
        assertEquals(FreezeChoice.YES, FreezeChoice.of("Y"));
        assertEquals(FreezeChoice.NO, FreezeChoice.of("N"));
        assertEquals(FreezeChoice.PARAMETERS, FreezeChoice.of(""));
        assertEquals(FreezeChoice.PARAMETERS, FreezeChoice.of(null));
        assertNull(FreezeChoice.PARAMETERS.indicator());
        assertEquals("Y", FreezeChoice.YES.indicator());
    }

    @Test(expected = InventoryException.class)
    public void anyOtherChoiceIsRefused() throws InventoryException {
        FreezeChoice.of("MAYBE");
    }
}
