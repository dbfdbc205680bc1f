package org.physicalinventory.ofbiz.bench;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.ofbiz.base.util.Debug;
import org.apache.ofbiz.base.util.UtilDateTime;
import org.apache.ofbiz.base.util.UtilMisc;
import org.apache.ofbiz.entity.Delegator;
import org.apache.ofbiz.entity.GenericEntityException;
import org.apache.ofbiz.entity.GenericValue;
import org.apache.ofbiz.entity.condition.EntityCondition;
import org.apache.ofbiz.entity.condition.EntityOperator;
import org.apache.ofbiz.entity.transaction.TransactionUtil;
import org.apache.ofbiz.entity.util.EntityListIterator;
import org.apache.ofbiz.entity.util.EntityQuery;
import org.apache.ofbiz.service.DispatchContext;
import org.apache.ofbiz.service.GenericServiceException;
import org.apache.ofbiz.service.LocalDispatcher;
import org.apache.ofbiz.service.ServiceUtil;
import org.physicalinventory.ofbiz.Labels;
import org.physicalinventory.ofbiz.Transactions;

/**
 * runPiPostingBenchmark: posts the same number of stock differences three ways, in one run, on disjoint
 * inventory items of a benchmark facility (one unit short on each), and reports seconds, ms per row and
 * the ratios. OFBiz's own path: createPhysicalInventoryAndVariance once per row, as its Facility >
 * Physical Inventory screen does (its ECAs post one accounting transaction per row). Ours: postPiInventory
 * of an inventory counted one short on each of those keys. The floor: the same rows ours writes, created
 * through the entity engine without ECAs in one transaction, nothing read or computed. Only a facility
 * marked as a benchmark facility (FacilityAttribute physinv.benchmark = Y) is touched.
 */
public final class PostingBenchmark {

    private static final String MODULE = PostingBenchmark.class.getName();
    public static final String MARK = "physinv.benchmark";

    private PostingBenchmark() {
    }

    public static Map<String, Object> runPostingBenchmark(DispatchContext dctx, Map<String, ? extends Object> context) {
        Delegator delegator = dctx.getDelegator();
        LocalDispatcher dispatcher = dctx.getDispatcher();
        Locale locale = (Locale) context.get("locale");
        String facilityId = (String) context.get("facilityId");
        int rows = context.get("rows") == null ? 10000 : ((Long) context.get("rows")).intValue();
        String paths = context.get("paths") == null ? "ofbiz,ours,floor" : (String) context.get("paths");
        GenericValue userLogin = (GenericValue) context.get("userLogin");
        try {
            if (EntityQuery.use(delegator).from("FacilityAttribute").where("facilityId", facilityId, "attrName", MARK, "attrValue", "Y")
                    .queryOne() == null) {
                return Labels.error("PhysInvErrorNotABenchmarkFacility", locale, facilityId);
            }
            // each path in the order given, each run on items of its own (e.g. floor,ours,floor,ours alternates them)
            List<String> runs = List.of(paths.split(","));
            List<List<GenericValue>> sets = Transactions.read(() -> itemSets(delegator, facilityId, rows, runs.size()));
            if (sets == null) {
                return Labels.error("PhysInvErrorBenchmarkTooFewItems", locale, facilityId, rows * runs.size());
            }
            GenericValue system = EntityQuery.use(delegator).from("UserLogin").where("userLoginId", "system").queryOne();
            StringBuilder report = new StringBuilder();
            report.append(String.format("posting benchmark: %d stock differences per run, facility %s, %s%n", rows, facilityId,
                    delegator.getGroupHelperInfo("org.apache.ofbiz").getHelperBaseName()));
            Map<String, List<Double>> seconds = new java.util.LinkedHashMap<>();
            for (int run = 0; run < runs.size(); run++) {
                String path = runs.get(run).trim();
                double took;
                if ("ofbiz".equals(path)) {
                    took = ofbizPath(dispatcher, sets.get(run), system);
                } else if ("ours".equals(path)) {
                    took = ourPath(delegator, dispatcher, facilityId, sets.get(run), userLogin);
                } else {
                    took = floorPath(delegator, dispatcher, facilityId, sets.get(run), userLogin, system);
                }
                seconds.computeIfAbsent(path, k -> new ArrayList<>()).add(took);
                report.append(line(NAMES.getOrDefault(path, path), rows, took));
            }
            Map<String, Double> best = new java.util.HashMap<>();
            seconds.forEach((path, times) -> best.put(path, times.stream().min(Double::compare).get()));
            if (best.containsKey("ofbiz") && best.containsKey("ours")) {
                report.append(String.format("ours is %.1fx faster than OFBiz's own path%n", best.get("ofbiz") / best.get("ours")));
            }
            if (best.containsKey("ours") && best.containsKey("floor")) {
                report.append(String.format("ours takes %.2fx the floor (best run of each)%n", best.get("ours") / best.get("floor")));
            }
            Debug.logInfo(report.toString(), MODULE);
            Map<String, Object> result = ServiceUtil.returnSuccess();
            result.put("report", report.toString());
            return result;
        } catch (GenericEntityException | GenericServiceException e) {
            Debug.logError(e, MODULE);
            return ServiceUtil.returnError(e.getMessage());
        }
    }

