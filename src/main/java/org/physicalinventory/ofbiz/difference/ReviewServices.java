package org.physicalinventory.ofbiz.difference;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

import org.apache.ofbiz.base.util.UtilDateTime;
import org.apache.ofbiz.base.util.UtilMisc;
import org.apache.ofbiz.entity.Delegator;
import org.apache.ofbiz.entity.GenericEntityException;
import org.apache.ofbiz.entity.GenericValue;
import org.apache.ofbiz.entity.condition.EntityCondition;
import org.apache.ofbiz.entity.condition.EntityOperator;
import org.apache.ofbiz.entity.util.EntityQuery;
import org.apache.ofbiz.service.DispatchContext;
import org.apache.ofbiz.service.GenericServiceException;
import org.apache.ofbiz.service.ServiceUtil;
import org.physicalinventory.count.LineKey;
import org.physicalinventory.difference.CountedLine.LineRef;
import org.physicalinventory.difference.Difference;
import org.physicalinventory.difference.DifferenceRules;
import org.physicalinventory.difference.MovedChoice;
import org.physicalinventory.difference.Resolution;
import org.physicalinventory.difference.ReviewFilter;
import org.physicalinventory.explain.CauseKind;
import org.physicalinventory.inventory.InventoryStatus;
import org.physicalinventory.inventory.ListStatus;
import org.physicalinventory.ofbiz.Labels;
import org.physicalinventory.ofbiz.Parameters;
import org.physicalinventory.ofbiz.count.CountLineRows;
import org.physicalinventory.ofbiz.inventory.InventoryRows;

/** The review of an inventory's differences: what posting will do, conflicts settled, moved lines decided, recounts. */
public final class ReviewServices {

    private static final String MODULE = ReviewServices.class.getName();
    /** A recount does not show the book: the counter counts again without knowing what the first count should have found. */
    private static final String RECOUNT_LIST_TYPE = "PI_BLIND";

    private ReviewServices() {
    }

    /** getPiInventoryReview: every difference (filtered), with the summary of the movements posting will create. */
    public static Map<String, Object> getInventoryReview(DispatchContext dctx, Map<String, ? extends Object> context) {
        Delegator delegator = dctx.getDelegator();
        Locale locale = (Locale) context.get("locale");
        Object piInventoryId = context.get("piInventoryId");
        try {
            GenericValue inventory = InventoryRows.inventory(delegator, piInventoryId);
            if (inventory == null) {
                return Labels.error("PhysInvErrorInventoryNotFound", locale, piInventoryId);
            }
            ReviewFilter filter = filter(delegator, context);
            Map<String, String> reasons = reasonDescriptions(delegator, locale);
            Map<String, Object> result;
            ReviewRows.Page page = ReviewRows.Page.of((Integer) context.get("viewIndex"), (Integer) context.get("viewSize"));
            if (inventory.get("postedDate") != null) {
                result = ReviewRows.posted(postedMovements(delegator, inventory), lines(delegator, inventory), filter, reasons, page);
                result.put("postingDate", inventory.getTimestamp("postingDate"));
            } else {
                Integer within = (Integer) context.get("answerWithin");
                KeptReview.Shown shown = KeptReview.within(delegator, dctx.getDispatcher(), inventory, !"N".equals(context.get("causes")),
                        within == null ? 0 : within);
                result = shown.review() == null ? ReviewRows.none() : ReviewRows.open(shown.review(), filter,
                        CauseKind.of(Parameters.text(context.get("cause"))), "cause".equals(context.get("orderBy")), reasons, page);
                result.put("reviewPending", shown.current() ? "N" : "Y");
                result.put("reviewAsOf", shown.review() == null ? null : shown.review().asOf());
                result.put("postingDate", Posting.postingDate(inventory, null, UtilDateTime.nowTimestamp()));
            }
            return result;
        } catch (GenericEntityException | GenericServiceException e) {
            return Labels.failure("PhysInvErrorReviewFailed", e, MODULE, locale, piInventoryId);
        }
    }

