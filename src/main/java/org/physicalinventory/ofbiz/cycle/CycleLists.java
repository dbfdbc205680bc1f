package org.physicalinventory.ofbiz.cycle;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.ofbiz.entity.GenericValue;
import org.apache.ofbiz.service.GenericServiceException;
import org.apache.ofbiz.service.LocalDispatcher;
import org.physicalinventory.cycle.CyclePlanner;
import org.physicalinventory.cycle.DueItem;
import org.physicalinventory.inventory.ListStatus;
import org.physicalinventory.ofbiz.Labels;
import org.physicalinventory.ofbiz.ServiceCalls;
import org.physicalinventory.ofbiz.ServiceCalls.Refused;

/**
 * The lists of a cycle inventory, one per employee, made through the plugin's own services in the caller's transaction:
 * each created, filled with the lines of its products and locations, assigned and opened for counting.
 */
final class CycleLists {

    private final ServiceCalls services;
    private final Locale locale;
    private final String piInventoryId;
    private final String listTypeId;
    private final List<String> listIds = new ArrayList<>();
    private int lines;

    CycleLists(LocalDispatcher dispatcher, GenericValue userLogin, Locale locale, String piInventoryId, String listTypeId) {
        this.services = new ServiceCalls(dispatcher, userLogin, locale);
        this.locale = locale;
        this.piInventoryId = piInventoryId;
        this.listTypeId = listTypeId;
    }

    /** Makes the lists: the first part for the first employee, and so on. */
    CycleLists make(List<List<DueItem>> parts, List<String> employees) throws GenericServiceException, Refused {
        for (int i = 0; i < parts.size(); i++) {
            make(parts.get(i), employees.get(i));
        }
        return this;
    }

    List<String> listIds() {
        return listIds;
    }

    /** The lines made on all the lists. */
    int lines() {
        return lines;
    }

    /** One list: the lines of its products and locations, assigned to the employee, open for counting. */
    private void make(List<DueItem> part, String partyId) throws GenericServiceException, Refused {
        String first = part.get(0).key().locationSeqId();
        String last = part.get(part.size() - 1).key().locationSeqId();
        String piListId = (String) services.call("createPiInventoryList", "piInventoryId", piInventoryId, "listTypeId", listTypeId,
                "explicitKeys", "Y", "description", Labels.message("PhysInvCycleListDescription", locale, first.equals(last) ? first : first + " - " + last))
                .get("piListId");
        List<String> keys = part.stream().map(d -> CyclePlanner.reference(d.key().productId(), d.key().locationSeqId())).toList();
        lines += (Integer) services.call("addPiCountLinesForKeys", "piListId", piListId, "cycleKey", keys).get("linesCreated");
        services.call("assignPiInventoryList", "piListId", piListId, "partyId", partyId);
        services.call("changePiInventoryListStatus", "piListId", piListId, "statusId", ListStatus.COUNTING.statusId());
        listIds.add(piListId);
    }
}
