package org.physicalinventory.ofbiz.count;

import java.util.Locale;
import java.util.Map;

import org.apache.ofbiz.entity.Delegator;
import org.apache.ofbiz.entity.GenericEntityException;
import org.apache.ofbiz.entity.GenericValue;
import org.apache.ofbiz.entity.util.EntityQuery;
import org.apache.ofbiz.service.DispatchContext;
import org.apache.ofbiz.service.ServiceUtil;
import org.physicalinventory.barcode.BarcodeException;
import org.physicalinventory.barcode.BarcodeRule;
import org.physicalinventory.ofbiz.Labels;

/** Barcode rules are stored only once their pattern compiles and names the product part. */
public final class BarcodeRuleServices {

    private static final String MODULE = BarcodeRuleServices.class.getName();

    private BarcodeRuleServices() {
    }

    public static Map<String, Object> createBarcodeRule(DispatchContext dctx, Map<String, ? extends Object> context) {
        return save(dctx.getDelegator(), context, true);
    }

    public static Map<String, Object> updateBarcodeRule(DispatchContext dctx, Map<String, ? extends Object> context) {
        return save(dctx.getDelegator(), context, false);
    }

    private static Map<String, Object> save(Delegator delegator, Map<String, ? extends Object> context, boolean create) {
        Locale locale = (Locale) context.get("locale");
        String barcodeRuleId = (String) context.get("barcodeRuleId");
        try {
            BarcodeRule.of(barcodeRuleId, (String) context.get("pattern"));
        } catch (BarcodeException e) {
            return Labels.error(e.labelKey(), locale, e.arguments());
        }
        try {
            GenericValue rule = EntityQuery.use(delegator).from("PiBarcodeRule").where("barcodeRuleId", barcodeRuleId).queryOne();
            if (create == (rule != null)) {
                return Labels.error(create ? "PhysInvErrorBarcodeRuleExists" : "PhysInvErrorBarcodeRuleNotFound", locale, barcodeRuleId);
            }
            rule = create ? delegator.makeValue("PiBarcodeRule", "barcodeRuleId", barcodeRuleId) : rule;
            rule.setNonPKFields(context);
            if (rule.get("enabled") == null) {
                rule.set("enabled", "Y");
            }
            delegator.createOrStore(rule);
            return ServiceUtil.returnSuccess();
        } catch (GenericEntityException e) {
            return Labels.failure("PhysInvErrorBarcodeRuleFailed", e, MODULE, locale, barcodeRuleId);
        }
    }
}
