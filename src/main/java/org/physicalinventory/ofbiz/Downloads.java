package org.physicalinventory.ofbiz;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.apache.ofbiz.base.util.Debug;
import org.apache.ofbiz.base.util.UtilCodec;
import org.apache.ofbiz.base.util.UtilHttp;
import org.apache.ofbiz.service.GenericServiceException;
import org.apache.ofbiz.service.LocalDispatcher;
import org.apache.ofbiz.service.ServiceUtil;

/**
 * What the plugin's downloads (read-only views that write a file) share: the service that reads their content, run as the
 * logged-in user so that its permission check guards the download, and a refusal answered with its translated message.
 */
public final class Downloads {

    private static final String MODULE = Downloads.class.getName();

    private Downloads() {
    }

    /** Runs the service of a download as the logged-in user; a refusal answers its message (HTML-escaped) with status 400 and null. */
    public static Map<String, Object> run(HttpServletRequest request, HttpServletResponse response, String download, String service,
            Map<String, Object> input) throws IOException {
        LocalDispatcher dispatcher = (LocalDispatcher) request.getAttribute("dispatcher");
        Map<String, Object> context = new HashMap<>(input);
        context.put("userLogin", request.getSession().getAttribute("userLogin"));
        context.put("locale", UtilHttp.getLocale(request));
        context.put("timeZone", UtilHttp.getTimeZone(request));
        String message;
        try {
            Map<String, Object> result = dispatcher.runSync(service, context);
            if (ServiceUtil.isSuccess(result)) {
                return result;
            }
            message = ServiceUtil.getErrorMessage(result);
        } catch (GenericServiceException e) {
            Debug.logError(e, "Download " + download + " not made", MODULE);
            message = Labels.message("PhysInvErrorDownloadFailed", UtilHttp.getLocale(request), download);
        }
        refuse(response, message);
        return null;
    }

    /** Answers a download refused: its message (HTML-escaped) with status 400. */
    public static void refuse(HttpServletResponse response, String message) throws IOException {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType("text/html; charset=UTF-8");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        out.write("<!DOCTYPE html><html><body><p class=\"error\">" + UtilCodec.getEncoder("html").encode(message) + "</p></body></html>");
        out.flush();
    }

    /** A name fit for a file name: anything but letters, digits, '.', '_' and '-' becomes '_'. */
    public static String safe(String name) {
        return name == null ? "" : name.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
