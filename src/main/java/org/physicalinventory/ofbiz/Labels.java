package org.physicalinventory.ofbiz;

import java.util.Locale;
import java.util.Map;

import org.apache.ofbiz.base.util.Debug;
import org.apache.ofbiz.base.util.UtilProperties;
import org.apache.ofbiz.service.ServiceUtil;

/** The plugin's translated messages: screen labels, and error messages (every key starting with PhysInvError). */
public final class Labels {

    public static final String RESOURCE = "PhysicalInventoryUiLabels";
    public static final String ERROR_RESOURCE = "PhysicalInventoryErrorUiLabels";
    private static final String PREFIX = "PhysInv";
    private static final String ERROR_PREFIX = PREFIX + "Error";

    private Labels() {
    }

    public static String message(String key, Locale locale, Object... arguments) {
        return UtilProperties.getMessage(key.startsWith(ERROR_PREFIX) ? ERROR_RESOURCE : RESOURCE, key, arguments, locale);
    }

    /**
     * A service error carrying the translated message of {@code key} and, as {@code errorCode}, the
     * stable code a program can act on (services that declare that OUT attribute pass it on).
     */
    public static Map<String, Object> error(String key, Locale locale, Object... arguments) {
        Map<String, Object> result = ServiceUtil.returnError(message(key, locale, arguments));
        result.put("errorCode", errorCode(key));
        return result;
    }

    /**
     * A service error for a failure the user did not cause (the database refused, a row vanished): the exception goes to
     * the log with its stack, the user gets the translated message of {@code key}, which names what could not be done
     * and to what, never the exception's own text.
     */
    public static Map<String, Object> failure(String key, Throwable cause, String module, Locale locale, Object... arguments) {
        Debug.logError(cause, message(key, Locale.ENGLISH, arguments), module);
        return error(key, locale, arguments);
    }

    /** The stable error code of a refusal's label: PhysInvErrorNotYourList is NOT_YOUR_LIST, PhysInvErrorBarcodeEmpty BARCODE_EMPTY. */
    public static String errorCode(String key) {
        String name = key.startsWith(ERROR_PREFIX) ? key.substring(ERROR_PREFIX.length())
                : key.startsWith(PREFIX) ? key.substring(PREFIX.length()) : key;
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    }
}
