package org.physicalinventory.ofbiz.bench;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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
import org.physicalinventory.bench.Rounds;
import org.physicalinventory.bench.TableRow;
import org.physicalinventory.ofbiz.Labels;
import org.physicalinventory.ofbiz.Transactions;
import org.physicalinventory.ofbiz.inventory.InventoryRows;

/**
 * runPiPostingBenchmark: posts the same number of stock differences several ways, in one run, on disjoint
 * inventory items of a benchmark facility (one unit short on each), and reports seconds, ms per row and
 * the ratios. OFBiz's own path: createPhysicalInventoryAndVariance once per row, as its Facility >
 * Physical Inventory screen does (its ECAs post one accounting transaction per row). Ours: postPiInventory
 * of an inventory counted one short on each of those keys. A real posting: the same, of an inventory that went
 * through counting, so that its posting also takes the facility's stock-after snapshot, as every posting of a
 * counted inventory does. The floor: the same rows ours writes, created through the entity engine without ECAs in
 * one transaction, nothing read or computed. Only a facility marked as a benchmark facility (FacilityAttribute
 * physinv.benchmark = Y) is touched.
 */
public final class PostingBenchmark {

    private static final String MODULE = PostingBenchmark.class.getName();
    public static final String MARK = "physinv.benchmark";
    /** The paths a run may name, in their default order, with the label of their report line. */
    private static final Map<String, String> PATHS = new LinkedHashMap<>();
    static {
        PATHS.put("ofbiz", "OFBiz createPhysicalInventoryAndVariance per row");
        PATHS.put("ours", "ours postPiInventory");
        PATHS.put("real", "ours, counted inventory, stock-after snapshot");
        PATHS.put("job", "ours as a job (startPiPosting), stock-after snapshot");
        PATHS.put("floor", "floor: the same rows, entity engine, no ECAs");
    }
    /** The paths run when none are named: every one but the job, which the real posting measures already, in a screen's way. */
    /** A posting job whose progress has not moved for this long is given up. */
    private static final long STALLED_NANOS = 600_000_000_000L;
    private static final String DEFAULT_PATHS = "ofbiz,ours,real,floor";
    private static final BigDecimal MINUS_ONE = BigDecimal.ONE.negate();

    /** What every path works with: the facility, the user running the benchmark, and OFBiz's system user. */
    private record Bench(Delegator delegator, LocalDispatcher dispatcher, String facilityId, GenericValue userLogin, GenericValue system) {
    }

    private PostingBenchmark() {
    }

    public static Map<String, Object> runPostingBenchmark(DispatchContext dctx, Map<String, ? extends Object> context) {
        Delegator delegator = dctx.getDelegator();
        Locale locale = (Locale) context.get("locale");
        String facilityId = (String) context.get("facilityId");
        int rows = context.get("rows") == null ? 10000 : ((Long) context.get("rows")).intValue();
        // each path in the order given, each run on items of its own (e.g. floor,ours,floor,ours alternates them)
        List<String> runs = Stream.of((context.get("paths") == null ? DEFAULT_PATHS : (String) context.get("paths"))
                .split(",")).map(String::trim).collect(Collectors.toList());
        Optional<String> unknown = runs.stream().filter(path -> !PATHS.containsKey(path)).findFirst();
        if (unknown.isPresent()) {
            return Labels.error("PhysInvErrorUnknownBenchmarkPath", locale, unknown.get(), String.join(", ", PATHS.keySet()));
        }
        try {
            if (!isBenchmarkFacility(delegator, facilityId)) {
                return Labels.error("PhysInvErrorNotABenchmarkFacility", locale, facilityId);
            }
            List<List<GenericValue>> sets = Transactions.read(() -> itemSets(delegator, facilityId, rows, runs.size()));
            if (sets == null) {
                return Labels.error("PhysInvErrorBenchmarkTooFewItems", locale, facilityId, rows * runs.size());
            }
            GenericValue system = EntityQuery.use(delegator).from("UserLogin").where("userLoginId", "system").queryOne();
            String report = report(new Bench(delegator, dctx.getDispatcher(), facilityId, (GenericValue) context.get("userLogin"), system),
                    runs, sets, rows);
            Debug.logInfo(report, MODULE);
            Map<String, Object> result = ServiceUtil.returnSuccess();
            result.put("report", report);
            return result;
        } catch (GenericEntityException | GenericServiceException e) {
            return Labels.failure("PhysInvErrorPostingBenchmarkFailed", e, MODULE, locale, facilityId);
        }
    }

