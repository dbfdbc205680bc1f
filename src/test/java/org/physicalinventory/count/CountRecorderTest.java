package org.physicalinventory.count;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.Test;

public class CountRecorderTest {

    private static final ListOptions TYPED = new ListOptions(true, false, true, true, null);
    private static final ListOptions STRICT = new ListOptions(false, false, false, true, null);
    private static final ListOptions ONE_PER_SCAN = new ListOptions(true, true, true, true, BigDecimal.ONE);

    private final MemoryCountStore store = new MemoryCountStore()
            .listed("HAMMER", "A01", null, null, "10")
            .listed("OIL", "A02", "L1", null, "20");
    private int keys;

    @Test
    public void aFirstReadIsStoredAtOnce() {
        CountOutcome outcome = record(TYPED, read("A01", "HAMMER", null, "9", null));
        assertTrue(outcome instanceof CountOutcome.Recorded);
        assertEquals(new BigDecimal("9"), store.counted("HAMMER", "A01", null));
        assertEquals(1, store.log.size());
    }

    @Test
    public void aSecondReadOfTheSameProductInTheSameLocationAsksAddOrReplace() {
        record(TYPED, read("A01", "HAMMER", null, "9", null));
        CountOutcome outcome = record(TYPED, read("A01", "HAMMER", null, "2", null));
        assertTrue(outcome instanceof CountOutcome.AskAddOrReplace);
        assertEquals("nothing changes until the counter chooses", new BigDecimal("9"), store.counted("HAMMER", "A01", null));
        assertEquals(1, store.log.size());
    }

    @Test
    public void addAddsTheQuantityToTheCountedOne() {
        record(TYPED, read("A01", "HAMMER", null, "9", null));
        record(TYPED, read("A01", "HAMMER", null, "2", ScanAction.ADD));
        assertEquals(new BigDecimal("11"), store.counted("HAMMER", "A01", null));
    }

    @Test
    public void replaceReplacesTheCountedQuantity() {
        record(TYPED, read("A01", "HAMMER", null, "9", null));
        record(TYPED, read("A01", "HAMMER", null, "7", ScanAction.REPLACE));
        assertEquals(new BigDecimal("7"), store.counted("HAMMER", "A01", null));
        assertEquals("every read is logged", 2, store.log.size());
    }

    @Test
    public void aFirstCountLogsTheActionAskedFor() {
        record(TYPED, read("A01", "HAMMER", null, "4", ScanAction.REPLACE));
        assertEquals(new BigDecimal("4"), store.counted("HAMMER", "A01", null));
        assertEquals(List.of("key-1 REPLACE 4"), store.log);
    }

    @Test
    public void aSecondReadOfAnotherLotIsAnotherLineAndAsksNothing() {
        record(TYPED, lot(read("A02", "OIL", "L1", "5", null)));
        CountOutcome outcome = record(TYPED, lot(read("A02", "OIL", "L2", "3", null)));
        assertTrue(outcome instanceof CountOutcome.Recorded);
        assertEquals(new BigDecimal("5"), store.counted("OIL", "A02", "L1"));
        assertEquals(new BigDecimal("3"), store.counted("OIL", "A02", "L2"));
        assertTrue(store.lines.get(new LineKey("OIL", "A02", "L2", null)).unlisted());
    }

    @Test
    public void aListCountingOnePerScanAddsOneForEveryScan() {
        for (int i = 0; i < 3; i++) {
            record(ONE_PER_SCAN, read("A01", "HAMMER", null, null, null));
        }
        assertEquals(new BigDecimal("3"), store.counted("HAMMER", "A01", null));
    }

    @Test
    public void aReadRetriedWithTheSameKeyCountsOnce() {
        Read read = read("A01", "HAMMER", null, "4", null);
        record(TYPED, read);
        Read again = read("A01", "HAMMER", null, "4", ScanAction.ADD);
        record(TYPED, again);
        CountOutcome retried = CountRecorder.record(TYPED, again, store);
        assertTrue(((CountOutcome.Recorded) retried).replayed());
        assertEquals(new BigDecimal("8"), ((CountOutcome.Recorded) retried).line().countedQuantity());
        assertEquals(new BigDecimal("8"), store.counted("HAMMER", "A01", null));
        assertEquals(2, store.log.size());
    }

    @Test
    public void anItemNotOnTheListIsAddedWhenTheListTypeAllowsIt() {
        CountOutcome outcome = record(TYPED, read("A03", "SAW", null, "1", null));
        assertTrue(((CountOutcome.Recorded) outcome).line().unlisted());
        assertEquals(new BigDecimal("1"), store.counted("SAW", "A03", null));
    }

