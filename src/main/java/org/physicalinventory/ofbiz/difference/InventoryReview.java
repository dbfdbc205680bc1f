package org.physicalinventory.ofbiz.difference;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.ofbiz.base.util.UtilProperties;
import org.apache.ofbiz.entity.Delegator;
import org.apache.ofbiz.entity.GenericEntityException;
import org.apache.ofbiz.entity.GenericValue;
import org.apache.ofbiz.entity.condition.EntityCondition;
import org.apache.ofbiz.entity.condition.EntityOperator;
import org.apache.ofbiz.entity.util.EntityListIterator;
import org.apache.ofbiz.entity.util.EntityQuery;
import org.apache.ofbiz.service.GenericServiceException;
import org.apache.ofbiz.service.LocalDispatcher;
import org.apache.ofbiz.service.ServiceUtil;
import org.physicalinventory.count.LineKey;
import org.physicalinventory.difference.Adjustment;
import org.physicalinventory.difference.BookItem;
import org.physicalinventory.difference.CountedLine;
import org.physicalinventory.difference.DifferenceEngine;
import org.physicalinventory.difference.FoundStockCost;
import org.physicalinventory.difference.LedgerRounding;
import org.physicalinventory.difference.MovedChoice;
import org.physicalinventory.difference.Resolution;
import org.physicalinventory.difference.Review;
import org.physicalinventory.difference.StockDifferenceParameters;
import org.physicalinventory.difference.Tolerances;
import org.physicalinventory.inventory.ListStatus;
import org.physicalinventory.ofbiz.Transactions;
import org.physicalinventory.ofbiz.inventory.InventoryRows;

/**
 * Loads what the difference engine compares for one inventory: the lines of its active lists, the
 * facility's inventory items behind them, the stock-difference parameters and found-stock costs.
 */
public final class InventoryReview {

    static final String SERIALIZED = "SERIALIZED_INV_ITEM";

    private final Delegator delegator;
    private final LocalDispatcher dispatcher;
    private final GenericValue inventory;
    private final GenericValue facility;
    private final List<CountedLine> lines = new ArrayList<>();
    private final Map<CountedLine.LineRef, CountedLine> linesByRef = new HashMap<>();
    private final List<BookItem> items = new ArrayList<>();
    private final Map<String, GenericValue> itemValues = new HashMap<>();
    private StockDifferenceParameters parameters;
    private Review review;

    private InventoryReview(Delegator delegator, LocalDispatcher dispatcher, GenericValue inventory) throws GenericEntityException {
        this.delegator = delegator;
        this.dispatcher = dispatcher;
        this.inventory = inventory;
        this.facility = inventory.getRelatedOne("Facility", false);
    }

    /** Reads the inventory's lines and book stock and compares them. */
    public static InventoryReview load(Delegator delegator, LocalDispatcher dispatcher, GenericValue inventory)
            throws GenericEntityException, GenericServiceException {
        InventoryReview loaded = new InventoryReview(delegator, dispatcher, inventory);
        loaded.parameters = toParameters(InventoryRows.stockDifferenceParameters(delegator, loaded.facility));
        Transactions.read(() -> {
            loaded.readLines();
            loaded.readItems();
            return loaded;
        });
        Review first = DifferenceEngine.review(loaded.parameters, loaded.lines, loaded.items, Map.of());
        Set<String> found = new HashSet<>();
        first.differences().forEach(d -> d.adjustments().stream().filter(a -> a instanceof Adjustment.FoundItem)
                .forEach(a -> found.add(((Adjustment.FoundItem) a).key().productId())));
        loaded.review = found.isEmpty() ? first : DifferenceEngine.review(loaded.parameters, loaded.lines, loaded.items,
                ReviewBook.read(() -> new ReviewBook(delegator, dispatcher, inventory, loaded.facility, loaded.parameters).foundStockCosts(found)));
        return loaded;
    }

    public Review review() {
        return review;
    }

    public StockDifferenceParameters parameters() {
        return parameters;
    }

    public GenericValue inventory() {
        return inventory;
    }

