package org.physicalinventory.count;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import org.junit.Test;

public class LocationMemoryTest {

    @Test
    public void withKeepLocationTheLocationStaysUntilAnotherIsScanned() {
        LocationMemory memory = new LocationMemory(true);
        memory.scanLocation("A01");
        assertEquals("A01", memory.locationForItem());
        assertEquals("A01", memory.locationForItem());
        memory.scanLocation("A02");
        assertEquals("A02", memory.locationForItem());
    }

    @Test
    public void withoutKeepLocationEveryItemNeedsItsLocationFirst() {
        LocationMemory memory = new LocationMemory(false);
        memory.scanLocation("A01");
        assertEquals("A01", memory.locationForItem());
        assertNull(memory.locationForItem());
    }

    @Test
    public void noLocationBeforeTheFirstScan() {
        assertNull(new LocationMemory(true).locationForItem());
    }
}
