package org.physicalinventory.ofbiz.count;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.servlet.ServletContext;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.apache.ofbiz.base.util.Debug;
import org.apache.ofbiz.base.util.UtilHttp;
import org.apache.ofbiz.entity.Delegator;
import org.apache.ofbiz.entity.GenericEntityException;
import org.apache.ofbiz.webapp.view.AbstractViewHandler;
import org.apache.ofbiz.webapp.view.ViewHandlerException;
import org.physicalinventory.count.CountSheet;
import org.physicalinventory.ofbiz.Downloads;
import org.physicalinventory.ofbiz.Labels;

/**
 * The count sheet of a list as a file to fill in ({@code page="count-sheet.csv"} or {@code count-sheet.xlsx}), and the zip of an
 * inventory's PDF count sheets the count sheets job made ({@code count-sheets.zip}, see {@link CountSheetJobs}). The file's lines are
 * those the count grid's filter keeps (location, product, supplier, counted or not); {@code findPiCountLines}, run as the
 * logged-in user, checks the permission and the list first. Streamed: each line is written as it is read, so that the memory
 * used does not grow with the list (XLSX through POI's streaming workbook).
 */
public final class CountSheetViewHandler extends AbstractViewHandler {

    private static final String MODULE = CountSheetViewHandler.class.getName();
    private static final List<String> FILTER = List.of("piListId", "locationSeqId", "productId", "supplierPartyId", "counted");

    @Override
    public void init(ServletContext context) {
    }

    @Override
    public void render(String name, String page, String info, String contentType, String encoding, HttpServletRequest request,
            HttpServletResponse response) throws ViewHandlerException {
        boolean xlsx = page.endsWith(".xlsx");
        try {
            if (page.equals("count-sheets.zip")) {
                zip(request, response);
                return;
            }
            Map<String, String> filter = new HashMap<>();
            FILTER.forEach(parameter -> filter.put(parameter, request.getParameter(parameter)));
            Map<String, Object> input = new HashMap<>(filter);
            // the service checks the permission and the list and says whether it counts blind, reading no line (a page of a big list
            // asked a sort of it on Derby: half a second before the first byte); the lines are read here, as they are written
            input.put("checkOnly", Boolean.TRUE);
            Map<String, Object> result = Downloads.run(request, response, page, "findPiCountLines", input);
            if (result == null) {
                return;
            }
            Locale locale = UtilHttp.getLocale(request);
            boolean blind = Boolean.TRUE.equals(result.get("blindCount"));
            String file = "count-sheet-" + Downloads.safe(request.getParameter("piListId"));
            CountSheet.Writer sheet;
            if (xlsx) {
                response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
                response.setHeader("Content-Disposition", "attachment; filename=\"" + file + ".xlsx\"");
                sheet = CountSheet.xlsx(headings(locale), blind, Labels.message("PhysInvCountSheet", locale), response.getOutputStream());
            } else {
                response.setContentType("text/csv; charset=UTF-8");
                response.setHeader("Content-Disposition", "attachment; filename=\"" + file + ".csv\"");
                sheet = CountSheet.csv(headings(locale), blind, new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
            }
            write((Delegator) request.getAttribute("delegator"), filter, sheet);
        } catch (IOException | GenericEntityException e) {
            Debug.logWarning(e, "Download " + page + " not written", MODULE);
            throw new ViewHandlerException(Labels.message("PhysInvErrorDownloadFailed", UtilHttp.getLocale(request), page), e);
        }
    }

    /** The zip of an inventory's count sheets made by the job, once done; before, a refusal saying so. */
    private static void zip(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String piInventoryId = request.getParameter("piInventoryId");
        Map<String, Object> run = Downloads.run(request, response, "count-sheets.zip", "getPiCountSheetsProgress",
                Map.of("piInventoryId", piInventoryId == null ? "" : piInventoryId));
        if (run == null) {
            return;
        }
        if (run.get("zipFile") == null) {
            Downloads.refuse(response, Labels.message("PhysInvErrorCountSheetsNotReady", UtilHttp.getLocale(request), piInventoryId));
            return;
        }
        Path zip = Path.of((String) run.get("zipFile"));
        response.setContentType("application/zip");
        response.setHeader("Content-Disposition", "attachment; filename=\"count-sheets-" + Downloads.safe(piInventoryId) + ".zip\"");
        response.setContentLengthLong(Files.size(zip));
        Files.copy(zip, response.getOutputStream());
    }

    /**
     * Writes the lines of a list its filter keeps to the sheet as they are read; the sheet ends with them.
     *
     * @param filter the count grid's filter by the request's names: piListId, locationSeqId, productId, supplierPartyId, counted
     */
    public static void write(Delegator delegator, Map<String, String> filter, CountSheet.Writer sheet) throws IOException, GenericEntityException {
        CountGridRows.Filter lines = new CountGridRows.Filter(filter.get("piListId"), filter.get("locationSeqId"), filter.get("productId"),
                filter.get("supplierPartyId"), filter.get("counted"));
        try (sheet) {
            CountGridRows.each(delegator, lines, line -> {
                try {
                    sheet.line(CountGridRows.sheetLine(line));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static CountSheet.Headings headings(Locale locale) {
        return new CountSheet.Headings(Labels.message("PhysInvLocation", locale), Labels.message("PhysInvProduct", locale),
                Labels.message("PhysInvDescription", locale), Labels.message("PhysInvLot", locale), Labels.message("PhysInvSerialNumber", locale),
                Labels.message("PhysInvBookQuantity", locale), Labels.message("PhysInvCountedQuantity", locale));
    }
}
