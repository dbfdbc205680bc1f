package org.physicalinventory.ofbiz.security;

import java.util.Locale;
import java.util.Map;

import org.apache.ofbiz.entity.GenericValue;
import org.apache.ofbiz.service.DispatchContext;
import org.apache.ofbiz.service.ServiceUtil;
import org.physicalinventory.ofbiz.Labels;

/** The permission service every plugin service names: PHYSINV_&lt;action&gt;, or PHYSINV_ADMIN for all. */
public final class PermissionServices {

    public static final String PERMISSION = "PHYSINV";

    private PermissionServices() {
    }

    public static Map<String, Object> checkPermission(DispatchContext dctx, Map<String, ? extends Object> context) {
        return check(dctx, context, (String) context.get("mainAction"));
    }

    /** Counting: PHYSINV_COUNT, which the counter security group holds. */
    public static Map<String, Object> checkCountPermission(DispatchContext dctx, Map<String, ? extends Object> context) {
        return check(dctx, context, "COUNT");
    }

    /** Posting stock differences to stock and ledger: PHYSINV_POST. */
    public static Map<String, Object> checkPostPermission(DispatchContext dctx, Map<String, ? extends Object> context) {
        return check(dctx, context, "POST");
    }

    /** Stock closings: PHYSINV_CLOSE. */
    public static Map<String, Object> checkClosePermission(DispatchContext dctx, Map<String, ? extends Object> context) {
        return check(dctx, context, "CLOSE");
    }

    /** Benchmark tools and other administration: PHYSINV_ADMIN only. */
    public static Map<String, Object> checkAdminPermission(DispatchContext dctx, Map<String, ? extends Object> context) {
        return check(dctx, context, "ADMIN");
    }

    private static Map<String, Object> check(DispatchContext dctx, Map<String, ? extends Object> context, String mainAction) {
        GenericValue userLogin = (GenericValue) context.get("userLogin");
        Locale locale = (Locale) context.get("locale");
        Map<String, Object> result = ServiceUtil.returnSuccess();
        boolean allowed = mainAction != null && userLogin != null
                && dctx.getSecurity().hasEntityPermission(PERMISSION, "_" + mainAction, userLogin);
        result.put("hasPermission", allowed);
        if (!allowed) {
            result.put("failMessage", Labels.message("PhysInvErrorPermission", locale, PERMISSION + "_" + mainAction));
        }
        return result;
    }
}
