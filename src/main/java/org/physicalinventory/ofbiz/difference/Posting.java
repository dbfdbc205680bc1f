package org.physicalinventory.ofbiz.difference;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.apache.ofbiz.base.util.Debug;
import org.apache.ofbiz.base.util.UtilDateTime;
import org.apache.ofbiz.base.util.UtilMisc;
import org.apache.ofbiz.entity.Delegator;
import org.apache.ofbiz.entity.GenericEntityException;
import org.apache.ofbiz.entity.GenericValue;
import org.apache.ofbiz.entity.condition.EntityCondition;
import org.apache.ofbiz.service.DispatchContext;
import org.apache.ofbiz.service.GenericServiceException;
import org.apache.ofbiz.service.LocalDispatcher;
import org.apache.ofbiz.service.ServiceUtil;
import org.physicalinventory.difference.Adjustment;
import org.physicalinventory.difference.Adjustment.FoundItem;
import org.physicalinventory.difference.Adjustment.ItemVariance;
import org.physicalinventory.difference.Difference;
import org.physicalinventory.difference.DifferenceEngine;
import org.physicalinventory.difference.DifferenceRules;
import org.physicalinventory.difference.PostingDate;
import org.physicalinventory.difference.Review;
import org.physicalinventory.inventory.InventoryStatus;
import org.physicalinventory.ofbiz.Labels;
import org.physicalinventory.ofbiz.inventory.InventoryRows;
import org.physicalinventory.ofbiz.valuation.ClosingRows;

/**
 * One posting of a counted inventory, in the caller's transaction, dated at its posting date (the one asked for, else
 * the inventory's date when past): refused when that date cannot be posted at (to come, or in a period a confirmed stock
 * closing has closed), the differences compared again and refused when they cannot be posted (unsettled conflicts, no
 * unit cost, no open fiscal period at the date, no GL account), then the stock movements, the one ledger transaction,
 * all dated at the posting date, and the inventory marked posted.
 */
public final class Posting {

    private static final String MODULE = Posting.class.getName();
    /** The progress the inventory screen shows moves on every so many differences written. */
    private static final int PROGRESS_EVERY = 500;

    private final Delegator delegator;
    private final LocalDispatcher dispatcher;
    private final GenericValue userLogin;
    private final Locale locale;
    private final String piInventoryId;
    /** The posting date asked for, or null: the proposed one. */
    private final Timestamp askedDate;
    /** Where the time of the posting goes, for the log. */
    private final List<String> phases = new ArrayList<>();
    private InventoryReview loaded;
    private Timestamp now;
    private Timestamp postingDate;
    private String currency;
    private VarianceLedger ledger;

    /** The posting of the inventory {@code piInventoryId} of a postPiInventory context, by its user, in its locale. */
    public Posting(DispatchContext dctx, Map<String, ? extends Object> context) {
        this.delegator = dctx.getDelegator();
        this.dispatcher = dctx.getDispatcher();
        this.userLogin = (GenericValue) context.get("userLogin");
        this.locale = (Locale) context.get("locale");
        this.piInventoryId = (String) context.get("piInventoryId");
        this.askedDate = (Timestamp) context.get("postingDate");
    }

    /**
     * Posts the inventory, all or nothing: an error answered means the caller's transaction must roll back, as
     * the service engine rolls back postPiInventory's. The movements go through the writer {@code writerOf} makes
     * of the one that writes OFBiz's rows: the service takes that one as it is.
     */
    public Map<String, Object> post(UnaryOperator<MovementWriter> writerOf) {
        try {
            Map<String, Object> refusal = prepare();
            return refusal != null ? refusal : write(writerOf);
        } catch (VarianceLedger.NotPosted e) {
            return failed("PhysInvErrorLedgerNotPosted", e, piInventoryId, e.reason());
        } catch (GenericEntityException | GenericServiceException | RuntimeException e) {
            return failed("PhysInvErrorPostingFailed", e, piInventoryId);
        }
    }

    /** Why an inventory cannot be posted as it stands (none, not counted, posted already, final), or null. */
    static Map<String, Object> refuse(GenericValue inventory, String piInventoryId, Locale locale) {
        Optional<String> refusal = inventory == null ? Optional.of("PhysInvErrorInventoryNotFound")
                : DifferenceRules.refusePosting(InventoryStatus.of(inventory.getString("statusId")));
        return refusal.map(key -> Labels.error(key, locale, piInventoryId)).orElse(null);
    }

