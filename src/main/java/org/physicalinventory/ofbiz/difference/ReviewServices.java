package org.physicalinventory.ofbiz.difference;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.ofbiz.base.util.Debug;
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
import org.physicalinventory.difference.MovedChoice;
import org.physicalinventory.difference.ReasonTotal;
import org.physicalinventory.difference.Resolution;
import org.physicalinventory.inventory.InventoryRules;
import org.physicalinventory.inventory.InventoryStatus;
import org.physicalinventory.inventory.ListStatus;
import org.physicalinventory.ofbiz.Labels;
import org.physicalinventory.ofbiz.inventory.InventoryRows;
import org.physicalinventory.ofbiz.count.CountLineRows;

/** The review of an inventory's differences: what posting will do, conflicts settled, moved lines decided, recounts. */
public final class ReviewServices {

    private static final String MODULE = ReviewServices.class.getName();

    private ReviewServices() {
    }

    /** getPiInventoryReview: every difference (filtered), with the summary of the movements posting will create. */
    public static Map<String, Object> getInventoryReview(DispatchContext dctx, Map<String, ? extends Object> context) {
        Delegator delegator = dctx.getDelegator();
        Locale locale = (Locale) context.get("locale");
        try {
            GenericValue inventory = EntityQuery.use(delegator).from("PiInventory").where("piInventoryId", context.get("piInventoryId")).queryOne();
            if (inventory == null) {
                return Labels.error("PhysInvErrorInventoryNotFound", locale, context.get("piInventoryId"));
            }
            ReviewFilter filter = new ReviewFilter(delegator, context);
            Map<String, String> reasons = new HashMap<>();
            for (GenericValue reason : EntityQuery.use(delegator).from("VarianceReason").cache().queryList()) {
                reasons.put(reason.getString("varianceReasonId"), (String) reason.get("description", locale));
            }
            if (inventory.get("postedDate") != null) {
                return postedReview(delegator, inventory, filter, reasons);
            }
            InventoryReview loaded = InventoryReview.load(delegator, dctx.getDispatcher(), inventory);
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Difference difference : loaded.review().differences()) {
                if (filter.accepts(difference.lines().stream().map(LineRef::piListId).collect(Collectors.toList()), difference.key(),
                        difference.changesStock() || difference.conflict() || difference.missingCost(), difference.overTolerance(),
                        difference.moved(), difference.conflict())) {
                    Map<String, Object> row = row(difference, loaded);
                    row.put("reasonDescription", difference.reasonId() == null ? null : reasons.getOrDefault(difference.reasonId(), difference.reasonId()));
                    rows.add(row);
                }
            }
            List<Map<String, Object>> summary = new ArrayList<>();
            BigDecimal surplusValue = BigDecimal.ZERO;
            BigDecimal shortageValue = BigDecimal.ZERO;
            for (ReasonTotal total : loaded.review().summary()) {
                summary.add(UtilMisc.toMap("varianceReasonId", total.reasonId(), "surplus", total.surplus() ? "Y" : "N",
                        "quantity", total.quantity(), "value", total.value(), "lines", total.lines()));
                if (total.surplus()) {
                    surplusValue = surplusValue.add(total.value());
                } else {
                    shortageValue = shortageValue.add(total.value());
                }
            }
            Map<String, Object> result = ServiceUtil.returnSuccess();
            result.put("differences", rows);
            result.put("summary", summary);
            result.put("surplusValue", surplusValue);
            result.put("shortageValue", shortageValue);
            result.put("conflictCount", loaded.review().conflicts().size());
            result.put("missingCosts", loaded.review().missingCosts().size());
            result.put("movedLines", (int) loaded.review().differences().stream().filter(Difference::moved).count());
            result.put("linesToPost", loaded.review().changes().size());
            return result;
        } catch (GenericEntityException | GenericServiceException e) {
            Debug.logError(e, MODULE);
            return ServiceUtil.returnError(e.getMessage());
        }
    }

    /**
     * A posted inventory shows what was posted, line by line (its book and counted quantities, the posted
     * quantity and value), and the movements by reason: the book has changed since, so nothing is compared again.
     */
    private static Map<String, Object> postedReview(Delegator delegator, GenericValue inventory, ReviewFilter filter,
            Map<String, String> reasons) throws GenericEntityException {
        Map<String, String> lineReasons = new HashMap<>();
        Map<String, Map<String, Object>> totals = new java.util.LinkedHashMap<>();
        BigDecimal surplusValue = BigDecimal.ZERO;
        BigDecimal shortageValue = BigDecimal.ZERO;
        for (GenericValue posting : EntityQuery.use(delegator).from("PiLinePosting").where(
                EntityCondition.makeCondition("physicalInventoryId", inventory.get("physicalInventoryId")),
                EntityCondition.makeCondition("varianceReasonId", EntityOperator.NOT_EQUAL, null)).orderBy("piListId", "lineSeqId").queryList()) {
            String line = posting.getString("piListId") + "|" + posting.getString("lineSeqId");
            lineReasons.put(line, posting.getString("varianceReasonId"));
            boolean surplus = posting.getBigDecimal("quantity").signum() > 0;
            Map<String, Object> total = totals.computeIfAbsent(posting.getString("varianceReasonId") + surplus, k -> UtilMisc.toMap(
                    "varianceReasonId", posting.getString("varianceReasonId"), "surplus", surplus ? "Y" : "N", "quantity", BigDecimal.ZERO,
                    "value", BigDecimal.ZERO, "lines", 0));
            total.put("quantity", ((BigDecimal) total.get("quantity")).add(posting.getBigDecimal("quantity")));
            total.put("value", ((BigDecimal) total.get("value")).add(posting.getBigDecimal("postedValue")));
            total.put("lines", (Integer) total.get("lines") + 1);
            if (surplus) {
                surplusValue = surplusValue.add(posting.getBigDecimal("postedValue"));
            } else {
                shortageValue = shortageValue.add(posting.getBigDecimal("postedValue"));
            }
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        int posted = 0;
        for (GenericValue line : EntityQuery.use(delegator).from("PiCountLineAndList").where(
                EntityCondition.makeCondition("piInventoryId", inventory.get("piInventoryId")),
                EntityCondition.makeCondition("listStatusId", EntityOperator.NOT_EQUAL, ListStatus.CANCELLED.statusId()))
                .orderBy("locationSeqId", "productId", "lotId", "serialNumber", "piListId").queryList()) {
            BigDecimal difference = line.get("postedQuantity") == null ? BigDecimal.ZERO : line.getBigDecimal("postedQuantity");
            posted += line.get("postedQuantity") == null ? 0 : 1;
            LineKey key = InventoryReview.key(line);
            if (!filter.accepts(List.of(line.getString("piListId")), key, difference.signum() != 0, false, false, false)) {
                continue;
            }
            String ref = line.getString("piListId") + "|" + line.getString("lineSeqId");
            Map<String, Object> row = new HashMap<>();
            row.put("piListId", line.get("piListId"));
            row.put("lineSeqId", line.get("lineSeqId"));
            row.put("lineRef", ref);
            row.put("listIds", line.get("piListId"));
            row.put("productId", key.productId());
            row.put("locationSeqId", key.locationSeqId());
            row.put("lotId", key.lotId());
            row.put("serialNumber", key.serialNumber());
            row.put("bookQuantity", line.get("bookQuantity"));
            row.put("currentBookQuantity", line.get("bookQuantity"));
            row.put("countedQuantity", line.get("countedQuantity"));
            row.put("difference", difference);
            row.put("value", line.get("postedValue") == null ? BigDecimal.ZERO : line.get("postedValue"));
            row.put("varianceReasonId", lineReasons.get(ref));
            row.put("reasonDescription", lineReasons.get(ref) == null ? null : reasons.getOrDefault(lineReasons.get(ref), lineReasons.get(ref)));
            row.put("overTolerance", "N");
            row.put("moved", "N");
            row.put("conflict", "N");
            row.put("missingCost", "N");
            rows.add(row);
        }
        Map<String, Object> result = ServiceUtil.returnSuccess();
        result.put("differences", rows);
        result.put("summary", new ArrayList<>(totals.values()));
        result.put("surplusValue", surplusValue);
        result.put("shortageValue", shortageValue);
        result.put("conflictCount", 0);
        result.put("missingCosts", 0);
        result.put("movedLines", 0);
        result.put("linesToPost", posted);
        return result;
    }

    static Map<String, Object> row(Difference difference, InventoryReview loaded) {
        Map<String, Object> row = new HashMap<>();
        if (difference.conflict()) {
            row.put("lineCounts", difference.lines().stream().map(l -> l.piListId() + ": " + loaded.line(l).counted())
                    .collect(Collectors.joining(", ")));
            row.put("conflictListIds", difference.lines().stream().filter(l -> loaded.line(l).isCounted()).map(LineRef::piListId)
                    .distinct().collect(Collectors.toList()));
        }
        LineKey key = difference.key();
        LineRef standing = difference.lines().get(0);
        row.put("piListId", standing.piListId());
        row.put("lineSeqId", standing.lineSeqId());
        row.put("lineRef", standing.piListId() + "|" + standing.lineSeqId());
        row.put("listIds", difference.lines().stream().map(LineRef::piListId).distinct().collect(Collectors.joining(", ")));
        row.put("productId", key.productId());
        row.put("locationSeqId", key.locationSeqId());
        row.put("lotId", key.lotId());
        row.put("serialNumber", key.serialNumber());
        row.put("bookQuantity", difference.book());
        row.put("currentBookQuantity", difference.currentBook());
        row.put("countedQuantity", difference.counted());
        row.put("difference", difference.difference());
        row.put("unitCost", difference.unitCost());
        row.put("value", difference.value());
        row.put("varianceReasonId", difference.reasonId());
        row.put("overTolerance", flag(difference.overTolerance()));
        row.put("moved", flag(difference.moved()));
        row.put("movedChoice", difference.movedChoice() == null ? null : difference.movedChoice().name());
        row.put("conflict", flag(difference.conflict()));
        row.put("missingCost", flag(difference.missingCost()));
        row.put("serialFrom", difference.serialFrom());
        row.put("serialTo", difference.serialTo());
        return row;
    }

    private static String flag(boolean value) {
        return value ? "Y" : "N";
    }

    /** settlePiCountConflict: a key counted on two lists: add the counts (ADD), or keep one list's count (KEEP). */
    public static Map<String, Object> settleConflict(DispatchContext dctx, Map<String, ? extends Object> context) {
        Delegator delegator = dctx.getDelegator();
        Locale locale = (Locale) context.get("locale");
        String resolution = (String) context.get("resolution");
        String keepPiListId = (String) context.get("keepPiListId");
        try {
            GenericValue inventory = reviewable(delegator, context);
            if (inventory == null || !"ADD".equals(resolution) && !"KEEP".equals(resolution)) {
                return inventory == null ? notReviewable(delegator, context, locale) : Labels.error("PhysInvErrorUnknownResolution", locale, resolution);
            }
            LineKey key = new LineKey((String) context.get("productId"), (String) context.get("locationSeqId"),
                    emptyToNull(context.get("lotId")), emptyToNull(context.get("serialNumber")));
            List<GenericValue> counted = EntityQuery.use(delegator).from("PiCountLineAndList").where(EntityCondition.makeCondition(List.of(
                    EntityCondition.makeCondition("piInventoryId", inventory.get("piInventoryId")),
                    EntityCondition.makeCondition("listStatusId", EntityOperator.NOT_EQUAL, ListStatus.CANCELLED.statusId()),
                    InventoryRows.notRecount(),
                    EntityCondition.makeCondition("countedQuantity", EntityOperator.NOT_EQUAL, null),
                    EntityCondition.makeCondition("productId", key.productId()),
                    EntityCondition.makeCondition("locationSeqId", key.locationSeqId()),
                    EntityCondition.makeCondition("lotId", key.lotId()),
                    EntityCondition.makeCondition("serialNumber", key.serialNumber())))).queryList();
            if (counted.size() < 2) {
                return Labels.error("PhysInvErrorNoConflict", locale, key.productId(), key.locationSeqId());
            }
            if ("KEEP".equals(resolution) && counted.stream().noneMatch(l -> l.getString("piListId").equals(keepPiListId))) {
                return Labels.error("PhysInvErrorKeepListNotCounted", locale, keepPiListId, key.productId(), key.locationSeqId());
            }
            for (GenericValue line : counted) {
                String choice = "ADD".equals(resolution) ? Resolution.ADD.name()
                        : line.getString("piListId").equals(keepPiListId) ? Resolution.KEEP.name() : Resolution.DROP.name();
                delegator.storeByCondition("PiCountLine", UtilMisc.toMap("resolution", choice), EntityCondition.makeCondition(
                        UtilMisc.toMap("piListId", line.get("piListId"), "lineSeqId", line.get("lineSeqId"))));
            }
            return ServiceUtil.returnSuccess();
        } catch (GenericEntityException e) {
            Debug.logError(e, MODULE);
            return ServiceUtil.returnError(e.getMessage());
        }
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
            GenericValue inventory = reviewable(delegator, context);
            if (inventory == null) {
                return notReviewable(delegator, context, locale);
            }
            if (!MovedChoice.KEEP_COUNT.name().equals(choice) && !MovedChoice.KEEP_DIFFERENCE.name().equals(choice)) {
                return Labels.error("PhysInvErrorUnknownMovedChoice", locale, choice);
            }
            InventoryReview loaded = InventoryReview.load(delegator, dctx.getDispatcher(), inventory);
            List<Difference> targets = new ArrayList<>();
            if ("Y".equals(context.get("allMoved"))) {
                loaded.review().differences().stream().filter(Difference::moved).forEach(targets::add);
            } else {
                LineRef line = new LineRef((String) context.get("piListId"), (String) context.get("lineSeqId"));
                Difference difference = loaded.review().differences().stream().filter(d -> d.lines().contains(line)).findFirst().orElse(null);
                if (difference == null) {
                    return Labels.error("PhysInvErrorLineNotFound", locale, line.lineSeqId());
                }
                if (!difference.moved()) {
                    return Labels.error("PhysInvErrorLineDidNotMove", locale, difference.key().productId(), difference.key().locationSeqId());
                }
                targets.add(difference);
            }
            for (Difference difference : targets) {
                for (LineRef line : difference.lines()) {
                    delegator.storeByCondition("PiCountLine", UtilMisc.toMap("movedChoice", choice), EntityCondition.makeCondition(
                            UtilMisc.toMap("piListId", line.piListId(), "lineSeqId", line.lineSeqId())));
                }
            }
            Map<String, Object> result = ServiceUtil.returnSuccess();
            result.put("linesChanged", targets.size());
            return result;
        } catch (GenericEntityException | GenericServiceException e) {
            Debug.logError(e, MODULE);
            return ServiceUtil.returnError(e.getMessage());
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
        GenericValue userLogin = (GenericValue) context.get("userLogin");
        try {
            GenericValue inventory = reviewable(delegator, context);
            if (inventory == null) {
                return notReviewable(delegator, context, locale);
            }
            String partyId = (String) context.get("partyId");
            if (EntityQuery.use(delegator).from("PartyRole").where("partyId", partyId, "roleTypeId", "EMPLOYEE").queryOne() == null) {
                return Labels.error("PhysInvErrorNotAnEmployee", locale, partyId);
            }
            String listTypeId = context.get("listTypeId") == null ? "PI_BLIND" : (String) context.get("listTypeId");
            if (EntityQuery.use(delegator).from("PiListType").where("listTypeId", listTypeId).queryOne() == null) {
                return Labels.error("PhysInvErrorListTypeNotFound", locale, listTypeId);
            }
            InventoryReview loaded = InventoryReview.load(delegator, dctx.getDispatcher(), inventory);
            Set<String> picked = new HashSet<>();
            Object refs = context.get("lineRef");
            if (refs instanceof List<?> list) {
                list.forEach(r -> picked.add(String.valueOf(r)));
            } else if (refs != null) {
                picked.add(String.valueOf(refs));
            }
            boolean overTolerance = "Y".equals(context.get("overTolerance"));
            List<Difference> chosen = loaded.review().differences().stream().filter(d -> overTolerance && d.overTolerance()
                    || d.lines().stream().anyMatch(l -> picked.contains(l.piListId() + "|" + l.lineSeqId()))).collect(Collectors.toList());
            if (chosen.isEmpty()) {
                return Labels.error("PhysInvErrorNothingToRecount", locale, inventory.get("piInventoryId"));
            }
            String piListId = delegator.getNextSeqId("PiInventoryList");
            delegator.create("PiInventoryList", UtilMisc.toMap("piListId", piListId, "piInventoryId", inventory.get("piInventoryId"),
                    "listTypeId", listTypeId, "description", Labels.message("PhysInvRecountListDescription", locale, inventory.get("piInventoryId")),
                    "statusId", ListStatus.COUNTING.statusId(), "recount", "Y", "createdByUserLogin", userLogin.get("userLoginId"),
                    "createdDate", UtilDateTime.nowTimestamp()));
            GenericValue list = EntityQuery.use(delegator).from("PiInventoryList").where("piListId", piListId).queryOne();
            for (Difference difference : chosen) {
                GenericValue line = CountLineRows.newLine(delegator, list, difference.key());
                line.set("bookQuantity", difference.currentBook());
                line.set("bookQuantityDate", UtilDateTime.nowTimestamp());
                line.create();
            }
            delegator.create("PiListAssignment", UtilMisc.toMap("piListId", piListId, "partyId", partyId, "fromDate", UtilDateTime.nowTimestamp()));
            if (InventoryStatus.of(inventory.getString("statusId")) == InventoryStatus.COUNTED) {
                inventory.set("statusId", InventoryStatus.COUNTING.statusId());
                inventory.store();
            }
            Map<String, Object> result = ServiceUtil.returnSuccess(Labels.message("PhysInvRecountListCreated", locale, piListId, chosen.size()));
            result.put("piListId", piListId);
            result.put("linesCreated", chosen.size());
            return result;
        } catch (GenericEntityException | GenericServiceException e) {
            Debug.logError(e, MODULE);
            return ServiceUtil.returnError(e.getMessage());
        }
    }

    /** The inventory when its differences may still be reviewed (counting or counted), else null. */
    private static GenericValue reviewable(Delegator delegator, Map<String, ? extends Object> context) throws GenericEntityException {
        GenericValue inventory = EntityQuery.use(delegator).from("PiInventory").where("piInventoryId", context.get("piInventoryId")).queryOne();
        if (inventory == null) {
            return null;
        }
        InventoryStatus status = InventoryStatus.of(inventory.getString("statusId"));
        return status == InventoryStatus.COUNTING || status == InventoryStatus.COUNTED ? inventory : null;
    }

    private static Map<String, Object> notReviewable(Delegator delegator, Map<String, ? extends Object> context, Locale locale)
            throws GenericEntityException {
        GenericValue inventory = EntityQuery.use(delegator).from("PiInventory").where("piInventoryId", context.get("piInventoryId")).queryOne();
        if (inventory == null) {
            return Labels.error("PhysInvErrorInventoryNotFound", locale, context.get("piInventoryId"));
        }
        return Labels.error(InventoryRules.refuseListEdit(InventoryStatus.of(inventory.getString("statusId")))
                .orElse("PhysInvErrorNotCounted"), locale, inventory.get("piInventoryId"));
    }

    private static String emptyToNull(Object value) {
        return value == null || value.toString().isEmpty() ? null : value.toString();
    }

    /** The review screen's filters. */
    static final class ReviewFilter {
        private final String piListId;
        private final String location;
        private final String product;
        private final Set<String> categoryProducts;
        private final boolean differencesOnly;
        private final boolean overTolerance;
        private final boolean moved;
        private final boolean conflicts;

        ReviewFilter(Delegator delegator, Map<String, ? extends Object> context) throws GenericEntityException {
            piListId = emptyToNull(context.get("piListId"));
            location = lower(context.get("locationSeqId"));
            product = lower(context.get("productId"));
            differencesOnly = "Y".equals(context.get("differencesOnly"));
            overTolerance = "Y".equals(context.get("overTolerance"));
            moved = "Y".equals(context.get("moved"));
            conflicts = "Y".equals(context.get("conflicts"));
            String category = emptyToNull(context.get("productCategoryId"));
            categoryProducts = category == null ? null : EntityQuery.use(delegator).from("ProductCategoryMember")
                    .where("productCategoryId", category).filterByDate().queryList().stream().map(m -> m.getString("productId"))
                    .collect(Collectors.toSet());
        }

        boolean accepts(List<String> listIds, LineKey key, boolean changes, boolean isOverTolerance, boolean isMoved, boolean isConflict) {
            return (piListId == null || listIds.contains(piListId))
                    && (location == null || key.locationSeqId().toLowerCase(Locale.ROOT).contains(location))
                    && (product == null || key.productId().toLowerCase(Locale.ROOT).contains(product))
                    && (categoryProducts == null || categoryProducts.contains(key.productId()))
                    && (!differencesOnly || changes)
                    && (!overTolerance || isOverTolerance)
                    && (!moved || isMoved)
                    && (!conflicts || isConflict);
        }

        private static String lower(Object value) {
            String text = emptyToNull(value);
            return text == null ? null : text.toLowerCase(Locale.ROOT);
        }
    }
}
