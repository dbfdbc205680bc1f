package org.physicalinventory.ofbiz.count;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.ofbiz.base.util.Debug;
import org.apache.ofbiz.entity.Delegator;
import org.apache.ofbiz.entity.GenericEntityException;
import org.apache.ofbiz.entity.GenericValue;
import org.apache.ofbiz.service.DispatchContext;
import org.apache.ofbiz.service.GenericServiceException;
import org.apache.ofbiz.service.ServiceUtil;
import org.physicalinventory.count.SheetRanges;
import org.physicalinventory.count.SheetRanges.Range;
import org.physicalinventory.ofbiz.Labels;
import org.physicalinventory.ofbiz.inventory.InventoryRows;

/**
 * The PDF count sheets of a whole inventory (or of one of its lists), too many lines for one document in a screen's time: a
 * job makes a zip of PDFs, one per range of consecutive locations of a list ({@link SheetRanges}), with its progress on the
 * inventory's page; the zip is downloaded once done (CountSheetsZip). A list's own PDF still comes at once (CountSheetPdf).
 */
public final class CountSheetJobs {

    private static final String MODULE = CountSheetJobs.class.getName();
    private static final int FEWEST_LINES = 10;
    private static final int MOST_LINES = 5000;

    private CountSheetJobs() {
    }

    /** startPiCountSheets: checks the inventory (and list), works out the sheets, records the run and starts the job. */
    public static Map<String, Object> startCountSheets(DispatchContext dctx, Map<String, ? extends Object> context) {
        Delegator delegator = dctx.getDelegator();
        Locale locale = (Locale) context.get("locale");
        String piInventoryId = (String) context.get("piInventoryId");
        String piListId = (String) context.get("piListId");
        int linesPerSheet = context.get("linesPerSheet") == null ? CountSettings.sheetLines(delegator) : (Integer) context.get("linesPerSheet");
        try {
            Map<String, Object> refusal = refuse(delegator, piInventoryId, piListId, linesPerSheet, locale);
            if (refusal != null) {
                return refusal;
            }
            List<Range> ranges = ranges(delegator, piInventoryId, piListId, linesPerSheet);
            if (ranges.isEmpty()) {
                return Labels.error("PhysInvErrorCountSheetsNoLines", locale, piInventoryId);
            }
            long lines = SheetRanges.lines(ranges);
            CountSheetRun.start(delegator, piInventoryId, piListId, linesPerSheet, ranges.size(), lines,
                    ((GenericValue) context.get("userLogin")).getString("userLoginId"));
            // not persisted: it starts at once; a server that stops leaves the run interrupted, to be started again
            dctx.getDispatcher().runAsync("makePiCountSheets", Map.of("piInventoryId", piInventoryId, "userLogin", context.get("userLogin"),
                    "locale", locale), false);
            Map<String, Object> result = ServiceUtil.returnSuccess(Labels.message("PhysInvCountSheetsStarted", locale, ranges.size(), lines));
            result.put("sheetsTotal", (long) ranges.size());
            result.put("linesTotal", lines);
            return result;
        } catch (GenericEntityException | GenericServiceException e) {
            return Labels.failure("PhysInvErrorCountSheetsFailed", e, MODULE, locale, piInventoryId);
        }
    }

    /** Why the sheets cannot start: no such inventory, a list not of it, a size out of bounds, a run going on; or null. */
    private static Map<String, Object> refuse(Delegator delegator, String piInventoryId, String piListId, int linesPerSheet, Locale locale)
            throws GenericEntityException {
        if (InventoryRows.inventory(delegator, piInventoryId) == null) {
            return Labels.error("PhysInvErrorInventoryNotFound", locale, piInventoryId);
        }
        if (piListId != null) {
            GenericValue list = InventoryRows.list(delegator, piListId);
            if (list == null || !piInventoryId.equals(list.getString("piInventoryId"))) {
                return Labels.error("PhysInvErrorListNotFound", locale, piListId);
            }
        }
        if (linesPerSheet < FEWEST_LINES || linesPerSheet > MOST_LINES) {
            return Labels.error("PhysInvErrorCountSheetsLinesPerSheet", locale, FEWEST_LINES, MOST_LINES);
        }
        GenericValue run = CountSheetRun.find(delegator, piInventoryId);
        if (run != null && CountSheetRun.RUNNING.equals(CountSheetRun.status(run))) {
            return Labels.error("PhysInvErrorCountSheetsRunning", locale, piInventoryId);
        }
        return null;
    }

    /** The sheets of the inventory's lists (or of one list), in list then location order. */
    static List<Range> ranges(Delegator delegator, String piInventoryId, String piListId, int linesPerSheet) throws GenericEntityException {
        List<SheetRanges.Location> locations = new ArrayList<>();
        for (GenericValue row : CountGridRows.linesByLocation(delegator, piInventoryId, piListId)) {
            locations.add(new SheetRanges.Location(row.getString("piListId"), row.getString("locationSeqId"), row.getLong("lines")));
        }
        return SheetRanges.of(locations, linesPerSheet);
    }

