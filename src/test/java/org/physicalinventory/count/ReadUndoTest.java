package org.physicalinventory.count;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.junit.Test;
import org.physicalinventory.count.ReadUndo.LoggedRead;
import org.physicalinventory.count.ReadUndo.Outcome;
import org.physicalinventory.count.ReadUndo.Refused;
import org.physicalinventory.count.ReadUndo.Undone;

public class ReadUndoTest {

    /** One line and its reads in memory, as the scan log keeps them. */
    private static class Memory implements ReadUndo.Store {
        CountLine line = new CountLine("1", new LineKey("PI-1", "A01", null, null), BigDecimal.TEN, null, false);
        final Map<String, LoggedRead> reads = new HashMap<>();
        final Map<String, Undone> undos = new HashMap<>();

        /** A read by ann or bob that set the line's count to {@code counted}. */
        Memory read(String key, String user, String counted) {
            BigDecimal after = new BigDecimal(counted);
            reads.put(key, new LoggedRead(key, user, "1", line.countedQuantity(), after, null, false));
            line = new CountLine("1", line.key(), line.bookQuantity(), after, false);
            return this;
        }

        @Override
        public Optional<Undone> findUndo(String undoKey) {
            return Optional.ofNullable(undos.get(undoKey)).map(u -> new Undone(line, u.change(), true));
        }

        @Override
        public boolean isKeyUsed(String key) {
            return reads.containsKey(key);
        }

        @Override
        public Optional<LoggedRead> findRead(String scanKey) {
            return Optional.ofNullable(reads.get(scanKey));
        }

        @Override
        public CountLine line(String lineSeqId) {
            return line;
        }

        @Override
        public CountLine setCounted(CountLine current, BigDecimal counted) {
            line = new CountLine("1", current.key(), current.bookQuantity(), counted, false);
            return line;
        }

        @Override
        public void logUndo(String undoKey, LoggedRead read, CountLine changed, BigDecimal change) {
            undos.put(undoKey, new Undone(changed, change, false));
            reads.put(read.scanKey(), new LoggedRead(read.scanKey(), read.userLoginId(), read.lineSeqId(), read.countedBefore(),
                    read.countedAfter(), undoKey, false));
            reads.put(undoKey, new LoggedRead(undoKey, read.userLoginId(), read.lineSeqId(), null, changed.countedQuantity(), null, true));
        }
    }

    private static BigDecimal counted(Outcome outcome) {
        return ((Undone) outcome).line().countedQuantity();
    }

    @Test
    public void undoingTheFirstCountOfALineLeavesItNotCounted() {
        Memory store = new Memory().read("r1", "ann", "100");
        assertNull(counted(ReadUndo.undo("u1", "r1", "ann", store)));
    }

    @Test
    public void aTypingMistakeUndoneKeepsTheReadsMadeSince() {
        Memory store = new Memory().read("r1", "ann", "10").read("r2", "ann", "110").read("r3", "bob", "112");
        Outcome outcome = ReadUndo.undo("u1", "r2", "ann", store);
        assertEquals(new BigDecimal("12"), counted(outcome));
        assertEquals(new BigDecimal("-100"), ((Undone) outcome).change());
    }

    @Test
    public void undoingAReplaceGivesBackTheCountItReplaced() {
        Memory store = new Memory().read("r1", "ann", "10").read("r2", "ann", "4");
        assertEquals(new BigDecimal("10"), counted(ReadUndo.undo("u1", "r2", "ann", store)));
    }

    @Test
    public void aLineNeverGoesBelowZero() {
        Memory store = new Memory().read("r1", "ann", "5").read("r2", "ann", "15").read("r3", "bob", "2");
        assertEquals(0, counted(ReadUndo.undo("u1", "r2", "ann", store)).signum());
    }

    @Test
    public void anUndoSentTwiceCountsOnce() {
        Memory store = new Memory().read("r1", "ann", "3").read("r2", "ann", "8");
        ReadUndo.undo("u1", "r2", "ann", store);
        Outcome again = ReadUndo.undo("u1", "r2", "ann", store);
        assertTrue(((Undone) again).replayed());
        assertEquals(new BigDecimal("3"), counted(again));
    }

