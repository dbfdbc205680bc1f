package org.physicalinventory.cycle;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a cycle inventory counts, chosen from the plan: everything due up to a horizon, or the products and locations
 * ticked on the plan, each of which must be due; the most urgent first, up to a number of lines.
 */
public final class CycleChoice {

    private CycleChoice() {
    }

    /** The horizon a request names (OVERDUE, TODAY or THIS_WEEK); none: what is due today or earlier. */
    public static Due horizon(String name) throws CycleException {
        try {
            return name == null ? Due.TODAY : Due.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new CycleException("PhysInvErrorUnknownHorizon", name);
        }
    }

    /** The most lines a cycle inventory makes, as typed: empty is no limit (0); a negative number is refused. */
    public static int maxLines(String text) throws CycleException {
        int maxLines = CycleSettings.whole(text, 0);
        if (maxLines < 0) {
            throw new CycleException("PhysInvErrorMaxLinesNegative", maxLines);
        }
        return maxLines;
    }

    /**
     * The items a cycle inventory of the facility counts, in the plan's order.
     *
     * @param due       the plan: the items due, most urgent first
     * @param ticked    the products and locations ticked on the plan ("productId|locationSeqId"); none: everything due up to the horizon
     * @param busy      the products and locations on a list of an open inventory, with that inventory's id
     * @param maxLines  the most lines, the first item taken whatever its lines; 0: no limit
     * @throws CycleException a ticked item on an open inventory already, or not due; nothing to count
     */
    public static List<DueItem> choose(String facilityId, List<DueItem> due, Collection<String> ticked, Map<String, String> busy,
            Due horizon, int maxLines) throws CycleException {
        List<DueItem> chosen = ticked.isEmpty() ? due.stream().filter(d -> d.due().within(horizon)).toList() : ticked(due, ticked, busy);
        chosen = upTo(chosen, maxLines);
        if (chosen.isEmpty()) {
            throw new CycleException("PhysInvErrorNothingDue", facilityId);
        }
        return chosen;
    }

    private static List<DueItem> ticked(List<DueItem> due, Collection<String> ticked, Map<String, String> busy) throws CycleException {
        Set<String> dueReferences = new HashSet<>();
        due.forEach(d -> dueReferences.add(reference(d)));
        for (String reference : ticked) {
            if (!dueReferences.contains(reference)) {
                String[] key = reference.split("\\|", 2);
                String locationSeqId = key.length > 1 ? key[1] : "";
                if (busy.containsKey(reference)) {
                    throw new CycleException("PhysInvErrorAlreadyOnInventory", key[0], locationSeqId, busy.get(reference));
                }
                throw new CycleException("PhysInvErrorNotDue", key[0], locationSeqId);
            }
        }
        Set<String> picked = new HashSet<>(ticked);
        return due.stream().filter(d -> picked.contains(reference(d))).toList();
    }

    /** The first items whose lines add up to at most {@code maxLines}, and at least the first. */
    private static List<DueItem> upTo(List<DueItem> items, int maxLines) {
        if (maxLines <= 0) {
            return items;
        }
        int lines = 0;
        int kept = 0;
        while (kept < items.size() && (kept == 0 || lines + items.get(kept).key().lines() <= maxLines)) {
            lines += items.get(kept++).key().lines();
        }
        return items.subList(0, kept);
    }

    private static String reference(DueItem item) {
        return CyclePlanner.reference(item.key().productId(), item.key().locationSeqId());
    }
}