    /** makePiCountSheets: the job; each sheet's PDF into the zip, the progress moved on; the zip kept once whole. */
    public static Map<String, Object> makeCountSheets(DispatchContext dctx, Map<String, ? extends Object> context) {
        Delegator delegator = dctx.getDelegator();
        Locale locale = (Locale) context.get("locale");
        String piInventoryId = (String) context.get("piInventoryId");
        try {
            GenericValue run = CountSheetRun.find(delegator, piInventoryId);
            List<Range> ranges = ranges(delegator, piInventoryId, run.getString("piListId"), run.getLong("linesPerSheet").intValue());
            Path part = CountSheetRun.zip(piInventoryId, false);
            Files.createDirectories(part.getParent());
            try (OutputStream file = Files.newOutputStream(part)) {
                zip(delegator, InventoryRows.inventory(delegator, piInventoryId), ranges, locale, file);
            }
            Path zip = Files.move(part, CountSheetRun.zip(piInventoryId, true), StandardCopyOption.REPLACE_EXISTING);
            CountSheetRun.done(delegator, piInventoryId, zip);
            Debug.logInfo("Count sheets of inventory " + piInventoryId + ": " + ranges.size() + " PDFs, " + SheetRanges.lines(ranges) + " lines", MODULE);
            return ServiceUtil.returnSuccess();
        } catch (GenericEntityException | IOException | RuntimeException e) {
            Map<String, Object> failure = Labels.failure("PhysInvErrorCountSheetsFailed", e, MODULE, locale, piInventoryId);
            CountSheetRun.failed(delegator, piInventoryId, ServiceUtil.getErrorMessage(failure));
            return failure;
        }
    }

    /** Writes the zip: a PDF per sheet, the run's progress moved on after each. */
    private static void zip(Delegator delegator, GenericValue inventory, List<Range> ranges, Locale locale, OutputStream file)
            throws GenericEntityException, IOException {
        Map<String, GenericValue> lists = new HashMap<>();
        Map<String, Boolean> blind = new HashMap<>();
        long lines = 0;
        int sheets = 0;
        try (ZipOutputStream zip = new ZipOutputStream(file)) {
            for (Range range : ranges) {
                GenericValue list = lists.computeIfAbsent(range.piListId(), id -> listOf(delegator, id));
                boolean blindCount = blind.computeIfAbsent(range.piListId(), id -> "Y".equals(listTypeOf(list).getString("blindCount")));
                List<GenericValue> rangeLines = CountGridRows.range(delegator, range.piListId(), range.fromLocation(), range.thruLocation());
                zip.putNextEntry(new ZipEntry(range.fileName()));
                CountSheetPdf.write(new CountSheetPdf.Sheet(inventory, list, blindCount, locations(range), rangeLines), locale, zip);
                zip.closeEntry();
                lines += rangeLines.size();
                CountSheetRun.progress(delegator, inventory.getString("piInventoryId"), ++sheets, lines);
            }
        }
    }

    private static String locations(Range range) {
        return range.noLocation() ? "-" : range.fromLocation().equals(range.thruLocation()) ? range.fromLocation()
                : range.fromLocation() + " – " + range.thruLocation();
    }

    private static GenericValue listOf(Delegator delegator, String piListId) {
        try {
            return InventoryRows.list(delegator, piListId);
        } catch (GenericEntityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static GenericValue listTypeOf(GenericValue list) {
        try {
            return InventoryRows.listTypeOf(list);
        } catch (GenericEntityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** getPiCountSheetsProgress: the last run of an inventory's count sheets, as far as it went. */
    public static Map<String, Object> getCountSheetsProgress(DispatchContext dctx, Map<String, ? extends Object> context) {
        String piInventoryId = (String) context.get("piInventoryId");
        Map<String, Object> result = ServiceUtil.returnSuccess();
        try {
            GenericValue run = CountSheetRun.find(dctx.getDelegator(), piInventoryId);
            result.put("linesPerSheet", run == null ? CountSettings.sheetLines(dctx.getDelegator()) : run.getLong("linesPerSheet").intValue());
            if (run != null) {
                String status = CountSheetRun.status(run);
                result.put("runStatusId", status);
                result.put("piListId", run.getString("piListId"));
                for (String field : List.of("sheetsDone", "sheetsTotal", "linesDone", "linesTotal")) {
                    result.put(field, run.getLong(field));
                }
                result.put("message", run.getString("message"));
                if (CountSheetRun.DONE.equals(status) && run.getString("fileName") != null && Files.isReadable(Path.of(run.getString("fileName")))) {
                    result.put("zipFile", run.getString("fileName"));
                }
            }
            return result;
        } catch (GenericEntityException e) {
            return Labels.failure("PhysInvErrorCountSheetsFailed", e, MODULE, (Locale) context.get("locale"), piInventoryId);
        }
    }
}
