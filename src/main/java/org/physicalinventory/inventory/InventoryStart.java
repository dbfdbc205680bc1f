package org.physicalinventory.inventory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a one-step start asks for, as typed on its form, checked before anything is written: the user's own inventory
 * number, the scope, the split into lists, the counters and the freeze. Each refusal is an {@link InventoryException}
 * carrying its label.
 */
public record InventoryStart(String ownNumber, StartScope scope, ListSplit split, List<String> counters, FreezeChoice freeze) {

    /** The longest inventory number: OFBiz's id fields hold 20 characters. */
    public static final int NUMBER_LENGTH = 20;
    /** An inventory number: what OFBiz's ids are made of, so that it stays safe in a URL and a file name. */
    private static final Pattern NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Pattern WHOLE = Pattern.compile("\\d{1,9}");

    public InventoryStart {
        counters = List.copyOf(counters);
    }

    /**
     * Reads and checks a start's request.
     *
     * @param splitMode        ONE (default), AISLE or EVERY_N
     * @param locationsPerList for EVERY_N, a whole number of at least 1, as typed
     * @param counters         the parties to assign, in the order chosen; blanks and repeats are dropped
     * @param freeze           Y, N, or empty: as the stock-difference parameters say
     */
    public static InventoryStart of(String ownNumber, StartScope scope, String splitMode, String locationsPerList, Collection<String> counters,
            String freeze) throws InventoryException {
        Optional<String> reversed = InventoryRules.refuseLocationRange(scope.fromLocationSeqId(), scope.thruLocationSeqId());
        if (reversed.isPresent()) {
            throw new InventoryException(reversed.get(), scope.fromLocationSeqId(), scope.thruLocationSeqId());
        }
        return new InventoryStart(ownNumber(ownNumber), scope, split(splitMode, locationsPerList), distinct(counters), FreezeChoice.of(freeze));
    }

    /** The inventory number the user typed, or null for the next number of the sequence; refused unless it is a valid id. */
    public static String ownNumber(String typed) throws InventoryException {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String number = typed.trim();
        if (number.length() > NUMBER_LENGTH || !NUMBER.matcher(number).matches()) {
            throw new InventoryException("PhysInvErrorInventoryNumberInvalid", number, NUMBER_LENGTH);
        }
        return number;
    }

    /** Refuses an own inventory number another inventory has. */
    public static void requireNumberFree(String number, boolean taken) throws InventoryException {
        if (number != null && taken) {
            throw new InventoryException("PhysInvErrorInventoryNumberTaken", number);
        }
    }

    /** The split a request names. */
    public static ListSplit split(String mode, String locationsPerList) throws InventoryException {
        ListSplit.Mode chosen;
        try {
            chosen = mode == null || mode.isBlank() ? ListSplit.Mode.ONE : ListSplit.Mode.valueOf(mode.trim());
        } catch (IllegalArgumentException e) {
            throw new InventoryException("PhysInvErrorUnknownSplit", mode);
        }
        if (chosen != ListSplit.Mode.EVERY_N) {
            return new ListSplit(chosen, 0);
        }
        String typed = locationsPerList == null ? "" : locationsPerList.trim();
        if (!WHOLE.matcher(typed).matches() || Integer.parseInt(typed) < 1) {
            throw new InventoryException("PhysInvErrorLocationsPerList", typed);
        }
        return new ListSplit(chosen, Integer.parseInt(typed));
    }

    private static List<String> distinct(Collection<String> counters) {
        Set<String> kept = new LinkedHashSet<>();
        for (String counter : counters) {
            if (counter != null && !counter.isBlank()) {
                kept.add(counter.trim());
            }
        }
        return new ArrayList<>(kept);
    }
}