    @Test
    public void aReadUndoneAlreadyIsNotUndoneAgainUnderAnotherKey() {
        Memory store = new Memory().read("r1", "ann", "3").read("r2", "ann", "8");
        ReadUndo.undo("u1", "r2", "ann", store);
        assertEquals("PhysInvErrorUndoAlready", ((Refused) ReadUndo.undo("u2", "r2", "ann", store)).labelKey());
        assertEquals(new BigDecimal("3"), store.line.countedQuantity());
    }

    @Test
    public void aCounterUndoesOnlyTheirOwnReads() {
        Memory store = new Memory().read("r1", "bob", "3");
        assertEquals("PhysInvErrorUndoNotYours", ((Refused) ReadUndo.undo("u1", "r1", "ann", store)).labelKey());
        assertEquals(new BigDecimal("3"), store.line.countedQuantity());
    }

    @Test
    public void anUndoIsNotUndoneAndAnUnknownReadIsNamed() {
        Memory store = new Memory().read("r1", "ann", "3");
        ReadUndo.undo("u1", "r1", "ann", store);
        assertEquals("PhysInvErrorUndoOfUndo", ((Refused) ReadUndo.undo("u2", "u1", "ann", store)).labelKey());
        assertEquals("PhysInvErrorUndoUnknownRead", ((Refused) ReadUndo.undo("u3", "nope", "ann", store)).labelKey());
    }

    @Test
    public void aReadLoggedWithoutWhatItChangedCannotBeUndone() {
        Memory store = new Memory();
        store.reads.put("old", new LoggedRead("old", "ann", "1", null, null, null, false));
        assertEquals("PhysInvErrorUndoNotRecorded", ((Refused) ReadUndo.undo("u1", "old", "ann", store)).labelKey());
    }

    @Test
    public void anUndoMadeUnderTheKeyOfAReadIsRefused() {
        Memory store = new Memory().read("r1", "ann", "3").read("r2", "ann", "5");
        assertEquals("PhysInvErrorUndoKeyUsed", ((Refused) ReadUndo.undo("r1", "r2", "ann", store)).labelKey());
        assertEquals(new BigDecimal("5"), store.line.countedQuantity());
    }

    @Test
    public void anUndoSentTwiceAtOnceCountsOnce() {
        Memory store = new Memory().read("r1", "ann", "3").read("r2", "ann", "8");
        ReadUndo.undo("u1", "r2", "ann", store);
        // the second copy looked for its key before the first was stored, then waited for the read the first had locked
        Memory late = new Memory() {
            private boolean looked;

            @Override
            public Optional<Undone> findUndo(String undoKey) {
                if (!looked) {
                    looked = true;
                    return Optional.empty();
                }
                return store.findUndo(undoKey);
            }

            @Override
            public boolean isKeyUsed(String key) {
                return false;
            }

            @Override
            public Optional<LoggedRead> findRead(String scanKey) {
                return store.findRead(scanKey);
            }
        };
        Outcome again = ReadUndo.undo("u1", "r2", "ann", late);
        assertTrue(((Undone) again).replayed());
        assertEquals(new BigDecimal("3"), store.line.countedQuantity());
    }

    @Test
    public void onlyTheCountersOwnReadsNotUndoneYetCanBeUndone() {
        Memory store = new Memory().read("r1", "ann", "3").read("r2", "bob", "5").read("r3", "ann", "6");
        ReadUndo.undo("u1", "r3", "ann", store);
        assertTrue(ReadUndo.undoable(store.reads.get("r1"), "ann"));
        assertFalse("another counter's", ReadUndo.undoable(store.reads.get("r2"), "ann"));
        assertFalse("undone", ReadUndo.undoable(store.reads.get("r3"), "ann"));
        assertFalse("an undo", ReadUndo.undoable(store.reads.get("u1"), "ann"));
    }
}
