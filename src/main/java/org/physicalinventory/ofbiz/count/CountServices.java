package org.physicalinventory.ofbiz.count;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.apache.ofbiz.entity.Delegator;
import org.apache.ofbiz.entity.GenericEntityException;
import org.apache.ofbiz.entity.GenericValue;
import org.apache.ofbiz.entity.util.EntityQuery;
import org.apache.ofbiz.service.DispatchContext;
import org.apache.ofbiz.service.ServiceUtil;
import org.physicalinventory.LabelledException;
import org.physicalinventory.barcode.ScannedCode;
import org.physicalinventory.count.CountException;
import org.physicalinventory.count.CountOutcome;
import org.physicalinventory.count.CountRecorder;
import org.physicalinventory.count.CountingList;
import org.physicalinventory.count.LineKey;
import org.physicalinventory.count.ListOptions;
import org.physicalinventory.count.LotTracking;
import org.physicalinventory.count.Read;
import org.physicalinventory.count.ReadLimits;
import org.physicalinventory.count.ReadRequest;
import org.physicalinventory.ofbiz.Labels;
import org.physicalinventory.ofbiz.Transactions;
import org.physicalinventory.ofbiz.inventory.InventoryRows;

/**
 * The counting services the handheld (and any WMS) calls: my lists, what a code is, record a read; and the back
 * office's correction of a count. A counter reaches only the lists assigned to them that are open for counting.
 */
public final class CountServices {

    private static final String MODULE = CountServices.class.getName();

    private CountServices() {
    }

    /** The lists assigned to the user's party that are open for counting, with their progress. */
    public static Map<String, Object> getMyCountLists(DispatchContext dctx, Map<String, ? extends Object> context) {
        Delegator delegator = dctx.getDelegator();
        GenericValue userLogin = (GenericValue) context.get("userLogin");
        List<Map<String, Object>> lists = new ArrayList<>();
        try {
            for (GenericValue list : InventoryRows.assignedLists(delegator, userLogin.getString("partyId"))) {
                CountingList counting = CountingLists.counting(list);
                if (counting.open()) {
                    lists.add(describe(delegator, list, counting.options()));
                }
            }
        } catch (GenericEntityException e) {
            return Labels.failure("PhysInvErrorServer", e, MODULE, (Locale) context.get("locale"));
        }
        Map<String, Object> result = ServiceUtil.returnSuccess();
        result.put("countLists", lists);
        return result;
    }

    /** What a scanned code is for this list: one of its locations, or a product with what the code carries. */
    public static Map<String, Object> resolveScan(DispatchContext dctx, Map<String, ? extends Object> context) {
        Delegator delegator = dctx.getDelegator();
        Locale locale = (Locale) context.get("locale");
        String code = (String) context.get("code");
        try {
            GenericValue list = CountingLists.assigned(delegator, context.get("piListId"), (GenericValue) context.get("userLogin"));
            CountingList counting = CountingLists.open(list);
            GenericValue location = ScanResolver.location(delegator, counting.facilityId(), code);
            if (location != null) {
                return scannedLocation(delegator, counting, location.getString("locationSeqId"));
            }
            return scannedProduct(delegator, counting, code, (String) context.get("locationSeqId"));
        } catch (LabelledException e) {
            return Labels.error(e.labelKey(), locale, e.arguments());
        } catch (GenericEntityException e) {
            return Labels.failure("PhysInvErrorServer", e, MODULE, locale);
        }
    }

