package org.physicalinventory.ofbiz;

import javax.servlet.ServletContext;
import javax.servlet.ServletContextEvent;
import javax.servlet.ServletContextListener;

import org.apache.ofbiz.webapp.WebAppUtil;
import org.physicalinventory.ofbiz.difference.StoredReview;
import org.physicalinventory.ofbiz.valuation.PdfWarmUp;

/**
 * What the first pages after OFBiz starts would otherwise wait for, done in the background once the back office has started:
 * FOP started by one small PDF ({@link PdfWarmUp}), then the reviews stored for inventories not posted yet read back and brought
 * up to date ({@link StoredReview#warmAll}), so that their first review page finds them kept. One thread at the lowest priority,
 * {@link #DELAY_MILLIS} after the start (the server's own start goes first); failures are logged only.
 */
public final class WarmUp implements ServletContextListener {

    static final long DELAY_MILLIS = 20_000;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        ServletContext context = event.getServletContext();
        Thread thread = new Thread(() -> run(context), "physinv-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
    }

    private static void run(ServletContext context) {
        try {
            Thread.sleep(DELAY_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        PdfWarmUp.makeOne();
        StoredReview.warmAll(WebAppUtil.getDelegator(context), WebAppUtil.getDispatcher(context));
    }
}
