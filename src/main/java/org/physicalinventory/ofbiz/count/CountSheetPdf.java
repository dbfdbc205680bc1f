package org.physicalinventory.ofbiz.count;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.xml.transform.stream.StreamSource;

import org.apache.fop.apps.FOPException;
import org.apache.fop.apps.Fop;
import org.apache.ofbiz.base.util.UtilProperties;
import org.apache.ofbiz.base.util.template.FreeMarkerWorker;
import org.apache.ofbiz.entity.GenericValue;
import org.apache.ofbiz.webapp.view.ApacheFopWorker;

import freemarker.template.TemplateException;

/**
 * One PDF count sheet made outside a request (the count sheets job): the same template as the CountSheetPdf screen, with the
 * range of locations it covers in its heading, rendered to XSL-FO and by FOP to PDF.
 */
final class CountSheetPdf {

    private static final String TEMPLATE = "component://physical-inventory/template/count/CountSheet.fo.ftl";

    private CountSheetPdf() {
    }

    /** What one sheet shows: its inventory and list, whether the list counts blind, the locations it covers and its lines. */
    record Sheet(GenericValue inventory, GenericValue list, boolean blindCount, String locations, List<GenericValue> lines) {
    }

    /** Writes the sheet's PDF to {@code out}, which stays open. */
    static void write(Sheet sheet, Locale locale, OutputStream out) throws IOException {
        Map<String, Object> context = new HashMap<>();
        context.put("uiLabelMap", UtilProperties.getResourceBundleMap("PhysicalInventoryUiLabels", locale));
        context.put("locale", locale);
        context.put("inventory", sheet.inventory());
        context.put("inventoryList", sheet.list());
        context.put("blindCount", sheet.blindCount());
        context.put("sheetLocations", sheet.locations());
        List<Map<String, Object>> lines = new ArrayList<>();
        for (GenericValue line : sheet.lines()) {
            Map<String, Object> row = new HashMap<>(line.getAllFields());
            row.put("productName", CountGridRows.productName(line));
            lines.add(row);
        }
        context.put("countLines", lines);
        StringWriter fo = new StringWriter();
        try {
            FreeMarkerWorker.renderTemplate(TEMPLATE, context, fo);
            Fop fop = ApacheFopWorker.createFopInstance(out, "application/pdf");
            ApacheFopWorker.transform(new StreamSource(new StringReader(fo.toString())), null, fop);
        } catch (TemplateException | FOPException e) {
            throw new IOException(e);
        }
    }
}
