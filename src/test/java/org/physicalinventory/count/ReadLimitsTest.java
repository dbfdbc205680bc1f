package org.physicalinventory.count;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import java.util.List;
import java.util.Map;

import org.junit.Test;

public class ReadLimitsTest {

    @Test
    public void fieldsThatFitTheirColumnsPass() throws Exception {
        ReadLimits.requireFitting(Map.of("piListId", "x".repeat(20), "scanKey", "k".repeat(60), "code", "c".repeat(255), "quantity", "1"));
    }

    @Test
    public void aLongerFieldIsRefusedNamingItAndItsLength() {
        Object[][] cases = {
            {"piListId", 21, 20}, {"scanKey", 61, 60}, {"undoKey", 61, 60}, {"deviceId", 61, 60}, {"code", 256, 255},
            {"locationSeqId", 21, 20}, {"productId", 21, 20}, {"lotId", 21, 20}, {"serialNumber", 256, 255},
        };
        for (Object[] c : cases) {
            refused(Map.of((String) c[0], "x".repeat((Integer) c[1])), (String) c[0], (Integer) c[2]);
        }
    }

    @Test
    public void aZeroConfirmationsScanKeyLeavesRoomForTheLineNumber() throws Exception {
        ReadLimits.requireConfirmationKey("k".repeat(50));
        try {
            ReadLimits.requireConfirmationKey("k".repeat(51));
            fail("refused");
        } catch (CountException e) {
            assertEquals("PhysInvErrorTooLong", e.labelKey());
            assertEquals(List.of("scanKey", 50), List.of(e.arguments()));
        }
    }

    private static void refused(Map<String, ?> fields, String field, int length) {
        try {
            ReadLimits.requireFitting(fields);
            fail(field + " refused");
        } catch (CountException e) {
            assertEquals("PhysInvErrorTooLong", e.labelKey());
            assertEquals(List.of(field, length), List.of(e.arguments()));
        }
    }
}
