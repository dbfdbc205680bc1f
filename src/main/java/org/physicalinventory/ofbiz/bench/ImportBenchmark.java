package org.physicalinventory.ofbiz.bench;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.ofbiz.base.util.Debug;
import org.apache.ofbiz.base.util.UtilDateTime;
import org.apache.ofbiz.base.util.UtilMisc;
import org.apache.ofbiz.entity.Delegator;
import org.apache.ofbiz.entity.GenericEntityException;
import org.apache.ofbiz.entity.GenericValue;
import org.apache.ofbiz.entity.util.EntityQuery;
import org.apache.ofbiz.entity.util.EntityUtilProperties;
import org.apache.ofbiz.service.DispatchContext;
import org.apache.ofbiz.service.GenericServiceException;
import org.apache.ofbiz.service.LocalDispatcher;
import org.apache.ofbiz.service.ServiceUtil;
import org.physicalinventory.bench.Rounds;
import org.physicalinventory.bench.TableRow;
import org.physicalinventory.count.CountOutcome;
import org.physicalinventory.count.LotTracking;
import org.physicalinventory.count.Read;
import org.physicalinventory.count.ScanAction;
import org.physicalinventory.ofbiz.Labels;
import org.physicalinventory.ofbiz.Transactions;
import org.physicalinventory.ofbiz.count.ListProgress;
import org.physicalinventory.ofbiz.count.ReadBatch;
import org.physicalinventory.ofbiz.count.ReadOrigin;

/**
 * runPiImportBenchmark: the same reads (one count on each of {@code rows} lines of a list of a benchmark facility) recorded
 * two ways, each on a fresh list of its own: <b>import</b>, a CSV file of the counts uploaded (readPiCountFile), previewed
 * (getPiCountImportPreview) and imported (importPiCountFile: read again from the kept rows, planned, stored
 * count.import.chunk.reads to a transaction); and <b>api</b>, the reads written through the counting API's store as
 * recordPiCount writes each one (CountRecorder and EntityCountStore, a short transaction per read, the list's progress
 * with it), already resolved. Reports seconds and reads per second of each run, and the ratio of the best runs.
 */
public final class ImportBenchmark {

    private static final String MODULE = ImportBenchmark.class.getName();
    private static final Map<String, String> PATHS = new LinkedHashMap<>();
    static {
        PATHS.put("import", "import: upload + apply (preview apart)");
        PATHS.put("api", "counting API's store, a transaction per read");
    }

    /** The lines every run counts: one per item key, with the count it records. */
    private record Key(String productId, String locationSeqId, String lotId, boolean lotManaged, BigDecimal book) {
    }

    private ImportBenchmark() {
    }

    public static Map<String, Object> runImportBenchmark(DispatchContext dctx, Map<String, ? extends Object> context) {
        Delegator delegator = dctx.getDelegator();
        Locale locale = (Locale) context.get("locale");
        String facilityId = (String) context.get("facilityId");
        int rows = context.get("rows") == null ? 50000 : ((Long) context.get("rows")).intValue();
        List<String> runs = Stream.of((context.get("paths") == null ? "import,api" : (String) context.get("paths")).split(",")).map(String::trim)
                .collect(Collectors.toList());
        Optional<String> unknown = runs.stream().filter(path -> !PATHS.containsKey(path)).findFirst();
        if (unknown.isPresent()) {
            return Labels.error("PhysInvErrorUnknownBenchmarkPath", locale, unknown.get(), String.join(", ", PATHS.keySet()));
        }
        try {
            if (!PostingBenchmark.isBenchmarkFacility(delegator, facilityId)) {
                return Labels.error("PhysInvErrorNotABenchmarkFacility", locale, facilityId);
            }
            List<List<GenericValue>> sets = Transactions.read(() -> PostingBenchmark.itemSets(delegator, facilityId, rows, 1));
            if (sets == null) {
                return Labels.error("PhysInvErrorBenchmarkTooFewItems", locale, facilityId, rows);
            }
            List<Key> keys = keys(delegator, sets.get(0));
            String report = report(dctx, (GenericValue) context.get("userLogin"), facilityId, keys, runs);
            Debug.logInfo(report, MODULE);
            Map<String, Object> result = ServiceUtil.returnSuccess();
            result.put("report", report);
            return result;
        } catch (GenericEntityException | GenericServiceException | IOException e) {
            return Labels.failure("PhysInvErrorImportBenchmarkFailed", e, MODULE, locale, facilityId);
        }
    }