    /**
     * Works the review of an inventory whose counting just started or closed, or one of whose lists was just counted, out in the
     * background (a large one only), so that the reviewer's first page finds it kept, or brings only what changed since up to date.
     */
    public static void reviewInAdvance(DispatchContext dctx, GenericValue inventory) throws GenericEntityException {
        KeptReview.warm(dctx.getDelegator(), dctx.getDispatcher(), inventory);
    }

    /** Waits until every review asked for in advance so far is worked out (for tests). */
    public static void awaitReviewedInAdvance() throws InterruptedException, ExecutionException {
        KeptReview.awaitWarmed();
    }

    /**
     * getPiReviewExport: what the streamed export of a review needs (ReviewCsv), checked as the user: the inventory, the
     * screen's filters and the variance reasons in the user's language. The rows themselves are read as they are written.
     */
    public static Map<String, Object> getReviewExport(DispatchContext dctx, Map<String, ? extends Object> context) {
        Delegator delegator = dctx.getDelegator();
        Locale locale = (Locale) context.get("locale");
        Object piInventoryId = context.get("piInventoryId");
        try {
            GenericValue inventory = InventoryRows.inventory(delegator, piInventoryId);
            if (inventory == null) {
                return Labels.error("PhysInvErrorInventoryNotFound", locale, piInventoryId);
            }
            Map<String, Object> result = ServiceUtil.returnSuccess();
            result.put("inventory", inventory);
            result.put("filter", filter(delegator, context));
            result.put("reasons", reasonDescriptions(delegator, locale));
            return result;
        } catch (GenericEntityException e) {
            return Labels.failure("PhysInvErrorReviewFailed", e, MODULE, locale, piInventoryId);
        }
    }

    /** The review screen's filters, with the members of the category asked for. */
    private static ReviewFilter filter(Delegator delegator, Map<String, ? extends Object> context) throws GenericEntityException {
        String category = Parameters.text(context.get("productCategoryId"));
        Set<String> categoryProducts = category == null ? null : EntityQuery.use(delegator).from("ProductCategoryMember")
                .where("productCategoryId", category).filterByDate().queryList().stream().map(m -> m.getString("productId"))
                .collect(Collectors.toSet());
        return new ReviewFilter(Parameters.text(context.get("piListId")), Parameters.text(context.get("locationSeqId")),
                Parameters.text(context.get("productId")), categoryProducts, "Y".equals(context.get("differencesOnly")), "Y".equals(context.get("overTolerance")),
                "Y".equals(context.get("moved")), "Y".equals(context.get("conflicts")));
    }

    private static Map<String, String> reasonDescriptions(Delegator delegator, Locale locale) throws GenericEntityException {
        Map<String, String> reasons = new HashMap<>();
        for (GenericValue reason : EntityQuery.use(delegator).from("VarianceReason").cache().queryList()) {
            reasons.put(reason.getString("varianceReasonId"), (String) reason.get("description", locale));
        }
        return reasons;
    }

    /** What the inventory's posting recorded per line with a variance reason (serial moves have none). */
    static List<GenericValue> postedMovements(Delegator delegator, GenericValue inventory) throws GenericEntityException {
        return EntityQuery.use(delegator).from("PiLinePosting").where(
                EntityCondition.makeCondition("physicalInventoryId", inventory.get("physicalInventoryId")),
                EntityCondition.makeCondition("varianceReasonId", EntityOperator.NOT_EQUAL, null)).orderBy("piListId", "lineSeqId").queryList();
    }

