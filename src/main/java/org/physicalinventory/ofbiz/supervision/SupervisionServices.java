package org.physicalinventory.ofbiz.supervision;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.ofbiz.base.util.Debug;
import org.apache.ofbiz.base.util.cache.UtilCache;
import org.apache.ofbiz.entity.Delegator;
import org.apache.ofbiz.entity.GenericEntityException;
import org.apache.ofbiz.entity.GenericValue;
import org.apache.ofbiz.service.DispatchContext;
import org.apache.ofbiz.service.ServiceUtil;
import org.physicalinventory.difference.Tolerances;
import org.physicalinventory.ofbiz.Labels;
import org.physicalinventory.ofbiz.Transactions;
import org.physicalinventory.ofbiz.inventory.InventoryRows;
import org.physicalinventory.supervision.Supervisor;
import org.physicalinventory.supervision.WatchedLine;

/**
 * getPiSupervision: an inventory as its supervisor watches it while counting goes on. The figures are added up by the
 * database ({@link SupervisionRows}), the core decides what they mean ({@link Supervisor}), {@link SupervisionMaps} shapes
 * them for the page.
 */
public final class SupervisionServices {

    private static final String MODULE = SupervisionServices.class.getName();
    /** The latest lines that differ from the book checked against the tolerances on each refresh. */
    static final int LINES_CHECKED = 200;
    /** The most lines, unlisted items and serials shown of each kind. */
    static final int SHOWN = 20;
    /**
     * The figures of each inventory for four seconds: the pages open on one inventory (each asks every five seconds) share
     * one reading of the database instead of adding theirs; a page sees figures at most four seconds older than its asOf says.
     */
    private static final UtilCache<String, Map<String, Object>> RECENT = UtilCache.createUtilCache("physinv.supervision", 0, 200, 4000, false);
    /** One lock per inventory asked for (a few words each, as many as inventories supervised since the start). */
    private static final Map<String, Object> READING = new ConcurrentHashMap<>();
    /** A refresh slower than this is logged with its parts. */
    private static final long SLOW_MILLIS = 500;

    private SupervisionServices() {
    }

    /** getPiSupervision */
    public static Map<String, Object> getSupervision(DispatchContext dctx, Map<String, ? extends Object> context) {
        Delegator delegator = dctx.getDelegator();
        Locale locale = (Locale) context.get("locale");
        try {
            String key = delegator.getDelegatorName() + ":" + context.get("piInventoryId");
            Map<String, Object> figures = RECENT.get(key);
            if (figures == null) {
                // pages asking at the same moment wait for the one reading rather than read the same figures beside it
                synchronized (READING.computeIfAbsent(key, k -> new Object())) {
                    figures = RECENT.get(key);
                    if (figures == null) {
                        GenericValue inventory = InventoryRows.inventory(delegator, context.get("piInventoryId"));
                        if (inventory == null) {
                            return Labels.error("PhysInvErrorInventoryNotFound", locale, context.get("piInventoryId"));
                        }
                        figures = figures(delegator, inventory);
                        RECENT.put(key, figures);
                    }
                }
            }
            Map<String, Object> result = ServiceUtil.returnSuccess();
            result.putAll(figures);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> refused = (List<Map<String, Object>>) figures.get("refused");
            result.put("refused", SupervisionMaps.inWords(refused, locale));
            return result;
        } catch (GenericEntityException | RuntimeException e) {
            return Labels.failure("PhysInvErrorServer", e, MODULE, locale);
        }
    }

    /** The figures of an inventory, read from the database now. */
    private static Map<String, Object> figures(Delegator delegator, GenericValue inventory) throws GenericEntityException {
        Instant now = Instant.now();
        Supervisor supervisor = Supervisor.standard();
        String id = inventory.getString("piInventoryId");
        Tolerances tolerances = InventoryRows.tolerances(delegator, inventory.getRelatedOne("Facility", true));
        Map<String, Object> result = new HashMap<>();
        result.put("asOf", now.toEpochMilli());
        result.put("statusId", inventory.getString("statusId"));
        result.put("windowMinutes", supervisor.window().toMinutes());
        result.put("linesChecked", LINES_CHECKED);
        Phases phases = new Phases();
        SupervisionMaps.lists(result, delegator, id);
        phases.done("lists");
        result.put("tiles", SupervisionMaps.tiles(supervisor.tiles(SupervisionRows.aisles(delegator, id, inventory.getString("facilityId")))));
        phases.done("aisles");
        result.put("counters", SupervisionMaps.counters(delegator, supervisor.counters(SupervisionRows.counters(delegator, id, supervisor.windowStart(now)), now)));
        phases.done("counters");
        result.put("beyondTolerance", SupervisionMaps.lines(supervisor.beyondTolerance(SupervisionRows.latestDiffering(delegator, id, LINES_CHECKED), tolerances, SHOWN)));
        phases.done("beyond tolerance");
        List<WatchedLine> unlisted = SupervisionRows.latestUnlisted(delegator, id, SHOWN);
        result.put("unlistedCount", allOrCount(unlisted, () -> SupervisionRows.unlistedCount(delegator, id)));
        result.put("unlisted", SupervisionMaps.lines(unlisted.stream().map(line -> supervisor.show(line, tolerances)).toList()));
        phases.done("unlisted");
        result.put("serialsReadAgain", SupervisionMaps.serials(SupervisionRows.serialsReadAgain(delegator, id, SHOWN)));
        phases.done("serials");
        List<GenericValue> refused = SupervisionRows.latestRefused(delegator, id, SHOWN);
        result.put("refusedCount", allOrCount(refused, () -> SupervisionRows.refusedCount(delegator, id)));
        result.put("refused", SupervisionMaps.refused(delegator, refused));
        phases.done("refused");
        phases.logIfSlow(id);
        return result;
    }

    /** How many there are: as many as read when fewer than shown (all of them), else counted, a second pass over the rows. */
    private static long allOrCount(List<?> latest, Transactions.Work<Long> count) throws GenericEntityException {
        return latest.size() < SHOWN ? latest.size() : count.run();
    }

    /** How long each part of a refresh took, logged when the whole took more than {@link #SLOW_MILLIS}. */
    private static final class Phases {
        private final long start = System.nanoTime();
        private long last = start;
        private final StringBuilder parts = new StringBuilder();

        void done(String phase) {
            long now = System.nanoTime();
            parts.append(parts.length() == 0 ? "" : ", ").append(phase).append(' ').append((now - last) / 1_000_000).append(" ms");
            last = now;
        }

        void logIfSlow(String piInventoryId) {
            long total = (last - start) / 1_000_000;
            if (total > SLOW_MILLIS) {
                Debug.logInfo("Supervision of inventory " + piInventoryId + " took " + total + " ms: " + parts, MODULE);
            }
        }
    }

    static List<String> outputFields() {
        return List.of("asOf", "statusId", "windowMinutes", "linesChecked", "progress", "lists", "tiles", "counters", "beyondTolerance",
                "unlistedCount", "unlisted", "serialsReadAgain", "refusedCount", "refused");
    }
}
