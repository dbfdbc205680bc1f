package org.physicalinventory.ofbiz.test;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.apache.ofbiz.base.util.UtilMisc;
import org.apache.ofbiz.entity.GenericEntityException;
import org.apache.ofbiz.service.GenericServiceException;
import org.apache.ofbiz.service.ServiceAuthException;
import org.apache.ofbiz.service.ServiceValidationException;
import org.apache.ofbiz.service.ServiceUtil;
import org.apache.ofbiz.service.testtools.OFBizTestCase;
import org.physicalinventory.ofbiz.Labels;

/** Calls services as a given user, in English, and reads their answers. */
abstract class PhysInvTestCase extends OFBizTestCase {

    private static final String MODULE = PhysInvTestCase.class.getName();

    PhysInvTestCase(String name) {
        super(name);
    }

    /** Runs a service as the user; a service exception answers as an error, so that a refusal is a value to check. */
    Map<String, Object> call(String service, String userLoginId, Object... fields) throws GenericEntityException {
        return callIn(Locale.ENGLISH, service, userLoginId, fields);
    }

    /** Runs a service as the user in the user's language. */
    Map<String, Object> callIn(Locale locale, String service, String userLoginId, Object... fields) throws GenericEntityException {
        Map<String, Object> context = new HashMap<>(UtilMisc.toMap(fields));
        context.put("userLogin", getUserLogin(userLoginId));
        context.put("locale", locale);
        try {
            return getDispatcher().runSync(service, context);
        } catch (ServiceValidationException e) {
            // OFBiz's own refusals, in the translated words its request handler shows: a bad or missing attribute, no permission
            return ServiceUtil.returnError(e.getMessageList());
        } catch (ServiceAuthException e) {
            return ServiceUtil.returnError(e.getNonNestedMessage());
        } catch (GenericServiceException e) {
            return Labels.failure("PhysInvErrorServer", e, MODULE, locale);
        }
    }

    static Map<String, Object> ok(Map<String, Object> result) {
        assertTrue(ServiceUtil.getErrorMessage(result), ServiceUtil.isSuccess(result));
        return result;
    }

    /** The message of a refusal; fails when the service succeeded. */
    static String error(Map<String, Object> result) {
        assertTrue("expected a refusal", ServiceUtil.isError(result) || ServiceUtil.isFailure(result));
        return ServiceUtil.getErrorMessage(result);
    }
}