    /** The date a posting of the inventory is made at: the one asked for, else its date when past, else now. */
    static Timestamp postingDate(GenericValue inventory, Timestamp asked, Timestamp now) {
        Timestamp inventoryDate = inventory.getTimestamp("inventoryDate");
        return Timestamp.from(PostingDate.chosen(asked == null ? null : asked.toInstant(),
                inventoryDate == null ? null : inventoryDate.toInstant(), now.toInstant()));
    }

    /**
     * Why the inventory cannot be posted at {@code date}, or null: a date to come, or one a confirmed stock closing of its
     * facility (or of the facility's owner) has closed, naming the closing.
     */
    static Map<String, Object> refuseDate(Delegator delegator, GenericValue inventory, Timestamp date, Timestamp now, Locale locale)
            throws GenericEntityException {
        GenericValue facility = inventory.getRelatedOne("Facility", true);
        Optional<PostingDate.Refusal> refusal = PostingDate.refuse(date.toInstant(), now.toInstant(),
                ClosingRows.lastConfirmed(delegator, facility.getString("facilityId"), facility.getString("ownerPartyId")));
        return refusal.map(r -> Labels.error(r.labelKey(), locale, r.arguments())).orElse(null);
    }

    /** Why the differences cannot be posted (a conflict to settle, a line without cost), naming the first; or null. */
    static Map<String, Object> refuse(Review review, Locale locale) {
        return review.blocker().map(blocker -> Labels.error(blocker.labelKey(), locale, blocker.difference().key().productId(),
                blocker.difference().key().locationSeqId())).orElse(null);
    }

    /** Reads the inventory, its row locked, and its differences; answers why it cannot be posted, or null. */
    private Map<String, Object> prepare() throws GenericEntityException, GenericServiceException {
        GenericValue inventory = lockedInventory();
        Map<String, Object> refusal = refuse(inventory, piInventoryId, locale);
        if (refusal != null) {
            return refusal;
        }
        now = UtilDateTime.nowTimestamp();
        postingDate = postingDate(inventory, askedDate, now);
        refusal = refuseDate(delegator, inventory, postingDate, now, locale);
        if (refusal != null) {
            return refusal;
        }
        long started = System.nanoTime();
        loaded = InventoryReview.load(delegator, dispatcher, inventory);
        phase("review", started);
        refusal = refuse(loaded.review(), locale);
        if (refusal != null) {
            return refusal;
        }
        currency = loaded.currency();
        if (!loaded.review().changes().isEmpty()) {
            ledger = VarianceLedger.of(delegator, dispatcher, userLogin, loaded.facility().getString("ownerPartyId"));
        }
        return ledger == null ? null : prepareLedger();
    }

    /** The inventory, its row locked first: a second posting waits here, then finds the inventory posted. */
    private GenericValue lockedInventory() throws GenericEntityException {
        delegator.storeByCondition("PiInventory", UtilMisc.toMap("piInventoryId", piInventoryId),
                EntityCondition.makeCondition("piInventoryId", piInventoryId));
        return InventoryRows.inventory(delegator, piInventoryId);
    }

    /** Builds the ledger entries and refuses what OFBiz would not post: no open fiscal period, an account it cannot find. */
    private Map<String, Object> prepareLedger() throws GenericEntityException, GenericServiceException {
        long started = System.nanoTime();
        if (!ledger.hasOpenFiscalPeriod(postingDate)) {
            return Labels.error("PhysInvErrorNoOpenFiscalPeriod", locale, ledger.organizationPartyId(), postingDate);
        }
        phase("fiscal period", started);
        for (Difference difference : loaded.review().changes()) {
            for (Adjustment adjustment : difference.adjustments()) {
                addToLedger(adjustment);
            }
        }
        phase("ledger entries", started);
        String missing = ledger.missingAccountType();
        return missing == null ? null : Labels.error("PhysInvErrorNoGlAccount", locale, missing, ledger.organizationPartyId());
    }

