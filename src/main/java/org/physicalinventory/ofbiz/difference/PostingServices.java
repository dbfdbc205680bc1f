package org.physicalinventory.ofbiz.difference;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.ofbiz.base.util.Debug;
import org.apache.ofbiz.base.util.UtilDateTime;
import org.apache.ofbiz.base.util.UtilMisc;
import org.apache.ofbiz.entity.Delegator;
import org.apache.ofbiz.entity.GenericEntityException;
import org.apache.ofbiz.entity.GenericValue;
import org.apache.ofbiz.entity.condition.EntityCondition;
import org.apache.ofbiz.entity.util.EntityQuery;
import org.apache.ofbiz.service.DispatchContext;
import org.apache.ofbiz.service.GenericServiceException;
import org.apache.ofbiz.service.LocalDispatcher;
import org.apache.ofbiz.service.ServiceUtil;
import org.physicalinventory.difference.Adjustment;
import org.physicalinventory.difference.Adjustment.FoundItem;
import org.physicalinventory.difference.Adjustment.ItemVariance;
import org.physicalinventory.difference.Difference;
import org.physicalinventory.difference.DifferenceEngine;
import org.physicalinventory.difference.Review;
import org.physicalinventory.inventory.InventoryStatus;
import org.physicalinventory.ofbiz.Labels;

/**
 * Posts an inventory's stock differences to stock and ledger in one transaction: all or nothing.
 * A posting interrupted (error or crash) leaves nothing; posting again starts over; a posted
 * inventory is never posted twice (its row is locked first, and its status says it is posted).
 */
public final class PostingServices {

    private static final String MODULE = PostingServices.class.getName();
    /** Up to this many lines the screen posts at once; more run as a job with progress. */
    private static final int LINES_POSTED_AT_ONCE = 2000;
    private static final int PROGRESS_EVERY = 500;

    /** Where the time of a posting goes, for the log. */
    private static final ThreadLocal<List<String>> PHASES = ThreadLocal.withInitial(ArrayList::new);

    private PostingServices() {
    }

    private static void phase(String name, long startedNanos) {
        PHASES.get().add(String.format("%s %.2f s", name, (System.nanoTime() - startedNanos) / 1e9));
    }

    /** postPiInventory: the posting itself, in the service's transaction. */
    public static Map<String, Object> postInventory(DispatchContext dctx, Map<String, ? extends Object> context) {
        Delegator delegator = dctx.getDelegator();
        LocalDispatcher dispatcher = dctx.getDispatcher();
        Locale locale = (Locale) context.get("locale");
        GenericValue userLogin = (GenericValue) context.get("userLogin");
        String piInventoryId = (String) context.get("piInventoryId");
        try {
            // the row locked first: a second posting waits, then finds the inventory posted
            delegator.storeByCondition("PiInventory", UtilMisc.toMap("piInventoryId", piInventoryId),
                    EntityCondition.makeCondition("piInventoryId", piInventoryId));
            GenericValue inventory = EntityQuery.use(delegator).from("PiInventory").where("piInventoryId", piInventoryId).queryOne();
            Map<String, Object> refusal = refuseStatus(inventory, piInventoryId, locale);
            if (refusal != null) {
                return refusal;
            }
            long started = System.nanoTime();
            InventoryReview loaded = InventoryReview.load(delegator, dispatcher, inventory);
            Review review = loaded.review();
            PHASES.get().clear();
            phase("review", started);
            refusal = refuseReview(review, locale);
            if (refusal != null) {
                return refusal;
            }
            Timestamp now = UtilDateTime.nowTimestamp();
            String currency = loaded.currency();
            VarianceLedger ledger = null;
            if (!review.changes().isEmpty()) {
                ledger = VarianceLedger.of(delegator, dispatcher, userLogin, loaded.facility().getString("ownerPartyId"));
            }
            if (ledger != null) {
                long ledgerStarted = System.nanoTime();
                refusal = prepareLedger(ledger, loaded, now, currency, locale);
                phase("ledger entries", ledgerStarted);
                if (refusal != null) {
                    return refusal;
                }
            }
            PostingProgress progress = new PostingProgress(delegator, piInventoryId);
            progress.start(review.differences().size(), userLogin.getString("userLoginId"));
            String physicalInventoryId = null;
            String acctgTransId = null;
            if (!review.changes().isEmpty()) {
                physicalInventoryId = delegator.getNextSeqId("PhysicalInventory");
                try (StockFreezeServices.Lifted lifted = StockFreezeServices.lift()) {
                    acctgTransId = writeMovements(delegator, dispatcher, loaded, userLogin, now, physicalInventoryId, currency, ledger, progress);
                }
            }
            inventory.set("statusId", InventoryStatus.POSTED.statusId());
            inventory.set("physicalInventoryId", physicalInventoryId);
            inventory.set("acctgTransId", acctgTransId);
            inventory.set("postedDate", now);
            inventory.set("postedByUserLogin", userLogin.get("userLoginId"));
            inventory.store();
            PostingProgress.finishWithPosting(delegator, piInventoryId, review.differences().size());
            Debug.logInfo("Posted inventory " + piInventoryId + ": " + review.changes().size() + " lines changed the stock; "
                    + String.join(", ", PHASES.get()), MODULE);
            Map<String, Object> result = ServiceUtil.returnSuccess(Labels.message("PhysInvPosted", locale, piInventoryId,
                    review.changes().size(), physicalInventoryId == null ? "-" : physicalInventoryId, acctgTransId == null ? "-" : acctgTransId));
            result.put("physicalInventoryId", physicalInventoryId);
            result.put("acctgTransId", acctgTransId);
            result.put("linesPosted", review.changes().size());
            return result;
        } catch (GenericEntityException | GenericServiceException e) {
            Debug.logError(e, "Posting of inventory " + piInventoryId + " failed; its transaction rolls back", MODULE);
            new PostingProgress(delegator, piInventoryId).failed(e.getMessage());
            return Labels.error("PhysInvErrorPostingFailed", locale, piInventoryId, e.getMessage());
        }
    }

