package org.physicalinventory.ofbiz.count;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.transaction.Transaction;

import org.apache.ofbiz.base.util.Debug;
import org.apache.ofbiz.base.util.UtilHttp;
import org.apache.ofbiz.entity.GenericValue;
import org.apache.ofbiz.entity.transaction.GenericTransactionException;
import org.apache.ofbiz.entity.transaction.TransactionUtil;
import org.apache.ofbiz.service.GenericServiceException;
import org.apache.ofbiz.service.LocalDispatcher;
import org.apache.ofbiz.service.ModelParam;
import org.apache.ofbiz.service.ModelService;
import org.apache.ofbiz.service.ServiceAuthException;
import org.apache.ofbiz.service.ServiceUtil;
import org.physicalinventory.ofbiz.Labels;
import org.physicalinventory.ofbiz.security.PermissionServices;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The counting API (webapp/physinvcount/openapi.json): one event per request, which runs the
 * counting service of the same name and answers JSON with the documented fields only; every
 * refusal is {@code {"errorCode", "errorMessage"}} with a translated message and an HTTP status.
 * OFBiz's generic {@code json} response is not used: it dumps every request attribute.
 */
public final class CountApiEvents {

    private static final String MODULE = CountApiEvents.class.getName();
    private static final ObjectMapper JSON = new ObjectMapper().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    /** The fields each answer may carry, in the order they are written (openapi.json documents the same). */
    static final Map<String, List<String>> FIELDS = Map.of(
            "getMyPiCountLists", List.of("countLists"),
            "resolvePiScan", List.of("kind", "locationSeqId", "productId", "productName", "lotManaged", "pieces", "lotId", "serialNumber",
                    "quantity", "expiry", "bookQuantity", "bookEmpty"),
            "recordPiCount", List.of("outcome", "lineSeqId", "countedQuantity", "replayed", "lines", "countedLines"),
            "confirmPiLocationEmpty", List.of("outcome", "linesConfirmed", "replayed", "lines", "countedLines"),
            "undoPiRead", List.of("outcome", "lineSeqId", "countedQuantity", "change", "replayed", "lines", "countedLines"),
            "getPiRecentReads", List.of("reads"));

    /** An answer: HTTP status and JSON body. */
    public record Answer(int status, Map<String, Object> body) {
    }

    private CountApiEvents() {
    }

    public static String getMyPiCountLists(HttpServletRequest request, HttpServletResponse response) {
        return call("getMyPiCountLists", request, response);
    }

    public static String resolvePiScan(HttpServletRequest request, HttpServletResponse response) {
        return call("resolvePiScan", request, response);
    }

    public static String recordPiCount(HttpServletRequest request, HttpServletResponse response) {
        return call("recordPiCount", request, response);
    }

    public static String confirmPiLocationEmpty(HttpServletRequest request, HttpServletResponse response) {
        return call("confirmPiLocationEmpty", request, response);
    }

    public static String undoPiRead(HttpServletRequest request, HttpServletResponse response) {
        return call("undoPiRead", request, response);
    }

    public static String getPiRecentReads(HttpServletRequest request, HttpServletResponse response) {
        return call("getPiRecentReads", request, response);
    }

    private static String call(String service, HttpServletRequest request, HttpServletResponse response) {
        Locale locale = locale(request);
        GenericValue userLogin = (GenericValue) request.getSession().getAttribute("userLogin");
        if (userLogin == null) {
            return write(response, refusal(401, "PhysInvErrorLoginRequired", locale));
        }
        LocalDispatcher dispatcher = (LocalDispatcher) request.getAttribute("dispatcher");
        try {
            ModelService model = dispatcher.getDispatchContext().getModelService(service);
            Map<String, Object> context = new HashMap<>();
            for (ModelParam param : model.getInModelParamList()) {
                String value = param.getInternal() ? null : request.getParameter(param.getName());
                if (value != null && !value.isEmpty()) {
                    context.put(param.getName(), value);
                } else if (!param.getInternal() && !param.isOptional()) {
                    return write(response, refusal(400, "PhysInvErrorMissingField", locale, param.getName()));
                }
            }
            context.put("userLogin", userLogin);
            context.put("locale", locale);
            context.put("timeZone", UtilHttp.getTimeZone(request));
            // OFBiz runs a Java event inside a transaction: step out of it, so that a read is stored in a short
            // transaction of its own (run again after a lock conflict) and the reads before it hold no locks
            Transaction event = TransactionUtil.suspend();
            try {
                return write(response, answer(service, dispatcher.runSync(service, context)));
            } finally {
                TransactionUtil.resume(event);
            }
        } catch (ServiceAuthException e) {
            return write(response, refusal(403, "PhysInvErrorPermission", locale, PermissionServices.PERMISSION + "_COUNT"));
        } catch (GenericServiceException | GenericTransactionException e) {
            Debug.logError(e, service + " failed", MODULE);
            return write(response, refusal(500, "PhysInvErrorServer", locale));
        }
    }

