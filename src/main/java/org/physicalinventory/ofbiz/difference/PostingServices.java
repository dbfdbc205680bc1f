package org.physicalinventory.ofbiz.difference;

import java.sql.Timestamp;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.apache.ofbiz.base.util.UtilDateTime;
import org.apache.ofbiz.base.util.UtilMisc;
import org.apache.ofbiz.entity.Delegator;
import org.apache.ofbiz.entity.GenericEntityException;
import org.apache.ofbiz.entity.GenericValue;
import org.apache.ofbiz.service.DispatchContext;
import org.apache.ofbiz.service.GenericServiceException;
import org.apache.ofbiz.service.LocalDispatcher;
import org.apache.ofbiz.service.ServiceUtil;
import org.physicalinventory.ofbiz.Labels;
import org.physicalinventory.ofbiz.inventory.InventoryRows;

/**
 * Posting an inventory's differences to stock and ledger: at once, or as a job with progress for a large one.
 * The posting itself is {@link Posting}.
 */
public final class PostingServices {

    private static final String MODULE = PostingServices.class.getName();
    /** Up to this many lines the screen posts at once; more run as a job with progress. */
    private static final int LINES_POSTED_AT_ONCE = 2000;

    private PostingServices() {
    }

    /** postPiInventory: the posting itself, in the service's transaction. */
    public static Map<String, Object> postInventory(DispatchContext dctx, Map<String, ? extends Object> context) {
        return new Posting(dctx, context).post(UnaryOperator.identity());
    }

    /**
     * startPiPosting: checks the inventory can be posted at its posting date, then posts a small one at once and starts a
     * job (with progress on the inventory) for a large one; the job is dated as the screen asked.
     */
    public static Map<String, Object> startPosting(DispatchContext dctx, Map<String, ? extends Object> context) {
        Delegator delegator = dctx.getDelegator();
        LocalDispatcher dispatcher = dctx.getDispatcher();
        Locale locale = (Locale) context.get("locale");
        String piInventoryId = (String) context.get("piInventoryId");
        try {
            GenericValue inventory = InventoryRows.inventory(delegator, piInventoryId);
            Timestamp now = UtilDateTime.nowTimestamp();
            Timestamp postingDate = inventory == null ? null : Posting.postingDate(inventory, (Timestamp) context.get("postingDate"), now);
            Map<String, Object> refusal = refuseStart(delegator, inventory, piInventoryId, postingDate, now, locale);
            if (refusal != null) {
                return refusal;
            }
            InventoryReview loaded = InventoryReview.load(delegator, dispatcher, inventory);
            refusal = Posting.refuse(loaded.review(), locale);
            if (refusal != null) {
                return refusal;
            }
            Map<String, Object> postContext = UtilMisc.toMap("piInventoryId", piInventoryId, "postingDate", postingDate,
                    "userLogin", context.get("userLogin"), "locale", locale);
            if (loaded.lineCount() <= LINES_POSTED_AT_ONCE && !Boolean.TRUE.equals(context.get("asJob"))) {
                return dispatcher.runSync("postPiInventory", postContext);
            }
            new PostingProgress(delegator, piInventoryId).start(loaded.review().differences().size(),
                    ((GenericValue) context.get("userLogin")).getString("userLoginId"));
            // not persisted: it starts at once; a crash rolls the posting back and the screen says to post again
            dispatcher.runAsync("postPiInventoryJob", postContext, false);
            return ServiceUtil.returnSuccess(Labels.message("PhysInvPostingStarted", locale, piInventoryId, loaded.lineCount()));
        } catch (GenericEntityException | GenericServiceException e) {
            return Labels.failure("PhysInvErrorPostingFailed", e, MODULE, locale, piInventoryId);
        }
    }

    /** Why the posting cannot start (not counted, posted already, running, a date it cannot be dated at), or null. */
    private static Map<String, Object> refuseStart(Delegator delegator, GenericValue inventory, String piInventoryId, Timestamp postingDate,
            Timestamp now, Locale locale) throws GenericEntityException {
        Map<String, Object> refusal = Posting.refuse(inventory, piInventoryId, locale);
        if (refusal != null) {
            return refusal;
        }
        if (PostingProgress.isRunning(PostingProgress.find(delegator, piInventoryId))) {
            return Labels.error("PhysInvErrorPostingRunning", locale, piInventoryId);
        }
        return Posting.refuseDate(delegator, inventory, postingDate, now, locale);
    }

    /** postPiInventoryJob: runs the posting and, when it fails, says why on the inventory's progress. */
    public static Map<String, Object> postInventoryJob(DispatchContext dctx, Map<String, ? extends Object> context) {
        String piInventoryId = (String) context.get("piInventoryId");
        Map<String, Object> result;
        try {
            result = dctx.getDispatcher().runSync("postPiInventory", new HashMap<>(context));
        } catch (GenericServiceException e) {
            result = Labels.failure("PhysInvErrorPostingFailed", e, MODULE, (Locale) context.get("locale"), piInventoryId);
        }
        if (!ServiceUtil.isSuccess(result)) {
            new PostingProgress(dctx.getDelegator(), piInventoryId).failed(ServiceUtil.getErrorMessage(result));
        }
        return result;
    }

    /** getPiPostingProgress: how far the posting of an inventory is, and whether it was interrupted. */
    public static Map<String, Object> getPostingProgress(DispatchContext dctx, Map<String, ? extends Object> context) {
        String piInventoryId = (String) context.get("piInventoryId");
        Map<String, Object> result = ServiceUtil.returnSuccess();
        try {
            GenericValue run = PostingProgress.find(dctx.getDelegator(), piInventoryId);
            if (run != null) {
                boolean interrupted = PostingProgress.RUNNING.equals(run.getString("runStatusId")) && !PostingProgress.isRunning(run);
                result.put("runStatusId", interrupted ? "INTERRUPTED" : run.getString("runStatusId"));
                result.put("linesDone", run.getLong("linesDone"));
                result.put("linesTotal", run.getLong("linesTotal"));
                result.put("message", run.getString("message"));
            }
            return result;
        } catch (GenericEntityException e) {
            return Labels.failure("PhysInvErrorPostingProgressFailed", e, MODULE, (Locale) context.get("locale"), piInventoryId);
        }
    }
}
