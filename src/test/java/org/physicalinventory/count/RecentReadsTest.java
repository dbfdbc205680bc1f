package org.physicalinventory.count;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import java.util.List;

import org.junit.Test;

public class RecentReadsTest {

    @Test
    public void theHandheldShowsTenReadsUnlessAskedForMore() throws Exception {
        assertEquals(10, RecentReads.howMany(null));
        assertEquals(10, RecentReads.howMany(""));
        assertEquals(1, RecentReads.howMany("1"));
        assertEquals(50, RecentReads.howMany(" 50 "));
    }

    @Test
    public void aNumberOfReadsThatIsNotOneToFiftyIsRefused() {
        for (String asked : new String[] {"0", "51", "5x", "-3", "2.5", "1000000000000"}) {
            try {
                RecentReads.howMany(asked);
                fail(asked + " refused");
            } catch (CountException e) {
                assertEquals("PhysInvErrorMaxReads", e.labelKey());
                assertEquals(List.of(asked, 50), List.of(e.arguments()));
            }
        }
    }
}
