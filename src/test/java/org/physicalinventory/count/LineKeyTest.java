package org.physicalinventory.count;

import static org.junit.Assert.assertEquals;

import java.util.HashMap;
import java.util.Map;

import org.junit.Test;

public class LineKeyTest {

    @Test
    public void theKeyOfARowIsReadFromItsFourFields() {
        Map<String, String> item = new HashMap<>(Map.of("inventoryItemId", "9001", "productId", "OIL", "locationSeqId", "A02", "lotId", "L1"));
        assertEquals(new LineKey("OIL", "A02", "L1", null), LineKey.of(item::get));
    }
}
