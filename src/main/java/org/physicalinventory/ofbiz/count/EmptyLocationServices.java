package org.physicalinventory.ofbiz.count;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.ofbiz.base.util.Debug;
import org.apache.ofbiz.base.util.UtilMisc;
import org.apache.ofbiz.entity.Delegator;
import org.apache.ofbiz.entity.GenericEntityException;
import org.apache.ofbiz.entity.GenericValue;
import org.apache.ofbiz.entity.condition.EntityCondition;
import org.apache.ofbiz.entity.condition.EntityOperator;
import org.apache.ofbiz.entity.util.EntityQuery;
import org.apache.ofbiz.service.ServiceUtil;
import org.apache.ofbiz.service.DispatchContext;
import org.physicalinventory.ofbiz.Transactions;
import org.physicalinventory.count.CountLine;
import org.physicalinventory.count.EmptyLocation;
import org.physicalinventory.count.Read;
import org.physicalinventory.count.ScanAction;
import org.physicalinventory.ofbiz.Labels;

/**
 * Zero confirmation on the handheld: one read confirms a location empty whose book stock is zero,
 * counting zero on each of its lines not counted yet, each logged as a Replace read. The read's scan
 * key is the first line's; a read sent again counts once.
 */
public final class EmptyLocationServices {

    private static final String MODULE = EmptyLocationServices.class.getName();
    /** The scan key leaves room for the number of the line it is logged for. */
    private static final int SCAN_KEY_LENGTH = 50;

    private EmptyLocationServices() {
    }

    /** confirmPiLocationEmpty */
    public static Map<String, Object> confirmLocationEmpty(DispatchContext dctx, Map<String, ? extends Object> context) {
        Delegator delegator = dctx.getDelegator();
        Locale locale = (Locale) context.get("locale");
        GenericValue userLogin = (GenericValue) context.get("userLogin");
        String scanKey = (String) context.get("scanKey");
        String locationSeqId = (String) context.get("locationSeqId");
        Map<String, Object> tooLong = CountServices.refuseTooLong(context, locale);
        if (tooLong != null) {
            return tooLong;
        }
        if (scanKey.length() > SCAN_KEY_LENGTH) {
            return Labels.error("PhysInvErrorTooLong", locale, "scanKey", SCAN_KEY_LENGTH);
        }
        try {
            GenericValue list = EntityQuery.use(delegator).from("PiInventoryList").where("piListId", context.get("piListId")).queryOne();
            if (list == null) {
                return Labels.error("PhysInvErrorListNotFound", locale, context.get("piListId"));
            }
            String piListId = list.getString("piListId");
            if (!CountServices.isAssigned(delegator, list, userLogin)) {
                return Labels.error("PhysInvErrorNotYourList", locale, piListId);
            }
            if (EntityQuery.use(delegator).from("PiScanLog").where("scanKey", scanKey).queryOne() != null) {
                return CountServices.withProgress(answer(0, true), delegator, piListId);
            }
            if (!CountServices.isOpenForCounting(list)) {
                return Labels.error("PhysInvErrorListNotOpen", locale, piListId);
            }
            String facilityId = list.getRelatedOne("PiInventory", true).getString("facilityId");
            if (ScanResolver.location(delegator, facilityId, locationSeqId) == null
                    || !CountServices.countsLocation(delegator, list, locationSeqId)) {
                return Labels.error("PhysInvErrorLocationNotInList", locale, locationSeqId, piListId);
            }
            ListProgress.ensure(delegator, piListId);
            EntityCountStore store = new EntityCountStore(delegator, list, userLogin.getString("userLoginId"),
                    (String) context.get("deviceId"), locationSeqId);
            Confirmation done = Transactions.retried("Empty location " + locationSeqId + " on list " + piListId, () -> {
                EntityCondition place = EntityCondition.makeCondition(UtilMisc.toMap("piListId", piListId, "locationSeqId", locationSeqId));
                delegator.storeByCondition("PiCountLine", UtilMisc.toMap("piListId", piListId), place); // the location's lines, locked
                List<CountLine> lines = new ArrayList<>();
                for (GenericValue line : EntityQuery.use(delegator).from("PiCountLine").where(place).orderBy("lineSeqId").queryList()) {
                    CountLine counted = EntityCountStore.toLine(line);
                    lines.add(new CountLine(counted.lineSeqId(), counted.key(), LineGenerationServices.bookQuantity(delegator, list, counted.key()),
                            counted.countedQuantity(), counted.unlisted()));
                }
                Optional<String> refusal = EmptyLocation.refusal(locationBook(delegator, facilityId, locationSeqId), lines);
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
            });
            if (done.refusal() != null) {
                return Labels.error(done.refusal(), locale, locationSeqId, piListId);
            }
            return CountServices.withProgress(answer(done.confirmed(), false), delegator, piListId);
        } catch (GenericEntityException | RuntimeException e) {
            Debug.logError(e, "Empty location " + locationSeqId + " not confirmed", MODULE);
            return Labels.error("PhysInvErrorServer", locale);
        }
    }

    /** The book stock of the whole location, every product. */
    static BigDecimal locationBook(Delegator delegator, String facilityId, String locationSeqId) throws GenericEntityException {
        BigDecimal book = BigDecimal.ZERO;
        for (GenericValue item : EntityQuery.use(delegator).from("InventoryItem").where(
                EntityCondition.makeCondition("facilityId", facilityId), EntityCondition.makeCondition("locationSeqId", locationSeqId),
                EntityCondition.makeCondition("quantityOnHandTotal", EntityOperator.NOT_EQUAL, BigDecimal.ZERO))
                .select("quantityOnHandTotal").queryList()) {
            book = book.add(item.getBigDecimal("quantityOnHandTotal"));
        }
        return book;
    }

    /** What the confirmation did: refused with a label key, or the lines counted zero. */
    private record Confirmation(String refusal, int confirmed) {
    }

    private static Map<String, Object> answer(int confirmed, boolean replayed) {
        Map<String, Object> result = ServiceUtil.returnSuccess();
        result.put("outcome", "RECORDED");
        result.put("linesConfirmed", confirmed);
        result.put("replayed", replayed);
        return result;
    }
}