    /** The lines of the inventory's lists that were not cancelled, in the order the review shows them. */
    private static List<GenericValue> lines(Delegator delegator, GenericValue inventory) throws GenericEntityException {
        return EntityQuery.use(delegator).from("PiCountLineAndList").where(
                EntityCondition.makeCondition("piInventoryId", inventory.get("piInventoryId")),
                EntityCondition.makeCondition("listStatusId", EntityOperator.NOT_EQUAL, ListStatus.CANCELLED.statusId()))
                .orderBy("locationSeqId", "productId", "lotId", "serialNumber", "piListId").queryList();
    }

    /** settlePiCountConflict: a key counted on two lists: add the counts (ADD), or keep one list's count (KEEP). */
    public static Map<String, Object> settleConflict(DispatchContext dctx, Map<String, ? extends Object> context) {
        Delegator delegator = dctx.getDelegator();
        Locale locale = (Locale) context.get("locale");
        String resolution = (String) context.get("resolution");
        String keepPiListId = (String) context.get("keepPiListId");
        LineKey key = new LineKey((String) context.get("productId"), (String) context.get("locationSeqId"),
                Parameters.text(context.get("lotId")), Parameters.text(context.get("serialNumber")));
        try {
            GenericValue inventory = InventoryRows.inventory(delegator, context.get("piInventoryId"));
            Map<String, Object> refusal = refuseChange(inventory, context.get("piInventoryId"), locale);
            if (refusal != null || !"ADD".equals(resolution) && !"KEEP".equals(resolution)) {
                return refusal != null ? refusal : Labels.error("PhysInvErrorUnknownResolution", locale, resolution);
            }
            List<GenericValue> counted = countedLines(delegator, inventory, key);
            if (counted.size() < 2) {
                return Labels.error("PhysInvErrorNoConflict", locale, key.productId(), key.locationSeqId());
            }
            if ("KEEP".equals(resolution) && counted.stream().noneMatch(l -> l.getString("piListId").equals(keepPiListId))) {
                return Labels.error("PhysInvErrorKeepListNotCounted", locale, keepPiListId, key.productId(), key.locationSeqId());
            }
            for (GenericValue line : counted) {
                Resolution choice = "ADD".equals(resolution) ? Resolution.ADD
                        : line.getString("piListId").equals(keepPiListId) ? Resolution.KEEP : Resolution.DROP;
                storeOnLine(delegator, ref(line), "resolution", choice.name());
            }
            return ServiceUtil.returnSuccess();
        } catch (GenericEntityException e) {
            return Labels.failure("PhysInvErrorConflictSettleFailed", e, MODULE, locale, context.get("piInventoryId"),
                    key.productId(), key.locationSeqId());
        }
    }

    /** The counted lines of the key on the inventory's first-count lists (recount lists aside). */
    private static List<GenericValue> countedLines(Delegator delegator, GenericValue inventory, LineKey key) throws GenericEntityException {
        return EntityQuery.use(delegator).from("PiCountLineAndList").where(EntityCondition.makeCondition(List.of(
                EntityCondition.makeCondition("piInventoryId", inventory.get("piInventoryId")),
                EntityCondition.makeCondition("listStatusId", EntityOperator.NOT_EQUAL, ListStatus.CANCELLED.statusId()),
                InventoryRows.notRecount(),
                EntityCondition.makeCondition("countedQuantity", EntityOperator.NOT_EQUAL, null),
                EntityCondition.makeCondition("productId", key.productId()),
                EntityCondition.makeCondition("locationSeqId", key.locationSeqId()),
                EntityCondition.makeCondition("lotId", key.lotId()),
                EntityCondition.makeCondition("serialNumber", key.serialNumber())))).queryList();
    }

