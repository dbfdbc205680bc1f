package org.physicalinventory.ofbiz.count;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.apache.ofbiz.base.util.Debug;
import org.apache.ofbiz.entity.Delegator;
import org.apache.ofbiz.entity.GenericEntityException;
import org.apache.ofbiz.entity.GenericValue;
import org.apache.ofbiz.entity.util.EntityQuery;
import org.apache.ofbiz.service.DispatchContext;
import org.apache.ofbiz.service.ServiceUtil;
import org.physicalinventory.ofbiz.Transactions;
import org.physicalinventory.LabelledException;
import org.physicalinventory.barcode.BarcodeException;
import org.physicalinventory.barcode.ScannedCode;
import org.physicalinventory.count.CountOutcome;
import org.physicalinventory.count.CountRecorder;
import org.physicalinventory.count.LineKey;
import org.physicalinventory.count.ListOptions;
import org.physicalinventory.count.QuantityReader;
import org.physicalinventory.count.Read;
import org.physicalinventory.count.ScanAction;
import org.physicalinventory.inventory.InventoryStatus;
import org.physicalinventory.inventory.ListScope;
import org.physicalinventory.inventory.ListStatus;
import org.physicalinventory.ofbiz.Labels;
import org.physicalinventory.ofbiz.inventory.InventoryRows;

/**
 * The counting services the handheld (and any WMS) calls: my lists, what a code is, record a read.
 * A counter reaches only the lists assigned to them that are open for counting.
 */
public final class CountServices {

    private static final String MODULE = CountServices.class.getName();
    /** What the columns a read is stored in hold (OFBiz's id 20, id-long 60, value 255): longer is refused, not cut. */
    private static final Map<String, Integer> FIELD_LENGTHS = Map.of("piListId", 20, "scanKey", 60, "deviceId", 60, "code", 255,
            "locationSeqId", 20, "productId", 20, "lotId", 20, "serialNumber", 255);

    private CountServices() {
    }

