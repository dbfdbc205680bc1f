package org.physicalinventory.ofbiz.count;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.apache.ofbiz.entity.Delegator;
import org.apache.ofbiz.entity.GenericEntityException;
import org.apache.ofbiz.entity.GenericValue;
import org.apache.ofbiz.service.DispatchContext;
import org.apache.ofbiz.service.ServiceUtil;
import org.physicalinventory.LabelledException;
import org.physicalinventory.count.CountingList;
import org.physicalinventory.count.ReadLimits;
import org.physicalinventory.count.ReadUndo;
import org.physicalinventory.ofbiz.Labels;
import org.physicalinventory.ofbiz.Transactions;

/**
 * The handheld's undo: a counter takes back one of their own reads while the list is counting, as a compensating read logged
 * under a key the device makes (see {@link ReadUndo}). Stored like a read: in a short transaction of its own, run again after
 * a lock conflict; an undo sent again with the same key counts once.
 */
public final class ReadUndoServices {

    private static final String MODULE = ReadUndoServices.class.getName();

    private ReadUndoServices() {
    }

    /** undoPiRead */
    public static Map<String, Object> undoRead(DispatchContext dctx, Map<String, ? extends Object> context) {
        Delegator delegator = dctx.getDelegator();
        Locale locale = (Locale) context.get("locale");
        GenericValue userLogin = (GenericValue) context.get("userLogin");
        String scanKey = (String) context.get("scanKey");
        String undoKey = (String) context.get("undoKey");
        try {
            ReadLimits.requireFitting(context);
            GenericValue list = CountingLists.assigned(delegator, context.get("piListId"), userLogin);
            CountingList counting = CountingLists.counting(list);
            Supplier<EntityUndoStore> stores = () -> new EntityUndoStore(delegator, counting.piListId(), userLogin.getString("userLoginId"),
                    (String) context.get("deviceId"));
            // an undo sent again answers what it did, even if the list was closed since
            Optional<ReadUndo.Undone> earlier = stores.get().findUndo(undoKey);
            if (earlier.isPresent()) {
                return ListProgress.addTo(answer(earlier.get()), delegator, counting.piListId());
            }
            counting.requireOpen();
            ListProgress.ensure(delegator, counting.piListId());
            ReadUndo.Outcome outcome = Transactions.retried("Undo " + undoKey + " of read " + scanKey + " on list " + counting.piListId(), () -> {
                EntityUndoStore store = stores.get();
                ReadUndo.Outcome undone = ReadUndo.undo(undoKey, scanKey, userLogin.getString("userLoginId"), store);
                store.saveProgress();
                return undone;
            });
            if (outcome instanceof ReadUndo.Refused refused) {
                return Labels.error(refused.labelKey(), locale, scanKey, undoKey);
            }
            return ListProgress.addTo(answer((ReadUndo.Undone) outcome), delegator, counting.piListId());
        } catch (LabelledException e) {
            return Labels.error(e.labelKey(), locale, e.arguments());
        } catch (GenericEntityException | RuntimeException e) {
            return Labels.failure("PhysInvErrorServer", e, MODULE, locale);
        }
    }

    private static Map<String, Object> answer(ReadUndo.Undone undone) {
        Map<String, Object> result = ServiceUtil.returnSuccess();
        result.put("outcome", "UNDONE");
        result.put("lineSeqId", undone.line().lineSeqId());
        result.put("countedQuantity", undone.line().countedQuantity());
        result.put("change", undone.change());
        result.put("replayed", undone.replayed());
        return result;
    }
}