    /** Whether the facility is marked as a benchmark facility, the only kind the benchmarks touch. */
    static boolean isBenchmarkFacility(Delegator delegator, String facilityId) throws GenericEntityException {
        return EntityQuery.use(delegator).from("FacilityAttribute").where("facilityId", facilityId, "attrName", MARK, "attrValue", "Y")
                .queryOne() != null;
    }

    /** Runs the paths in order, each on its set of items: a line per run, then the ratios of the best runs. */
    private static String report(Bench bench, List<String> runs, List<List<GenericValue>> sets, int rows)
            throws GenericEntityException, GenericServiceException {
        StringBuilder report = new StringBuilder(String.format("posting benchmark: %d stock differences per run, facility %s, %s%n", rows,
                bench.facilityId(), bench.delegator().getGroupHelperInfo("org.apache.ofbiz").getHelperBaseName()));
        Map<String, List<Double>> seconds = new LinkedHashMap<>();
        for (int run = 0; run < runs.size(); run++) {
            String path = runs.get(run);
            double took = time(bench, path, sets.get(run));
            seconds.computeIfAbsent(path, k -> new ArrayList<>()).add(took);
            report.append(String.format("%-50s %7d rows %9.2f s %8.3f ms/row%n", PATHS.get(path), rows, took, took * 1000 / rows));
        }
        Map<String, Double> best = new LinkedHashMap<>();
        seconds.forEach((path, times) -> best.put(path, new Rounds(times).best()));
        Map<String, String> whose = Map.of("ours", "ours", "real", "a real posting (stock-after snapshot included)", "job", "a posting as a job");
        for (String path : List.of("ours", "real")) {
            if (best.containsKey("ofbiz") && best.containsKey(path)) {
                report.append(String.format("%s is %.1fx faster than OFBiz's own path%n", whose.get(path), best.get("ofbiz") / best.get(path)));
            }
        }
        for (String path : List.of("ours", "real")) {
            if (best.containsKey(path) && best.containsKey("floor")) {
                report.append(String.format("%s takes %.2fx the floor (best run of each)%n", whose.get(path), best.get(path) / best.get("floor")));
            }
        }
        for (String path : List.of("ours", "real", "job")) {
            if (best.containsKey(path)) {
                String against = best.containsKey("floor") ? "floor" : "ofbiz";
                report.append(new TableRow(PATHS.get(path) + " vs " + (best.containsKey(against) ? PATHS.get(against) : "nothing"), rows, best.get(path),
                        best.getOrDefault(against, 0.0)).line());
            }
        }
        return report.toString();
    }

