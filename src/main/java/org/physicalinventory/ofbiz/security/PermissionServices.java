package org.physicalinventory.ofbiz.security;

import java.util.Locale;
import java.util.Map;

import org.apache.ofbiz.entity.GenericValue;
import org.apache.ofbiz.service.DispatchContext;
import org.apache.ofbiz.service.ServiceUtil;
import org.physicalinventory.ofbiz.Labels;

/**
 * The permission service every plugin service names: PHYSINV_&lt;action&gt;, or PHYSINV_ADMIN for all (an action not
 * named: PHYSINV_ADMIN only).
 */
public final class PermissionServices {

    public static final String PERMISSION = "PHYSINV";
    private static final String ADMIN = "ADMIN";
    /** The acts the plugin's services ask a permission for, with the label saying each in words. */
    private static final Map<String, String> ACTS = Map.of("VIEW", "PhysInvPermissionActVIEW", "CREATE", "PhysInvPermissionActCREATE",
            "UPDATE", "PhysInvPermissionActUPDATE", "DELETE", "PhysInvPermissionActDELETE", "POST", "PhysInvPermissionActPOST",
            "CLOSE", "PhysInvPermissionActCLOSE", "COUNT", "PhysInvPermissionActCOUNT", ADMIN, "PhysInvPermissionActADMIN");

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
        String action = mainAction == null ? ADMIN : mainAction;
        Map<String, Object> result = ServiceUtil.returnSuccess();
        boolean allowed = userLogin != null && dctx.getSecurity().hasEntityPermission(PERMISSION, "_" + action, userLogin);
        result.put("hasPermission", allowed);
        if (!allowed) {
            result.put("failMessage", refusal(action, (Locale) context.get("locale")));
        }
        return result;
    }

    /**
     * The refusal of a user without the permission PHYSINV_&lt;mainAction&gt;: it names the permission, PHYSINV_ADMIN beside
     * it when that is another one, and the act in words when it is one the plugin's services ask for.
     */
    public static String refusal(String mainAction, Locale locale) {
        String permission = PERMISSION + "_" + mainAction;
        if (!ACTS.containsKey(mainAction)) {
            return Labels.message("PhysInvErrorPermission", locale, permission);
        }
        String act = Labels.message(ACTS.get(mainAction), locale);
        return Labels.message(ADMIN.equals(mainAction) ? "PhysInvErrorPermissionAdminTo" : "PhysInvErrorPermissionTo", locale, permission, act);
    }
}