    /** The movements, then the ledger transaction; answers its id, or null when the owner keeps no ledger. */
    private static String writeMovements(Delegator delegator, LocalDispatcher dispatcher, InventoryReview loaded, GenericValue userLogin,
            Timestamp now, String physicalInventoryId, String currency, VarianceLedger ledger, PostingProgress progress)
            throws GenericEntityException, GenericServiceException {
        PostingWriter writer = new PostingWriter(delegator, dispatcher, loaded, userLogin, now, physicalInventoryId, currency);
        long started = System.nanoTime();
        writer.writeHeader();
        int done = 0;
        for (Difference difference : loaded.review().changes()) {
            writer.write(difference);
            PostingFault.check(++done);
            if (done % PROGRESS_EVERY == 0) {
                progress.done(done);
            }
        }
        phase("movements", started);
        started = System.nanoTime();
        writer.finish();
        phase("item totals and follow-ups", started);
        started = System.nanoTime();
        String acctgTransId = ledger == null || ledger.isEmpty() ? null : ledger.write(physicalInventoryId, now);
        phase("ledger written and posted", started);
        return acctgTransId;
    }

    /**
     * startPiPosting: checks the inventory can be posted, then posts a small one at once and starts a
     * job (with progress on the inventory) for a large one.
     */
    public static Map<String, Object> startPosting(DispatchContext dctx, Map<String, ? extends Object> context) {
        Delegator delegator = dctx.getDelegator();
        LocalDispatcher dispatcher = dctx.getDispatcher();
        Locale locale = (Locale) context.get("locale");
        String piInventoryId = (String) context.get("piInventoryId");
        Map<String, Object> postContext = UtilMisc.toMap("piInventoryId", piInventoryId, "userLogin", context.get("userLogin"),
                "locale", locale);
        try {
            GenericValue inventory = EntityQuery.use(delegator).from("PiInventory").where("piInventoryId", piInventoryId).queryOne();
            Map<String, Object> refusal = refuseStatus(inventory, piInventoryId, locale);
            if (refusal != null) {
                return refusal;
            }
            if (PostingProgress.isRunning(PostingProgress.find(delegator, piInventoryId))) {
                return Labels.error("PhysInvErrorPostingRunning", locale, piInventoryId);
            }
            InventoryReview loaded = InventoryReview.load(delegator, dispatcher, inventory);
            refusal = refuseReview(loaded.review(), locale);
            if (refusal != null) {
                return refusal;
            }
            if (loaded.lineCount() <= LINES_POSTED_AT_ONCE && !Boolean.TRUE.equals(context.get("asJob"))) {
                return dispatcher.runSync("postPiInventory", postContext);
            }
            new PostingProgress(delegator, piInventoryId).start(loaded.review().differences().size(),
                    ((GenericValue) context.get("userLogin")).getString("userLoginId"));
            // not persisted: it starts at once; a crash rolls the posting back and the screen says to post again
            dispatcher.runAsync("postPiInventoryJob", postContext, false);
            return ServiceUtil.returnSuccess(Labels.message("PhysInvPostingStarted", locale, piInventoryId, loaded.lineCount()));
        } catch (GenericEntityException | GenericServiceException e) {
            Debug.logError(e, MODULE);
            return Labels.error("PhysInvErrorPostingFailed", locale, piInventoryId, e.getMessage());
        }
    }

