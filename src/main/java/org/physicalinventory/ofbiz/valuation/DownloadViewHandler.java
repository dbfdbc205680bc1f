package org.physicalinventory.ofbiz.valuation;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.text.SimpleDateFormat;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.stream.Stream;

import javax.servlet.ServletContext;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.apache.fop.apps.FOPException;
import org.apache.fop.apps.Fop;
import org.apache.ofbiz.base.util.Debug;
import org.apache.ofbiz.base.util.UtilGenerics;
import org.apache.ofbiz.base.util.UtilHttp;
import org.apache.ofbiz.entity.Delegator;
import org.apache.ofbiz.entity.GenericEntityException;
import org.apache.ofbiz.entity.GenericValue;
import org.apache.ofbiz.webapp.view.AbstractViewHandler;
import org.apache.ofbiz.webapp.view.ApacheFopWorker;
import org.apache.ofbiz.webapp.view.ViewHandlerException;
import org.physicalinventory.ofbiz.Downloads;
import org.physicalinventory.ofbiz.Labels;
import org.physicalinventory.ofbiz.Parameters;
import org.physicalinventory.ofbiz.difference.ReviewCsv;
import org.physicalinventory.reconciliation.Cause;
import org.physicalinventory.reconciliation.Document;
import org.physicalinventory.reconciliation.Note;
import org.physicalinventory.reconciliation.Reconciliation;
import org.physicalinventory.reconciliation.ReconciliationExport;
import org.physicalinventory.report.ReportExport;
import org.physicalinventory.report.ReportExport.Words;
import org.physicalinventory.report.ReportPdf;
import org.physicalinventory.report.ValorizedReport;

/**
 * Read-only downloads as views (no event runs on a GET): the valorized inventory report as CSV ({@code page="report.csv"}),
 * XLSX ({@code report.xlsx}) or PDF ({@code report.pdf}), each streamed (see {@link #report}), a closing reconciled with the ledger ({@code reconciliation.csv}, {@code reconciliation.xlsx}),
 * an inventory's stock before and after as a zip of CSV files ({@code inventory-stock.zip}, streamed, see {@link StockSnapshotZip}), and the review of an inventory's
 * differences as CSV ({@code review.csv}, streamed, see {@link ReviewCsv}). Each runs the service the
 * screens run, as the logged-in user, so the service's permission check guards the download; a refusal answers its
 * translated message.
 */
public final class DownloadViewHandler extends AbstractViewHandler {

    private static final String MODULE = DownloadViewHandler.class.getName();
    private static final List<String> REPORT_PARAMETERS = List.of("closingId", "organizationPartyId", "facilityId", "valuationMethod",
            "productCategoryId", "supplierPartyId", "productId", "lotId");

    /** The label of each valuation method's name. */
    private static final Map<String, String> METHODS = Map.of("FIFO", "PhysInvMethodFIFO", "LIFO", "PhysInvMethodLIFO", "AVERAGE",
            "PhysInvMethodAVERAGE", "LAST_COST", "PhysInvMethodLAST_COST", "STANDARD", "PhysInvMethodSTANDARD");

    @Override
    public void init(ServletContext context) {
    }

    @Override
    public void render(String name, String page, String info, String contentType, String encoding, HttpServletRequest request,
            HttpServletResponse response) throws ViewHandlerException {
        try {
            switch (page) {
            case "report.csv", "report.xlsx", "report.pdf" -> report(request, response, page.substring(page.indexOf('.') + 1));
            // the export benchmark's floor for the PDF: the same rows through FOP as plain blocks (ReportPdf.floor)
            case "report-floor.pdf" -> report(request, response, "floor");
            case "inventory-stock.zip" -> inventoryStock(request, response);
            case "reconciliation.csv" -> reconciliation(request, response, false);
            case "reconciliation.xlsx" -> reconciliation(request, response, true);
            case "review.csv" -> ReviewCsv.write(request, response);
            default -> throw new ViewHandlerException("unknown download " + page);
            }
        } catch (IOException e) {
            // mostly a browser that went away; the user may get this message if the response is still open
            Debug.logWarning(e, "Download " + page + " not written", MODULE);
            throw new ViewHandlerException(Labels.message("PhysInvErrorDownloadFailed", UtilHttp.getLocale(request), page), e);
        }
    }

