package org.physicalinventory.ofbiz.supervision;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.transaction.Transaction;

import org.apache.ofbiz.base.util.Debug;
import org.apache.ofbiz.entity.GenericValue;
import org.apache.ofbiz.entity.transaction.GenericTransactionException;
import org.apache.ofbiz.entity.transaction.TransactionUtil;
import org.apache.ofbiz.service.GenericServiceException;
import org.apache.ofbiz.service.LocalDispatcher;
import org.apache.ofbiz.service.ServiceAuthException;
import org.apache.ofbiz.service.ServiceUtil;
import org.physicalinventory.ofbiz.count.CountApiEvents;
import org.physicalinventory.ofbiz.count.CountApiEvents.Answer;
import org.physicalinventory.ofbiz.security.PermissionServices;

/**
 * The supervision page's refresh: a POST (with its CSRF token) answered by getPiSupervision's figures as JSON, its documented
 * fields only, as the counting API answers (OFBiz's generic json response would dump every request attribute).
 */
public final class SupervisionEvents {

    private static final String MODULE = SupervisionEvents.class.getName();

    private SupervisionEvents() {
    }

    public static String getPiSupervision(HttpServletRequest request, HttpServletResponse response) {
        Locale locale = CountApiEvents.locale(request);
        GenericValue userLogin = (GenericValue) request.getSession().getAttribute("userLogin");
        if (userLogin == null) {
            return CountApiEvents.write(response, CountApiEvents.refusal(401, "PhysInvErrorLoginRequired", locale));
        }
        LocalDispatcher dispatcher = (LocalDispatcher) request.getAttribute("dispatcher");
        try {
            // out of the event's transaction: the figures are read without holding anything while counting goes on
            Transaction event = TransactionUtil.suspend();
            try {
                return CountApiEvents.write(response, answer(dispatcher.runSync("getPiSupervision", Map.of("piInventoryId",
                        String.valueOf(request.getParameter("piInventoryId")), "userLogin", userLogin, "locale", locale))));
            } finally {
                TransactionUtil.resume(event);
            }
        } catch (ServiceAuthException e) {
            return CountApiEvents.write(response, CountApiEvents.refusal(403, "PhysInvErrorPermission", locale, PermissionServices.PERMISSION + "_VIEW"));
        } catch (GenericServiceException | GenericTransactionException e) {
            Debug.logError(e, "getPiSupervision failed", MODULE);
            return CountApiEvents.write(response, CountApiEvents.refusal(500, "PhysInvErrorServer", locale));
        }
    }

    private static Answer answer(Map<String, Object> result) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (!ServiceUtil.isSuccess(result)) {
            body.put("errorCode", result.get("errorCode") instanceof String code ? code : "BAD_REQUEST");
            body.put("errorMessage", ServiceUtil.getErrorMessage(result));
            return new Answer(404, body);
        }
        for (String field : SupervisionServices.outputFields()) {
            body.put(field, result.get(field));
        }
        return new Answer(200, body);
    }
}