    /**
     * Records one read: stored at once and logged; a second read of a counted line answers ASK until
     * the counter says ADD or REPLACE; a read sent again with the same scan key counts once.
     * Everything that only reads is done first, without a transaction; the read itself is stored in
     * a short transaction of its own, run again when another device's transaction got in its way.
     */
    public static Map<String, Object> recordCount(DispatchContext dctx, Map<String, ? extends Object> context) {
        Delegator delegator = dctx.getDelegator();
        Locale locale = (Locale) context.get("locale");
        GenericValue userLogin = (GenericValue) context.get("userLogin");
        ReadRequest request = new ReadRequest((String) context.get("scanKey"), (String) context.get("locationSeqId"),
                (String) context.get("code"), (String) context.get("productId"), (String) context.get("lotId"),
                (String) context.get("serialNumber"), (String) context.get("quantity"), (String) context.get("scanAction"));
        try {
            ReadLimits.requireFitting(context);
            CountingLists.ForRead forRead = CountingLists.forRead(delegator, context.get("piListId"), userLogin);
            GenericValue list = forRead.list();
            CountingList counting = forRead.counting();
            Supplier<EntityCountStore> stores = () -> new EntityCountStore(delegator, list, counting.facilityId(),
                    userLogin.getString("userLoginId"), ReadOrigin.handheld((String) context.get("deviceId"), request.code()));
            // a retried read answers what it did, even if the list was closed since (on an open list, the store finds it)
            if (!counting.open()) {
                Optional<CountOutcome.Recorded> earlier = stores.get().findScan(request.scanKey());
                if (earlier.isPresent()) {
                    return ListProgress.addTo(answer(earlier.get()), delegator, counting.piListId());
                }
            }
            counting.requireOpen();
            if (request.locationSeqId() != null) {
                CountingLists.requireLocation(delegator, counting, request.locationSeqId());
            }
            Counted counted = read(delegator, request, counting.options(), locale);
            String newLotId = ScanResolver.unknownLot(delegator, counted.lotId());
            StoredRead stored = storeRead(delegator, counting.piListId(), forRead.progress(), counted, newLotId, stores);
            if (stored.outcome() instanceof CountOutcome.Refused refused) {
                return Labels.error(refused.labelKey(), locale);
            }
            return ListProgress.addTo(answer(stored.outcome()), stored.progress());
        } catch (LabelledException e) {
            return Labels.error(e.labelKey(), locale, e.arguments()); // the request, the code or the quantity cannot be read
        } catch (GenericEntityException | RuntimeException e) {
            return Labels.failure("PhysInvErrorServer", e, MODULE, locale);
        }
    }

    /**
     * Back office: sets the counted quantity of a line, or adds a line, as a REPLACE read logged
     * under a key of its own. The inventory must still be counting; assignment is not required.
     */
    public static Map<String, Object> setCountedQuantity(DispatchContext dctx, Map<String, ? extends Object> context) {
        Delegator delegator = dctx.getDelegator();
        Locale locale = (Locale) context.get("locale");
        GenericValue userLogin = (GenericValue) context.get("userLogin");
        try {
            GenericValue list = CountingLists.found(delegator, context.get("piListId"));
            CountingList counting = CountingLists.open(list);
            ReadRequest request = correction(delegator, list, context);
            if (request.locationSeqId() == null || ScanResolver.location(delegator, counting.facilityId(), request.locationSeqId()) == null) {
                return Labels.error("PhysInvErrorLocationNotFound", locale, request.locationSeqId(), counting.facilityId());
            }
            // the back office makes no lot OFBiz does not know
            CountOutcome outcome = storeRead(delegator, counting.piListId(), null, read(delegator, request, ListOptions.BACK_OFFICE, locale), null,
                    () -> new EntityCountStore(delegator, list, counting.facilityId(), userLogin.getString("userLoginId"), ReadOrigin.backOffice()))
                    .outcome();
            if (outcome instanceof CountOutcome.Refused refused) {
                return Labels.error(refused.labelKey(), locale);
            }
            return answer(outcome);
        } catch (LabelledException e) {
            return Labels.error(e.labelKey(), locale, e.arguments());
        } catch (GenericEntityException | RuntimeException e) {
            return Labels.failure("PhysInvErrorServer", e, MODULE, locale);
        }
    }

