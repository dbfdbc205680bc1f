package org.physicalinventory.ofbiz.reconciliation;

import java.sql.Timestamp;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

import org.apache.ofbiz.entity.Delegator;
import org.apache.ofbiz.entity.GenericEntityException;
import org.apache.ofbiz.service.DispatchContext;
import org.apache.ofbiz.service.ServiceUtil;
import org.physicalinventory.ofbiz.Labels;
import org.physicalinventory.ofbiz.reconciliation.ClosingReconciliation.Result;
import org.physicalinventory.reconciliation.Reconciliation;
import org.physicalinventory.valuation.ValuationException;

/** getPiClosingReconciliation: a stock closing reconciled with the ledger, for the screen and the exports. */
public final class ReconciliationServices {

    private static final String MODULE = ReconciliationServices.class.getName();

    private ReconciliationServices() {
    }

    /**
     * The closing's value per inventory account beside the account's balance, the difference and its explanations; the explanations
     * and products of one account when {@code glAccountId} is given.
     */
    public static Map<String, Object> getClosingReconciliation(DispatchContext dctx, Map<String, ? extends Object> context) {
        Delegator delegator = dctx.getDelegator();
        Locale locale = (Locale) context.get("locale");
        String closingId = (String) context.get("closingId");
        String glAccountId = context.get("glAccountId") == null || "".equals(context.get("glAccountId")) ? null : (String) context.get("glAccountId");
        try {
            Result result = ClosingReconciliation.of(delegator, closingId);
            Reconciliation reconciliation = result.reconciliation();
            Map<String, Object> answer = ServiceUtil.returnSuccess();
            answer.put("closing", result.closing());
            answer.put("previousClosing", result.previous());
            answer.put("reconciliation", reconciliation);
            answer.put("fromDate", reconciliation.from() == null ? null : Timestamp.from(reconciliation.from()));
            answer.put("thruDate", Timestamp.from(reconciliation.until()));
            answer.put("accountNames", result.accountNames());
            answer.put("scopeText", ReconciliationMaps.scope(result.closing(), locale));
            answer.put("periodText", ReconciliationMaps.period(result, locale, (TimeZone) context.get("timeZone")));
            ReconciliationMaps.put(answer, delegator, reconciliation, result.accountNames(), glAccountId);
            return answer;
        } catch (ValuationException e) {
            return Labels.error(e.labelKey(), locale, e.arguments());
        } catch (GenericEntityException e) {
            return Labels.failure("PhysInvErrorReconciliationFailed", e, MODULE, locale, closingId);
        }
    }
}
