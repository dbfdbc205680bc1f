package org.physicalinventory.valuation;

import static org.junit.Assert.assertEquals;

import java.util.List;

import org.junit.Test;

/** The life of a closing as the screens show it: what it may do next, whether it holds lines, how far its run is. */
public class ClosingStatusTest {

    @Test
    public void whatEachStatusAllows() {
        // status, may run (again), may be confirmed, holds the lines of a whole run
        Object[][] cases = {
            {ClosingStatus.RUNNING, false, false, false},
            {ClosingStatus.DONE, true, true, true},
            {ClosingStatus.FAILED, true, false, false},
            {ClosingStatus.CONFIRMED, false, false, true},
        };
        for (Object[] c : cases) {
            ClosingStatus status = (ClosingStatus) c[0];
            assertEquals(status + " runs", c[1], status.canRun());
            assertEquals(status + " is confirmed", c[2], status.canConfirm());
            assertEquals(status + " holds lines", c[3], status.holdsLines());
        }
    }

    @Test
    public void aRunningClosingWhoseRunIsGoneWasInterrupted() {
        assertEquals(ClosingStatus.FAILED, ClosingStatus.RUNNING.asRun(false));
        assertEquals(ClosingStatus.RUNNING, ClosingStatus.RUNNING.asRun(true));
        for (ClosingStatus other : List.of(ClosingStatus.DONE, ClosingStatus.FAILED, ClosingStatus.CONFIRMED)) {
            assertEquals(other, other.asRun(false));
        }
    }

    @Test
    public void theProgressIsThePercentOfProductsValuedAndNeverAboveAHundred() {
        assertEquals(0, ClosingStatus.percentDone(0, 0));
        assertEquals(0, ClosingStatus.percentDone(10, 0));
        assertEquals(33, ClosingStatus.percentDone(1, 3));
        assertEquals(100, ClosingStatus.percentDone(3, 3));
        assertEquals(100, ClosingStatus.percentDone(4, 3));
    }
}
