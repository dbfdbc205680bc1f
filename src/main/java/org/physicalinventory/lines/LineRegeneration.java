package org.physicalinventory.lines;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.physicalinventory.count.BookStock;
import org.physicalinventory.count.CountLine;
import org.physicalinventory.count.LineKey;
import org.physicalinventory.inventory.InventoryRules;
import org.physicalinventory.inventory.InventoryStatus;
import org.physicalinventory.inventory.ListStatus;

/**
 * When a list's lines may be made, and what making them again does: a line for every book key the list has no line
 * for; the book quantity of lines nobody counted refreshed; counted lines kept with the book quantity they were counted
 * against; uncounted lines whose book stock has gone dropped, while lines added during the count (unlisted) stay.
 */
public final class LineRegeneration {

    /** A line to write from the book: a new one ({@code line} null) or one whose book quantity is refreshed. */
    public record Write(LineKey key, BookStock.Entry book, CountLine line) {

        public boolean isNew() {
            return line == null;
        }
    }

    /** What a run does: the lines to write, in the book's order, and the stale lines to drop. */
    public record Plan(List<Write> writes, List<CountLine> stale) {

        public int created() {
            return (int) writes.stream().filter(Write::isNew).count();
        }

        public int refreshed() {
            return writes.size() - created();
        }
    }

    private LineRegeneration() {
    }

    /**
     * Refuses new lines on a list whose inventory is counted or closed, or on a list that is neither created nor
     * counting.
     */
    public static void requireOpenForLines(String piInventoryId, InventoryStatus inventory, String piListId, ListStatus list)
            throws LineException {
        Optional<String> refusal = InventoryRules.refuseListEdit(inventory);
        if (refusal.isPresent()) {
            throw new LineException(refusal.get(), piInventoryId);
        }
        if (list != ListStatus.CREATED && list != ListStatus.COUNTING) {
            throw new LineException("PhysInvErrorListNotOpen", piListId);
        }
    }

    /** Refuses to make from the book stock the lines of a recount list or of a list of explicit keys: they have lines of their own. */
    public static void requireFromBook(String piListId, boolean recount, boolean explicitKeys) throws LineException {
        if (recount) {
            throw new LineException("PhysInvErrorRecountListNotGenerated", piListId);
        }
        if (explicitKeys) {
            throw new LineException("PhysInvErrorExplicitListNotGenerated", piListId);
        }
    }

    /** A product in a location as a cycle count names it, "productId|locationSeqId"; its lot and serial are left open. */
    public static LineKey place(String reference) throws LineException {
        String[] parts = reference.split("\\|", -1);
        if (parts.length != 2 || parts[0].isEmpty() || parts[1].isEmpty()) {
            throw new LineException("PhysInvErrorNotAKey", reference);
        }
        return new LineKey(parts[0], parts[1], null, null);
    }

    /** Refuses lines for explicit keys on a list that counts a location range. */
    public static void requireExplicitKeys(String piListId, boolean explicitKeys) throws LineException {
        if (!explicitKeys) {
            throw new LineException("PhysInvErrorListNotExplicit", piListId);
        }
    }

    /**
     * Refuses lines another list of the inventory counts already, naming it.
     *
     * @param otherListId the other list, or null when there is none
     */
    public static void requireNoOverlap(String otherListId, String otherDescription) throws LineException {
        if (otherListId != null) {
            throw new LineException("PhysInvErrorListOverlaps", otherListId, otherDescription == null ? "" : otherDescription);
        }
    }

    /**
     * What a run of the generation does to a list.
     *
     * @param lines the list's lines now, by key
     */
    public static Plan plan(BookStock stock, Map<LineKey, CountLine> lines) {
        List<Write> writes = new ArrayList<>();
        for (Map.Entry<LineKey, BookStock.Entry> book : stock.lines().entrySet()) {
            CountLine line = lines.get(book.getKey());
            // a counted line keeps the book quantity it was counted against
            if (line == null || !line.isCounted()) {
                writes.add(new Write(book.getKey(), book.getValue(), line));
            }
        }
        List<CountLine> stale = new ArrayList<>();
        lines.forEach((key, line) -> {
            if (!stock.lines().containsKey(key) && !line.isCounted() && !line.unlisted()) {
                stale.add(line);
            }
        });
        return new Plan(writes, stale);
    }

    /** The new lines of a list of explicit keys: the book keys it has no line for; the lines it has are left as they are. */
    public static List<Write> missing(BookStock stock, Collection<LineKey> onList) {
        List<Write> writes = new ArrayList<>();
        stock.lines().forEach((key, book) -> {
            if (!onList.contains(key)) {
                writes.add(new Write(key, book, null));
            }
        });
        return writes;
    }
}