    public GenericValue facility() {
        return facility;
    }

    /** The inventory item as read, by id (only items behind the lines). */
    public GenericValue item(String inventoryItemId) {
        return itemValues.get(inventoryItemId);
    }

    /** A line of the inventory as read. */
    public CountedLine line(CountedLine.LineRef ref) {
        return linesByRef.get(ref);
    }

    public int lineCount() {
        return lines.size();
    }

    /** The facility's stock-difference parameters as the core reads them, rounded as OFBiz rounds ledger amounts. */
    static StockDifferenceParameters toParameters(GenericValue params) {
        LedgerRounding rounding = LedgerRounding.of(UtilProperties.getPropertyValue("arithmetic", "ledger.decimals"),
                UtilProperties.getPropertyValue("arithmetic", "ledger.rounding"));
        if (params == null) {
            return StockDifferenceParameters.defaults(rounding);
        }
        return new StockDifferenceParameters(params.getString("surplusReasonId"), params.getString("shortageReasonId"),
                "Y".equals(params.getString("zeroUncounted")), new Tolerances(params.getBigDecimal("toleranceQuantity"),
                params.getBigDecimal("tolerancePercent"), params.getBigDecimal("toleranceValue")),
                FoundStockCost.of(params.getString("foundStockCostEnumId")), rounding);
    }

    private void readLines() throws GenericEntityException {
        try (EntityListIterator found = ReviewBook.lineQuery(delegator, inventory).queryIterator()) {
            GenericValue line;
            while ((line = found.next()) != null) {
                CountedLine counted = ReviewBook.countedLine(line);
                lines.add(counted);
                linesByRef.put(counted.ref(), counted);
            }
        }
    }

    /** The facility's items of the lines' keys, and every serialized item of the lines' serial numbers. */
    private void readItems() throws GenericEntityException {
        Set<LineKey> keys = new HashSet<>();
        Set<String> serials = new HashSet<>();
        for (CountedLine line : lines) {
            keys.add(line.key());
            if (line.key().serialNumber() != null) {
                serials.add(line.key().productId() + "\u0000" + line.key().serialNumber());
            }
        }
        if (keys.isEmpty()) {
            return;
        }
        try (EntityListIterator found = EntityQuery.use(delegator).from("InventoryItem")
                .where("facilityId", facility.get("facilityId")).queryIterator()) {
            GenericValue item;
            while ((item = found.next()) != null) {
                BookItem book = ReviewBook.bookItem(item);
                LineKey key = book.key();
                if (keys.contains(key) || book.serialized() && serials.contains(key.productId() + "\u0000" + key.serialNumber())) {
                    items.add(book);
                    itemValues.put(item.getString("inventoryItemId"), item);
                }
            }
        }
    }

    /** The currency of the facility owner's books, for new items and standard costs. */
    String currency() throws GenericEntityException {
        return currency(delegator, facility);
    }

    /** The currency of the books of the facility's owner. */
    static String currency(Delegator delegator, GenericValue facility) throws GenericEntityException {
        GenericValue preference = EntityQuery.use(delegator).from("PartyAcctgPreference")
                .where("partyId", facility.get("ownerPartyId")).cache().queryOne();
        if (preference != null && preference.get("baseCurrencyUomId") != null) {
            return preference.getString("baseCurrencyUomId");
        }
        return UtilProperties.getPropertyValue("general", "currency.uom.id.default", "USD");
    }

    /**
     * OFBiz's system user: the posting's own calls of OFBiz's accounting and inventory services run as
     * it, since PHYSINV_POST is the authority to post differences to stock and ledger; the posting
     * user is recorded on what it makes.
     */
    static GenericValue systemUser(Delegator delegator) throws GenericEntityException {
        return EntityQuery.use(delegator).from("UserLogin").where("userLoginId", "system").cache().queryOne();
    }

    static LineKey key(GenericValue value) {
        return new LineKey(value.getString("productId"), value.getString("locationSeqId"), value.getString("lotId"),
                value.getString("serialNumber"));
    }
}