    /** How many lines a list has and how many of them are counted. */
    public static Map<String, Object> getListProgress(DispatchContext dctx, Map<String, ? extends Object> context) {
        String piListId = (String) context.get("piListId");
        try {
            if (InventoryRows.list(dctx.getDelegator(), piListId) == null) {
                return Labels.error("PhysInvErrorListNotFound", (Locale) context.get("locale"), piListId);
            }
            return ListProgress.addTo(ServiceUtil.returnSuccess(), dctx.getDelegator(), piListId);
        } catch (GenericEntityException e) {
            return Labels.failure("PhysInvErrorServer", e, MODULE, (Locale) context.get("locale"));
        }
    }

    /** A scanned location: counted by the list, and whether the book holds nothing there (never told on a blind count). */
    private static Map<String, Object> scannedLocation(Delegator delegator, CountingList counting, String locationSeqId)
            throws GenericEntityException, CountException {
        counting.requireLocation(locationSeqId, CountingLists.countsLocation(delegator, counting, locationSeqId));
        Map<String, Object> result = ServiceUtil.returnSuccess();
        result.put("kind", "LOCATION");
        result.put("locationSeqId", locationSeqId);
        if (!counting.options().blindCount()) {
            // zero confirmation: the handheld offers to confirm the location empty in one read
            result.put("bookEmpty", BookRows.locationBook(delegator, counting.facilityId(), locationSeqId).signum() == 0);
        }
        return result;
    }

    /** A scanned product with what its code carries, and the book quantity of its line in the counter's location (never on a blind count). */
    private static Map<String, Object> scannedProduct(Delegator delegator, CountingList counting, String code, String locationSeqId)
            throws GenericEntityException, LabelledException {
        ScannedCode scanned = ScanResolver.read(delegator, code);
        GenericValue product = ScanResolver.product(delegator, scanned);
        if (product == null) {
            throw new CountException("PhysInvErrorUnknownCode", code.trim());
        }
        LotTracking lot = LotTracking.of(product.getString("lotIdFilledIn"));
        Map<String, Object> result = ServiceUtil.returnSuccess();
        result.put("kind", "PRODUCT");
        result.put("productId", product.get("productId"));
        result.put("productName", Optional.ofNullable(product.getString("productName")).orElse(product.getString("internalName")));
        result.put("lotManaged", lot.isLotManaged());
        result.put("pieces", Pieces.of(delegator, product));
        result.put("lotId", scanned.lot());
        result.put("serialNumber", scanned.serial());
        result.put("quantity", scanned.quantity());
        result.put("expiry", scanned.expiry() == null ? null : scanned.expiry().toString());
        if (locationSeqId != null && !counting.options().blindCount()) {
            GenericValue line = CountLineRows.lineByKey(delegator, counting.piListId(),
                    new LineKey(product.getString("productId"), locationSeqId, lot.lotOf(scanned.lot()), scanned.serial()));
            result.put("bookQuantity", line == null ? null : line.getBigDecimal("bookQuantity"));
        }
        return result;
    }

    /** The back office's correction as a REPLACE read: of the line it names, or of the product, location, lot and serial it sends. */
    static ReadRequest correction(Delegator delegator, GenericValue list, Map<String, ? extends Object> context)
            throws GenericEntityException, CountException {
        LineKey key = new LineKey((String) context.get("productId"), (String) context.get("locationSeqId"), (String) context.get("lotId"),
                (String) context.get("serialNumber"));
        if (context.get("lineSeqId") != null) {
            GenericValue line = CountLineRows.line(delegator, list.get("piListId"), context.get("lineSeqId"));
            if (line == null) {
                throw new CountException("PhysInvErrorLineNotFound", context.get("lineSeqId"));
            }
            key = CountLineRows.key(line);
        }
        return new ReadRequest("BO-" + delegator.getNextSeqId("PiScanLog"), key.locationSeqId(), null, key.productId(), key.lotId(),
                key.serialNumber(), (String) context.get("countedQuantity"), "REPLACE");
    }

    /** A read with the options it is recorded by. */
    record Counted(Read read, ListOptions options) {

