package org.physicalinventory.ofbiz.count;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.servlet.ServletContext;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.apache.ofbiz.base.util.Debug;
import org.apache.ofbiz.base.util.UtilGenerics;
import org.apache.ofbiz.base.util.UtilHttp;
import org.apache.ofbiz.webapp.view.AbstractViewHandler;
import org.apache.ofbiz.webapp.view.ViewHandlerException;
import org.physicalinventory.count.CountSheet;
import org.physicalinventory.ofbiz.Downloads;
import org.physicalinventory.ofbiz.Labels;

/**
 * The count sheet of a list as a file to fill in ({@code page="count-sheet.csv"} or {@code count-sheet.xlsx}): the lines
 * the count grid's filter keeps (location, product, supplier, counted or not), read by {@code findPiCountLines} as the
 * logged-in user, whose permission check guards the download.
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
            Map<String, Object> input = new HashMap<>();
            FILTER.forEach(parameter -> input.put(parameter, request.getParameter(parameter)));
            Map<String, Object> result = Downloads.run(request, response, page, "findPiCountLines", input);
            if (result == null) {
                return;
            }
            Locale locale = UtilHttp.getLocale(request);
            List<CountSheet.Line> lines = new ArrayList<>();
            for (Map<String, Object> line : UtilGenerics.<List<Map<String, Object>>>cast(result.get("countLines"))) {
                lines.add(new CountSheet.Line((String) line.get("locationSeqId"), (String) line.get("productId"), (String) line.get("productName"),
                        (String) line.get("lotId"), (String) line.get("serialNumber"), (BigDecimal) line.get("bookQuantity"),
                        (BigDecimal) line.get("countedQuantity")));
            }
            boolean blind = Boolean.TRUE.equals(result.get("blindCount"));
            String file = "count-sheet-" + Downloads.safe(request.getParameter("piListId"));
            if (xlsx) {
                response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
                response.setHeader("Content-Disposition", "attachment; filename=\"" + file + ".xlsx\"");
                CountSheet.xlsx(lines, headings(locale), blind, Labels.message("PhysInvCountSheet", locale), response.getOutputStream());
            } else {
                response.setContentType("text/csv; charset=UTF-8");
                response.setHeader("Content-Disposition", "attachment; filename=\"" + file + ".csv\"");
                Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
                CountSheet.csv(lines, headings(locale), blind, out);
                out.flush();
            }
        } catch (IOException e) {
            Debug.logWarning(e, "Download " + page + " not written", MODULE);
            throw new ViewHandlerException(Labels.message("PhysInvErrorDownloadFailed", UtilHttp.getLocale(request), page), e);
        }
    }

    private static CountSheet.Headings headings(Locale locale) {
        return new CountSheet.Headings(Labels.message("PhysInvLocation", locale), Labels.message("PhysInvProduct", locale),
                Labels.message("PhysInvDescription", locale), Labels.message("PhysInvLot", locale), Labels.message("PhysInvSerialNumber", locale),
                Labels.message("PhysInvBookQuantity", locale), Labels.message("PhysInvCountedQuantity", locale));
    }
}
