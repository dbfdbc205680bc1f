package org.physicalinventory.ofbiz.cycle;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.ofbiz.base.util.UtilMisc;
import org.apache.ofbiz.entity.GenericValue;
import org.apache.ofbiz.service.GenericServiceException;
import org.apache.ofbiz.service.LocalDispatcher;
import org.apache.ofbiz.service.ServiceUtil;
import org.physicalinventory.cycle.CyclePlanner;
import org.physicalinventory.cycle.DueItem;
import org.physicalinventory.inventory.ListStatus;
import org.physicalinventory.ofbiz.Labels;

/**
 * The lists of a cycle inventory, one per employee, made through the plugin's own services in the caller's transaction:
 * each created, filled with the lines of its products and locations, assigned and opened for counting.
 */
final class CycleLists {

    private final LocalDispatcher dispatcher;
    private final GenericValue userLogin;
    private final Locale locale;
    private final String piInventoryId;
    private final String listTypeId;
    private final List<String> listIds = new ArrayList<>();
    private int lines;

    CycleLists(LocalDispatcher dispatcher, GenericValue userLogin, Locale locale, String piInventoryId, String listTypeId) {
        this.dispatcher = dispatcher;
        this.userLogin = userLogin;
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
        String piListId = (String) call("createPiInventoryList", "piInventoryId", piInventoryId, "listTypeId", listTypeId, "explicitKeys", "Y",
                "description", Labels.message("PhysInvCycleListDescription", locale, first.equals(last) ? first : first + " - " + last))
                .get("piListId");
        List<String> keys = part.stream().map(d -> CyclePlanner.reference(d.key().productId(), d.key().locationSeqId())).toList();
        lines += (Integer) call("addPiCountLinesForKeys", "piListId", piListId, "cycleKey", keys).get("linesCreated");
        call("assignPiInventoryList", "piListId", piListId, "partyId", partyId);
        call("changePiInventoryListStatus", "piListId", piListId, "statusId", ListStatus.COUNTING.statusId());
        listIds.add(piListId);
    }

    /** Runs a service of the plugin in this transaction; a refusal stops the whole creation. */
    private Map<String, Object> call(String service, Object... fields) throws GenericServiceException, Refused {
        Map<String, Object> context = UtilMisc.toMap(fields);
        context.put("userLogin", userLogin);
        context.put("locale", locale);
        Map<String, Object> result = dispatcher.runSync(service, context);
        if (!ServiceUtil.isSuccess(result)) {
            throw new Refused(result);
        }
        return result;
    }

    /** A service called on the way refused: its answer is the creation's, and nothing stays written. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient Map<String, Object> result;

        Refused(Map<String, Object> result) {
            super(ServiceUtil.getErrorMessage(result));
            this.result = result;
        }

        Map<String, Object> result() {
            return result;
        }
    }
}
