package org.physicalinventory.ofbiz.supervision;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.ofbiz.entity.Delegator;
import org.apache.ofbiz.entity.GenericEntityException;
import org.apache.ofbiz.entity.GenericValue;
import org.apache.ofbiz.service.DispatchContext;
import org.apache.ofbiz.service.ServiceUtil;
import org.physicalinventory.difference.Tolerances;
import org.physicalinventory.ofbiz.Labels;
import org.physicalinventory.ofbiz.inventory.InventoryRows;
import org.physicalinventory.supervision.Supervisor;

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

    private SupervisionServices() {
    }

    /** getPiSupervision */
    public static Map<String, Object> getSupervision(DispatchContext dctx, Map<String, ? extends Object> context) {
        Delegator delegator = dctx.getDelegator();
        Locale locale = (Locale) context.get("locale");
        try {
            GenericValue inventory = InventoryRows.inventory(delegator, context.get("piInventoryId"));
            if (inventory == null) {
                return Labels.error("PhysInvErrorInventoryNotFound", locale, context.get("piInventoryId"));
            }
            Instant now = Instant.now();
            Supervisor supervisor = Supervisor.standard();
            String id = inventory.getString("piInventoryId");
            Tolerances tolerances = InventoryRows.tolerances(delegator, inventory.getRelatedOne("Facility", true));
            Map<String, Object> result = ServiceUtil.returnSuccess();
            result.put("asOf", now.toEpochMilli());
            result.put("statusId", inventory.getString("statusId"));
            result.put("windowMinutes", supervisor.window().toMinutes());
            result.put("linesChecked", LINES_CHECKED);
            SupervisionMaps.lists(result, delegator, id);
            result.put("tiles", SupervisionMaps.tiles(supervisor.tiles(SupervisionRows.aisles(delegator, id, inventory.getString("facilityId")))));
            result.put("counters", SupervisionMaps.counters(delegator, supervisor.counters(SupervisionRows.counters(delegator, id, supervisor.windowStart(now)), now)));
            result.put("beyondTolerance", SupervisionMaps.lines(supervisor.beyondTolerance(SupervisionRows.latestDiffering(delegator, id, LINES_CHECKED), tolerances, SHOWN)));
            result.put("unlistedCount", SupervisionRows.unlistedCount(delegator, id));
            result.put("unlisted", SupervisionMaps.lines(SupervisionRows.latestUnlisted(delegator, id, SHOWN).stream()
                    .map(line -> supervisor.show(line, tolerances)).toList()));
            result.put("serialsReadAgain", SupervisionMaps.serials(SupervisionRows.serialsReadAgain(delegator, id, SHOWN)));
            return result;
        } catch (GenericEntityException | RuntimeException e) {
            return Labels.failure("PhysInvErrorServer", e, MODULE, locale);
        }
    }

    static List<String> outputFields() {
        return List.of("asOf", "statusId", "windowMinutes", "linesChecked", "progress", "lists", "tiles", "counters", "beyondTolerance",
                "unlistedCount", "unlisted", "serialsReadAgain");
    }
}
