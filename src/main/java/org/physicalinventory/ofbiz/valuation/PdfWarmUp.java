package org.physicalinventory.ofbiz.valuation;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.fop.apps.FOPException;
import org.apache.fop.apps.Fop;
import org.apache.ofbiz.base.util.Debug;
import org.apache.ofbiz.webapp.view.ApacheFopWorker;
import org.physicalinventory.report.ReportExport;
import org.physicalinventory.report.ReportPdf;
import org.physicalinventory.report.ReportRow;

/**
 * One small PDF made in the background once the back office has started, so that the first report a user asks for does not wait
 * for FOP to start (its factory, its fonts, the JIT of its layout: seconds on a busy server). A few rows of the valorized report's
 * layout, made after {@link #DELAY_MILLIS} (the server's own start goes first), at the lowest priority, written nowhere, once per
 * server; a failure is logged only.
 */
final class PdfWarmUp {

    private static final String MODULE = PdfWarmUp.class.getName();
    static final long DELAY_MILLIS = 20_000;
    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private PdfWarmUp() {
    }

    /** Starts the warm-up, the first time only. */
    static void start() {
        if (!STARTED.compareAndSet(false, true)) {
            return;
        }
        Thread thread = new Thread(PdfWarmUp::run, "physinv-pdf-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    private static void run() {
        try {
            Thread.sleep(DELAY_MILLIS);
            long start = System.nanoTime();
            Fop fop = ApacheFopWorker.createFopInstance(OutputStream.nullOutputStream(), "application/pdf");
            ReportExport.Sink sink = ReportPdf.fo(new ReportPdf.Heading("-", "-", "-", List.of("-", "-", "-", "-", "-", "-", "-", "-"), "-", "-", "-"),
                    fop.getDefaultHandler());
            try (sink) {
                for (int i = 0; i < 50; i++) {
                    sink.row(ReportRow.of("F", "P" + i, "-", "C", null, BigDecimal.ONE, BigDecimal.TEN, false));
                }
                sink.finish(Map.of());
            }
            Debug.logInfo(String.format("FOP warmed up: a PDF of 50 rows in %.2f s", (System.nanoTime() - start) / 1e9), MODULE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (FOPException | IOException | RuntimeException e) {
            Debug.logWarning(e, "FOP was not warmed up; the first PDF will wait for it", MODULE);
        }
    }
}
