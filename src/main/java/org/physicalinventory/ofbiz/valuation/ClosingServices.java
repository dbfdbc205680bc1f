package org.physicalinventory.ofbiz.valuation;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

import org.apache.ofbiz.base.util.UtilDateTime;
import org.apache.ofbiz.base.util.UtilMisc;
import org.apache.ofbiz.entity.Delegator;
import org.apache.ofbiz.entity.GenericEntityException;
import org.apache.ofbiz.entity.GenericValue;
import org.apache.ofbiz.service.DispatchContext;
import org.apache.ofbiz.service.GenericServiceException;
import org.apache.ofbiz.service.ServiceUtil;
import org.physicalinventory.ofbiz.Labels;
import org.physicalinventory.ofbiz.Parameters;
import org.physicalinventory.ofbiz.valuation.sql.StockHistory;
import org.physicalinventory.valuation.ClosingDate;
import org.physicalinventory.valuation.ClosingScope;
import org.physicalinventory.valuation.ClosingStatus;
import org.physicalinventory.valuation.ValuationException;

/**
 * Stock closings: start one (or run it again), the run itself, confirm. The rules (scope, dates, statuses,
 * valuation) are the core's; this class checks the input against OFBiz's data and keeps the header.
 */
public final class ClosingServices {

    private static final String MODULE = ClosingServices.class.getName();

    private ClosingServices() {
    }

    /** startPiStockClosing: checks everything, writes the header (running), then values at once or as a job. */
    public static Map<String, Object> startStockClosing(DispatchContext dctx, Map<String, ? extends Object> context) {
        Delegator delegator = dctx.getDelegator();
        Locale locale = (Locale) context.get("locale");
        GenericValue userLogin = (GenericValue) context.get("userLogin");
        String closingId = Parameters.text(context.get("closingId"));
        String methodName = Parameters.text(context.get("valuationMethod"));
        try {
            GenericValue closing = closingId != null ? again(delegator, closingId, methodName) : created(delegator, context, methodName);
            closingId = ClosingRun.begin(delegator, closing, userLogin.getString("userLoginId"));
            return run(dctx, closingId, context, Boolean.TRUE.equals(context.get("runAsJob")));
        } catch (ValuationException e) {
            return Labels.error(e.labelKey(), locale, e.arguments());
        } catch (GenericEntityException | GenericServiceException e) {
            Object named = closingId != null ? closingId
                    : context.get("facilityId") != null ? context.get("facilityId") : context.get("organizationPartyId");
            return Labels.failure("PhysInvErrorClosingStartFailed", e, MODULE, locale, named);
        }
    }

    /** The header of a closing run again, as it is: valued by the method named, else by its own. Refused unless it may run. */
    private static GenericValue again(Delegator delegator, String closingId, String methodName) throws GenericEntityException, ValuationException {
        GenericValue closing = ClosingRows.closing(delegator, closingId);
        if (closing == null) {
            throw new ValuationException("PhysInvErrorClosingNotFound", closingId);
        }
        ClosingRun.status(closing).checkCanRun(closingId);
        ClosingScope scope = EntityScopeDirectory.resolve(delegator, closing.getString("organizationPartyId"), closing.getString("facilityId"),
                methodName);
        if (methodName != null) {
            closing.set("valuationMethod", scope.method().name());
        }
        return closing;
    }

    /** The header of a new closing of the scope at a date over in the user's time zone; refused when no stock moved before. */
    private static GenericValue created(Delegator delegator, Map<String, ? extends Object> context, String methodName)
            throws GenericEntityException, ValuationException {
        ClosingScope scope = EntityScopeDirectory.resolve(delegator, (String) context.get("organizationPartyId"), (String) context.get("facilityId"),
                methodName);
        Date date = (Date) context.get("closingDate");
        ZoneId zone = zone(context);
        Timestamp until = Timestamp.from(ClosingDate.check(date == null ? null : date.toLocalDate(), zone, Instant.now()));
        if (!StockHistory.movedBefore(delegator, scope.facilityIds(), until)) {
            throw new ValuationException("PhysInvErrorClosingBeforeAnyStock", String.valueOf(date),
                    scope.facilityId() != null ? scope.facilityId() : scope.organizationPartyId());
        }
        GenericValue userLogin = (GenericValue) context.get("userLogin");
        return delegator.makeValue("PiStockClosing", UtilMisc.toMap("description", context.get("description"),
                "organizationPartyId", scope.organizationPartyId(), "facilityId", scope.facilityId(), "closingDate", date,
                "thruDate", until, "timeZoneId", zone.getId(), "valuationMethod", scope.method().name(),
                "currencyUomId", scope.currencyUomId(), "createdByUserLogin", userLogin.get("userLoginId"),
                "createdDate", UtilDateTime.nowTimestamp()));
    }

