package org.physicalinventory.ofbiz.valuation;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.apache.fop.apps.FOPException;
import org.apache.fop.apps.Fop;
import org.apache.ofbiz.base.util.Debug;
import org.apache.ofbiz.webapp.view.ApacheFopWorker;
import org.physicalinventory.report.ReportExport;
import org.physicalinventory.report.ReportPdf;
import org.physicalinventory.report.ReportRow;

/**
 * One small PDF made once the back office has started ({@code WarmUp}), so that the first report a user asks for does not wait
 * for FOP to start (its factory, its fonts, the JIT of its layout: seconds on a busy server): fifty rows of the valorized
 * report's layout, written nowhere; a failure is logged only.
 */
public final class PdfWarmUp {

    private static final String MODULE = PdfWarmUp.class.getName();

    private PdfWarmUp() {
    }

    public static void makeOne() {
        long start = System.nanoTime();
        try {
            Fop fop = ApacheFopWorker.createFopInstance(OutputStream.nullOutputStream(), "application/pdf");
            try (ReportExport.Sink sink = ReportPdf.fo(new ReportPdf.Heading("-", "-", "-", List.of("-", "-", "-", "-", "-", "-", "-", "-"), "-", "-",
                    "-"), fop.getDefaultHandler())) {
                for (int i = 0; i < 50; i++) {
                    sink.row(ReportRow.of("F", "P" + i, "-", "C", null, BigDecimal.ONE, BigDecimal.TEN, false));
                }
                sink.finish(Map.of());
            }
            Debug.logInfo(String.format("FOP warmed up: a PDF of 50 rows in %.2f s", (System.nanoTime() - start) / 1e9), MODULE);
        } catch (FOPException | IOException | RuntimeException e) {
            Debug.logWarning(e, "FOP was not warmed up; the first PDF will wait for it", MODULE);
        }
    }
}
