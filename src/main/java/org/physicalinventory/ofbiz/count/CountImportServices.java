package org.physicalinventory.ofbiz.count;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.ofbiz.base.util.Debug;
import org.apache.ofbiz.entity.Delegator;
import org.apache.ofbiz.entity.GenericEntityException;
import org.apache.ofbiz.entity.GenericValue;
import org.apache.ofbiz.service.DispatchContext;
import org.apache.ofbiz.service.ModelService;
import org.apache.ofbiz.service.ServiceUtil;
import org.physicalinventory.LabelledException;
import org.physicalinventory.count.CountColumns;
import org.physicalinventory.count.CountColumns.Column;
import org.physicalinventory.count.CountException;
import org.physicalinventory.count.CountFile;
import org.physicalinventory.count.CountImport;
import org.physicalinventory.count.CountOutcome;
import org.physicalinventory.count.CountingList;
import org.physicalinventory.count.ImportRow;
import org.physicalinventory.count.ScanAction;
import org.physicalinventory.ofbiz.Labels;

/**
 * Counts imported from a file (CSV or XLSX: the count sheet filled in, or a batch scanner's export): the file is read
 * and kept at its upload; its preview shows what each row will record and what is refused and why; one action records
 * it, ADD or REPLACE ({@link CountImport}). Each row is a read of the list, logged as an import with the file's name; its
 * scan key is of the file and the row, so importing the same file again records nothing twice.
 */
public final class CountImportServices {

    private static final String MODULE = CountImportServices.class.getName();
    /** The refused rows a preview lists; the others are counted by reason. */
    private static final int REFUSED_SHOWN = 500;
    /** The languages of the count sheet's own headings. */
    private static final List<Locale> SHEET_LANGUAGES = List.of(Locale.ENGLISH, Locale.ITALIAN, new Locale("ro"), Locale.FRENCH, Locale.GERMAN,
            new Locale("es"));

    private CountImportServices() {
    }

    /** Reads an uploaded file of counts for the list and keeps its rows; answers the import id its preview and import name. */
    public static Map<String, Object> readCountFile(DispatchContext dctx, Map<String, ? extends Object> context) {
        Delegator delegator = dctx.getDelegator();
        Locale locale = (Locale) context.get("locale");
        GenericValue userLogin = (GenericValue) context.get("userLogin");
        try {
            GenericValue list = CountingLists.found(delegator, context.get("piListId"));
            CountingLists.open(list);
            byte[] content = bytes((ByteBuffer) context.get("countFile"), CountSettings.importMaxBytes(delegator));
            CountFile.Table table = CountFile.read(content);
            Map<Column, Integer> columns = CountColumns.find(table.header(), sheetHeadings());
            List<ImportRow> rows = new ArrayList<>(table.rows().size());
            table.rows().forEach(row -> rows.add(CountColumns.row(row, columns)));
            String name = context.get("_countFile_fileName") == null ? "" : (String) context.get("_countFile_fileName");
            String digest = CountFile.digest(list.getString("piListId"), content);
            KeptCountFiles.keep(delegator, userLogin.getString("userLoginId"), new KeptCountFiles.Kept(list.getString("piListId"),
                    name.length() > 255 ? name.substring(0, 255) : name, digest, rows));
            Map<String, Object> result = ServiceUtil.returnSuccess();
            result.put("importId", digest);
            result.put("mode", context.get("mode"));
            return result;
        } catch (LabelledException e) {
            return Labels.error(e.labelKey(), locale, e.arguments());
        } catch (GenericEntityException | RuntimeException e) {
            return Labels.failure("PhysInvErrorServer", e, MODULE, locale);
        }
    }

    /**
     * What importing the kept file by the action would do, as of now: the counts of rows recorded, refused, not counted
     * and imported already; the refusals by reason and the first refused rows; a page of the rows it records.
     */
    public static Map<String, Object> getCountImportPreview(DispatchContext dctx, Map<String, ? extends Object> context) {
        Delegator delegator = dctx.getDelegator();
        Locale locale = (Locale) context.get("locale");
        try {
            Planned planned = plan(dctx, context);
            CountImport.Plan plan = planned.plan();
            int size = context.get("viewSize") == null ? 100 : Math.max(1, Math.min((Integer) context.get("viewSize"), CountSettings.gridPageMax(delegator)));
            List<CountImport.Recording> recordings = plan.recordings();
            int index = context.get("viewIndex") == null ? 0 : Math.max(0, Math.min((Integer) context.get("viewIndex"), (recordings.size() - 1) / size));
            Map<String, Object> result = counts(plan, planned.file());
            result.put("recordRows", recordings.subList(Math.min(index * size, recordings.size()), Math.min((index + 1) * size, recordings.size()))
                    .stream().map(recording -> ImportRows.recording(recording, locale)).toList());
            result.put("refusedRows", plan.refusals().stream().limit(REFUSED_SHOWN).map(refused -> ImportRows.refused(refused, locale)).toList());
            result.put("reasons", ImportRows.reasons(plan, locale));
            result.put("viewIndex", index);
            result.put("viewSize", size);
            return result;
        } catch (LabelledException e) {
            return Labels.error(e.labelKey(), locale, e.arguments());
        } catch (GenericEntityException | RuntimeException e) {
            return Labels.failure("PhysInvErrorServer", e, MODULE, locale);
        }
    }