    /** The seconds one path takes to post one unit short on each of the items. */
    private static double time(Bench bench, String path, List<GenericValue> items) throws GenericEntityException, GenericServiceException {
        return switch (path) {
        case "ofbiz" -> ofbizPath(bench, items);
        case "ours" -> postingOf(bench, countedInventory(bench.delegator(), bench.facilityId(), items, bench.userLogin()), items.size());
        case "real" -> realPosting(bench, items);
        case "job" -> jobPosting(bench, items);
        default -> floorPath(bench, items);
        };
    }

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
            if (!isBenchmarkFacility(delegator, facilityId)) {
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
            return Labels.failure("PhysInvErrorBenchmarkInventoryFailed", e, MODULE, locale, facilityId);
        }
    }

    /**
     * getPiBenchmarkSnapshot: what the crash test compares, in one line: the facility's quantity on hand,
     * its variance details, the variance transactions of its owner, and the inventory's status and progress.
     */
    public static Map<String, Object> getBenchmarkSnapshot(DispatchContext dctx, Map<String, ? extends Object> context) {
        Delegator delegator = dctx.getDelegator();
        Locale locale = (Locale) context.get("locale");
        String facilityId = (String) context.get("facilityId");
        String inventoryId = (String) context.get("piInventoryId");
        try {
            Map<String, Object> progress = dctx.getDispatcher().runSync("getPiPostingProgress", UtilMisc.toMap("piInventoryId", inventoryId,
                    "userLogin", context.get("userLogin")));
            String posting = String.format("run=%s done=%s%n", progress.get("runStatusId"), progress.get("linesDone"));
            Map<String, Object> result = ServiceUtil.returnSuccess();
            if ("Y".equals(context.get("progressOnly"))) {
                result.put("report", posting);
                return result;
            }
            long variances = EntityQuery.use(delegator).from("InventoryItemVariance").queryCount();
            long transactions = EntityQuery.use(delegator).from("AcctgTrans").where("acctgTransTypeId", "ITEM_VARIANCE").queryCount();
            GenericValue inventory = InventoryRows.inventory(delegator, inventoryId);
            result.put("report", String.format("onHand=%s variances=%d variance_transactions=%d status=%s %s",
                    onHand(delegator, facilityId).stripTrailingZeros().toPlainString(), variances, transactions,
                    inventory == null ? "-" : inventory.get("statusId"), posting));
            return result;
        } catch (GenericEntityException | GenericServiceException e) {
            return Labels.failure("PhysInvErrorBenchmarkSnapshotFailed", e, MODULE, locale, facilityId, inventoryId);
        }
    }

    /** The quantity on hand of the whole facility. */
    private static BigDecimal onHand(Delegator delegator, String facilityId) throws GenericEntityException {
        BigDecimal onHand = BigDecimal.ZERO;
        try (EntityListIterator items = EntityQuery.use(delegator).from("InventoryItem").where("facilityId", facilityId)
                .select("quantityOnHandTotal").queryIterator()) {
            GenericValue item;
            while ((item = items.next()) != null) {
                onHand = onHand.add(item.get("quantityOnHandTotal") == null ? BigDecimal.ZERO : item.getBigDecimal("quantityOnHandTotal"));
            }
        }
        return onHand;
    }

    /**
     * The items each run posts on: {@code count} disjoint sets of {@code rows} non-serialized items holding stock at a
     * cost, one item per key (product, location, lot) and no other item on that key, so that the difference lands on it;
     * dealt in item order, the first item to the first set, the second to the second, and so on. Null when the facility
     * has too few.
     */
    public static List<List<GenericValue>> itemSets(Delegator delegator, String facilityId, int rows, int count)
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
    private static double ofbizPath(Bench bench, List<GenericValue> items) throws GenericServiceException {
        long start = System.nanoTime();
        for (GenericValue item : items) {
            Map<String, Object> result = bench.dispatcher().runSync("createPhysicalInventoryAndVariance", UtilMisc.toMap("inventoryItemId",
                    item.get("inventoryItemId"), "varianceReasonId", "VAR_LOST", "quantityOnHandVar", MINUS_ONE,
                    "availableToPromiseVar", MINUS_ONE, "physicalInventoryDate", UtilDateTime.nowTimestamp(),
                    "generalComments", "benchmark", "userLogin", bench.system()));
            if (!ServiceUtil.isSuccess(result)) {
                throw new GenericServiceException(ServiceUtil.getErrorMessage(result));
            }
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /**
     * A real posting: the inventory is made counting (so the status ECA takes its stock-before snapshot), then marked
     * counted through the back office's service; its posting takes the stock-after snapshot, timed with it.
     */
    private static double realPosting(Bench bench, List<GenericValue> items) throws GenericEntityException, GenericServiceException {
        String inventoryId = inventory(bench.delegator(), bench.facilityId(), items, bench.userLogin(), "PI_INV_COUNTING");
        Map<String, Object> counted = bench.dispatcher().runSync("changePiInventoryStatus", UtilMisc.toMap("piInventoryId", inventoryId,
                "statusId", "PI_INV_COUNTED", "userLogin", bench.userLogin()));
        if (!ServiceUtil.isSuccess(counted)) {
            throw new GenericServiceException("benchmark inventory " + inventoryId + " could not be marked counted: "
                    + ServiceUtil.getErrorMessage(counted));
        }
        double seconds = postingOf(bench, inventoryId, items.size());
        if (EntityQuery.use(bench.delegator()).from("PiStockSnapshot").where("piInventoryId", inventoryId, "snapshotType", "AFTER")
                .queryOne() == null) {
            throw new GenericServiceException("the posting of benchmark inventory " + inventoryId + " took no stock-after snapshot");
        }
        return seconds;
    }

    /** Times postPiInventory of a counted inventory, which must post every one of its lines. */
    /**
     * A real posting as the screen starts a large one: a counted inventory, startPiPosting as a job, timed until its progress
     * says DONE (asked every half second), every line posted.
     */
    private static double jobPosting(Bench bench, List<GenericValue> items) throws GenericEntityException, GenericServiceException {
        String inventoryId = inventory(bench.delegator(), bench.facilityId(), items, bench.userLogin(), "PI_INV_COUNTING");
        Map<String, Object> counted = bench.dispatcher().runSync("changePiInventoryStatus", UtilMisc.toMap("piInventoryId", inventoryId,
                "statusId", "PI_INV_COUNTED", "userLogin", bench.userLogin()));
        if (!ServiceUtil.isSuccess(counted)) {
            throw new GenericServiceException("benchmark inventory " + inventoryId + " could not be marked counted: " + ServiceUtil.getErrorMessage(counted));
        }
        long start = System.nanoTime();
        Map<String, Object> started = bench.dispatcher().runSync("startPiPosting", UtilMisc.toMap("piInventoryId", inventoryId, "asJob", true,
                "userLogin", bench.userLogin()));
        if (!ServiceUtil.isSuccess(started)) {
            throw new GenericServiceException("the posting job of benchmark inventory " + inventoryId + " did not start: " + ServiceUtil.getErrorMessage(started));
        }
        long lastDone = -1;
        long lastMove = System.nanoTime();
        while (true) {
            Map<String, Object> progress = bench.dispatcher().runSync("getPiPostingProgress", UtilMisc.toMap("piInventoryId", inventoryId,
                    "userLogin", bench.userLogin()));
            Object status = progress.get("runStatusId");
            if ("DONE".equals(status)) {
                if (!Long.valueOf(items.size()).equals(progress.get("linesDone"))) {
                    throw new GenericServiceException("the posting job of benchmark inventory " + inventoryId + " posted " + progress.get("linesDone"));
                }
                return (System.nanoTime() - start) / 1e9;
            }
            long done = progress.get("linesDone") instanceof Long lines ? lines : 0;
            if (done != lastDone) {
                lastDone = done;
                lastMove = System.nanoTime();
            } else if (System.nanoTime() - lastMove > STALLED_NANOS) {
                throw new GenericServiceException("the posting job of benchmark inventory " + inventoryId + " has not moved for ten minutes (is the job poller on?)");
            }
            if (status != null && !"RUNNING".equals(status)) {
                throw new GenericServiceException("the posting job of benchmark inventory " + inventoryId + " ended " + status + ": " + progress.get("message"));
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new GenericServiceException("interrupted while the posting job of " + inventoryId + " ran", e);
            }
        }
    }

    private static double postingOf(Bench bench, String inventoryId, int lines) throws GenericServiceException {
        long start = System.nanoTime();
        Map<String, Object> posted = bench.dispatcher().runSync("postPiInventory", UtilMisc.toMap("piInventoryId", inventoryId,
                "userLogin", bench.userLogin()), 7200, true);
        double seconds = (System.nanoTime() - start) / 1e9;
        if (!ServiceUtil.isSuccess(posted) || !Integer.valueOf(lines).equals(posted.get("linesPosted"))) {
            throw new GenericServiceException("the posting of benchmark inventory " + inventoryId + " did not post every line: "
                    + ServiceUtil.getErrorMessage(posted) + " " + posted.get("linesPosted"));
        }
        return seconds;
    }

    /** An inventory whose one free list counts each item's key one short, marked counted. */
    private static String countedInventory(Delegator delegator, String facilityId, List<GenericValue> items, GenericValue userLogin)
            throws GenericEntityException {
        return inventory(delegator, facilityId, items, userLogin, "PI_INV_COUNTED");
    }

    /** An inventory in the given status whose one free list, counted, counts each item's key one short. */
    private static String inventory(Delegator delegator, String facilityId, List<GenericValue> items, GenericValue userLogin,
            String statusId) throws GenericEntityException {
        Timestamp now = UtilDateTime.nowTimestamp();
        String inventoryId = delegator.getNextSeqId("PiInventory");
        String listId = delegator.getNextSeqId("PiInventoryList");
        boolean began = TransactionUtil.begin(3600);
        try {
            delegator.create("PiInventory", UtilMisc.toMap("piInventoryId", inventoryId, "facilityId", facilityId, "inventoryDate", now,
                    "description", "Posting benchmark", "statusId", statusId, "createdByUserLogin", userLogin.get("userLoginId"),
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
            TransactionUtil.rollback(began, "the benchmark inventory could not be made", e);
            throw e;
        }
        return inventoryId;
    }

    /** The floor: the rows our posting writes, in one transaction through the entity engine without ECAs; only that is timed. */
    private static double floorPath(Bench bench, List<GenericValue> items) throws GenericEntityException, GenericServiceException {
        String owner = items.get(0).getString("ownerPartyId");
        Floor floor = new Floor(bench.delegator(), owner, account(bench, owner, "VAR_LOST", "C"), account(bench, owner, "INVENTORY_ACCOUNT", "D"),
                listForFloor(bench, items));
        long start = System.nanoTime();
        boolean began = TransactionUtil.begin(3600);
        try {
            floor.write(items);
            TransactionUtil.commit(began);
        } catch (GenericEntityException e) {
            TransactionUtil.rollback(began, "the floor of the posting benchmark could not be written", e);
            throw e;
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** The account OFBiz finds for a variance entry (found once, outside the timing: the floor reads nothing). */
    private static String account(Bench bench, String organizationPartyId, String glAccountTypeId, String flag) throws GenericServiceException {
        return (String) bench.dispatcher().runSync("getGlAccountFromAccountType", UtilMisc.toMap("organizationPartyId", organizationPartyId,
                "acctgTransTypeId", "ITEM_VARIANCE", "glAccountTypeId", glAccountTypeId, "debitCreditFlag", flag, "userLogin", bench.system()))
                .get("glAccountId");
    }

    /** The list whose lines the floor marks posted: of a counted inventory the floor posts by hand, so the inventory is done with. */
    private static String listForFloor(Bench bench, List<GenericValue> items) throws GenericEntityException {
        String inventoryId = countedInventory(bench.delegator(), bench.facilityId(), items, bench.userLogin());
        GenericValue list = InventoryRows.lists(bench.delegator(), inventoryId).get(0);
        bench.delegator().storeByCondition("PiInventory", UtilMisc.toMap("statusId", "PI_INV_CANCELLED"),
                EntityCondition.makeCondition("piInventoryId", inventoryId));
        return list.getString("piListId");
    }

    /**
     * The rows our posting writes, written as they are, with nothing read, computed or checked: per item a detail, a
     * variance, its totals, the line's posting record and posted quantity; one header, one ledger transaction and its
     * entry per account and side.
     */
    private static final class Floor {

        private final Delegator delegator;
        private final Delegator plain;
        private final String owner;
        private final String varianceAccount;
        private final String inventoryAccount;
        private final String listId;

        Floor(Delegator delegator, String owner, String varianceAccount, String inventoryAccount, String listId) {
            this.delegator = delegator;
            this.plain = delegator.cloneDelegator();
            this.plain.setEntityEcaHandler(null);
            this.owner = owner;
            this.varianceAccount = varianceAccount;
            this.inventoryAccount = inventoryAccount;
            this.listId = listId;
        }

        void write(List<GenericValue> items) throws GenericEntityException {
            Timestamp now = UtilDateTime.nowTimestamp();
            String physicalInventoryId = delegator.getNextSeqId("PhysicalInventory");
            String acctgTransId = delegator.getNextSeqId("AcctgTrans");
            plain.create("PhysicalInventory", UtilMisc.toMap("physicalInventoryId", physicalInventoryId, "physicalInventoryDate", now));
            plain.create("AcctgTrans", UtilMisc.toMap("acctgTransId", acctgTransId, "acctgTransTypeId", "ITEM_VARIANCE",
                    "glFiscalTypeId", "ACTUAL", "physicalInventoryId", physicalInventoryId, "transactionDate", now, "isPosted", "Y"));
            BigDecimal total = BigDecimal.ZERO;
            int seq = 0;
            for (GenericValue item : items) {
                writeItem(item, physicalInventoryId, now, String.format("%06d", ++seq));
                total = total.add(item.getBigDecimal("unitCost"));
            }
            // one entry per account and side, as ours writes
            writeEntry(acctgTransId, "00001", "D", varianceAccount, total);
            writeEntry(acctgTransId, "00002", "C", inventoryAccount, total);
        }

        private void writeItem(GenericValue item, String physicalInventoryId, Timestamp now, String lineSeqId) throws GenericEntityException {
            String itemId = item.getString("inventoryItemId");
            BigDecimal cost = item.getBigDecimal("unitCost");
            plain.create("InventoryItemDetail", UtilMisc.toMap("inventoryItemId", itemId, "inventoryItemDetailSeqId",
                    delegator.getNextSeqId("InventoryItemDetail"), "effectiveDate", now, "quantityOnHandDiff", MINUS_ONE,
                    "availableToPromiseDiff", MINUS_ONE, "accountingQuantityDiff", MINUS_ONE, "physicalInventoryId", physicalInventoryId,
                    "reasonEnumId", "VAR_LOST"));
            plain.create("InventoryItemVariance", UtilMisc.toMap("inventoryItemId", itemId, "physicalInventoryId", physicalInventoryId,
                    "varianceReasonId", "VAR_LOST", "quantityOnHandVar", MINUS_ONE, "availableToPromiseVar", MINUS_ONE));
            plain.storeByCondition("InventoryItem", UtilMisc.toMap("quantityOnHandTotal", item.getBigDecimal("quantityOnHandTotal")
                    .subtract(BigDecimal.ONE), "availableToPromiseTotal", item.getBigDecimal("availableToPromiseTotal").subtract(BigDecimal.ONE),
                    "accountingQuantityTotal", item.getBigDecimal("quantityOnHandTotal").subtract(BigDecimal.ONE)),
                    EntityCondition.makeCondition("inventoryItemId", itemId));
            plain.create("PiLinePosting", UtilMisc.toMap("piListId", listId, "lineSeqId", lineSeqId, "inventoryItemId", itemId,
                    "movementTypeId", "VARIANCE", "quantity", MINUS_ONE, "unitCost", cost, "postedValue", cost.negate(),
                    "varianceReasonId", "VAR_LOST", "physicalInventoryId", physicalInventoryId));
            plain.storeByCondition("PiCountLine", UtilMisc.toMap("postedQuantity", MINUS_ONE, "postedValue", cost.negate()),
                    EntityCondition.makeCondition(UtilMisc.toMap("piListId", listId, "lineSeqId", lineSeqId)));
        }

        private void writeEntry(String acctgTransId, String seqId, String flag, String glAccountId, BigDecimal amount)
                throws GenericEntityException {
            plain.create("AcctgTransEntry", UtilMisc.toMap("acctgTransId", acctgTransId, "acctgTransEntrySeqId", seqId,
                    "acctgTransEntryTypeId", "_NA_", "debitCreditFlag", flag, "glAccountId", glAccountId, "organizationPartyId", owner,
                    "origAmount", amount, "amount", amount, "origCurrencyUomId", "USD", "currencyUomId", "USD",
                    "reconcileStatusId", "AES_NOT_RECONCILED"));
        }
    }
}