    private static final Map<String, String> NAMES = Map.of("ofbiz", "OFBiz createPhysicalInventoryAndVariance per row",
            "ours", "ours postPiInventory", "floor", "floor: the same rows, entity engine, no ECAs");

    /**
     * preparePiBenchmarkInventory: a counted inventory of a benchmark facility with one difference (one unit
     * short) on each of {@code rows} keys, to post from the screen or to interrupt (the crash test).
     */
    public static Map<String, Object> prepareBenchmarkInventory(DispatchContext dctx, Map<String, ? extends Object> context) {
        Delegator delegator = dctx.getDelegator();
        Locale locale = (Locale) context.get("locale");
        String facilityId = (String) context.get("facilityId");
        int rows = ((Long) context.get("rows")).intValue();
        try {
            if (EntityQuery.use(delegator).from("FacilityAttribute").where("facilityId", facilityId, "attrName", MARK, "attrValue", "Y")
                    .queryOne() == null) {
                return Labels.error("PhysInvErrorNotABenchmarkFacility", locale, facilityId);
            }
            List<List<GenericValue>> sets = Transactions.read(() -> itemSets(delegator, facilityId, rows, 1));
            if (sets == null) {
                return Labels.error("PhysInvErrorBenchmarkTooFewItems", locale, facilityId, rows);
            }
            Map<String, Object> result = ServiceUtil.returnSuccess();
            result.put("piInventoryId", countedInventory(delegator, facilityId, sets.get(0), (GenericValue) context.get("userLogin")));
            result.put("report", "prepared inventory " + result.get("piInventoryId") + " with " + rows + " differences\n");
            return result;
        } catch (GenericEntityException e) {
            Debug.logError(e, MODULE);
            return ServiceUtil.returnError(e.getMessage());
        }
    }

    /**
     * getPiBenchmarkSnapshot: what the crash test compares, in one line: the facility's quantity on hand,
     * its variance details, the variance transactions of its owner, and the inventory's status and progress.
     */
    public static Map<String, Object> getBenchmarkSnapshot(DispatchContext dctx, Map<String, ? extends Object> context) {
        Delegator delegator = dctx.getDelegator();
        String facilityId = (String) context.get("facilityId");
        String inventoryId = (String) context.get("piInventoryId");
        try {
            if ("Y".equals(context.get("progressOnly"))) {
                Map<String, Object> progress = dctx.getDispatcher().runSync("getPiPostingProgress", UtilMisc.toMap("piInventoryId", inventoryId,
                        "userLogin", context.get("userLogin")));
                Map<String, Object> result = ServiceUtil.returnSuccess();
                result.put("report", String.format("run=%s done=%s%n", progress.get("runStatusId"), progress.get("linesDone")));
                return result;
            }
            BigDecimal onHand = BigDecimal.ZERO;
            try (EntityListIterator items = EntityQuery.use(delegator).from("InventoryItem").where("facilityId", facilityId)
                    .select("quantityOnHandTotal").queryIterator()) {
                GenericValue item;
                while ((item = items.next()) != null) {
                    onHand = onHand.add(item.get("quantityOnHandTotal") == null ? BigDecimal.ZERO : item.getBigDecimal("quantityOnHandTotal"));
                }
            }
            long variances = EntityQuery.use(delegator).from("InventoryItemVariance").queryCount();
            long transactions = EntityQuery.use(delegator).from("AcctgTrans").where("acctgTransTypeId", "ITEM_VARIANCE").queryCount();
            GenericValue inventory = EntityQuery.use(delegator).from("PiInventory").where("piInventoryId", inventoryId).queryOne();
            Map<String, Object> progress = dctx.getDispatcher().runSync("getPiPostingProgress", UtilMisc.toMap("piInventoryId", inventoryId,
                    "userLogin", context.get("userLogin")));
            Map<String, Object> result = ServiceUtil.returnSuccess();
            result.put("report", String.format("onHand=%s variances=%d variance_transactions=%d status=%s run=%s done=%s%n",
                    onHand.stripTrailingZeros().toPlainString(), variances, transactions, inventory == null ? "-" : inventory.get("statusId"),
                    progress.get("runStatusId"), progress.get("linesDone")));
            return result;
        } catch (GenericEntityException | GenericServiceException e) {
            Debug.logError(e, MODULE);
            return ServiceUtil.returnError(e.getMessage());
        }
    }