    @Test
    public void anItemNotOnTheListIsRefusedOtherwise() {
        assertRefused("PhysInvErrorItemNotOnList", record(STRICT, read("A03", "SAW", null, "1", null)));
        assertNull(store.counted("SAW", "A03", null));
    }

    @Test
    public void aLotManagedProductNeedsItsLot() {
        assertRefused("PhysInvErrorLotRequired", record(TYPED, lot(read("A02", "OIL", " ", "1", null))));
        assertTrue(store.log.isEmpty());
    }

    @Test
    public void aLotIsIgnoredForAProductNotManagedByLot() {
        record(TYPED, read("A01", "HAMMER", "L9", "2", null));
        assertEquals(new BigDecimal("2"), store.counted("HAMMER", "A01", null));
    }

    @Test
    public void aSerialNumberAlreadyCountedIsRefused() {
        record(TYPED, serial(read("A01", "DRILL", null, "1", null), "SN1"));
        assertRefused("PhysInvErrorSerialCounted", record(TYPED, serial(read("B01", "DRILL", null, "1", null), "SN1")));
        assertTrue(record(TYPED, serial(read("B01", "DRILL", null, "1", null), "SN2")) instanceof CountOutcome.Recorded);
    }

    @Test
    public void aSerialNumberScannedAgainInTheSamePlaceIsRefusedNotAsked() {
        record(TYPED, serial(read("A01", "DRILL", null, "1", null), "SN1"));
        assertRefused("PhysInvErrorSerialCounted", record(TYPED, serial(read("A01", "DRILL", null, "1", null), "SN1")));
        assertRefused("PhysInvErrorSerialCounted", record(TYPED, serial(read("A01", "DRILL", null, "1", ScanAction.ADD), "SN1")));
    }

    @Test
    public void theBackOfficeMayReplaceACountedSerialWithZero() {
        record(TYPED, serial(read("A01", "DRILL", null, "1", null), "SN1"));
        assertTrue(record(TYPED, serial(read("A01", "DRILL", null, "0", ScanAction.REPLACE), "SN1")) instanceof CountOutcome.Recorded);
        assertTrue("a serial counted zero may be counted elsewhere",
                record(TYPED, serial(read("B01", "DRILL", null, "1", null), "SN1")) instanceof CountOutcome.Recorded);
    }

    @Test
    public void aSerialNumberCountsOneAtMost() {
        assertRefused("PhysInvErrorSerialQuantity", record(TYPED, serial(read("A01", "DRILL", null, "2", null), "SN1")));
    }

    @Test
    public void aNegativeOrMissingQuantityOrNoLocationIsRefused() {
        assertRefused("PhysInvErrorNegativeQuantity", record(TYPED, read("A01", "HAMMER", null, "-1", null)));
        assertRefused("PhysInvErrorQuantityRequired", record(TYPED, read("A01", "HAMMER", null, null, null)));
        assertRefused("PhysInvErrorScanLocationFirst", record(TYPED, read(null, "HAMMER", null, "1", null)));
        assertTrue(store.log.isEmpty());
        assertNull(store.counted("HAMMER", "A01", null));
    }

    @Test
    public void zeroIsACount() {
        record(TYPED, read("A01", "HAMMER", null, "0", null));
        assertEquals(BigDecimal.ZERO, store.counted("HAMMER", "A01", null));
    }

    private CountOutcome record(ListOptions options, Read read) {
        return CountRecorder.record(options, read, store);
    }

    private Read read(String location, String productId, String lot, String quantity, ScanAction action) {
        return new Read("key-" + ++keys, location, productId, false, lot, null, quantity == null ? null : new BigDecimal(quantity), action);
    }

    private static Read lot(Read read) {
        return new Read(read.scanKey(), read.locationSeqId(), read.productId(), true, read.lotId(), null, read.quantity(), read.action());
    }

    private static Read serial(Read read, String serial) {
        return new Read(read.scanKey(), read.locationSeqId(), read.productId(), false, null, serial, read.quantity(), read.action());
    }

    private static void assertRefused(String labelKey, CountOutcome outcome) {
        assertEquals(new CountOutcome.Refused(labelKey), outcome);
    }

    @Test
    public void aFirstCountAndAReplaceReadTheBookAgainButAnAddDoesNot() {
        // count while the warehouse moves: the difference is measured against the book at the moment of the count
        record(TYPED, read("A01", "HAMMER", null, "9", null));
        record(TYPED, read("A01", "HAMMER", null, "2", ScanAction.ADD));
        record(TYPED, read("A01", "HAMMER", null, "7", ScanAction.REPLACE));
        LineKey hammer = new LineKey("HAMMER", "A01", null, null);
        assertEquals(List.of(hammer, hammer), store.bookReadAgain);
    }
}