        /** The lot the read counts (a lot-managed product's). */
        String lotId() {
            return read.lineKey().lotId();
        }
    }

    /**
     * Finds the read's product (by its code when it names no product id) and reads the request by the options for
     * that product.
     */
    static Counted read(Delegator delegator, ReadRequest request, ListOptions listOptions, Locale locale)
            throws GenericEntityException, LabelledException {
        ScannedCode scanned = request.namesProductByCode() ? ScanResolver.read(delegator, request.code()) : null;
        GenericValue product = scanned != null ? ScanResolver.product(delegator, scanned)
                : ScanResolver.product(delegator, request.productId());
        if (product == null) {
            throw request.unknownProduct();
        }
        LotTracking lot = LotTracking.of(product.getString("lotIdFilledIn"));
        ListOptions options = listOptions.forProduct(lot);
        Read read = request.toRead(product.getString("productId"), lot, Pieces.of(delegator, product), options, scanned, locale);
        return new Counted(read, options);
    }

    /** A read as stored, with the list's progress counters after it. */
    private record StoredRead(CountOutcome outcome, GenericValue progress) {
    }

    /**
     * Stores a read in a short transaction of its own, run again after a lock conflict: the core decides,
     * the store writes the line and the scan log, and the list's progress counters come last. The counters
     * answered are those the read changed, or when it changed none, those read just before it (no second read).
     *
     * @param progress the list's counters as read with the list, or null to read them (made when the list has none)
     * @param newLotId a lot OFBiz does not know yet, made with the read; or null
     */
    private static StoredRead storeRead(Delegator delegator, String piListId, GenericValue progress, Counted counted, String newLotId,
            Supplier<EntityCountStore> stores) throws GenericEntityException {
        GenericValue before = progress != null ? progress : ListProgress.ensure(delegator, piListId);
        return Transactions.retried("Read " + counted.read().scanKey() + " on list " + piListId, () -> {
            if (newLotId != null && EntityQuery.use(delegator).from("Lot").where("lotId", newLotId).queryOne() == null) {
                delegator.create("Lot", "lotId", newLotId); // stock found with a lot OFBiz does not know yet
            }
            EntityCountStore store = stores.get();
            CountOutcome recorded = CountRecorder.record(counted.options(), counted.read(), store);
            if (recorded instanceof CountOutcome.Refused refused) {
                store.keepRefusal(counted.read(), refused.labelKey());
            }
            GenericValue after = store.saveProgress();
            return new StoredRead(recorded, after != null ? after : before);
        });
    }

    private static Map<String, Object> answer(CountOutcome outcome) {
        Map<String, Object> result = ServiceUtil.returnSuccess();
        if (outcome instanceof CountOutcome.AskAddOrReplace ask) {
            result.put("outcome", "ASK");
            result.put("lineSeqId", ask.line().lineSeqId());
            result.put("countedQuantity", ask.line().countedQuantity());
        } else if (outcome instanceof CountOutcome.Recorded recorded) {
            result.put("outcome", "RECORDED");
            result.put("lineSeqId", recorded.line().lineSeqId());
            result.put("countedQuantity", recorded.line().countedQuantity());
            result.put("replayed", recorded.replayed());
        }
        return result;
    }

    private static Map<String, Object> describe(Delegator delegator, GenericValue list, ListOptions options) throws GenericEntityException {
        Map<String, Object> row = new HashMap<>();
        row.put("piListId", list.get("piListId"));
        row.put("piInventoryId", list.get("piInventoryId"));
        row.put("description", list.get("description"));
        row.put("fromLocationSeqId", list.get("fromLocationSeqId"));
        row.put("thruLocationSeqId", list.get("thruLocationSeqId"));
        row.put("keepLocation", options.keepLocation());
        row.put("blindCount", options.blindCount());
        row.put("allowUnlisted", options.allowUnlisted());
        row.put("quantityPerScan", options.quantityPerScan());
        return ListProgress.addTo(row, delegator, list.getString("piListId"));
    }
}
