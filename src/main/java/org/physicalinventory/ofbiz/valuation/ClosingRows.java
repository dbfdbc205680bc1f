package org.physicalinventory.ofbiz.valuation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.ofbiz.base.util.UtilMisc;
import org.apache.ofbiz.entity.Delegator;
import org.apache.ofbiz.entity.GenericEntityException;
import org.apache.ofbiz.entity.GenericValue;
import org.apache.ofbiz.entity.condition.EntityCondition;
import org.apache.ofbiz.entity.condition.EntityOperator;
import org.apache.ofbiz.entity.util.EntityListIterator;
import org.apache.ofbiz.entity.util.EntityQuery;
import org.physicalinventory.difference.PostingDate;
import org.physicalinventory.ofbiz.Transactions;
import org.physicalinventory.reconciliation.ClosingValue;
import org.physicalinventory.valuation.CarryForward;
import org.physicalinventory.valuation.ClosingComparison.Figure;
import org.physicalinventory.valuation.ClosingStatus;
import org.physicalinventory.valuation.ValuationException;
import org.physicalinventory.valuation.ValuationMethod;

/**
 * The rows of the closing aggregate: a stock closing's header (PiStockClosing), its lines (PiStockClosingLine, one per
 * product and facility), its lots (PiStockClosingLot) and, by LIFO, the stock it carries forward (PiStockClosingCarry). Every
 * service reads them here; the lines of a run are written in bulk by the sql package's LineWriter.
 */
public final class ClosingRows {

    /** The statuses of closings that hold the lines of a whole run. */
    private static final List<String> WITH_LINES = Arrays.stream(ClosingStatus.values()).filter(ClosingStatus::holdsLines)
            .map(ClosingStatus::statusId).toList();

    private static final int FETCH_SIZE = 1000;
    /** Products named in one IN condition. */
    private static final int PRODUCTS_AT_ONCE = 500;

    private ClosingRows() {
    }

    /** The closing's header, or null when there is none with this id. */
    public static GenericValue closing(Delegator delegator, String closingId) throws GenericEntityException {
        return closingId == null ? null : EntityQuery.use(delegator).from("PiStockClosing").where("closingId", closingId).queryOne();
    }

    /** The closing's header; refused when there is none or it holds no lines (running, failed or interrupted). */
    public static GenericValue withLines(Delegator delegator, String closingId) throws GenericEntityException, ValuationException {
        GenericValue closing = closing(delegator, closingId);
        if (closing == null) {
            throw new ValuationException("PhysInvErrorClosingNotFound", closingId);
        }
        if (!ClosingStatus.of(closing.getString("statusId")).holdsLines()) {
            throw new ValuationException("PhysInvErrorClosingHasNoLines", closingId);
        }
        return closing;
    }

    /** The header, its row locked by writing it unchanged: a second writer waits for this transaction. */
    public static GenericValue locked(Delegator delegator, String closingId) throws GenericEntityException {
        delegator.storeByCondition("PiStockClosing", UtilMisc.toMap("closingId", closingId), EntityCondition.makeCondition("closingId", closingId));
        return closing(delegator, closingId);
    }

    /**
     * The last confirmed stock closing covering the facility: a closing of the facility, or of every facility of its owner
     * organisation. Movements dated before its end are in a closed period.
     */
    public static Optional<PostingDate.Closing> lastConfirmed(Delegator delegator, String facilityId, String ownerPartyId)
            throws GenericEntityException {
        EntityCondition covering = EntityCondition.makeCondition(EntityCondition.makeCondition("facilityId", facilityId), EntityOperator.OR,
                EntityCondition.makeCondition(EntityCondition.makeCondition("facilityId", null),
                        EntityCondition.makeCondition("organizationPartyId", ownerPartyId)));
        GenericValue last = EntityQuery.use(delegator).from("PiStockClosing").where(covering,
                EntityCondition.makeCondition("statusId", ClosingStatus.CONFIRMED.statusId())).orderBy("-thruDate").queryFirst();
        return last == null ? Optional.empty()
                : Optional.of(new PostingDate.Closing(last.getString("closingId"), last.getTimestamp("thruDate").toInstant()));
    }

