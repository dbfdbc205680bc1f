package org.physicalinventory.ofbiz.valuation;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

import org.apache.ofbiz.base.util.Debug;
import org.apache.ofbiz.base.util.UtilDateTime;
import org.apache.ofbiz.base.util.UtilMisc;
import org.apache.ofbiz.entity.Delegator;
import org.apache.ofbiz.entity.GenericEntityException;
import org.apache.ofbiz.entity.GenericValue;
import org.apache.ofbiz.entity.transaction.TransactionUtil;
import org.apache.ofbiz.entity.util.EntityQuery;
import org.apache.ofbiz.service.DispatchContext;
import org.apache.ofbiz.service.GenericServiceException;
import org.apache.ofbiz.service.ServiceUtil;
import org.physicalinventory.ofbiz.Labels;
import org.physicalinventory.valuation.ClosingDate;
import org.physicalinventory.valuation.ClosingStatus;
import org.physicalinventory.valuation.ValuationException;
import org.physicalinventory.valuation.ValuationMethod;

/**
 * Stock closings: start one (or run it again), the run itself, confirm. The rules (dates, statuses,
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
        String closingId = (String) context.get("closingId");
        try {
            GenericValue closing;
            if (closingId != null && !closingId.isEmpty()) {
                closing = ClosingRun.find(delegator, closingId);
                if (closing == null) {
                    return Labels.error("PhysInvErrorClosingNotFound", locale, closingId);
                }
                ClosingRun.status(closing).checkCanRun(closingId);
                ClosingScope scope = ClosingScope.resolve(delegator, closing.getString("organizationPartyId"), closing.getString("facilityId"),
                        context.get("valuationMethod"), locale);
                if (scope.refusal() != null) {
                    return ServiceUtil.returnError(scope.refusal());
                }
                if (context.get("valuationMethod") != null && !context.get("valuationMethod").toString().isEmpty()) {
                    closing.set("valuationMethod", scope.method().name());
                }
            } else {
                ClosingScope scope = ClosingScope.resolve(delegator, (String) context.get("organizationPartyId"), (String) context.get("facilityId"),
                        context.get("valuationMethod"), locale);
                if (scope.refusal() != null) {
                    return ServiceUtil.returnError(scope.refusal());
                }
                ValuationMethod method = scope.method();
                Date date = (Date) context.get("closingDate");
                ZoneId zone = zone(context);
                Instant until = ClosingDate.check(date == null ? null : date.toLocalDate(), zone, Instant.now());
                if (!scope.hasMovementBefore(delegator, Timestamp.from(until))) {
                    return Labels.error("PhysInvErrorClosingBeforeAnyStock", locale, String.valueOf(date), scope.facilityId() != null ? scope.facilityId()
                            : scope.organizationPartyId());
                }
                closing = delegator.makeValue("PiStockClosing", UtilMisc.toMap("description", context.get("description"),
                        "organizationPartyId", scope.organizationPartyId(), "facilityId", scope.facilityId(), "closingDate", date,
                        "thruDate", Timestamp.from(until), "timeZoneId", zone.getId(), "valuationMethod", method.name(),
                        "currencyUomId", scope.currencyUomId(), "createdByUserLogin", userLogin.get("userLoginId"),
                        "createdDate", UtilDateTime.nowTimestamp()));
            }
            closingId = ClosingRun.begin(delegator, closing, userLogin.getString("userLoginId"));
            Map<String, Object> runContext = UtilMisc.toMap("closingId", closingId, "userLogin", userLogin, "locale", locale);
            Map<String, Object> result;
            if (Boolean.TRUE.equals(context.get("runAsJob"))) {
                // not persisted: it starts at once; a crash leaves the closing interrupted, to run again
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
        } catch (ValuationException e) {
            return Labels.error(e.labelKey(), locale, e.arguments());
        } catch (GenericEntityException | GenericServiceException e) {
            Debug.logError(e, MODULE);
            return ServiceUtil.returnError(e.getMessage());
        }
    }

    /** runPiStockClosing: values the stock of a started closing and stores its lines, replacing those of an earlier run. */
    public static Map<String, Object> runStockClosing(DispatchContext dctx, Map<String, ? extends Object> context) {
        Locale locale = (Locale) context.get("locale");
        String closingId = (String) context.get("closingId");
        try {
            ClosingRun run = ClosingRun.resume(dctx.getDelegator(), closingId);
            if (run == null) {
                return Labels.error("PhysInvErrorClosingNotRunning", locale, closingId);
            }
            ClosingRun.Outcome outcome = run.value(locale);
            Map<String, Object> result = ServiceUtil.returnSuccess(Labels.message("PhysInvClosingDone", locale, closingId, outcome.lines(),
                    outcome.totalValue(), outcome.currencyUomId()));
            result.put("lineCount", (long) outcome.lines());
            result.put("totalValue", outcome.totalValue());
            return result;
        } catch (GenericEntityException | RuntimeException e) {
            Debug.logError(e, "Closing " + closingId + " failed", MODULE);
            ClosingRun.failed(dctx.getDelegator(), closingId, e.getMessage());
            return Labels.error("PhysInvErrorClosingFailed", locale, closingId, e.getMessage());
        }
    }

    /** confirmPiStockClosing: a closing that is done becomes confirmed, and never changes again. */
    public static Map<String, Object> confirmStockClosing(DispatchContext dctx, Map<String, ? extends Object> context) {
        Delegator delegator = dctx.getDelegator();
        Locale locale = (Locale) context.get("locale");
        GenericValue userLogin = (GenericValue) context.get("userLogin");
        String closingId = (String) context.get("closingId");
        try {
            GenericValue closing = ClosingRun.find(delegator, closingId);
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
            Debug.logError(e, MODULE);
            return ServiceUtil.returnError(e.getMessage());
        }
    }

    /** getPiStockClosingStatus: the closing's status as it really is (a run whose OFBiz is gone is interrupted) and its progress. */
    public static Map<String, Object> getStockClosingStatus(DispatchContext dctx, Map<String, ? extends Object> context) {
        Locale locale = (Locale) context.get("locale");
        String closingId = (String) context.get("closingId");
        try {
            GenericValue closing = ClosingRun.find(dctx.getDelegator(), closingId);
            if (closing == null) {
                return Labels.error("PhysInvErrorClosingNotFound", locale, closingId);
            }
            ClosingStatus status = ClosingRun.status(closing);
            Map<String, Object> result = ServiceUtil.returnSuccess();
            boolean interrupted = status == ClosingStatus.FAILED && ClosingStatus.RUNNING.statusId().equals(closing.getString("statusId"));
            result.put("statusId", status.statusId());
            result.put("interrupted", interrupted);
            result.put("running", status == ClosingStatus.RUNNING);
            result.put("canRun", status != ClosingStatus.RUNNING && status != ClosingStatus.CONFIRMED);
            result.put("canConfirm", status == ClosingStatus.DONE);
            long total = closing.get("productCount") == null ? 0 : closing.getLong("productCount");
            long done = closing.get("productsDone") == null ? 0 : closing.getLong("productsDone");
            result.put("percentDone", total == 0 ? 0L : Math.min(100L, done * 100 / total));
            return result;
        } catch (GenericEntityException e) {
            Debug.logError(e, MODULE);
            return ServiceUtil.returnError(e.getMessage());
        }
    }

    static ZoneId zone(Map<String, ? extends Object> context) {
        TimeZone timeZone = (TimeZone) context.get("timeZone");
        return timeZone == null ? ZoneId.systemDefault() : timeZone.toZoneId();
    }

    static void rollback(boolean began, Exception e) {
        try {
            TransactionUtil.rollback(began, e.getMessage(), e);
        } catch (GenericEntityException rollbackError) {
            Debug.logError(rollbackError, MODULE);
        }
    }
}