    private static String line(String path, int rows, double seconds) {
        return String.format("%-50s %7d rows %9.2f s %8.3f ms/row%n", path, rows, seconds, seconds * 1000 / rows);
    }

    /** Disjoint sets of non-serialized items holding stock, one per key (product, location, lot), in item order. */
    private static List<List<GenericValue>> itemSets(Delegator delegator, String facilityId, int rows, int count)
            throws GenericEntityException {
        List<List<GenericValue>> sets = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            sets.add(new ArrayList<>());
        }
        Set<String> keys = new HashSet<>();
        int filled = 0;
        try (EntityListIterator items = EntityQuery.use(delegator).from("InventoryItem").where(
                EntityCondition.makeCondition("facilityId", facilityId),
                EntityCondition.makeCondition("inventoryItemTypeId", "NON_SERIAL_INV_ITEM"),
                EntityCondition.makeCondition("quantityOnHandTotal", EntityOperator.GREATER_THAN_EQUAL_TO, BigDecimal.ONE),
                EntityCondition.makeCondition("unitCost", EntityOperator.NOT_EQUAL, null))
                .orderBy("inventoryItemId").queryIterator()) {
            GenericValue item;
            while (filled < rows * count && (item = items.next()) != null) {
                // one item per key, and no other item on that key: the difference lands on this item
                String key = item.getString("productId") + "|" + item.getString("locationSeqId") + "|" + item.getString("lotId");
                if (keys.add(key)) {
                    sets.get(filled % count).add(item);
                    filled++;
                }
            }
        }
        return filled < rows * count ? null : sets;
    }

    /** OFBiz's Facility > Physical Inventory: one createPhysicalInventoryAndVariance per row, each in its own transaction. */
    private static double ofbizPath(LocalDispatcher dispatcher, List<GenericValue> items, GenericValue system) throws GenericServiceException {
        long start = System.nanoTime();
        for (GenericValue item : items) {
            Map<String, Object> result = dispatcher.runSync("createPhysicalInventoryAndVariance", UtilMisc.toMap("inventoryItemId",
                    item.get("inventoryItemId"), "varianceReasonId", "VAR_LOST", "quantityOnHandVar", BigDecimal.ONE.negate(),
                    "availableToPromiseVar", BigDecimal.ONE.negate(), "physicalInventoryDate", UtilDateTime.nowTimestamp(),
                    "generalComments", "benchmark", "userLogin", system));
            if (!ServiceUtil.isSuccess(result)) {
                throw new GenericServiceException(ServiceUtil.getErrorMessage(result));
            }
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** An inventory whose one free list counts each item's key one short, marked counted; only postPiInventory is timed. */
    private static double ourPath(Delegator delegator, LocalDispatcher dispatcher, String facilityId, List<GenericValue> items,
            GenericValue userLogin) throws GenericEntityException, GenericServiceException {
        String inventoryId = countedInventory(delegator, facilityId, items, userLogin);
        long start = System.nanoTime();
        Map<String, Object> posted = dispatcher.runSync("postPiInventory", UtilMisc.toMap("piInventoryId", inventoryId, "userLogin", userLogin),
                7200, true);
        double seconds = (System.nanoTime() - start) / 1e9;
        if (!ServiceUtil.isSuccess(posted) || !Integer.valueOf(items.size()).equals(posted.get("linesPosted"))) {
            throw new GenericServiceException("our posting did not post every line: " + ServiceUtil.getErrorMessage(posted) + " "
                    + posted.get("linesPosted"));
        }
        return seconds;
    }

    private static String countedInventory(Delegator delegator, String facilityId, List<GenericValue> items, GenericValue userLogin)
            throws GenericEntityException {
        Timestamp now = UtilDateTime.nowTimestamp();
        String inventoryId = delegator.getNextSeqId("PiInventory");
        String listId = delegator.getNextSeqId("PiInventoryList");
        boolean began = TransactionUtil.begin(3600);
        try {
            delegator.create("PiInventory", UtilMisc.toMap("piInventoryId", inventoryId, "facilityId", facilityId, "inventoryDate", now,
                    "description", "Posting benchmark", "statusId", "PI_INV_COUNTED", "createdByUserLogin", userLogin.get("userLoginId"),
                    "createdDate", now));
            delegator.create("PiInventoryList", UtilMisc.toMap("piListId", listId, "piInventoryId", inventoryId, "listTypeId", "PI_STANDARD",
                    "description", "Posting benchmark", "statusId", "PI_LIST_COUNTED", "createdDate", now));
            int seq = 0;
            for (GenericValue item : items) {
                BigDecimal book = item.getBigDecimal("quantityOnHandTotal");
                delegator.create("PiCountLine", UtilMisc.toMap("piListId", listId, "lineSeqId", String.format("%06d", ++seq),
                        "productId", item.get("productId"), "locationSeqId", item.get("locationSeqId"), "lotId", item.get("lotId"),
                        "inventoryItemId", item.get("inventoryItemId"), "bookQuantity", book, "bookQuantityDate", now,
                        "countedQuantity", book.subtract(BigDecimal.ONE), "countedDate", now, "unlisted", "N"));
            }
            TransactionUtil.commit(began);
        } catch (GenericEntityException e) {
            TransactionUtil.rollback(began, e.getMessage(), e);
            throw e;
        }
        return inventoryId;
    }

    /**
     * The floor: the rows our posting writes (per item a detail, a variance, its totals, the line's posting
     * record and posted quantity; one header, one transaction and its entry per account and side), written through the
     * entity engine without ECAs in one transaction, with nothing read, computed or checked.
     */
    private static double floorPath(Delegator delegator, LocalDispatcher dispatcher, String facilityId, List<GenericValue> items,
            GenericValue userLogin, GenericValue system) throws GenericEntityException, GenericServiceException {
        String owner = items.get(0).getString("ownerPartyId");
        String varianceAccount = account(dispatcher, owner, "VAR_LOST", "C", system);
        String inventoryAccount = account(dispatcher, owner, "INVENTORY_ACCOUNT", "D", system);
        Delegator plain = delegator.cloneDelegator();
        plain.setEntityEcaHandler(null);
        String listId = listForFloor(delegator, facilityId, items, userLogin);
        long start = System.nanoTime();
        boolean began = TransactionUtil.begin(3600);
        try {
            Timestamp now = UtilDateTime.nowTimestamp();
            String physicalInventoryId = delegator.getNextSeqId("PhysicalInventory");
            String acctgTransId = delegator.getNextSeqId("AcctgTrans");
            plain.create("PhysicalInventory", UtilMisc.toMap("physicalInventoryId", physicalInventoryId, "physicalInventoryDate", now));
            plain.create("AcctgTrans", UtilMisc.toMap("acctgTransId", acctgTransId, "acctgTransTypeId", "ITEM_VARIANCE",
                    "glFiscalTypeId", "ACTUAL", "physicalInventoryId", physicalInventoryId, "transactionDate", now, "isPosted", "Y"));
            int seq = 0;
            BigDecimal total = BigDecimal.ZERO;
            BigDecimal minusOne = BigDecimal.ONE.negate();
            for (GenericValue item : items) {
                String itemId = item.getString("inventoryItemId");
                BigDecimal amount = item.getBigDecimal("unitCost");
                plain.create("InventoryItemDetail", UtilMisc.toMap("inventoryItemId", itemId, "inventoryItemDetailSeqId",
                        delegator.getNextSeqId("InventoryItemDetail"), "effectiveDate", now, "quantityOnHandDiff", minusOne,
                        "availableToPromiseDiff", minusOne, "accountingQuantityDiff", minusOne, "physicalInventoryId", physicalInventoryId,
                        "reasonEnumId", "VAR_LOST"));
                plain.create("InventoryItemVariance", UtilMisc.toMap("inventoryItemId", itemId, "physicalInventoryId", physicalInventoryId,
                        "varianceReasonId", "VAR_LOST", "quantityOnHandVar", minusOne, "availableToPromiseVar", minusOne));
                plain.storeByCondition("InventoryItem", UtilMisc.toMap("quantityOnHandTotal", item.getBigDecimal("quantityOnHandTotal")
                        .subtract(BigDecimal.ONE), "availableToPromiseTotal", item.getBigDecimal("availableToPromiseTotal").subtract(BigDecimal.ONE),
                        "accountingQuantityTotal", item.getBigDecimal("quantityOnHandTotal").subtract(BigDecimal.ONE)),
                        EntityCondition.makeCondition("inventoryItemId", itemId));
                total = total.add(amount);
                String lineSeqId = String.format("%06d", ++seq);
                plain.create("PiLinePosting", UtilMisc.toMap("piListId", listId, "lineSeqId", lineSeqId, "inventoryItemId", itemId,
                        "movementTypeId", "VARIANCE", "quantity", minusOne, "unitCost", amount, "postedValue", amount.negate(),
                        "varianceReasonId", "VAR_LOST", "physicalInventoryId", physicalInventoryId));
                plain.storeByCondition("PiCountLine", UtilMisc.toMap("postedQuantity", minusOne, "postedValue", amount.negate()),
                        EntityCondition.makeCondition(UtilMisc.toMap("piListId", listId, "lineSeqId", lineSeqId)));
            }
            // one entry per account and side, as ours writes
            int entry = 0;
            for (String flag : new String[] {"D", "C"}) {
                plain.create("AcctgTransEntry", UtilMisc.toMap("acctgTransId", acctgTransId, "acctgTransEntrySeqId",
                        String.format("%05d", ++entry), "acctgTransEntryTypeId", "_NA_", "debitCreditFlag", flag,
                        "glAccountId", "D".equals(flag) ? varianceAccount : inventoryAccount, "organizationPartyId", owner,
                        "origAmount", total, "amount", total, "origCurrencyUomId", "USD", "currencyUomId", "USD",
                        "reconcileStatusId", "AES_NOT_RECONCILED"));
            }
            TransactionUtil.commit(began);
        } catch (GenericEntityException e) {
            TransactionUtil.rollback(began, e.getMessage(), e);
            throw e;
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** The account OFBiz finds for a variance entry (found once, outside the timing: the floor reads nothing). */
    private static String account(LocalDispatcher dispatcher, String organizationPartyId, String glAccountTypeId, String flag,
            GenericValue system) throws GenericServiceException {
        return (String) dispatcher.runSync("getGlAccountFromAccountType", UtilMisc.toMap("organizationPartyId", organizationPartyId,
                "acctgTransTypeId", "ITEM_VARIANCE", "glAccountTypeId", glAccountTypeId, "debitCreditFlag", flag, "userLogin", system))
                .get("glAccountId");
    }

    private static String listForFloor(Delegator delegator, String facilityId, List<GenericValue> items, GenericValue userLogin)
            throws GenericEntityException {
        String inventoryId = countedInventory(delegator, facilityId, items, userLogin);
        GenericValue list = EntityQuery.use(delegator).from("PiInventoryList").where("piInventoryId", inventoryId).queryFirst();
        // the floor posts it by hand: the inventory is done with
        delegator.storeByCondition("PiInventory", UtilMisc.toMap("statusId", "PI_INV_CANCELLED"),
                EntityCondition.makeCondition("piInventoryId", inventoryId));
        return list.getString("piListId");
    }
}