    private void addToLedger(Adjustment adjustment) throws GenericEntityException, GenericServiceException {
        BigDecimal quantity = DifferenceEngine.quantity(adjustment);
        if (quantity.signum() == 0) {
            return;
        }
        BigDecimal amount = loaded.parameters().value(quantity, DifferenceEngine.unitCost(adjustment));
        if (adjustment instanceof ItemVariance variance) {
            GenericValue item = loaded.item(variance.inventoryItemId());
            ledger.addVariance(item.getString("productId"), variance.reasonId(), amount, item.getString("currencyUomId"));
        } else if (adjustment instanceof FoundItem found) {
            ledger.addVariance(found.key().productId(), found.reasonId(), amount, currency);
        }
    }

    /** Writes the movements and the ledger transaction, with progress, and marks the inventory posted. */
    private Map<String, Object> write(UnaryOperator<MovementWriter> writerOf) throws GenericEntityException, GenericServiceException {
        Review review = loaded.review();
        PostingProgress progress = new PostingProgress(delegator, piInventoryId);
        progress.start(review.differences().size(), userLogin.getString("userLoginId"));
        String physicalInventoryId = null;
        String acctgTransId = null;
        if (!review.changes().isEmpty()) {
            physicalInventoryId = delegator.getNextSeqId("PhysicalInventory");
            MovementWriter writer = writerOf.apply(new PostingWriter(delegator, dispatcher, loaded, userLogin, postingDate, physicalInventoryId,
                    currency));
            try (StockFreezeServices.Lifted lifted = StockFreezeServices.lift()) {
                acctgTransId = writeMovements(writer, progress, physicalInventoryId);
            }
        }
        markPosted(physicalInventoryId, acctgTransId);
        PostingProgress.finishWithPosting(delegator, piInventoryId, review.differences().size());
        Debug.logInfo("Posted inventory " + piInventoryId + ": " + review.changes().size() + " lines changed the stock; "
                + String.join(", ", phases), MODULE);
        Map<String, Object> result = ServiceUtil.returnSuccess(Labels.message("PhysInvPosted", locale, piInventoryId,
                review.changes().size(), physicalInventoryId == null ? "-" : physicalInventoryId, acctgTransId == null ? "-" : acctgTransId));
        result.put("physicalInventoryId", physicalInventoryId);
        result.put("acctgTransId", acctgTransId);
        result.put("linesPosted", review.changes().size());
        result.put("postingDate", postingDate);
        return result;
    }

    /** The movements, then the ledger transaction; answers its id, or null when the owner keeps no ledger. */
    private String writeMovements(MovementWriter writer, PostingProgress progress, String physicalInventoryId)
            throws GenericEntityException, GenericServiceException {
        long started = System.nanoTime();
        writer.writeHeader();
        int done = 0;
        for (Difference difference : loaded.review().changes()) {
            writer.write(difference);
            if (++done % PROGRESS_EVERY == 0) {
                progress.done(done);
            }
        }
        phase("movements", started);
        started = System.nanoTime();
        writer.finish();
        phase("item totals and follow-ups", started);
        started = System.nanoTime();
        String acctgTransId = ledger == null || ledger.isEmpty() ? null : ledger.write(physicalInventoryId, postingDate);
        phase("ledger written and posted", started);
        return acctgTransId;
    }

    private void markPosted(String physicalInventoryId, String acctgTransId) throws GenericEntityException {
        GenericValue inventory = loaded.inventory();
        inventory.set("statusId", InventoryStatus.POSTED.statusId());
        inventory.set("physicalInventoryId", physicalInventoryId);
        inventory.set("acctgTransId", acctgTransId);
        inventory.set("postedDate", now);
        inventory.set("postingDate", postingDate);
        inventory.set("postedByUserLogin", userLogin.get("userLoginId"));
        inventory.store();
    }

    /** The posting failed: its transaction rolls back; the progress the inventory screen shows says so. */
    private Map<String, Object> failed(String key, Exception cause, Object... arguments) {
        Map<String, Object> result = Labels.failure(key, cause, MODULE, locale, arguments);
        new PostingProgress(delegator, piInventoryId).failed(ServiceUtil.getErrorMessage(result));
        return result;
    }

    private void phase(String name, long startedNanos) {
        phases.add(String.format("%s %.2f s", name, (System.nanoTime() - startedNanos) / 1e9));
    }
}