    /**
     * setPiMovedChoice: for a line whose stock moved after its count, keep the difference (the default) or
     * keep the count; with allMoved=Y, for every moved line of the inventory. A line that did not move is refused.
     */
    public static Map<String, Object> setMovedChoice(DispatchContext dctx, Map<String, ? extends Object> context) {
        Delegator delegator = dctx.getDelegator();
        Locale locale = (Locale) context.get("locale");
        String choice = (String) context.get("movedChoice");
        try {
            GenericValue inventory = InventoryRows.inventory(delegator, context.get("piInventoryId"));
            Map<String, Object> refusal = refuseChange(inventory, context.get("piInventoryId"), locale);
            if (refusal != null || !MovedChoice.KEEP_COUNT.name().equals(choice) && !MovedChoice.KEEP_DIFFERENCE.name().equals(choice)) {
                return refusal != null ? refusal : Labels.error("PhysInvErrorUnknownMovedChoice", locale, choice);
            }
            InventoryReview loaded = InventoryReview.load(delegator, dctx.getDispatcher(), inventory);
            LineRef line = new LineRef((String) context.get("piListId"), (String) context.get("lineSeqId"));
            Optional<Difference> one = loaded.review().differenceOf(line);
            if (!"Y".equals(context.get("allMoved")) && (one.isEmpty() || !one.get().moved())) {
                return one.isEmpty() ? Labels.error("PhysInvErrorLineNotFound", locale, line.lineSeqId())
                        : Labels.error("PhysInvErrorLineDidNotMove", locale, one.get().key().productId(), one.get().key().locationSeqId());
            }
            List<Difference> targets = "Y".equals(context.get("allMoved")) ? loaded.review().moved() : List.of(one.get());
            for (Difference difference : targets) {
                for (LineRef each : difference.lines()) {
                    storeOnLine(delegator, each, "movedChoice", choice);
                }
            }
            Map<String, Object> result = ServiceUtil.returnSuccess();
            result.put("linesChanged", targets.size());
            return result;
        } catch (GenericEntityException | GenericServiceException e) {
            return Labels.failure("PhysInvErrorMovedChoiceFailed", e, MODULE, locale, context.get("piInventoryId"));
        }
    }

    /**
     * createPiRecountList: a recount list with only the chosen lines (lineRef "piListId|lineSeqId"), or every
     * line over tolerance, assigned to an employee and open for counting on the handheld. The inventory goes
     * back to counting; once the recount list is counted, its counts replace the first ones.
     */
    public static Map<String, Object> createRecountList(DispatchContext dctx, Map<String, ? extends Object> context) {
        Delegator delegator = dctx.getDelegator();
        Locale locale = (Locale) context.get("locale");
        String partyId = (String) context.get("partyId");
        String listTypeId = context.get("listTypeId") == null ? RECOUNT_LIST_TYPE : (String) context.get("listTypeId");
        try {
            GenericValue inventory = InventoryRows.inventory(delegator, context.get("piInventoryId"));
            Map<String, Object> refusal = refuseChange(inventory, context.get("piInventoryId"), locale);
            if (refusal == null) {
                refusal = refuseRecounter(delegator, partyId, listTypeId, locale);
            }
            if (refusal != null) {
                return refusal;
            }
            InventoryReview loaded = InventoryReview.load(delegator, dctx.getDispatcher(), inventory);
            List<Difference> chosen = loaded.review().toRecount("Y".equals(context.get("overTolerance")), lineRefs(context.get("lineRef")));
            if (chosen.isEmpty()) {
                return Labels.error("PhysInvErrorNothingToRecount", locale, inventory.get("piInventoryId"));
            }
            String piListId = createRecountList(delegator, inventory, listTypeId, chosen, (GenericValue) context.get("userLogin"), locale);
            delegator.create("PiListAssignment", UtilMisc.toMap("piListId", piListId, "partyId", partyId, "fromDate", UtilDateTime.nowTimestamp()));
            reopen(inventory);
            Map<String, Object> result = ServiceUtil.returnSuccess(Labels.message("PhysInvRecountListCreated", locale, piListId, chosen.size()));
            result.put("piListId", piListId);
            result.put("linesCreated", chosen.size());
            return result;
        } catch (GenericEntityException | GenericServiceException e) {
            return Labels.failure("PhysInvErrorRecountListFailed", e, MODULE, locale, context.get("piInventoryId"));
        }
    }

