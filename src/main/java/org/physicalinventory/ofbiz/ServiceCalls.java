package org.physicalinventory.ofbiz;

import java.util.Locale;
import java.util.Map;

import org.apache.ofbiz.base.util.UtilMisc;
import org.apache.ofbiz.entity.GenericValue;
import org.apache.ofbiz.service.GenericServiceException;
import org.apache.ofbiz.service.LocalDispatcher;
import org.apache.ofbiz.service.ServiceUtil;

/**
 * The plugin's own services called one after another inside the caller's transaction, as one user in one language, by
 * work made of their steps (a cycle inventory, a one-step start): the first refusal stops the work, its answer becomes
 * the work's, and the refused service has marked the transaction for rollback, so nothing stays written.
 */
public final class ServiceCalls {

    private final LocalDispatcher dispatcher;
    private final GenericValue userLogin;
    private final Locale locale;

    public ServiceCalls(LocalDispatcher dispatcher, GenericValue userLogin, Locale locale) {
        this.dispatcher = dispatcher;
        this.userLogin = userLogin;
        this.locale = locale;
    }

    /** Runs the service with these fields (name, value, ...); its answer, or {@link Refused} when it refused. */
    public Map<String, Object> call(String service, Object... fields) throws GenericServiceException, Refused {
        Map<String, Object> context = UtilMisc.toMap(fields);
        context.put("userLogin", userLogin);
        context.put("locale", locale);
        Map<String, Object> result = dispatcher.runSync(service, context);
        if (!ServiceUtil.isSuccess(result)) {
            throw new Refused(result);
        }
        return result;
    }

    /** A service called on the way refused: its answer is the work's, and nothing stays written. */
    public static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient Map<String, Object> result;

        Refused(Map<String, Object> result) {
            super(ServiceUtil.getErrorMessage(result));
            this.result = result;
        }

        public Map<String, Object> result() {
            return result;
        }
    }
}
