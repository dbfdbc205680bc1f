package org.physicalinventory.ofbiz.count;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.ofbiz.entity.Delegator;
import org.apache.ofbiz.entity.GenericEntityException;
import org.apache.ofbiz.entity.GenericValue;
import org.apache.ofbiz.entity.util.EntityQuery;
import org.apache.ofbiz.service.DispatchContext;
import org.apache.ofbiz.service.GenericServiceException;
import org.apache.ofbiz.service.ServiceUtil;
import org.physicalinventory.LabelledException;
import org.physicalinventory.inventory.InventoryException;
import org.physicalinventory.inventory.InventoryStart;
import org.physicalinventory.inventory.StartScope;
import org.physicalinventory.lines.StartPlan;
import org.physicalinventory.ofbiz.Labels;
import org.physicalinventory.ofbiz.ServiceCalls;
import org.physicalinventory.ofbiz.inventory.InventoryRows;
import org.physicalinventory.ofbiz.inventory.NewInventory;

/**
 * startPiInventory: a physical inventory started in one step, all or nothing in one transaction: the inventory, its
 * lists as the split cuts its scope, their lines from the book stock, their counters, and counting opened, which takes
 * the stock-before snapshot. Any refusal on the way leaves nothing written.
 */
public final class StartServices {

    private static final String MODULE = StartServices.class.getName();

    private StartServices() {
    }

    public static Map<String, Object> startInventory(DispatchContext dctx, Map<String, ? extends Object> context) {
        Delegator delegator = dctx.getDelegator();
        Locale locale = (Locale) context.get("locale");
        String facilityId = (String) context.get("facilityId");
        try {
            InventoryStart start = request(context);
            GenericValue facility = EntityQuery.use(delegator).from("Facility").where("facilityId", facilityId).queryOne();
            if (facility == null) {
                return Labels.error("PhysInvErrorFacilityNotFound", locale, facilityId);
            }
            String listTypeId = (String) context.get("listTypeId");
            requireKnown(delegator, facilityId, start, listTypeId);
            GenericValue inventory = NewInventory.full(delegator, facility).numbered(start.ownNumber())
                    .create(header(context, start), (GenericValue) context.get("userLogin"));
            StartLines.ScopeBook book = StartLines.read(delegator, facilityId, start.scope());
            StartPlan plan = StartPlan.of(start.scope(), start.split(), locations(delegator, facilityId, start.scope()), book.stock(),
                    book.categories());
            List<String> listIds = new StartedLists(dctx, context, inventory, listTypeId, start.scope().supplierPartyId())
                    .make(plan, start.counters());
            return started(inventory.getString("piInventoryId"), listIds, plan, locale);
        } catch (LabelledException e) {
            return Labels.error(e.labelKey(), locale, e.arguments());
        } catch (ServiceCalls.Refused e) {
            return e.result();
        } catch (GenericEntityException | GenericServiceException e) {
            return Labels.failure("PhysInvErrorInventoryStartFailed", e, MODULE, locale, facilityId);
        }
    }

    /** The start the request asks for, checked (see {@link InventoryStart#of}). */
    private static InventoryStart request(Map<String, ? extends Object> context) throws InventoryException {
        StartScope scope = new StartScope((String) context.get("fromLocationSeqId"), (String) context.get("thruLocationSeqId"),
                new ArrayList<>(KeyLineServices.references(context.get("productCategoryId"))), (String) context.get("supplierPartyId"));
        return InventoryStart.of((String) context.get("piInventoryId"), scope, (String) context.get("splitMode"),
                (String) context.get("locationsPerList"), KeyLineServices.references(context.get("partyId")), (String) context.get("freezeMovements"));
    }

    /**
     * Refuses, before anything is written, what the start names that does not exist: the list type, a counter (or one who
     * is no employee), a category, the supplier, an end of the range.
     */
    private static void requireKnown(Delegator delegator, String facilityId, InventoryStart start, String listTypeId)
            throws GenericEntityException, InventoryException {
        if (InventoryRows.listType(delegator, listTypeId) == null) {
            throw new InventoryException("PhysInvErrorListTypeNotFound", listTypeId);
        }
        for (String partyId : start.counters()) {
            if (!InventoryRows.isParty(delegator, partyId)) {
                throw new InventoryException("PhysInvErrorCounterNotFound", partyId);
            }
            if (!InventoryRows.isEmployee(delegator, partyId)) {
                throw new InventoryException("PhysInvErrorNotAnEmployee", partyId);
            }
        }
        StartScope scope = start.scope();
        for (String productCategoryId : scope.productCategoryIds()) {
            if (EntityQuery.use(delegator).from("ProductCategory").where("productCategoryId", productCategoryId).queryOne() == null) {
                throw new InventoryException("PhysInvErrorCategoryNotFound", productCategoryId);
            }
        }
        if (scope.supplierPartyId() != null && !InventoryRows.isParty(delegator, scope.supplierPartyId())) {
            throw new InventoryException("PhysInvErrorSupplierNotFound", scope.supplierPartyId());
        }
        for (String end : new String[] {scope.fromLocationSeqId(), scope.thruLocationSeqId()}) {
            if (end != null && InventoryRows.locations(delegator, facilityId, end, end).isEmpty()) {
                throw new InventoryException("PhysInvErrorLocationNotFound", end, facilityId);
            }
        }
    }

    /** The inventory's header: date, description, notes, and its own freeze choice. */
    private static Map<String, Object> header(Map<String, ? extends Object> context, InventoryStart start) {
        Map<String, Object> header = new HashMap<>();
        for (String field : List.of("inventoryDate", "description", "notes")) {
            header.put(field, context.get(field));
        }
        header.put("freezeMovements", start.freeze().indicator());
        return header;
    }

    /** The facility's locations in the scope's range, as the plan of lists sees them. */
    private static List<StartPlan.Location> locations(Delegator delegator, String facilityId, StartScope scope) throws GenericEntityException {
        return InventoryRows.locations(delegator, facilityId, scope.fromLocationSeqId(), scope.thruLocationSeqId()).stream()
                .map(l -> new StartPlan.Location(l.getString("locationSeqId"), l.getString("areaId"), l.getString("aisleId"))).toList();
    }

    private static Map<String, Object> started(String piInventoryId, List<String> listIds, StartPlan plan, Locale locale) {
        String message = Labels.message("PhysInvInventoryStarted", locale, piInventoryId, listIds.size(), plan.lines());
        if (plan.withoutLocation() > 0) {
            message += " " + Labels.message("PhysInvStartWithoutLocation", locale, plan.withoutLocation());
        }
        Map<String, Object> result = ServiceUtil.returnSuccess(message);
        result.put("piInventoryId", piInventoryId);
        result.put("piListIds", listIds);
        result.put("linesCreated", plan.lines());
        return result;
    }
}