    /** The lists assigned to the user's party that are open for counting, with their progress. */
    public static Map<String, Object> getMyCountLists(DispatchContext dctx, Map<String, ? extends Object> context) {
        Delegator delegator = dctx.getDelegator();
        GenericValue userLogin = (GenericValue) context.get("userLogin");
        List<Map<String, Object>> lists = new ArrayList<>();
        try {
            for (GenericValue assignment : EntityQuery.use(delegator).from("PiListAssignment")
                    .where("partyId", userLogin.get("partyId")).filterByDate().queryList()) {
                GenericValue list = assignment.getRelatedOne("PiInventoryList", false);
                if (isOpenForCounting(list)) {
                    lists.add(describe(delegator, list));
                }
            }
        } catch (GenericEntityException e) {
            Debug.logError(e, MODULE);
            return Labels.error("PhysInvErrorServer", (Locale) context.get("locale"));
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
            GenericValue list = EntityQuery.use(delegator).from("PiInventoryList").where("piListId", context.get("piListId")).queryOne();
            Map<String, Object> refusal = refuseCounter(delegator, list, (GenericValue) context.get("userLogin"), context);
            if (refusal != null) {
                return refusal;
            }
            String facilityId = list.getRelatedOne("PiInventory", false).getString("facilityId");
            Map<String, Object> result = ServiceUtil.returnSuccess();
            GenericValue location = ScanResolver.location(delegator, facilityId, code);
            if (location != null) {
                if (!countsLocation(delegator, list, location.getString("locationSeqId"))) {
                    return Labels.error("PhysInvErrorLocationNotInList", locale, location.get("locationSeqId"), list.get("piListId"));
                }
                result.put("kind", "LOCATION");
                result.put("locationSeqId", location.get("locationSeqId"));
                if (!"Y".equals(list.getRelatedOne("PiListType", false).getString("blindCount"))) {
                    // zero confirmation: the handheld offers to confirm the location empty in one read (a blind count is not told)
                    result.put("bookEmpty", EmptyLocationServices.locationBook(delegator, facilityId, location.getString("locationSeqId"))
                            .signum() == 0);
                }
                return result;
            }
            ScannedCode scanned = ScanResolver.read(delegator, code);
            GenericValue product = ScanResolver.product(delegator, scanned);
            if (product == null) {
                return Labels.error("PhysInvErrorUnknownCode", locale, code.trim());
            }
            result.put("kind", "PRODUCT");
            result.put("productId", product.get("productId"));
            result.put("productName", Optional.ofNullable(product.getString("productName")).orElse(product.getString("internalName")));
            result.put("lotManaged", isLotManaged(product));
            result.put("pieces", Pieces.of(delegator, product));
            result.put("lotId", scanned.lot());
            result.put("serialNumber", scanned.serial());
            result.put("quantity", scanned.quantity());
            result.put("expiry", scanned.expiry() == null ? null : scanned.expiry().toString());
            String locationSeqId = (String) context.get("locationSeqId");
            if (locationSeqId != null && !"Y".equals(list.getRelatedOne("PiListType", false).getString("blindCount"))) {
                // a blind count never shows book quantities
                GenericValue line = EntityCountStore.findLine(delegator, list.getString("piListId"), new LineKey(
                        product.getString("productId"), locationSeqId, isLotManaged(product) ? scanned.lot() : null, scanned.serial()));
                result.put("bookQuantity", line == null ? null : line.getBigDecimal("bookQuantity"));
            }
            return result;
        } catch (BarcodeException e) {
            return Labels.error(e.labelKey(), locale, e.arguments());
        } catch (GenericEntityException e) {
            Debug.logError(e, MODULE);
            return Labels.error("PhysInvErrorServer", (Locale) context.get("locale"));
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
        String code = (String) context.get("code");
        String scanKey = (String) context.get("scanKey");
        Map<String, Object> tooLong = refuseTooLong(context, locale);
        if (tooLong != null) {
            return tooLong;
        }
        try {
            GenericValue list = EntityQuery.use(delegator).from("PiInventoryList").where("piListId", context.get("piListId")).queryOne();
            if (list == null) {
                return Labels.error("PhysInvErrorListNotFound", locale, context.get("piListId"));
            }
            String piListId = list.getString("piListId");
            if (!isAssigned(delegator, list, userLogin)) {
                return Labels.error("PhysInvErrorNotYourList", locale, piListId);
            }
            // a retried read answers what it did, even if the list was closed since
            Optional<CountOutcome.Recorded> earlier = store(delegator, list, userLogin, context, code).findScan(scanKey);
            if (earlier.isPresent()) {
                return withProgress(answer(earlier.get()), delegator, piListId);
            }
            if (!isOpenForCounting(list)) {
                return Labels.error("PhysInvErrorListNotOpen", locale, piListId);
            }
            GenericValue inventory = list.getRelatedOne("PiInventory", true);
            String locationSeqId = (String) context.get("locationSeqId");
            if (locationSeqId != null && (ScanResolver.location(delegator, inventory.getString("facilityId"), locationSeqId) == null
                    || !countsLocation(delegator, list, locationSeqId))) {
                return Labels.error("PhysInvErrorLocationNotInList", locale, locationSeqId, piListId);
            }
            String productId = (String) context.get("productId");
            String lotId = (String) context.get("lotId");
            String serialNumber = (String) context.get("serialNumber");
            BigDecimal scannedQuantity = null;
            if (productId == null && code != null) {
                ScannedCode scanned = ScanResolver.read(delegator, code);
                GenericValue product = ScanResolver.product(delegator, scanned);
                if (product == null) {
                    return Labels.error("PhysInvErrorUnknownCode", locale, code.trim());
                }
                productId = product.getString("productId");
                lotId = lotId != null ? lotId : scanned.lot();
                serialNumber = serialNumber != null ? serialNumber : scanned.serial();
                scannedQuantity = scanned.quantity();
            }
            GenericValue product = productId == null ? null
                    : EntityQuery.use(delegator).from("Product").where("productId", productId).cache().queryOne();
            if (product == null) {
                return Labels.error("PhysInvErrorUnknownCode", locale, productId != null ? productId : "");
            }
            GenericValue type = list.getRelatedOne("PiListType", true);
            ListOptions options = new ListOptions("Y".equals(type.getString("keepLocation")), "Y".equals(type.getString("blindCount")),
                    "Y".equals(type.getString("allowUnlisted")),
                    "Y".equals(type.getString("lotRequired")) && "Mandatory".equals(product.getString("lotIdFilledIn")),
                    type.getBigDecimal("quantityPerScan"));
            BigDecimal quantity = options.quantityPerScan() != null ? null
                    : QuantityReader.read((String) context.get("quantity"), locale, Pieces.of(delegator, product));
            String action = (String) context.get("scanAction");
            if (action != null && !action.isEmpty() && !"ADD".equals(action) && !"REPLACE".equals(action)) {
                return Labels.error("PhysInvErrorScanAction", locale, action);
            }
            boolean lotManaged = isLotManaged(product);
            String newLotId = lotManaged && lotId != null && !lotId.isBlank()
                    && EntityQuery.use(delegator).from("Lot").where("lotId", lotId).queryOne() == null ? lotId : null;
            Read read = new Read(scanKey, locationSeqId, productId, lotManaged, lotId, serialNumber,
                    quantity != null ? quantity : scannedQuantity, action == null || action.isEmpty() ? null : ScanAction.valueOf(action));
            CountOutcome outcome = storeRead(delegator, list, options, read, newLotId,
                    () -> store(delegator, list, userLogin, context, code));
            if (outcome instanceof CountOutcome.Refused refused) {
                return Labels.error(refused.labelKey(), locale);
            }
            return withProgress(answer(outcome), delegator, piListId);
        } catch (LabelledException e) {
            return Labels.error(e.labelKey(), locale, e.arguments()); // the code or the quantity cannot be read
        } catch (GenericEntityException | RuntimeException e) {
            Debug.logError(e, "Read " + scanKey + " not stored", MODULE);
            return Labels.error("PhysInvErrorServer", locale);
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
            GenericValue list = EntityQuery.use(delegator).from("PiInventoryList").where("piListId", context.get("piListId")).queryOne();
            if (list == null) {
                return Labels.error("PhysInvErrorListNotFound", locale, context.get("piListId"));
            }
            if (!isOpenForCounting(list)) {
                return Labels.error("PhysInvErrorListNotOpen", locale, list.get("piListId"));
            }
            String locationSeqId = (String) context.get("locationSeqId");
            String productId = (String) context.get("productId");
            String lotId = (String) context.get("lotId");
            String serialNumber = (String) context.get("serialNumber");
            if (context.get("lineSeqId") != null) {
                GenericValue line = EntityQuery.use(delegator).from("PiCountLine")
                        .where("piListId", list.get("piListId"), "lineSeqId", context.get("lineSeqId")).queryOne();
                if (line == null) {
                    return Labels.error("PhysInvErrorLineNotFound", locale, context.get("lineSeqId"));
                }
                locationSeqId = line.getString("locationSeqId");
                productId = line.getString("productId");
                lotId = line.getString("lotId");
                serialNumber = line.getString("serialNumber");
            }
            String facilityId = list.getRelatedOne("PiInventory", false).getString("facilityId");
            if (locationSeqId == null || ScanResolver.location(delegator, facilityId, locationSeqId) == null) {
                return Labels.error("PhysInvErrorLocationNotFound", locale, locationSeqId, facilityId);
            }
            GenericValue product = productId == null ? null
                    : EntityQuery.use(delegator).from("Product").where("productId", productId).cache().queryOne();
            if (product == null) {
                return Labels.error("PhysInvErrorUnknownCode", locale, productId == null ? "" : productId);
            }
            BigDecimal counted = QuantityReader.read((String) context.get("countedQuantity"), locale, Pieces.of(delegator, product));
            ListOptions backOffice = new ListOptions(true, false, true, "Mandatory".equals(product.getString("lotIdFilledIn")), null);
            Read read = new Read("BO-" + delegator.getNextSeqId("PiScanLog"), locationSeqId, productId, isLotManaged(product), lotId,
                    serialNumber, counted, ScanAction.REPLACE);
            CountOutcome outcome = storeRead(delegator, list, backOffice, read, null,
                    () -> new EntityCountStore(delegator, list, userLogin.getString("userLoginId"), "back-office", null));
            if (outcome instanceof CountOutcome.Refused refused) {
                return Labels.error(refused.labelKey(), locale);
            }
            return answer(outcome);
        } catch (LabelledException e) {
            return Labels.error(e.labelKey(), locale, e.arguments());
        } catch (GenericEntityException | RuntimeException e) {
            Debug.logError(e, MODULE);
            return Labels.error("PhysInvErrorServer", locale);
        }
    }

    /**
     * Stores a read in a short transaction of its own, run again after a lock conflict: the core decides,
     * the store writes the line and the scan log, and the list's progress counters come last.
     *
     * @param newLotId a lot OFBiz does not know yet, made with the read; or null
     */
    private static CountOutcome storeRead(Delegator delegator, GenericValue list, ListOptions options, Read read, String newLotId,
            Supplier<EntityCountStore> stores) throws GenericEntityException {
        ListProgress.ensure(delegator, list.getString("piListId"));
        return Transactions.retried("Read " + read.scanKey() + " on list " + list.get("piListId"), () -> {
            if (newLotId != null && EntityQuery.use(delegator).from("Lot").where("lotId", newLotId).queryOne() == null) {
                delegator.create("Lot", "lotId", newLotId); // stock found with a lot OFBiz does not know yet
            }
            EntityCountStore store = stores.get();
            CountOutcome recorded = CountRecorder.record(options, read, store);
            store.saveProgress();
            return recorded;
        });
    }

    private static EntityCountStore store(Delegator delegator, GenericValue list, GenericValue userLogin,
            Map<String, ? extends Object> context, String code) {
        return new EntityCountStore(delegator, list, userLogin.getString("userLoginId"), (String) context.get("deviceId"), code);
    }

    static Map<String, Object> withProgress(Map<String, Object> result, Delegator delegator, String piListId)
            throws GenericEntityException {
        result.putAll(ListProgress.of(delegator, piListId));
        return result;
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

    /** Null when the user may count this list now; else the translated refusal. */
    private static Map<String, Object> refuseCounter(Delegator delegator, GenericValue list, GenericValue userLogin,
            Map<String, ? extends Object> context) throws GenericEntityException {
        Locale locale = (Locale) context.get("locale");
        if (list == null) {
            return Labels.error("PhysInvErrorListNotFound", locale, context.get("piListId"));
        }
        if (!isAssigned(delegator, list, userLogin)) {
            return Labels.error("PhysInvErrorNotYourList", locale, list.get("piListId"));
        }
        if (!isOpenForCounting(list)) {
            return Labels.error("PhysInvErrorListNotOpen", locale, list.get("piListId"));
        }
        return null;
    }

    /** A refusal of the first field longer than its column, or null. */
    static Map<String, Object> refuseTooLong(Map<String, ? extends Object> context, Locale locale) {
        for (Map.Entry<String, Integer> field : FIELD_LENGTHS.entrySet()) {
            if (context.get(field.getKey()) instanceof String value && value.length() > field.getValue()) {
                return Labels.error("PhysInvErrorTooLong", locale, field.getKey(), field.getValue());
            }
        }
        return null;
    }

    /** Whether the list counts the location: in its range, or, for a list of explicit products and locations, one of its lines'. */
    static boolean countsLocation(Delegator delegator, GenericValue list, String locationSeqId) throws GenericEntityException {
        if ("Y".equals(list.getString("explicitKeys"))) {
            return EntityQuery.use(delegator).from("PiCountLine").where("piListId", list.get("piListId"), "locationSeqId", locationSeqId)
                    .queryCount() > 0;
        }
        return scope(list).contains(locationSeqId);
    }

    static boolean isAssigned(Delegator delegator, GenericValue list, GenericValue userLogin) throws GenericEntityException {
        return !InventoryRows.activeAssignments(delegator, list.getString("piListId"), userLogin.getString("partyId")).isEmpty();
    }

    static boolean isOpenForCounting(GenericValue list) throws GenericEntityException {
        return ListStatus.of(list.getString("statusId")) == ListStatus.COUNTING
                && InventoryStatus.of(list.getRelatedOne("PiInventory", false).getString("statusId")) == InventoryStatus.COUNTING;
    }

    private static ListScope scope(GenericValue list) {
        return new ListScope(list.getString("fromLocationSeqId"), list.getString("thruLocationSeqId"));
    }

    private static boolean isLotManaged(GenericValue product) {
        String lotIdFilledIn = product.getString("lotIdFilledIn");
        return "Mandatory".equals(lotIdFilledIn) || "Allowed".equals(lotIdFilledIn);
    }

    private static Map<String, Object> describe(Delegator delegator, GenericValue list) throws GenericEntityException {
        GenericValue type = list.getRelatedOne("PiListType", false);
        Map<String, Object> row = new HashMap<>();
        row.put("piListId", list.get("piListId"));
        row.put("piInventoryId", list.get("piInventoryId"));
        row.put("description", list.get("description"));
        row.put("fromLocationSeqId", list.get("fromLocationSeqId"));
        row.put("thruLocationSeqId", list.get("thruLocationSeqId"));
        row.put("keepLocation", "Y".equals(type.getString("keepLocation")));
        row.put("blindCount", "Y".equals(type.getString("blindCount")));
        row.put("allowUnlisted", "Y".equals(type.getString("allowUnlisted")));
        row.put("quantityPerScan", type.get("quantityPerScan"));
        row.putAll(ListProgress.of(delegator, list.getString("piListId")));
        return row;
    }

    /** How many lines a list has and how many of them are counted. */
    public static Map<String, Object> getListProgress(DispatchContext dctx, Map<String, ? extends Object> context) {
        try {
            Map<String, Object> result = ServiceUtil.returnSuccess();
            result.putAll(ListProgress.of(dctx.getDelegator(), (String) context.get("piListId")));
            return result;
        } catch (GenericEntityException e) {
            Debug.logError(e, MODULE);
            return Labels.error("PhysInvErrorServer", (Locale) context.get("locale"));
        }
    }

}