    /** Who recounts must be an employee, and the list type must exist. */
    private static Map<String, Object> refuseRecounter(Delegator delegator, String partyId, String listTypeId, Locale locale)
            throws GenericEntityException {
        if (!InventoryRows.isEmployee(delegator, partyId)) {
            return Labels.error("PhysInvErrorNotAnEmployee", locale, partyId);
        }
        if (InventoryRows.listType(delegator, listTypeId) == null) {
            return Labels.error("PhysInvErrorListTypeNotFound", locale, listTypeId);
        }
        return null;
    }

    /**
     * The recount list, open for counting, with a line per chosen difference at today's book. It is made here, not by
     * createPiInventoryList: that service refuses a counted inventory and a list over the whole facility, which a
     * recount list is, beside the lists it recounts.
     */
    private static String createRecountList(Delegator delegator, GenericValue inventory, String listTypeId, List<Difference> chosen,
            GenericValue userLogin, Locale locale) throws GenericEntityException {
        String piListId = delegator.getNextSeqId("PiInventoryList");
        delegator.create("PiInventoryList", UtilMisc.toMap("piListId", piListId, "piInventoryId", inventory.get("piInventoryId"),
                "listTypeId", listTypeId, "description", Labels.message("PhysInvRecountListDescription", locale, inventory.get("piInventoryId")),
                "statusId", ListStatus.COUNTING.statusId(), "recount", "Y", "createdByUserLogin", userLogin.get("userLoginId"),
                "createdDate", UtilDateTime.nowTimestamp()));
        GenericValue list = InventoryRows.list(delegator, piListId);
        for (Difference difference : chosen) {
            GenericValue line = CountLineRows.newLine(delegator, list, difference.key());
            line.set("bookQuantity", difference.currentBook());
            line.set("bookQuantityDate", UtilDateTime.nowTimestamp());
            line.create();
        }
        return piListId;
    }

    /** A counted inventory goes back to counting while its recount list is counted. */
    private static void reopen(GenericValue inventory) throws GenericEntityException {
        InventoryStatus status = InventoryStatus.of(inventory.getString("statusId"));
        InventoryStatus after = DifferenceRules.afterRecount(status);
        if (after != status) {
            inventory.set("statusId", after.statusId());
            inventory.store();
        }
    }

    /** The lines the reviewer picked, each named piListId|lineSeqId; one or many. */
    private static Set<LineRef> lineRefs(Object picked) {
        if (picked instanceof List<?> list) {
            return list.stream().map(r -> LineRef.parse(String.valueOf(r))).collect(Collectors.toSet());
        }
        return picked == null ? Set.of() : Set.of(LineRef.parse(String.valueOf(picked)));
    }

    /** Why the inventory's review may not be changed now (not found, not counting or counted), or null. */
    private static Map<String, Object> refuseChange(GenericValue inventory, Object piInventoryId, Locale locale) {
        if (inventory == null) {
            return Labels.error("PhysInvErrorInventoryNotFound", locale, piInventoryId);
        }
        return DifferenceRules.refuseReviewChange(InventoryStatus.of(inventory.getString("statusId")))
                .map(key -> Labels.error(key, locale, inventory.get("piInventoryId"))).orElse(null);
    }

    private static void storeOnLine(Delegator delegator, LineRef line, String field, String value) throws GenericEntityException {
        delegator.storeByCondition("PiCountLine", UtilMisc.toMap(field, value), EntityCondition.makeCondition(
                UtilMisc.toMap("piListId", line.piListId(), "lineSeqId", line.lineSeqId())));
    }

    private static LineRef ref(GenericValue line) {
        return new LineRef(line.getString("piListId"), line.getString("lineSeqId"));
    }

    /** A request's text, or null when empty. */}