    /** Each product and facility's quantity and value in the closing. */
    public static List<Figure> figures(Delegator delegator, String closingId) throws GenericEntityException {
        List<Figure> figures = new ArrayList<>();
        try (EntityListIterator lines = EntityQuery.use(delegator).from("PiStockClosingLine").where("closingId", closingId)
                .select("facilityId", "productId", "quantity", "value").queryIterator()) {
            GenericValue line;
            while ((line = lines.next()) != null) {
                figures.add(new Figure(line.getString("facilityId"), line.getString("productId"), line.getBigDecimal("quantity"),
                        line.getBigDecimal("value")));
            }
        }
        return figures;
    }

    /** Each product and facility's quantity, value by the closing's method, and value at the items' own costs (FIFO). */
    public static List<ClosingValue> values(Delegator delegator, String closingId) throws GenericEntityException {
        List<ClosingValue> values = new ArrayList<>();
        try (EntityListIterator lines = EntityQuery.use(delegator).from("PiStockClosingLine").where("closingId", closingId)
                .select("facilityId", "productId", "quantity", "value", "fifoValue").queryIterator()) {
            GenericValue line;
            while ((line = lines.next()) != null) {
                values.add(new ClosingValue(line.getString("facilityId"), line.getString("productId"), line.getBigDecimal("quantity"),
                        line.getBigDecimal("value"), line.getBigDecimal("fifoValue")));
            }
        }
        return values;
    }

    /**
     * The latest confirmed closing of the same scope (the organisation, and the facility or every facility) that ends before this one,
     * or null.
     */
    public static GenericValue previousConfirmed(Delegator delegator, GenericValue closing) throws GenericEntityException {
        return EntityQuery.use(delegator).from("PiStockClosing").where(EntityCondition.makeCondition("organizationPartyId",
                closing.get("organizationPartyId")), EntityCondition.makeCondition("facilityId", closing.get("facilityId")),
                EntityCondition.makeCondition("statusId", ClosingStatus.CONFIRMED.statusId()),
                EntityCondition.makeCondition("thruDate", EntityOperator.LESS_THAN, closing.getTimestamp("thruDate")))
                .orderBy("-thruDate").queryFirst();
    }

    /**
     * The closing's lines (of one facility, when given) with their product's name and primary category, in the valorized report's
     * order (category, the uncategorised last, then product and facility), read 1,000 at a time: an iterator for the caller to close.
     */
    public static EntityListIterator linesWithProducts(Delegator delegator, String closingId, String facilityId) throws GenericEntityException {
        List<EntityCondition> conditions = new ArrayList<>(List.of(EntityCondition.makeCondition("closingId", closingId)));
        if (facilityId != null) {
            conditions.add(EntityCondition.makeCondition("facilityId", facilityId));
        }
        return EntityQuery.use(delegator).from("PiStockClosingLineAndProduct").where(conditions)
                .orderBy("primaryProductCategoryId", "productId", "facilityId").fetchSize(FETCH_SIZE).queryIterator();
    }

    /** The closing's rows of one lot: one per product and facility that holds it. */
    public static List<GenericValue> lots(Delegator delegator, String closingId, String lotId) throws GenericEntityException {
        return EntityQuery.use(delegator).from("PiStockClosingLot").where("closingId", closingId, "lotId", lotId).queryList();
    }

    /**
     * The closing a LIFO closing goes on from: the latest confirmed closing by LIFO of the same scope (organisation and facility, or
     * every facility of the organisation) whose moment is not after its own and that holds the stock it carries forward; null when
     * there is none.
     */
    public static GenericValue lastCarried(Delegator delegator, GenericValue closing) throws GenericEntityException {
        List<GenericValue> candidates = EntityQuery.use(delegator).from("PiStockClosing").where(
                EntityCondition.makeCondition("organizationPartyId", closing.get("organizationPartyId")),
                EntityCondition.makeCondition("facilityId", closing.get("facilityId")),
                EntityCondition.makeCondition("statusId", ClosingStatus.CONFIRMED.statusId()),
                EntityCondition.makeCondition("valuationMethod", ValuationMethod.LIFO.name()),
                EntityCondition.makeCondition("thruDate", EntityOperator.LESS_THAN_EQUAL_TO, closing.get("thruDate")),
                EntityCondition.makeCondition("closingId", EntityOperator.NOT_EQUAL, closing.get("closingId")))
                .orderBy("-thruDate", "-confirmedDate").maxRows(10).queryList();
        for (GenericValue candidate : candidates) {
            if (EntityQuery.use(delegator).from("PiStockClosingCarry").where("closingId", candidate.get("closingId")).select("closingId")
                    .queryFirst() != null) {
                return candidate;
            }
        }
        return null;
    }