    /**
     * The valorized report as CSV, XLSX or PDF, written as its rows come: a closing's rows are read by cursor as they are written
     * (getPiValorizedReportHeading checks the permission and the closing); the live report's rows are worked out in memory by
     * getPiValorizedReport, as its valuation of the whole history needs, and written the same way.
     */
    private static void report(HttpServletRequest request, HttpServletResponse response, String format) throws IOException {
        Map<String, Object> input = new HashMap<>();
        Map<String, String> filter = new HashMap<>();
        for (String parameter : REPORT_PARAMETERS) {
            input.put(parameter, request.getParameter(parameter));
            filter.put(parameter, request.getParameter(parameter));
        }
        boolean ofClosing = Parameters.text(request.getParameter("closingId")) != null;
        Map<String, Object> result = Downloads.run(request, response, "report." + format, ofClosing ? "getPiValorizedReportHeading" : "getPiValorizedReport",
                ofClosing ? Map.of("closingId", request.getParameter("closingId")) : input);
        if (result == null) {
            return;
        }
        String file = "valorized-inventory" + (ofClosing ? "-" + Downloads.safe(request.getParameter("closingId")) : "");
        String extension = "floor".equals(format) ? "pdf" : format;
        response.setContentType(switch (format) {
        case "xlsx" -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        case "pdf", "floor" -> "application/pdf";
        default -> "text/csv; charset=UTF-8";
        });
        response.setHeader("Content-Disposition", "attachment; filename=\"" + file + "." + extension + "\"");
        try (ReportExport.Sink sink = sink(format, UtilHttp.getLocale(request), UtilHttp.getTimeZone(request), result, response.getOutputStream())) {
            if (ofClosing) {
                ValorizedReportServices.writeClosing((Delegator) request.getAttribute("delegator"), filter, sink);
            } else {
                ReportExport.write((ValorizedReport) result.get("report"), UtilGenerics.cast(result.get("categoryNames")), sink);
            }
        } catch (GenericEntityException e) {
            // the file may be cut short: the browser gets a broken file rather than a partial one that looks whole
            throw new IOException(e);
        }
    }

    /** Where the report's rows go: a CSV or XLSX writer, or FOP making the PDF as the FO comes. */
    private static ReportExport.Sink sink(String format, Locale locale, TimeZone zone, Map<String, Object> about, OutputStream out)
            throws IOException {
        Words words = new Words(List.of(Labels.message("PhysInvFacility", locale), Labels.message("PhysInvProduct", locale),
                Labels.message("PhysInvProductName", locale), Labels.message("PhysInvProductCategory", locale), Labels.message("PhysInvLot", locale),
                Labels.message("PhysInvQuantity", locale), Labels.message("PhysInvUnitCost", locale), Labels.message("PhysInvValue", locale)),
                Labels.message("PhysInvCategoryTotal", locale), Labels.message("PhysInvGrandTotal", locale));
        switch (format) {
        case "xlsx":
            return ReportExport.xlsx(words, Labels.message("PhysInvValorizedReport", locale), out);
        case "pdf", "floor":
            try {
                Fop fop = ApacheFopWorker.createFopInstance(out, "application/pdf");
                if ("floor".equals(format)) {
                    return ReportPdf.floor(fop.getDefaultHandler());
                }
                return ReportPdf.fo(new ReportPdf.Heading(Labels.message("PhysInvValorizedReport", locale), about(about, locale, zone),
                        Labels.message("PhysInvPage", locale), words.headings(), words.categoryTotal(), Labels.message("PhysInvNoCategory", locale),
                        words.grandTotal()), fop.getDefaultHandler());
            } catch (FOPException e) {
                throw new IOException(e);
            }
        default:
            return ReportExport.csv(words, new OutputStreamWriter(out, StandardCharsets.UTF_8));
        }
    }

    /** What the report is of, as the PDF's heading says it: the closing and its date, or the live stock and its moment; method, currency. */
    private static String about(Map<String, Object> about, Locale locale, TimeZone zone) {
        GenericValue closing = (GenericValue) about.get("closing");
        String of = closing != null
                ? Labels.message("PhysInvClosing", locale) + " " + closing.getString("closingId") + " · " + Labels.message("PhysInvClosingDate", locale)
                        + " " + closing.getDate("closingDate")
                : Labels.message("PhysInvLiveStock", locale) + " · " + moment(about.get("asOf"), zone);
        return of + " · " + Labels.message("PhysInvValuationMethod", locale) + ": " + Labels.message(METHODS.get(about.get("valuationMethod")), locale)
                + " · " + about.get("currencyUomId");
    }

