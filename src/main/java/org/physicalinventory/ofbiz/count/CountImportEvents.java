package org.physicalinventory.ofbiz.count;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.apache.ofbiz.base.util.UtilGenerics;
import org.apache.ofbiz.base.util.UtilHttp;
import org.apache.ofbiz.service.GenericServiceException;
import org.apache.ofbiz.service.LocalDispatcher;
import org.apache.ofbiz.service.ServiceUtil;
import org.physicalinventory.ofbiz.Labels;

/**
 * The upload of a file of counts (a multipart form) handed to readPiCountFile. OFBiz's service event reads a multipart
 * body only when the request has no other parameter; with OFBiz's CSRF defence on, the form's action carries the token
 * as one, and the upload's fields were lost ("piListId is missing"). This event reads the multipart body itself.
 */
public final class CountImportEvents {

    private static final String MODULE = CountImportEvents.class.getName();
    /** The form's fields readPiCountFile takes. */
    private static final List<String> FIELDS = List.of("piListId", "mode", "countFile", "_countFile_fileName", "_countFile_contentType");

    private CountImportEvents() {
    }

    /** readPiCountFile: the file read and kept; the list, the mode and the import id go on to the preview (or the error page). */
    public static String readPiCountFile(HttpServletRequest request, HttpServletResponse response) {
        Map<String, Object> form = formFields(request);
        Map<String, Object> context = new HashMap<>();
        FIELDS.stream().filter(name -> form.get(name) != null).forEach(name -> context.put(name, form.get(name)));
        context.put("userLogin", request.getSession().getAttribute("userLogin"));
        context.put("locale", UtilHttp.getLocale(request));
        request.setAttribute("piListId", form.get("piListId"));
        request.setAttribute("mode", form.get("mode"));
        Map<String, Object> result;
        try {
            result = ((LocalDispatcher) request.getAttribute("dispatcher")).runSync("readPiCountFile", context);
        } catch (GenericServiceException e) {
            result = Labels.failure("PhysInvErrorServer", e, MODULE, UtilHttp.getLocale(request));
        }
        if (ServiceUtil.isError(result)) {
            request.setAttribute("_ERROR_MESSAGE_", ServiceUtil.getErrorMessage(result));
            return "error";
        }
        request.setAttribute("importId", result.get("importId"));
        return "success";
    }

    /**
     * The request's parameters and the fields of its multipart body: as OFBiz read them already, or read here when it
     * did not (it skips the body when the URL has parameters, such as the CSRF token).
     */
    public static Map<String, Object> formFields(HttpServletRequest request) {
        Map<String, Object> fields = new HashMap<>(UtilHttp.getParameterMap(request));
        Map<String, Object> multipart = UtilGenerics.cast(request.getAttribute("multiPartMap"));
        fields.putAll(multipart == null || multipart.isEmpty() ? UtilHttp.getMultiPartParameterMap(request) : multipart);
        return fields;
    }
}