    /** The stock a closing carries forward, per product and facility, as its replay left it at the closing's moment: its text. */
    public static Map<CarryForward.Stock, String> carriedTexts(Delegator delegator, GenericValue closing) throws GenericEntityException {
        return carriedTexts(delegator, closing, null);
    }

    /**
     * As {@link #carriedTexts(Delegator, GenericValue)}, of the given products only (all when null), a few hundred at a time. A stock
     * copied from the closing before has no text of its own: its text is that of the closing it names for its items (itemsClosingId).
     */
    public static Map<CarryForward.Stock, String> carriedTexts(Delegator delegator, GenericValue closing, Collection<String> productIds)
            throws GenericEntityException {
        return Transactions.read(() -> {
            Map<CarryForward.Stock, String> carried = new HashMap<>();
            Map<String, Set<CarryForward.Stock>> elsewhere = new HashMap<>();
            carriedRows(delegator, closing.getString("closingId"), productIds, (stock, row) -> {
                if (row.get("carriedStock") == null && row.get("itemsClosingId") != null) {
                    elsewhere.computeIfAbsent(row.getString("itemsClosingId"), k -> new HashSet<>()).add(stock);
                } else {
                    carried.put(stock, row.getString("carriedStock"));
                }
            });
            for (Map.Entry<String, Set<CarryForward.Stock>> holder : elsewhere.entrySet()) {
                Set<String> products = new HashSet<>();
                holder.getValue().forEach(stock -> products.add(stock.productId()));
                carriedRows(delegator, holder.getKey(), productIds == null ? null : products, (stock, row) -> {
                    if (holder.getValue().contains(stock)) {
                        carried.put(stock, row.getString("carriedStock"));
                    }
                });
            }
            return carried;
        });
    }

    /** What is done with each row of the stock a closing carries. */
    private interface CarriedRow {
        void each(CarryForward.Stock stock, GenericValue row);
    }

    /** The rows of the stock a closing carries, of the given products only (all when null), a few hundred at a time. */
    private static void carriedRows(Delegator delegator, String closingId, Collection<String> productIds, CarriedRow each)
            throws GenericEntityException {
        List<String> ids = productIds == null ? null : new ArrayList<>(productIds);
        for (int from = 0; ids == null ? from == 0 : from < ids.size(); from += PRODUCTS_AT_ONCE) {
            EntityCondition products = ids == null ? EntityCondition.makeCondition("closingId", closingId)
                    : EntityCondition.makeCondition(EntityCondition.makeCondition("closingId", closingId), EntityCondition.makeCondition(
                            "productId", EntityOperator.IN, ids.subList(from, Math.min(ids.size(), from + PRODUCTS_AT_ONCE))));
            try (EntityListIterator rows = EntityQuery.use(delegator).from("PiStockClosingCarry").where(products)
                    .select("facilityId", "productId", "carriedStock", "itemsClosingId").queryIterator()) {
                GenericValue row;
                while ((row = rows.next()) != null) {
                    each.each(new CarryForward.Stock(row.getString("facilityId"), row.getString("productId")), row);
                }
            }
        }
    }

    /** A product's lines, each with its closing, in every closing that holds lines (of one facility when given), oldest first. */
    public static List<GenericValue> history(Delegator delegator, String productId, String facilityId) throws GenericEntityException {
        List<EntityCondition> conditions = new ArrayList<>(List.of(EntityCondition.makeCondition("productId", productId),
                EntityCondition.makeCondition("statusId", EntityOperator.IN, WITH_LINES)));
        if (facilityId != null) {
            conditions.add(EntityCondition.makeCondition("facilityId", facilityId));
        }
        return EntityQuery.use(delegator).from("PiStockClosingLineAndHeader").where(conditions).orderBy("closingDate", "closingId", "facilityId")
                .queryList();
    }
}
