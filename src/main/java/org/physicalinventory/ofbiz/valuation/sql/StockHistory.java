package org.physicalinventory.ofbiz.valuation.sql;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.ofbiz.base.util.Debug;
import org.apache.ofbiz.entity.Delegator;
import org.apache.ofbiz.entity.GenericEntityException;
import org.apache.ofbiz.entity.GenericValue;
import org.apache.ofbiz.entity.condition.EntityCondition;
import org.apache.ofbiz.entity.condition.EntityOperator;
import org.apache.ofbiz.entity.config.model.Datasource;
import org.apache.ofbiz.entity.config.model.EntityConfig;
import org.apache.ofbiz.entity.datasource.GenericHelperInfo;
import org.apache.ofbiz.entity.jdbc.SQLProcessor;
import org.apache.ofbiz.entity.model.ModelEntity;
import org.apache.ofbiz.entity.util.EntityQuery;
import org.physicalinventory.ofbiz.Transactions;
import org.physicalinventory.valuation.Movement;
import org.physicalinventory.valuation.Movement.Source;
import org.physicalinventory.valuation.StockItem;

/**
 * The stock history a valuation reads, in two passes over OFBiz's tables: the inventory items of the
 * facilities, then every InventoryItemDetail of those items before the moment, in no particular order
 * (the core orders each product's own movements). Grouped by facility and product.
 */
public final class StockHistory {

    private static final String MODULE = StockHistory.class.getName();
    static final int IN_LIMIT = 500;
    /**
     * A scope's items are added up in this many slices at once, each on a connection of its own, as a database server shares such
     * work among its workers: while one connection waits for its rows, another's are added up (on 2 cores, 4 did better than 2).
     */
    static final int SLICES = 4;

    private StockHistory() {
    }

    /** A facility and product with its items. */
    public record Stock(String facilityId, String productId, List<StockItem> items) {
    }

    /** The stock of the facilities up to {@code until}, by facility then product; only the given products when {@code productIds} is not null. */
    public static List<Stock> load(Delegator delegator, Collection<String> facilityIds, Timestamp until, Collection<String> productIds)
            throws GenericEntityException {
        long started = System.nanoTime();
        // a long list of products is filtered here rather than in the SQL
        Collection<String> inSql = productIds != null && productIds.size() <= IN_LIMIT ? productIds : null;
        Map<String, ItemRows> items = readItems(delegator, facilityIds, inSql);
        if (productIds != null && inSql == null) {
            items.values().removeIf(item -> !productIds.contains(item.productId));
        }
        long itemsRead = System.nanoTime();
        // one query: read in slices at once, as the summed history is, the movements came no faster on 2 cores (the work is in reading
        // them here)
        readMovements(delegator, facilityIds, until, inSql, items);
        Debug.logInfo(String.format("Stock history: %d items read in %.2f s, their movements in %.2f s", items.size(), (itemsRead - started) / 1e9,
                (System.nanoTime() - itemsRead) / 1e9), MODULE);
        Map<String, Stock> stocks = new TreeMap<>();
        for (ItemRows item : items.values()) {
            if (item.movements.isEmpty()) {
                continue;
            }
            String facilityId = item.facilityId;
            String productId = item.productId;
            stocks.computeIfAbsent(facilityId + "\u0000" + productId, k -> new Stock(facilityId, productId, new ArrayList<>())).items()
                    .add(item.stockItem());
        }
        return new ArrayList<>(stocks.values());
    }