    private static String report(DispatchContext dctx, GenericValue userLogin, String facilityId, List<Key> keys, List<String> runs)
            throws GenericEntityException, GenericServiceException, IOException {
        Delegator delegator = dctx.getDelegator();
        StringBuilder report = new StringBuilder(String.format("import benchmark: %d reads per run, facility %s, %s, %d reads per transaction%n",
                keys.size(), facilityId, delegator.getGroupHelperInfo("org.apache.ofbiz").getHelperBaseName(),
                Long.parseLong(EntityUtilProperties.getPropertyValue("PhysicalInventory", "count.import.chunk.reads", "250", delegator).trim())));
        Map<String, List<Double>> seconds = new LinkedHashMap<>();
        for (String path : runs) {
            GenericValue list = countingList(delegator, facilityId, keys, userLogin);
            double took = "import".equals(path) ? imported(dctx, userLogin, list, keys, report) : api(delegator, facilityId, userLogin, list, keys);
            seconds.computeIfAbsent(path, k -> new ArrayList<>()).add(took);
            report.append(String.format("%-48s %7d reads %8.2f s %9.1f reads/s  (list %s)%n", PATHS.get(path), keys.size(), took,
                    keys.size() / took, list.get("piListId")));
        }
        if (seconds.containsKey("import") && seconds.containsKey("api")) {
            double imported = new Rounds(seconds.get("import")).best();
            double api = new Rounds(seconds.get("api")).best();
            report.append(String.format("the import takes %.2fx the time of the counting API's store (best run of each): %.1fx faster%n",
                    imported / api, api / imported));
            report.append(new TableRow("import of counts vs the counting API's store", keys.size(), imported, api).line());
        }
        return report.toString();
    }

    /** The import path: the file uploaded, its preview, then applied; the preview is timed apart, and left out of the import's time. */
    private static double imported(DispatchContext dctx, GenericValue userLogin, GenericValue list, List<Key> keys, StringBuilder report)
            throws GenericServiceException, IOException {
        LocalDispatcher dispatcher = dctx.getDispatcher();
        String listId = list.getString("piListId");
        byte[] file = csv(keys);
        long start = System.nanoTime();
        String importId = (String) call(dispatcher, "readPiCountFile", UtilMisc.toMap("piListId", listId, "countFile", ByteBuffer.wrap(file),
                "_countFile_fileName", "bench-" + listId + ".csv", "userLogin", userLogin)).get("importId");
        double upload = (System.nanoTime() - start) / 1e9;
        long previewStart = System.nanoTime();
        call(dispatcher, "getPiCountImportPreview", UtilMisc.toMap("piListId", listId, "importId", importId, "mode", "ADD", "userLogin", userLogin));
        double preview = (System.nanoTime() - previewStart) / 1e9;
        long applyStart = System.nanoTime();
        Map<String, Object> applied = call(dispatcher, "importPiCountFile", UtilMisc.toMap("piListId", listId, "importId", importId, "mode", "ADD",
                "userLogin", userLogin));
        double apply = (System.nanoTime() - applyStart) / 1e9;
        if (!Long.valueOf(keys.size()).equals(applied.get("recorded"))) {
            throw new GenericServiceException("the import recorded " + applied.get("recorded") + " of " + keys.size() + " reads");
        }
        report.append(String.format("  file %.1f MB: upload (read, kept) %.2f s, preview %.2f s, apply %.2f s%n", file.length / 1e6, upload, preview,
                apply));
        return upload + apply;
    }