    /** Values a started closing at once, or as a job that answers at once (not persisted: a crash leaves the closing interrupted). */
    private static Map<String, Object> run(DispatchContext dctx, String closingId, Map<String, ? extends Object> context, boolean asJob)
            throws GenericServiceException {
        Locale locale = (Locale) context.get("locale");
        Map<String, Object> runContext = UtilMisc.toMap("closingId", closingId, "userLogin", context.get("userLogin"), "locale", locale,
                "wholeHistory", context.get("wholeHistory"));
        Map<String, Object> result;
        if (asJob) {
            dctx.getDispatcher().runAsync("runPiStockClosing", runContext, false);
            result = ServiceUtil.returnSuccess(Labels.message("PhysInvClosingStarted", locale, closingId));
        } else {
            result = dctx.getDispatcher().runSync("runPiStockClosing", runContext);
            if (!ServiceUtil.isSuccess(result)) {
                return result;
            }
        }
        result.put("closingId", closingId);
        return result;
    }

    /** runPiStockClosing: values the stock of a started closing and stores its lines, replacing those of an earlier run. */
    public static Map<String, Object> runStockClosing(DispatchContext dctx, Map<String, ? extends Object> context) {
        Delegator delegator = dctx.getDelegator();
        Locale locale = (Locale) context.get("locale");
        String closingId = (String) context.get("closingId");
        Map<String, Object> refusal;
        try {
            ClosingRun run = ClosingRun.resume(delegator, closingId);
            if (run == null) {
                return Labels.error("PhysInvErrorClosingNotRunning", locale, closingId);
            }
            ClosingRun.Outcome outcome = run.value(Boolean.TRUE.equals(context.get("wholeHistory")));
            Map<String, Object> result = ServiceUtil.returnSuccess(Labels.message("PhysInvClosingDone", locale, closingId, outcome.lines(),
                    outcome.totalValue(), outcome.currencyUomId()));
            result.put("lineCount", (long) outcome.lines());
            result.put("totalValue", outcome.totalValue());
            result.put("carriedFromClosingId", outcome.carriedFrom());
            result.put("copiedProductCount", (long) outcome.copied());
            return result;
        } catch (ValuationException e) {
            // the closing's facility or organisation changed since it started
            refusal = Labels.error(e.labelKey(), locale, e.arguments());
        } catch (GenericEntityException | RuntimeException e) {
            refusal = Labels.failure("PhysInvErrorClosingFailed", e, MODULE, locale, closingId);
        }
        ClosingRun.failed(delegator, closingId, ServiceUtil.getErrorMessage(refusal));
        return refusal;
    }

    /** confirmPiStockClosing: a closing that is done becomes confirmed, and never changes again. */
    public static Map<String, Object> confirmStockClosing(DispatchContext dctx, Map<String, ? extends Object> context) {
        Delegator delegator = dctx.getDelegator();
        Locale locale = (Locale) context.get("locale");
        GenericValue userLogin = (GenericValue) context.get("userLogin");
        String closingId = (String) context.get("closingId");
        try {
            GenericValue closing = ClosingRows.closing(delegator, closingId);
            if (closing == null) {
                return Labels.error("PhysInvErrorClosingNotFound", locale, closingId);
            }
            ClosingRun.status(closing).checkCanConfirm(closingId);
            closing.set("statusId", ClosingStatus.CONFIRMED.statusId());
            closing.set("confirmedByUserLogin", userLogin.get("userLoginId"));
            closing.set("confirmedDate", UtilDateTime.nowTimestamp());
            closing.store();
            Map<String, Object> result = ServiceUtil.returnSuccess(Labels.message("PhysInvClosingConfirmed", locale, closingId));
            result.put("closingId", closingId);
            return result;
        } catch (ValuationException e) {
            return Labels.error(e.labelKey(), locale, e.arguments());
        } catch (GenericEntityException e) {
            return Labels.failure("PhysInvErrorClosingConfirmFailed", e, MODULE, locale, closingId);
        }
    }

    /** getPiStockClosingStatus: the closing's status as it really is (a run whose OFBiz is gone is interrupted) and its progress. */
    public static Map<String, Object> getStockClosingStatus(DispatchContext dctx, Map<String, ? extends Object> context) {
        Locale locale = (Locale) context.get("locale");
        String closingId = (String) context.get("closingId");
        try {
            GenericValue closing = ClosingRows.closing(dctx.getDelegator(), closingId);
            if (closing == null) {
                return Labels.error("PhysInvErrorClosingNotFound", locale, closingId);
            }
            ClosingStatus stored = ClosingStatus.of(closing.getString("statusId"));
            ClosingStatus status = ClosingRun.status(closing);
            Map<String, Object> result = ServiceUtil.returnSuccess();
            result.put("statusId", status.statusId());
            result.put("interrupted", status != stored);
            result.put("running", status == ClosingStatus.RUNNING);
            result.put("canRun", status.canRun());
            result.put("canConfirm", status.canConfirm());
            result.put("percentDone", ClosingStatus.percentDone(number(closing, "productsDone"), number(closing, "productCount")));
            return result;
        } catch (GenericEntityException e) {
            return Labels.failure("PhysInvErrorClosingReadFailed", e, MODULE, locale, closingId);
        }
    }

    private static long number(GenericValue closing, String field) {
        return closing.get(field) == null ? 0 : closing.getLong(field);
    }

    private static ZoneId zone(Map<String, ? extends Object> context) {
        TimeZone timeZone = (TimeZone) context.get("timeZone");
        return timeZone == null ? ZoneId.systemDefault() : timeZone.toZoneId();
    }
}