    /**
     * The inventory items of the facilities (of the products, when given), with when each row was last written: one plain query, as the
     * movements below.
     */
    static Map<String, ItemRows> readItems(Delegator delegator, Collection<String> facilityIds, Collection<String> productIds)
            throws GenericEntityException {
        Sql sql = new Sql(delegator);
        ModelEntity item = delegator.getModelEntity("InventoryItem");
        String query = "SELECT " + col(item, "inventoryItemId") + ", " + col(item, "productId") + ", " + col(item, "facilityId") + ", "
                + col(item, "locationSeqId") + ", " + col(item, "lotId") + ", " + col(item, "unitCost") + ", " + col(item, "lastUpdatedTxStamp")
                + " FROM " + item.getTableName(sql.datasource)
                + " WHERE " + col(item, "facilityId") + " IN (" + marks(facilityIds.size()) + ")"
                + (productIds == null ? "" : " AND " + col(item, "productId") + " IN (" + marks(productIds.size()) + ")");
        Map<String, ItemRows> items = new HashMap<>();
        try (SQLProcessor processor = new SQLProcessor(delegator, sql.helper)) {
            processor.prepareStatement(query, true, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY, 10_000, -1);
            for (String facilityId : facilityIds) {
                processor.setValue(facilityId);
            }
            if (productIds != null) {
                for (String productId : productIds) {
                    processor.setValue(productId);
                }
            }
            ResultSet rows = processor.executeQuery();
            while (rows.next()) {
                ItemRows itemRows = new ItemRows(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4), rows.getString(5),
                        rows.getBigDecimal(6));
                itemRows.stamped = rows.getTimestamp(7);
                items.put(itemRows.itemId, itemRows);
            }
        } catch (SQLException e) {
            throw new GenericEntityException("Could not read the inventory items", e);
        }
        return items;
    }

    /** Where the inventory tables are: the entity group's helper and datasource. */
    static final class Sql {
        final GenericHelperInfo helper;
        final Datasource datasource;

        Sql(Delegator delegator) {
            helper = delegator.getGroupHelperInfo(delegator.getEntityGroupName("InventoryItemDetail"));
            datasource = EntityConfig.getDatasource(helper.getHelperBaseName());
        }
    }

    /** The inventory items whose ids lie from {@code from} (inclusive) to {@code to} (exclusive); an end is open when null. */
    record Slice(String from, String to) {

        String condition(String column) {
            return (from == null ? "" : " AND " + column + " >= ?") + (to == null ? "" : " AND " + column + " < ?");
        }

        void bind(SQLProcessor query) throws SQLException {
            if (from != null) {
                query.setValue(from);
            }
            if (to != null) {
                query.setValue(to);
            }
        }
    }

    /** Whether any stock moved in the facilities before {@code until}. */
    public static boolean movedBefore(Delegator delegator, Collection<String> facilityIds, Timestamp until) throws GenericEntityException {
        return EntityQuery.use(delegator).from("PiItemMovement").where(EntityCondition.makeCondition("facilityId", EntityOperator.IN, facilityIds),
                EntityCondition.makeCondition("effectiveDate", EntityOperator.LESS_THAN, until)).select("inventoryItemId").queryFirst() != null;
    }

    static long itemCount(Delegator delegator, Collection<String> facilityIds) throws GenericEntityException {
        return EntityQuery.use(delegator).from("InventoryItem").where(EntityCondition.makeCondition("facilityId", EntityOperator.IN, facilityIds))
                .queryCount();
    }

    /** The facilities' items (so many) cut by id into about equal slices, to be added up at once. */
    static List<Slice> slices(Delegator delegator, Collection<String> facilityIds, long items, int count) throws GenericEntityException {
        EntityCondition inScope = EntityCondition.makeCondition("facilityId", EntityOperator.IN, facilityIds);
        Set<String> bounds = new HashSet<>();
        for (int i = 1; i < count; i++) {
            GenericValue bound = EntityQuery.use(delegator).select("inventoryItemId").from("InventoryItem").where(inScope).orderBy("inventoryItemId")
                    .offset((int) (items * i / count)).limit(1).queryFirst();
            if (bound != null) {
                bounds.add(bound.getString("inventoryItemId"));
            }
        }
        // the bounds in the database's own order (its collation, not Java's): the slices cut the items without overlap whatever changed
        // between the queries above
        List<Slice> slices = new ArrayList<>();
        String from = null;
        if (!bounds.isEmpty()) {
            for (GenericValue bound : EntityQuery.use(delegator).select("inventoryItemId").from("InventoryItem")
                    .where(EntityCondition.makeCondition("inventoryItemId", EntityOperator.IN, bounds)).orderBy("inventoryItemId").queryList()) {
                slices.add(new Slice(from, bound.getString("inventoryItemId")));
                from = bound.getString("inventoryItemId");
            }
        }
        slices.add(new Slice(from, null));
        return slices;
    }

    /** Runs the tasks at once, each in a thread (and so a transaction) of its own; answers their results in order, or the first failure. */
    static <T> List<T> atOnce(List<Callable<T>> tasks) throws GenericEntityException {
        ExecutorService threads = Executors.newFixedThreadPool(tasks.size());
        try {
            List<Future<T>> running = new ArrayList<>();
            for (Callable<T> task : tasks) {
                running.add(threads.submit(task));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> task : running) {
                results.add(task.get());
            }
            return results;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof GenericEntityException entityException ? entityException
                    : new GenericEntityException("A reading at once failed", cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GenericEntityException("interrupted", e);
        } finally {
            threads.shutdownNow();
        }
    }

    /**
     * Every InventoryItemDetail of the facilities' items before {@code until}, added to its item. A million rows are read here: one
     * plain SQL query through the entity engine's connection (SQLProcessor), tables and columns named by OFBiz's entity model, only the
     * columns a valuation needs, what made the detail classified by the database (a return, a receipt, a physical inventory variance,
     * anything else), in a transaction so that PostgreSQL streams the rows rather than holding them all.
     */
    private static void readMovements(Delegator delegator, Collection<String> facilityIds, Timestamp until, Collection<String> productIds,
            Map<String, ItemRows> items) throws GenericEntityException {
        Sql where = new Sql(delegator);
        Datasource datasource = where.datasource;
        ModelEntity detail = delegator.getModelEntity("InventoryItemDetail");
        String sql = "SELECT " + movementColumns(detail) + historyFrom(delegator, datasource, facilityIds, productIds);
        Transactions.read(() -> {
            try (SQLProcessor query = new SQLProcessor(delegator, where.helper)) {
                query.prepareStatement(sql, true, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY, 10_000, -1);
                bindHistory(query, facilityIds, until, productIds);
                addMovements(query.executeQuery(), items);
                return null;
            } catch (SQLException e) {
                throw new GenericEntityException("Could not read the stock history", e);
            }
        });
    }

    /**
     * FROM and WHERE of a query over the movements (D, InventoryItemDetail) of the facilities' items (I, InventoryItem) before a
     * moment, of the given products when not null; its parameters are set by {@link #bindHistory}.
     */
    static String historyFrom(Delegator delegator, Datasource datasource, Collection<String> facilityIds, Collection<String> productIds) {
        ModelEntity detail = delegator.getModelEntity("InventoryItemDetail");
        ModelEntity item = delegator.getModelEntity("InventoryItem");
        return " FROM " + detail.getTableName(datasource) + " D JOIN " + item.getTableName(datasource) + " I ON I." + col(item, "inventoryItemId")
                + " = D." + col(detail, "inventoryItemId") + " WHERE " + itemScope(item, facilityIds, productIds) + " AND D."
                + col(detail, "effectiveDate") + " < ?";
    }

    /** Sets the parameters of {@link #historyFrom}. */
    static void bindHistory(SQLProcessor query, Collection<String> facilityIds, Timestamp until, Collection<String> productIds)
            throws SQLException {
        bindItemScope(query, facilityIds, productIds);
        query.setValue(until);
    }

    /** The condition on the items (I, InventoryItem) of the facilities, of the given products when not null: see {@link #bindItemScope}. */
    static String itemScope(ModelEntity item, Collection<String> facilityIds, Collection<String> productIds) {
        return "I." + col(item, "facilityId") + " IN (" + marks(facilityIds.size()) + ")"
                + (productIds == null ? "" : " AND I." + col(item, "productId") + " IN (" + marks(productIds.size()) + ")");
    }

    /** Sets the parameters of {@link #itemScope}. */
    static void bindItemScope(SQLProcessor query, Collection<String> facilityIds, Collection<String> productIds) throws SQLException {
        for (String facilityId : facilityIds) {
            query.setValue(facilityId);
        }
        for (String productId : productIds == null ? List.<String>of() : productIds) {
            query.setValue(productId);
        }
    }

    /** The columns of a movement, D being InventoryItemDetail: item, sequence, date, quantity, cost, what made it (see SOURCES). */
    static String movementColumns(ModelEntity detail) {
        return "D." + col(detail, "inventoryItemId") + ", D." + col(detail, "inventoryItemDetailSeqId") + ", D." + col(detail, "effectiveDate")
                + ", D." + col(detail, "quantityOnHandDiff") + ", D." + col(detail, "unitCost") + ", " + source(detail);
    }

    /** What made a detail, classified by the database as an index into SOURCES: a return, a receipt, a physical inventory variance, anything else. */
    static String source(ModelEntity detail) {
        return "CASE WHEN D." + col(detail, "returnId") + " IS NOT NULL THEN 1 WHEN D." + col(detail, "receiptId")
                + " IS NOT NULL THEN 2 WHEN D." + col(detail, "physicalInventoryId") + " IS NOT NULL OR D." + col(detail, "reasonEnumId")
                + " IS NOT NULL THEN 3 ELSE 0 END";
    }

    static final Source[] SOURCES = {Source.OTHER, Source.RETURN, Source.RECEIPT, Source.VARIANCE};

    /** Rows of {@link #movementColumns} added to their items. */
    static void addMovements(ResultSet rows, Map<String, ItemRows> items) throws SQLException {
        while (rows.next()) {
            ItemRows rowsOfItem = items.get(rows.getString(1));
            if (rowsOfItem != null) {
                rowsOfItem.movements.add(movement(rows));
            }
        }
    }

    /** The movement of the current row of {@link #movementColumns}. */
    static Movement movement(ResultSet rows) throws SQLException {
        return new Movement(rows.getTimestamp(3).toInstant(), rows.getString(2), rows.getBigDecimal(4), rows.getBigDecimal(5), SOURCES[rows.getInt(6)]);
    }

    static String col(ModelEntity entity, String field) {
        return entity.getField(field).getColName();
    }

    static String marks(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    /** An inventory item as read, and its movements as they come. */
    static final class ItemRows {
        final String itemId;
        final String productId;
        final String facilityId;
        final String locationSeqId;
        final String lotId;
        final BigDecimal unitCost;
        final List<Movement> movements = new ArrayList<>();
        /** When the item's row was last written (the transaction's start), where read. */
        Timestamp stamped;

        ItemRows(String itemId, String productId, String facilityId, String locationSeqId, String lotId, BigDecimal unitCost) {
            this.itemId = itemId;
            this.productId = productId;
            this.facilityId = facilityId;
            this.locationSeqId = locationSeqId;
            this.lotId = lotId;
            this.unitCost = unitCost;
        }

        StockItem stockItem() {
            return new StockItem(itemId, productId, facilityId, locationSeqId, lotId, unitCost, movements);
        }
    }
}