    /** The counting API's store: each read in a short transaction of its own, as recordPiCount writes it. */
    private static double api(Delegator delegator, String facilityId, GenericValue userLogin, GenericValue list, List<Key> keys)
            throws GenericEntityException, GenericServiceException {
        List<Read> reads = new ArrayList<>(keys.size());
        int n = 0;
        for (Key key : keys) {
            reads.add(new Read("BENCH-" + list.get("piListId") + "-" + ++n, key.locationSeqId(), key.productId(), key.lotManaged(), key.lotId(),
                    null, key.book(), ScanAction.ADD));
        }
        long start = System.nanoTime();
        List<CountOutcome> outcomes = ReadBatch.storeEach(delegator, list, facilityId, userLogin.getString("userLoginId"), reads,
                ReadOrigin.handheld("import-benchmark", null));
        double seconds = (System.nanoTime() - start) / 1e9;
        long recorded = outcomes.stream().filter(CountOutcome.Recorded.class::isInstance).count();
        if (recorded != keys.size()) {
            throw new GenericServiceException("the counting API's store recorded " + recorded + " of " + keys.size() + " reads");
        }
        return seconds;
    }

    /** The counts as a file: location, product, lot and counted quantity (the book quantity), one row per key. */
    private static byte[] csv(List<Key> keys) throws IOException {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').build())) {
            csv.printRecord("Location", "Product", "Lot", "Counted quantity");
            for (Key key : keys) {
                csv.printRecord(key.locationSeqId(), key.productId(), key.lotId() == null ? "" : key.lotId(), key.book().toPlainString());
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The items' keys as the counting rules see them: the lot only for a product counted by lot; the count a whole book quantity. */
    private static List<Key> keys(Delegator delegator, List<GenericValue> items) throws GenericEntityException {
        List<Key> keys = new ArrayList<>(items.size());
        for (GenericValue item : items) {
            GenericValue product = EntityQuery.use(delegator).from("Product").where("productId", item.get("productId")).cache().queryOne();
            LotTracking lot = LotTracking.of(product.getString("lotIdFilledIn"));
            keys.add(new Key(item.getString("productId"), item.getString("locationSeqId"), lot.lotOf(item.getString("lotId")), lot.isLotManaged(),
                    item.getBigDecimal("quantityOnHandTotal").setScale(0, RoundingMode.DOWN)));
        }
        return keys;
    }

    /** A new inventory of the facility, counting, with one list counting, whose lines are the keys (not counted). */
    private static GenericValue countingList(Delegator delegator, String facilityId, List<Key> keys, GenericValue userLogin)
            throws GenericEntityException {
        Timestamp now = UtilDateTime.nowTimestamp();
        String inventoryId = delegator.getNextSeqId("PiInventory");
        String listId = delegator.getNextSeqId("PiInventoryList");
        Transactions.longWrite(() -> {
            delegator.create("PiInventory", UtilMisc.toMap("piInventoryId", inventoryId, "facilityId", facilityId, "inventoryDate", now,
                    "description", "Import benchmark", "statusId", "PI_INV_COUNTING", "createdByUserLogin", userLogin.get("userLoginId"),
                    "createdDate", now));
            delegator.create("PiInventoryList", UtilMisc.toMap("piListId", listId, "piInventoryId", inventoryId, "listTypeId", "PI_STANDARD",
                    "description", "Import benchmark", "statusId", "PI_LIST_COUNTING", "createdDate", now));
            int seq = 0;
            for (Key key : keys) {
                delegator.create("PiCountLine", UtilMisc.toMap("piListId", listId, "lineSeqId", String.format("%06d", ++seq), "productId",
                        key.productId(), "locationSeqId", key.locationSeqId(), "lotId", key.lotId(), "bookQuantity", key.book(),
                        "bookQuantityDate", now, "unlisted", "N"));
            }
            return null;
        });
        ListProgress.ensure(delegator, listId);
        return EntityQuery.use(delegator).from("PiInventoryList").where("piListId", listId).queryOne();
    }

    private static Map<String, Object> call(LocalDispatcher dispatcher, String service, Map<String, Object> context) throws GenericServiceException {
        Map<String, Object> result = dispatcher.runSync(service, context);
        if (!ServiceUtil.isSuccess(result)) {
            throw new GenericServiceException(service + ": " + ServiceUtil.getErrorMessage(result));
        }
        return result;
    }
}