    private static String moment(Object asOf, TimeZone zone) {
        SimpleDateFormat format = new SimpleDateFormat("yyyy-MM-dd HH:mm");
        format.setTimeZone(zone);
        return format.format(asOf);
    }

    /** A closing reconciled with the ledger: per account its figures, the explanations of its difference and its products. */
    private static void reconciliation(HttpServletRequest request, HttpServletResponse response, boolean xlsx) throws IOException {
        String closingId = request.getParameter("closingId");
        String download = xlsx ? "reconciliation.xlsx" : "reconciliation.csv";
        Map<String, Object> result = Downloads.run(request, response, download, "getPiClosingReconciliation", Map.of("closingId", closingId == null ? "" : closingId));
        if (result == null) {
            return;
        }
        Locale locale = UtilHttp.getLocale(request);
        Reconciliation reconciliation = (Reconciliation) result.get("reconciliation");
        ZoneId zone = UtilHttp.getTimeZone(request).toZoneId();
        String file = "reconciliation-" + Downloads.safe(closingId);
        if (xlsx) {
            response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            response.setHeader("Content-Disposition", "attachment; filename=\"" + file + ".xlsx\"");
            ReconciliationExport.xlsx(reconciliation, reconciliationWords(locale), zone, Labels.message("PhysInvReconciliation", locale),
                    response.getOutputStream());
        } else {
            response.setContentType("text/csv; charset=UTF-8");
            response.setHeader("Content-Disposition", "attachment; filename=\"" + file + ".csv\"");
            Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
            ReconciliationExport.csv(reconciliation, reconciliationWords(locale), zone, out);
            out.flush();
        }
    }

    /** The reconciliation export's words in the user's language. */
    private static ReconciliationExport.Words reconciliationWords(Locale locale) {
        List<String> headings = Stream.of("PhysInvReconLine", "PhysInvGlAccount", "PhysInvReconCause", "PhysInvReconDocument", "PhysInvFacility",
                "PhysInvProduct", "PhysInvReconTransactions", "PhysInvReconDate", "PhysInvQuantity", "PhysInvReconStockSide", "PhysInvReconLedgerSide",
                "PhysInvReconAmount").map(key -> Labels.message(key, locale)).toList();
        Map<Cause, String> causes = new EnumMap<>(Cause.class);
        Stream.of(Cause.values()).forEach(cause -> causes.put(cause, Labels.message(cause.labelKey(), locale)));
        Map<Note, String> notes = new EnumMap<>(Note.class);
        Stream.of(Note.values()).forEach(note -> notes.put(note, Labels.message(note.labelKey(), locale)));
        Map<Document.Kind, String> documents = new EnumMap<>(Document.Kind.class);
        Stream.of(Document.Kind.values()).forEach(kind -> documents.put(kind, Labels.message(kind.labelKey(), locale)));
        return new ReconciliationExport.Words(headings, Labels.message("PhysInvReconAccountLine", locale),
                Labels.message("PhysInvReconExplanationLine", locale), Labels.message("PhysInvReconProductLine", locale),
                Labels.message("PhysInvGrandTotal", locale), causes, notes, documents);
    }

    /** The stock of an inventory's facility before counting and after posting, and how each product, location and lot changed. */
    private static void inventoryStock(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String piInventoryId = request.getParameter("piInventoryId");
        Map<String, Object> result = Downloads.run(request, response, "inventory-stock.zip", "getPiStockSnapshots",
                Map.of("piInventoryId", piInventoryId == null ? "" : piInventoryId));
        if (result == null) {
            return;
        }
        response.setContentType("application/zip");
        response.setHeader("Content-Disposition", "attachment; filename=\"inventory-" + Downloads.safe(piInventoryId) + "-stock.zip\"");
        try {
            StockSnapshotZip.write((Delegator) request.getAttribute("delegator"), piInventoryId, UtilGenerics.cast(result.get("snapshotTypes")),
                    UtilHttp.getLocale(request), response.getOutputStream());
        } catch (GenericEntityException e) {
            // the zip may be cut short: the browser gets a broken file rather than a partial one that looks whole
            throw new IOException(e);
        }
    }
}
