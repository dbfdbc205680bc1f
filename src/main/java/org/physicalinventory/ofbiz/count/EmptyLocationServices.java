package org.physicalinventory.ofbiz.count;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
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
import org.physicalinventory.count.CountLine;
import org.physicalinventory.count.CountingList;
import org.physicalinventory.count.EmptyLocation;
import org.physicalinventory.count.Read;
import org.physicalinventory.count.ReadLimits;
import org.physicalinventory.count.ScanAction;
import org.physicalinventory.ofbiz.Labels;
import org.physicalinventory.ofbiz.Transactions;

/**
 * Zero confirmation on the handheld: one read confirms a location empty whose book stock is zero,
 * counting zero on each of its lines not counted yet, each logged as a Replace read. The read's scan
 * key is the first line's; a read sent again counts once.
 */
public final class EmptyLocationServices {

    private static final String MODULE = EmptyLocationServices.class.getName();

    private EmptyLocationServices() {
    }

    /** confirmPiLocationEmpty */
    public static Map<String, Object> confirmLocationEmpty(DispatchContext dctx, Map<String, ? extends Object> context) {
        Delegator delegator = dctx.getDelegator();
        Locale locale = (Locale) context.get("locale");
        GenericValue userLogin = (GenericValue) context.get("userLogin");
        String scanKey = (String) context.get("scanKey");
        String locationSeqId = (String) context.get("locationSeqId");
        try {
            ReadLimits.requireFitting(context);
            ReadLimits.requireConfirmationKey(scanKey);
            GenericValue list = CountingLists.assigned(delegator, context.get("piListId"), userLogin);
            CountingList counting = CountingLists.counting(list);
            if (EntityCountStore.isLogged(delegator, scanKey)) {
                return ListProgress.addTo(answer(0, true), delegator, counting.piListId());
            }
            counting.requireOpen();
            CountingLists.requireLocation(delegator, counting, locationSeqId);
            ListProgress.ensure(delegator, counting.piListId());
            // a store of its own for each attempt: an attempt given up leaves nothing in its counters
            Supplier<EntityCountStore> stores = () -> new EntityCountStore(delegator, list, counting.facilityId(),
                    userLogin.getString("userLoginId"), ReadOrigin.handheld((String) context.get("deviceId"), locationSeqId));
            Confirmation done = Transactions.retried("Empty location " + locationSeqId + " on list " + counting.piListId(),
                    () -> confirm(delegator, counting, stores.get(), scanKey, locationSeqId));
            if (done.refusal() != null) {
                return Labels.error(done.refusal(), locale, locationSeqId, counting.piListId());
            }
            return ListProgress.addTo(answer(done.confirmed(), false), delegator, counting.piListId());
        } catch (LabelledException e) {
            return Labels.error(e.labelKey(), locale, e.arguments());
        } catch (GenericEntityException | RuntimeException e) {
            return Labels.failure("PhysInvErrorServer", e, MODULE, locale);
        }
    }

    /** What the confirmation did: refused with a label key, or the lines counted zero. */
    private record Confirmation(String refusal, int confirmed) {
    }

    /**
     * Inside the confirmation's transaction: locks the location's lines, reads their book again, and counts zero on those
     * not counted yet when the location holds nothing; the first line's read is logged under the scan key, the others
     * under the key and their number.
     */
    private static Confirmation confirm(Delegator delegator, CountingList counting, EntityCountStore store, String scanKey,
            String locationSeqId) throws GenericEntityException {
        CountLineRows.lockAt(delegator, counting.piListId(), locationSeqId);
        List<CountLine> lines = new ArrayList<>();
        for (GenericValue line : CountLineRows.linesAt(delegator, counting.piListId(), locationSeqId)) {
            CountLine counted = CountLineRows.toLine(line);
            lines.add(counted.withBook(BookRows.bookQuantity(delegator, counting.facilityId(), counted.key())));
        }
        Optional<String> refusal = EmptyLocation.refusal(BookRows.locationBook(delegator, counting.facilityId(), locationSeqId), lines);
        if (refusal.isPresent()) {
            return new Confirmation(refusal.get(), 0);
        }
        int n = 0;
        for (CountLine line : EmptyLocation.toConfirm(lines)) {
            CountLine zero = store.setCounted(line, BigDecimal.ZERO, true);
            store.logScan(new Read(n == 0 ? scanKey : scanKey + "." + n, locationSeqId, line.key().productId(), false,
                    line.key().lotId(), line.key().serialNumber(), BigDecimal.ZERO, ScanAction.REPLACE), zero, ScanAction.REPLACE,
                    BigDecimal.ZERO);
            n++;
        }
        store.saveProgress();
        return new Confirmation(null, n);
    }

    private static Map<String, Object> answer(int confirmed, boolean replayed) {
        Map<String, Object> result = ServiceUtil.returnSuccess();
        result.put("outcome", "RECORDED");
        result.put("linesConfirmed", confirmed);
        result.put("replayed", replayed);
        return result;
    }
}
