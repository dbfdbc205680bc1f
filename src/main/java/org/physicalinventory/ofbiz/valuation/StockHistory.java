package org.physicalinventory.ofbiz.valuation;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.ofbiz.entity.Delegator;
import org.apache.ofbiz.entity.config.model.Datasource;
import org.apache.ofbiz.entity.datasource.GenericHelperInfo;
import org.apache.ofbiz.entity.jdbc.SQLProcessor;
import org.apache.ofbiz.entity.model.ModelEntity;
import org.apache.ofbiz.entity.transaction.TransactionUtil;
import org.apache.ofbiz.entity.config.model.EntityConfig;
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
        long started = System.nanoTime();
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
        long itemsRead = System.nanoTime();
        readMovements(delegator, facilityIds, until, productIds, items);
        org.apache.ofbiz.base.util.Debug.logInfo(String.format("stock history: %d items %.2f s, movements %.2f s", items.size(),
                (itemsRead - started) / 1e9, (System.nanoTime() - itemsRead) / 1e9), StockHistory.class.getName());
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

    /**
     * Every InventoryItemDetail of the facilities' items before {@code until}, added to its item. A million rows are read here: one
     * plain SQL query through the entity engine's connection (SQLProcessor), tables and columns named by OFBiz's entity model, only the
     * columns a valuation needs, what made the detail classified by the database (a return, a receipt, a physical inventory variance,
     * anything else), in a transaction so that PostgreSQL streams the rows rather than holding them all.
     */
    private static void readMovements(Delegator delegator, Collection<String> facilityIds, Timestamp until, Collection<String> productIds,
            Map<String, ItemRows> items) throws GenericEntityException {
        GenericHelperInfo helper = delegator.getGroupHelperInfo(delegator.getEntityGroupName("InventoryItemDetail"));
        Datasource datasource = EntityConfig.getDatasource(helper.getHelperBaseName());
        ModelEntity detail = delegator.getModelEntity("InventoryItemDetail");
        ModelEntity item = delegator.getModelEntity("InventoryItem");
        String sql = "SELECT D." + col(detail, "inventoryItemId") + ", D." + col(detail, "inventoryItemDetailSeqId") + ", D."
                + col(detail, "effectiveDate") + ", D." + col(detail, "quantityOnHandDiff") + ", D." + col(detail, "unitCost")
                + ", CASE WHEN D." + col(detail, "returnId") + " IS NOT NULL THEN 1 WHEN D." + col(detail, "receiptId")
                + " IS NOT NULL THEN 2 WHEN D." + col(detail, "physicalInventoryId") + " IS NOT NULL OR D." + col(detail, "reasonEnumId")
                + " IS NOT NULL THEN 3 ELSE 0 END"
                + " FROM " + detail.getTableName(datasource) + " D JOIN " + item.getTableName(datasource) + " I ON I."
                + col(item, "inventoryItemId") + " = D." + col(detail, "inventoryItemId")
                + " WHERE I." + col(item, "facilityId") + " IN (" + marks(facilityIds.size()) + ") AND D." + col(detail, "effectiveDate") + " < ?"
                + (productIds == null ? "" : " AND I." + col(item, "productId") + " IN (" + marks(productIds.size()) + ")");
        Source[] sources = {Source.OTHER, Source.RETURN, Source.RECEIPT, Source.VARIANCE};
        boolean began = TransactionUtil.begin(3600);
        try (SQLProcessor query = new SQLProcessor(delegator, helper)) {
            query.prepareStatement(sql, true, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY, 10_000, -1);
            for (String facilityId : facilityIds) {
                query.setValue(facilityId);
            }
            query.setValue(until);
            if (productIds != null) {
                for (String productId : productIds) {
                    query.setValue(productId);
                }
            }
            ResultSet rows = query.executeQuery();
            while (rows.next()) {
                ItemRows rowsOfItem = items.get(rows.getString(1));
                if (rowsOfItem != null) {
                    rowsOfItem.movements.add(new Movement(rows.getTimestamp(3).toInstant(), rows.getString(2), rows.getBigDecimal(4),
                            rows.getBigDecimal(5), sources[rows.getInt(6)]));
                }
            }
            TransactionUtil.commit(began);
        } catch (SQLException | GenericEntityException e) {
            ClosingServices.rollback(began, e);
            throw new GenericEntityException("Could not read the stock history: " + e.getMessage(), e);
        }
    }

    private static String col(ModelEntity entity, String field) {
        return entity.getField(field).getColName();
    }

    private static String marks(int count) {
        return String.join(", ", java.util.Collections.nCopies(count, "?"));
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
