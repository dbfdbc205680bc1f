package org.physicalinventory.count;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Undoing a read on the handheld: a counter takes back one of their own reads (a wrong item scanned, 100 typed for 10)
 * while the list is counting. The undo is a compensating read, not a deletion: the read stays in the scan log, marked
 * undone, and the undo is logged beside it under a key of its own, so an undo sent twice counts once, like any read.
 * The line loses what the read changed and keeps every other read made since; it never goes below zero, and a line the
 * read counted first and nothing counted since is not counted any more.
 */
public final class ReadUndo {

    private ReadUndo() {
    }

    /**
     * A read as the scan log keeps it.
     *
     * @param countedBefore the line's count before the read (null: not counted); countedAfter the count it left
     * @param undoneBy      the key of the undo that took it back, or null
     * @param undo          whether the entry is itself an undo
     */
    public record LoggedRead(String scanKey, String userLoginId, String lineSeqId, BigDecimal countedBefore, BigDecimal countedAfter,
            String undoneBy, boolean undo) {
    }

    /** What became of an undo. */
    public sealed interface Outcome {
    }

    /** Done: the line now counts {@code line.countedQuantity()}; {@code replayed} when the undo's key was seen before. */
    public record Undone(CountLine line, BigDecimal change, boolean replayed) implements Outcome {
    }

    /** Refused with the label key of the reason (its message may name the read's key, {0}, and the undo's, {1}); nothing was changed. */
    public record Refused(String labelKey) implements Outcome {
    }

    /** Where the counts are kept, in the transaction of the undo. */
    public interface Store {

        /** The undo stored under this key, with its line as it is now. */
        Optional<Undone> findUndo(String undoKey);

        /** Whether the scan log holds an entry of any kind, of any list, under this key. */
        boolean isKeyUsed(String key);

        /** The logged read, locked for the rest of the transaction. */
        Optional<LoggedRead> findRead(String scanKey);

        /** The line, locked for the rest of the transaction. */
        CountLine line(String lineSeqId);

        /** Sets the line's count (null: not counted). */
        CountLine setCounted(CountLine line, BigDecimal counted);

        /** Logs the undo under its key and marks the read undone by it. */
        void logUndo(String undoKey, LoggedRead read, CountLine line, BigDecimal change);
    }

    /** Takes back the read {@code scanKey} for the user, as the undo {@code undoKey}. */
    public static Outcome undo(String undoKey, String scanKey, String userLoginId, Store store) {
        Optional<Undone> earlier = store.findUndo(undoKey);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        if (store.isKeyUsed(undoKey)) {
            return new Refused("PhysInvErrorUndoKeyUsed");
        }
        Optional<LoggedRead> found = store.findRead(scanKey);
        if (found.isEmpty()) {
            return new Refused("PhysInvErrorUndoUnknownRead");
        }
        LoggedRead read = found.get();
        if (undoKey.equals(read.undoneBy())) {
            // the same undo sent twice at once: the other copy took the read back while this one waited for it
            return store.findUndo(undoKey).<Outcome>map(u -> u).orElse(new Refused("PhysInvErrorUndoAlready"));
        }
        Optional<String> refusal = refuse(read, userLoginId);
        if (refusal.isPresent()) {
            return new Refused(refusal.get());
        }
        CountLine line = store.line(read.lineSeqId());
        BigDecimal counted = countAfterUndo(line.countedQuantity(), read.countedBefore(), read.countedAfter());
        BigDecimal change = orZero(counted).subtract(orZero(line.countedQuantity()));
        CountLine changed = store.setCounted(line, counted);
        store.logUndo(undoKey, read, changed, change);
        return new Undone(changed, change, false);
    }

    /** Whether the user may undo the read, on a list that is counting. */
    public static boolean undoable(LoggedRead read, String userLoginId) {
        return refuse(read, userLoginId).isEmpty();
    }

    /** Why the user may not undo the read, if they may not. */
    static Optional<String> refuse(LoggedRead read, String userLoginId) {
        if (read.undo()) {
            return Optional.of("PhysInvErrorUndoOfUndo");
        }
        if (!read.userLoginId().equals(userLoginId)) {
            return Optional.of("PhysInvErrorUndoNotYours");
        }
        if (read.undoneBy() != null) {
            return Optional.of("PhysInvErrorUndoAlready");
        }
        if (read.countedAfter() == null || read.lineSeqId() == null) {
            return Optional.of("PhysInvErrorUndoNotRecorded"); // a read logged before the log kept what it changed
        }
        return Optional.empty();
    }

    /**
     * The line's count once the read is taken back: what it is now, less what the read changed (its count after less
     * its count before); never below zero; not counted when the read counted it first and it is still as the read left it.
     */
    static BigDecimal countAfterUndo(BigDecimal now, BigDecimal before, BigDecimal after) {
        if (before == null && now != null && now.compareTo(after) == 0) {
            return null;
        }
        BigDecimal counted = orZero(now).subtract(after.subtract(orZero(before)));
        return counted.signum() < 0 ? BigDecimal.ZERO : counted;
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
