package org.physicalinventory.ofbiz.count;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.ofbiz.entity.Delegator;
import org.apache.ofbiz.entity.GenericEntityException;
import org.apache.ofbiz.entity.GenericValue;
import org.apache.ofbiz.entity.condition.EntityCondition;
import org.apache.ofbiz.entity.condition.EntityOperator;
import org.apache.ofbiz.entity.util.EntityListIterator;
import org.apache.ofbiz.entity.util.EntityQuery;
import org.physicalinventory.count.BookStock;
import org.physicalinventory.count.LineKey;

/** The book stock count lines are made from and measured against: the quantity on hand of the facility's inventory items. */
final class BookRows {

    private BookRows() {
    }

    /** The book quantity of one line key: what the facility's items in that place hold. */
    static BigDecimal bookQuantity(Delegator delegator, String facilityId, LineKey key) throws GenericEntityException {
        BigDecimal total = BigDecimal.ZERO;
        for (GenericValue item : EntityQuery.use(delegator).from("InventoryItem").where("facilityId", facilityId,
                "productId", key.productId(), "locationSeqId", key.locationSeqId(), "lotId", key.lotId(),
                "serialNumber", key.serialNumber()).queryList()) {
            total = total.add(Optional.ofNullable(item.getBigDecimal("quantityOnHandTotal")).orElse(BigDecimal.ZERO));
        }
        return total;
    }

    /** The book stock of the whole location, every product. */
    static BigDecimal locationBook(Delegator delegator, String facilityId, String locationSeqId) throws GenericEntityException {
        BigDecimal book = BigDecimal.ZERO;
        for (GenericValue item : EntityQuery.use(delegator).from("InventoryItem").where(
                EntityCondition.makeCondition("facilityId", facilityId), EntityCondition.makeCondition("locationSeqId", locationSeqId),
                EntityCondition.makeCondition("quantityOnHandTotal", EntityOperator.NOT_EQUAL, BigDecimal.ZERO))
                .select("quantityOnHandTotal").queryList()) {
            book = book.add(item.getBigDecimal("quantityOnHandTotal"));
        }
        return book;
    }

    /**
     * Adds the items holding stock in the list's scope: its location range, its product category, its supplier.
     * Streams the items: call it inside a transaction.
     */
    static void readScope(Delegator delegator, GenericValue list, String facilityId, BookStock stock) throws GenericEntityException {
        readScope(delegator, facilityId, list.getString("fromLocationSeqId"), list.getString("thruLocationSeqId"), productsInScope(delegator, list),
                stock);
    }

    /**
     * Adds the facility's items holding stock in a location range (open at either end) of the products given (null: every
     * product). Streams the items: call it inside a transaction.
     */
    static void readScope(Delegator delegator, String facilityId, String fromLocationSeqId, String thruLocationSeqId, Set<String> products,
            BookStock stock) throws GenericEntityException {
        List<EntityCondition> conditions = new ArrayList<>();
        conditions.add(EntityCondition.makeCondition("facilityId", facilityId));
        conditions.add(EntityCondition.makeCondition("quantityOnHandTotal", EntityOperator.NOT_EQUAL, BigDecimal.ZERO));
        if (fromLocationSeqId != null) {
            conditions.add(EntityCondition.makeCondition("locationSeqId", EntityOperator.GREATER_THAN_EQUAL_TO, fromLocationSeqId));
        }
        if (thruLocationSeqId != null) {
            conditions.add(EntityCondition.makeCondition("locationSeqId", EntityOperator.LESS_THAN_EQUAL_TO, thruLocationSeqId));
        }
        try (EntityListIterator items = EntityQuery.use(delegator).from("InventoryItem").where(conditions)
                .select("inventoryItemId", "productId", "locationSeqId", "lotId", "serialNumber", "quantityOnHandTotal")
                .queryIterator()) {
            GenericValue item;
            while ((item = items.next()) != null) {
                if (products == null || products.contains(item.getString("productId"))) {
                    stock.add(LineKey.of(item::getString), item.getBigDecimal("quantityOnHandTotal"), item.getString("inventoryItemId"));
                }
            }
        }
    }

    /** The facility's items of a product in a location, newest first. */
    static List<BookStock.Item> itemsAt(Delegator delegator, String facilityId, LineKey place) throws GenericEntityException {
        List<BookStock.Item> items = new ArrayList<>();
        for (GenericValue item : EntityQuery.use(delegator).from("InventoryItem")
                .where("facilityId", facilityId, "productId", place.productId(), "locationSeqId", place.locationSeqId())
                .orderBy("-datetimeReceived", "-inventoryItemId").queryList()) {
            items.add(new BookStock.Item(LineKey.of(item::getString), item.getBigDecimal("quantityOnHandTotal"),
                    item.getString("inventoryItemId")));
        }
        return items;
    }

    /** The products a category or supplier scope allows, or null when the scope does not restrict products. */
    private static Set<String> productsInScope(Delegator delegator, GenericValue list) throws GenericEntityException {
        String productCategoryId = list.getString("productCategoryId");
        return products(delegator, productCategoryId == null ? null : categoryMembers(delegator, List.of(productCategoryId)),
                list.getString("supplierPartyId"));
    }

    /**
     * The products of a scope: the members of its categories ({@code members}, null when it names none) that its supplier
     * supplies (when it names one); null when it restricts neither.
     */
    static Set<String> products(Delegator delegator, Map<String, List<String>> members, String supplierPartyId) throws GenericEntityException {
        Set<String> products = members == null ? null : new HashSet<>(members.keySet());
        if (supplierPartyId != null) {
            Set<String> supplied = suppliedBy(delegator, supplierPartyId);
            if (products == null) {
                products = supplied;
            } else {
                products.retainAll(supplied);
            }
        }
        return products;
    }

    /** The products that are members of the categories now, each with the categories (of these) it is in, in their order. */
    static Map<String, List<String>> categoryMembers(Delegator delegator, List<String> productCategoryIds) throws GenericEntityException {
        Map<String, List<String>> members = new HashMap<>();
        for (String productCategoryId : productCategoryIds) {
            for (GenericValue member : EntityQuery.use(delegator).from("ProductCategoryMember").where("productCategoryId", productCategoryId)
                    .filterByDate().queryList()) {
                List<String> in = members.computeIfAbsent(member.getString("productId"), p -> new ArrayList<>());
                if (!in.contains(productCategoryId)) {
                    in.add(productCategoryId);
                }
            }
        }
        return members;
    }

    /** The products the party supplies. */
    private static Set<String> suppliedBy(Delegator delegator, String supplierPartyId) throws GenericEntityException {
        Set<String> ids = new HashSet<>();
        EntityQuery.use(delegator).from("SupplierProduct").where("partyId", supplierPartyId).select("productId").queryList()
                .forEach(r -> ids.add(r.getString("productId")));
        return ids;
    }
}