    /** postPiInventoryJob: runs the posting and, when it fails, says why on the inventory's progress. */
    public static Map<String, Object> postInventoryJob(DispatchContext dctx, Map<String, ? extends Object> context) {
        String piInventoryId = (String) context.get("piInventoryId");
        Map<String, Object> result;
        try {
            result = dctx.getDispatcher().runSync("postPiInventory", new HashMap<>(context));
        } catch (GenericServiceException e) {
            result = ServiceUtil.returnError(e.getMessage());
        }
        if (!ServiceUtil.isSuccess(result)) {
            new PostingProgress(dctx.getDelegator(), piInventoryId).failed(ServiceUtil.getErrorMessage(result));
        }
        return result;
    }

    /** getPiPostingProgress: how far the posting of an inventory is, and whether it was interrupted. */
    public static Map<String, Object> getPostingProgress(DispatchContext dctx, Map<String, ? extends Object> context) {
        Map<String, Object> result = ServiceUtil.returnSuccess();
        try {
            GenericValue run = PostingProgress.find(dctx.getDelegator(), (String) context.get("piInventoryId"));
            if (run != null) {
                boolean interrupted = PostingProgress.RUNNING.equals(run.getString("runStatusId")) && !PostingProgress.isRunning(run);
                result.put("runStatusId", interrupted ? "INTERRUPTED" : run.getString("runStatusId"));
                result.put("linesDone", run.getLong("linesDone"));
                result.put("linesTotal", run.getLong("linesTotal"));
                result.put("message", run.getString("message"));
            }
            return result;
        } catch (GenericEntityException e) {
            Debug.logError(e, MODULE);
            return ServiceUtil.returnError(e.getMessage());
        }
    }

    private static Map<String, Object> refuseStatus(GenericValue inventory, String piInventoryId, Locale locale) {
        if (inventory == null) {
            return Labels.error("PhysInvErrorInventoryNotFound", locale, piInventoryId);
        }
        InventoryStatus status = InventoryStatus.of(inventory.getString("statusId"));
        switch (status) {
        case COUNTED:
            return null;
        case POSTED:
            return Labels.error("PhysInvErrorAlreadyPosted", locale, piInventoryId);
        case CLOSED:
        case CANCELLED:
            return Labels.error("PhysInvErrorInventoryIsFinal", locale, piInventoryId);
        default:
            return Labels.error("PhysInvErrorNotCounted", locale, piInventoryId);
        }
    }

    private static Map<String, Object> refuseReview(Review review, Locale locale) {
        return review.blocker().map(blocker -> Labels.error(blocker.labelKey(), locale, blocker.difference().key().productId(),
                blocker.difference().key().locationSeqId())).orElse(null);
    }

    /** Builds the ledger entries and refuses what OFBiz would not post: no open fiscal period, an account it cannot find. */
    private static Map<String, Object> prepareLedger(VarianceLedger ledger, InventoryReview loaded, Timestamp now, String currency,
            Locale locale) throws GenericEntityException, GenericServiceException {
        long started = System.nanoTime();
        if (!ledger.hasOpenFiscalPeriod(now)) {
            return Labels.error("PhysInvErrorNoOpenFiscalPeriod", locale, ledger.organizationPartyId(), now);
        }
        phase("fiscal period", started);
        for (Difference difference : loaded.review().changes()) {
            for (Adjustment adjustment : difference.adjustments()) {
                BigDecimal quantity = DifferenceEngine.quantity(adjustment);
                if (quantity.signum() == 0) {
                    continue;
                }
                BigDecimal amount = loaded.parameters().value(quantity, DifferenceEngine.unitCost(adjustment));
                if (adjustment instanceof ItemVariance variance) {
                    GenericValue item = loaded.item(variance.inventoryItemId());
                    ledger.addVariance(item.getString("productId"), variance.reasonId(), amount, item.getString("currencyUomId"));
                } else if (adjustment instanceof FoundItem found) {
                    ledger.addVariance(found.key().productId(), found.reasonId(), amount, currency);
                }
            }
        }
        String missing = ledger.missingAccountType();
        if (missing != null) {
            return Labels.error("PhysInvErrorNoGlAccount", locale, missing, ledger.organizationPartyId());
        }
        return null;
    }
}
