package org.physicalinventory.ofbiz.count;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
        List<EntityCondition> conditions = new ArrayList<>();
        conditions.add(EntityCondition.makeCondition("facilityId", facilityId));
        conditions.add(EntityCondition.makeCondition("quantityOnHandTotal", EntityOperator.NOT_EQUAL, BigDecimal.ZERO));
        if (list.get("fromLocationSeqId") != null) {
            conditions.add(EntityCondition.makeCondition("locationSeqId", EntityOperator.GREATER_THAN_EQUAL_TO, list.get("fromLocationSeqId")));
        }
        if (list.get("thruLocationSeqId") != null) {
            conditions.add(EntityCondition.makeCondition("locationSeqId", EntityOperator.LESS_THAN_EQUAL_TO, list.get("thruLocationSeqId")));
        }
        Set<String> products = productsInScope(delegator, list);
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
        Set<String> products = null;
        if (list.get("productCategoryId") != null) {
            products = productIds(EntityQuery.use(delegator).from("ProductCategoryMember")
                    .where("productCategoryId", list.get("productCategoryId")).filterByDate().queryList());
        }
        if (list.get("supplierPartyId") != null) {
            Set<String> supplied = productIds(EntityQuery.use(delegator).from("SupplierProduct")
                    .where("partyId", list.get("supplierPartyId")).queryList());
            if (products == null) {
                products = supplied;
            } else {
                products.retainAll(supplied);
            }
        }
        return products;
    }

    private static Set<String> productIds(List<GenericValue> rows) {
        Set<String> ids = new HashSet<>();
        rows.forEach(r -> ids.add(r.getString("productId")));
        return ids;
    }
}
