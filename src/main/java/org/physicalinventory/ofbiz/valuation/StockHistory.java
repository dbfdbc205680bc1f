package org.physicalinventory.ofbiz.valuation;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.ofbiz.entity.Delegator;
import org.apache.ofbiz.entity.GenericEntityException;
import org.apache.ofbiz.entity.GenericValue;
import org.apache.ofbiz.entity.condition.EntityCondition;
import org.apache.ofbiz.entity.condition.EntityOperator;
import org.apache.ofbiz.entity.util.EntityListIterator;
import org.apache.ofbiz.entity.util.EntityQuery;
import org.physicalinventory.valuation.Movement;
import org.physicalinventory.valuation.Movement.Source;
import org.physicalinventory.valuation.StockItem;

/**
 * The stock history a valuation reads, in two passes over OFBiz's tables: the inventory items of the
 * facilities, then every InventoryItemDetail of those items before the moment, in no particular order
 * (the core orders each product's own movements). Grouped by facility and product.
 */
final class StockHistory {

    private StockHistory() {
    }

    /** A facility and product with its items. */
    record Stock(String facilityId, String productId, List<StockItem> items) {
    }

    /** The stock of the facilities up to {@code until}, by facility then product; only the given products when {@code productIds} is not null. */
    static List<Stock> load(Delegator delegator, Collection<String> facilityIds, Timestamp until, Collection<String> productIds)
            throws GenericEntityException {
        Map<String, ItemRows> items = new HashMap<>();
        List<EntityCondition> itemConditions = new ArrayList<>(List.of(EntityCondition.makeCondition("facilityId", EntityOperator.IN, facilityIds)));
        if (productIds != null) {
            itemConditions.add(EntityCondition.makeCondition("productId", EntityOperator.IN, productIds));
        }
        try (EntityListIterator rows = EntityQuery.use(delegator).from("InventoryItem").where(itemConditions)
                .select("inventoryItemId", "productId", "facilityId", "locationSeqId", "lotId", "unitCost").queryIterator()) {
            GenericValue row;
            while ((row = rows.next()) != null) {
                items.put(row.getString("inventoryItemId"), new ItemRows(row));
            }
        }
        List<EntityCondition> movementConditions = new ArrayList<>(List.of(
                EntityCondition.makeCondition("facilityId", EntityOperator.IN, facilityIds),
                EntityCondition.makeCondition("effectiveDate", EntityOperator.LESS_THAN, until)));
        if (productIds != null) {
            movementConditions.add(EntityCondition.makeCondition("productId", EntityOperator.IN, productIds));
        }
        try (EntityListIterator rows = EntityQuery.use(delegator).from("PiItemMovement").where(movementConditions)
                .select("inventoryItemId", "inventoryItemDetailSeqId", "effectiveDate", "quantityOnHandDiff", "unitCost", "receiptId", "returnId",
                        "physicalInventoryId", "reasonEnumId")
                .queryIterator()) {
            GenericValue row;
            while ((row = rows.next()) != null) {
                ItemRows item = items.get(row.getString("inventoryItemId"));
                if (item != null) {
                    item.movements.add(new Movement(row.getTimestamp("effectiveDate").toInstant(), row.getString("inventoryItemDetailSeqId"),
                            row.getBigDecimal("quantityOnHandDiff"), row.getBigDecimal("unitCost"), source(row)));
                }
            }
        }
        Map<String, Stock> stocks = new TreeMap<>();
        for (ItemRows item : items.values()) {
            if (item.movements.isEmpty()) {
                continue;
            }
            String facilityId = item.row.getString("facilityId");
            String productId = item.row.getString("productId");
            stocks.computeIfAbsent(facilityId + "\u0000" + productId, k -> new Stock(facilityId, productId, new ArrayList<>())).items()
                    .add(item.stockItem());
        }
        return new ArrayList<>(stocks.values());
    }

    /** What made a detail: a return, a receipt, a physical inventory variance, or anything else. */
    static Source source(GenericValue detail) {
        if (detail.get("returnId") != null) {
            return Source.RETURN;
        }
        if (detail.get("receiptId") != null) {
            return Source.RECEIPT;
        }
        if (detail.get("physicalInventoryId") != null || detail.get("reasonEnumId") != null) {
            return Source.VARIANCE;
        }
        return Source.OTHER;
    }

    private static final class ItemRows {
        private final GenericValue row;
        private final List<Movement> movements = new ArrayList<>();

        ItemRows(GenericValue row) {
            this.row = row;
        }

        StockItem stockItem() {
            BigDecimal unitCost = row.getBigDecimal("unitCost");
            return new StockItem(row.getString("inventoryItemId"), row.getString("productId"), row.getString("facilityId"),
                    row.getString("locationSeqId"), row.getString("lotId"), unitCost, movements);
        }
    }
}