    /** The JSON answer to a counting service's result: its documented fields, or the refusal with its code. */
    public static Answer answer(String service, Map<String, Object> result) {
        if (!ServiceUtil.isSuccess(result)) {
            String code = result.get("errorCode") instanceof String c ? c : "BAD_REQUEST";
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("errorCode", code);
            body.put("errorMessage", ServiceUtil.getErrorMessage(result));
            return new Answer(status(code), body);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        for (String field : FIELDS.get(service)) {
            if (result.get(field) != null) {
                body.put(field, plain(result.get(field)));
            }
        }
        return new Answer(200, body);
    }

    /**
     * The handheld webapp's error page (controller.xml): a request OFBiz refused before our event ran,
     * for a missing CSRF token above all. The counting requests get JSON, the page a line of text.
     */
    public static String errorPage(HttpServletRequest request, HttpServletResponse response) {
        Locale locale = locale(request);
        Object message = request.getAttribute("_ERROR_MESSAGE_");
        boolean csrf = message != null && message.toString().contains("CSRF token");
        Answer answer = csrf ? refusal(403, "PhysInvErrorCsrfToken", locale)
                : refusal(400, "PhysInvErrorBadRequest", locale, request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!response.isCommitted()) {
            response.reset();
        }
        write(response, answer);
        return "";
    }

    /** The user's language; English when the client names none (a JVM without a default locale answers an empty one). */
    public static Locale locale(HttpServletRequest request) {
        Locale locale = UtilHttp.getLocale(request);
        return locale == null || locale.getLanguage().isEmpty() ? Locale.ENGLISH : locale;
    }

    private static int status(String code) {
        return switch (code) {
        case "LOGIN_REQUIRED" -> 401;
        case "PERMISSION", "NOT_YOUR_LIST", "CSRF_TOKEN" -> 403;
        case "LIST_NOT_FOUND" -> 404;
        case "SERVER" -> 500;
        case "BAD_REQUEST", "MISSING_FIELD" -> 400;
        default -> 422;
        };
    }

    /** A refusal answered as the counting API answers them: HTTP status, error code and translated message. */
    public static Answer refusal(int status, String labelKey, Locale locale, Object... arguments) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("errorCode", Labels.errorCode(labelKey));
        body.put("errorMessage", Labels.message(labelKey, locale, arguments));
        return new Answer(status, body);
    }

    /** Decimals without trailing zeros (5, not 5.000000), in lists and maps too. */
    private static Object plain(Object value) {
        if (value instanceof BigDecimal decimal) {
            BigDecimal stripped = decimal.stripTrailingZeros();
            return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(CountApiEvents::plain).collect(Collectors.toList());
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> {
                if (v != null) {
                    copy.put(k, plain(v)); // absent rather than null, as openapi.json says
                }
            });
            return copy;
        }
        return value;
    }

    /** Writes an answer as JSON, never cached. */
    public static String write(HttpServletResponse response, Answer answer) {
        try {
            String body = JSON.writeValueAsString(answer.body());
            response.setStatus(answer.status());
            response.setContentType("application/json;charset=UTF-8");
            response.setHeader("Cache-Control", "no-store");
            response.setContentLength(body.getBytes(StandardCharsets.UTF_8).length);
            response.getWriter().write(body);
            response.getWriter().flush();
        } catch (IOException e) {
            Debug.logWarning(e, "Answer not sent", MODULE);
        }
        return "success";
    }
}
