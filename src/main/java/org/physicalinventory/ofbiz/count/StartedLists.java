package org.physicalinventory.ofbiz.count;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.ofbiz.entity.Delegator;
import org.apache.ofbiz.entity.GenericEntityException;
import org.apache.ofbiz.entity.GenericValue;
import org.apache.ofbiz.entity.util.EntityQuery;
import org.apache.ofbiz.service.DispatchContext;
import org.apache.ofbiz.service.GenericServiceException;
import org.physicalinventory.inventory.ListStatus;
import org.physicalinventory.lines.LineException;
import org.physicalinventory.lines.StartPlan;
import org.physicalinventory.ofbiz.Labels;
import org.physicalinventory.ofbiz.ServiceCalls;
import org.physicalinventory.ofbiz.ServiceCalls.Refused;
import org.physicalinventory.ofbiz.inventory.InventoryRows;

/**
 * The lists of a one-step start, made through the list services in the caller's transaction: each created with its range
 * and category, its lines written from its share of the book, its counters assigned; then every list opened for
 * counting, the first of which starts the inventory's count and so takes its stock-before snapshot.
 */
final class StartedLists {

    /** The longest description of a list. */
    private static final int DESCRIPTION = 255;

    private final Delegator delegator;
    private final ServiceCalls services;
    private final Locale locale;
    private final GenericValue inventory;
    private final String listTypeId;
    private final String supplierPartyId;

    StartedLists(DispatchContext dctx, Map<String, ? extends Object> context, GenericValue inventory, String listTypeId, String supplierPartyId) {
        this.delegator = dctx.getDelegator();
        this.locale = (Locale) context.get("locale");
        this.services = new ServiceCalls(dctx.getDispatcher(), (GenericValue) context.get("userLogin"), locale);
        this.inventory = inventory;
        this.listTypeId = listTypeId;
        this.supplierPartyId = supplierPartyId;
    }

    /** Makes the planned lists with their counters (spread over them), opens them for counting; answers their ids in order. */
    List<String> make(StartPlan plan, List<String> counters) throws GenericEntityException, GenericServiceException, Refused, LineException {
        List<List<String>> assigned = plan.counters(counters);
        List<String> listIds = new ArrayList<>();
        for (int i = 0; i < plan.lists().size(); i++) {
            listIds.add(make(plan.lists().get(i), assigned.get(i)));
        }
        for (String piListId : listIds) {
            services.call("changePiInventoryListStatus", "piListId", piListId, "statusId", ListStatus.COUNTING.statusId());
        }
        return listIds;
    }

    private String make(StartPlan.StartList planned, List<String> counters)
            throws GenericEntityException, GenericServiceException, Refused, LineException {
        String piListId = (String) services.call("createPiInventoryList", "piInventoryId", inventory.get("piInventoryId"),
                "listTypeId", listTypeId, "description", description(planned), "fromLocationSeqId", planned.fromLocationSeqId(),
                "thruLocationSeqId", planned.thruLocationSeqId(), "productCategoryId", planned.productCategoryId(),
                "supplierPartyId", supplierPartyId).get("piListId");
        StartLines.write(delegator, InventoryRows.list(delegator, piListId), inventory, planned.book());
        for (String partyId : counters) {
            services.call("assignPiInventoryList", "piListId", piListId, "partyId", partyId);
        }
        return piListId;
    }

    /** What the list counts, in words: its aisle or its locations, and its category. */
    private String description(StartPlan.StartList planned) throws GenericEntityException {
        String places;
        if (planned.aisle() != null) {
            places = Labels.message("PhysInvStartListAisle", locale, planned.aisle(), planned.first(), planned.last());
        } else if (planned.first() == null && planned.last() == null) {
            places = Labels.message("PhysInvStartListAllLocations", locale);
        } else {
            places = Labels.message("PhysInvStartListLocations", locale, planned.first() == null ? "…" : planned.first(),
                    planned.last() == null ? "…" : planned.last());
        }
        if (planned.productCategoryId() != null) {
            GenericValue category = EntityQuery.use(delegator).from("ProductCategory").where("productCategoryId", planned.productCategoryId())
                    .cache().queryOne();
            String name = category == null || category.get("categoryName") == null ? planned.productCategoryId() : category.getString("categoryName");
            places = Labels.message("PhysInvStartListCategory", locale, places, name);
        }
        return places.length() > DESCRIPTION ? places.substring(0, DESCRIPTION) : places;
    }
}
