package org.physicalinventory.ofbiz;

import java.util.Locale;
import java.util.Map;

import org.apache.ofbiz.base.util.UtilProperties;
import org.apache.ofbiz.service.ServiceUtil;

/** The plugin's translated messages. */
public final class Labels {

    public static final String RESOURCE = "PhysicalInventoryUiLabels";

    private Labels() {
    }

    public static String message(String key, Locale locale, Object... arguments) {
        return UtilProperties.getMessage(RESOURCE, key, arguments, locale);
    }

    /** A service error carrying the translated message of {@code key}. */
    public static Map<String, Object> error(String key, Locale locale, Object... arguments) {
        return ServiceUtil.returnError(message(key, locale, arguments));
    }
}