    /** Records the kept file's rows by the action: each as a read of the list, many to a transaction, logged as imported. */
    public static Map<String, Object> importCountFile(DispatchContext dctx, Map<String, ? extends Object> context) {
        Delegator delegator = dctx.getDelegator();
        Locale locale = (Locale) context.get("locale");
        GenericValue userLogin = (GenericValue) context.get("userLogin");
        try {
            long start = System.nanoTime();
            Planned planned = plan(dctx, context);
            ReadBatch.Target target = new ReadBatch.Target(delegator, planned.list(), planned.counting().facilityId(),
                    userLogin.getString("userLoginId"));
            List<CountOutcome> outcomes = ReadBatch.store(target, ImportRows.items(delegator, planned.plan().recordings(),
                    planned.file().fileName()), CountSettings.importChunk(delegator));
            Map<String, Object> result = imported(planned, outcomes, locale);
            Debug.logInfo(String.format("Imported %s into list %s: %d rows, %s recorded in %.2f s", planned.file().fileName(),
                    target.piListId(), planned.file().rows().size(), result.get("recorded"), (System.nanoTime() - start) / 1e9), MODULE);
            return result;
        } catch (LabelledException e) {
            return Labels.error(e.labelKey(), locale, e.arguments());
        } catch (GenericEntityException | RuntimeException e) {
            return Labels.failure("PhysInvErrorServer", e, MODULE, locale);
        }
    }

    /** What an import did: the rows recorded, refused (by the plan, or when stored), not counted and imported already. */
    private static Map<String, Object> imported(Planned planned, List<CountOutcome> outcomes, Locale locale) {
        Map<String, Object> result = counts(planned.plan(), planned.file());
        long recorded = outcomes.stream().filter(o -> o instanceof CountOutcome.Recorded r && !r.replayed()).count();
        long replayed = outcomes.stream().filter(o -> o instanceof CountOutcome.Recorded r && r.replayed()).count();
        long refused = (Long) result.get("refusedCount") + outcomes.size() - recorded - replayed;
        long already = (Long) result.get("alreadyImported") + replayed;
        result.put("recorded", recorded);
        result.put("refused", refused);
        result.put("alreadyImported", already);
        result.put(ModelService.SUCCESS_MESSAGE, Labels.message("PhysInvCountsImported", locale, recorded, planned.file().fileName(), refused,
                result.get("notCounted"), already));
        return result;
    }

    /** A kept file planned for its list. */
    private record Planned(GenericValue list, CountingList counting, KeptCountFiles.Kept file, CountImport.Plan plan) {
    }

    /** The user's kept file of the import id, planned by the action (default REPLACE) for its list, which must be counting. */
    private static Planned plan(DispatchContext dctx, Map<String, ? extends Object> context) throws GenericEntityException, LabelledException {
        Delegator delegator = dctx.getDelegator();
        GenericValue userLogin = (GenericValue) context.get("userLogin");
        GenericValue list = CountingLists.found(delegator, context.get("piListId"));
        CountingList counting = CountingLists.open(list);
        KeptCountFiles.Kept file = KeptCountFiles.of(userLogin.getString("userLoginId"), (String) context.get("importId"));
        if (file == null || !file.piListId().equals(counting.piListId())) {
            throw new CountException("PhysInvErrorImportNotKept");
        }
        ScanAction mode = context.get("mode") == null ? ScanAction.REPLACE : ScanAction.of((String) context.get("mode"));
        EntityImportDirectory directory = EntityImportDirectory.of(delegator, list, counting, file.digest());
        return new Planned(list, counting, file, CountImport.plan(counting, file.rows(), file.digest(), mode, (Locale) context.get("locale"),
                directory));
    }

    /** A result with the file's name and the rows of each kind. */
    private static Map<String, Object> counts(CountImport.Plan plan, KeptCountFiles.Kept file) {
        Map<String, Object> result = ServiceUtil.returnSuccess();
        result.put("fileName", file.fileName());
        result.put("rowCount", (long) plan.decisions().size());
        result.put("recordCount", (long) plan.recordings().size());
        result.put("refusedCount", (long) plan.refusals().size());
        result.put("notCounted", plan.skipped(CountImport.Skip.NOT_COUNTED));
        result.put("alreadyImported", plan.skipped(CountImport.Skip.ALREADY_IMPORTED));
        return result;
    }

    /** The uploaded file's content, refused when there is none or when it is larger than allowed. */
    private static byte[] bytes(ByteBuffer file, long most) throws CountException {
        if (file == null || !file.hasRemaining()) {
            throw new CountException("PhysInvErrorImportEmpty");
        }
        if (file.remaining() > most) {
            throw new CountException("PhysInvErrorImportTooLarge", (file.remaining() + 999_999) / 1_000_000, most / 1_000_000);
        }
        byte[] content = new byte[file.remaining()];
        file.duplicate().get(content);
        return content;
    }

    /** The count sheet's own headings in the six languages, which the import knows before the usual words. */
    static Map<Column, List<String>> sheetHeadings() {
        Map<Column, String> keys = Map.of(Column.LOCATION, "PhysInvLocation", Column.PRODUCT, "PhysInvProduct", Column.LOT, "PhysInvLot",
                Column.SERIAL, "PhysInvSerialNumber", Column.QUANTITY, "PhysInvCountedQuantity");
        Map<Column, List<String>> headings = new EnumMap<>(Column.class);
        keys.forEach((column, key) -> headings.put(column, SHEET_LANGUAGES.stream().map(language -> Labels.message(key, language)).toList()));
        return headings;
    }
}
