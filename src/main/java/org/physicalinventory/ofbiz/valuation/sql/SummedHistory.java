package org.physicalinventory.ofbiz.valuation.sql;

import static org.physicalinventory.ofbiz.valuation.sql.StockHistory.col;
import static org.physicalinventory.ofbiz.valuation.sql.StockHistory.marks;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;

import org.apache.ofbiz.base.util.Debug;
import org.apache.ofbiz.base.util.UtilGenerics;
import org.apache.ofbiz.entity.Delegator;
import org.apache.ofbiz.entity.GenericEntityException;
import org.apache.ofbiz.entity.jdbc.SQLProcessor;
import org.apache.ofbiz.entity.model.ModelEntity;
import org.apache.ofbiz.entity.util.EntityQuery;
import org.physicalinventory.ofbiz.Databases;
import org.physicalinventory.ofbiz.Transactions;
import org.physicalinventory.ofbiz.valuation.sql.StockHistory.ItemRows;
import org.physicalinventory.ofbiz.valuation.sql.StockHistory.Slice;
import org.physicalinventory.ofbiz.valuation.sql.StockHistory.Sql;
import org.physicalinventory.ofbiz.valuation.sql.StockHistory.Stock;
import org.physicalinventory.valuation.ItemSummary;
import org.physicalinventory.valuation.ItemTotals;
import org.physicalinventory.valuation.Movement;
import org.physicalinventory.valuation.ProductValuation;
import org.physicalinventory.valuation.StockValuer;

/**
 * A closing's stock history added up by the database rather than read row by row: one GROUP BY gives each
 * item's totals (ItemTotals), which decide most items; the few others (a revised cost, stock that came in
 * without one) have their movements read by item. The average cost is OFBiz's own ProductAverageCost valid at
 * the moment, which its receipts keep; a product without one is read in full and replayed, as is every
 * product of a LIFO closing (LIFO needs the movements in order). Same figures as the replay, but LIFO.
 */
public final class SummedHistory {

    private static final String MODULE = SummedHistory.class.getName();

    private SummedHistory() {
    }

    /**
     * Every product and facility of the scope valued at the valuer's moment, by facility then product; only the given products when
     * {@code productIds} is not null; no LIFO value.
     */
    public static List<ProductValuation> value(Delegator delegator, Collection<String> facilityIds, Timestamp until, StockValuer valuer,
            Map<String, BigDecimal> standardCosts, Collection<String> productIds) throws GenericEntityException {
        return value(delegator, facilityIds, until, valuer, standardCosts, productIds, StockHistory.SLICES, null);
    }

    /**
     * As above, in the given number of slices (one when products are given); on a database server, {@code mostItems} says which of its
     * two queries adds the totals up (null: as the scope's share of the items says). Public for the tests, which try every way.
     */
    public static List<ProductValuation> value(Delegator delegator, Collection<String> facilityIds, Timestamp until, StockValuer valuer,
            Map<String, BigDecimal> standardCosts, Collection<String> productIds, int sliceCount, Boolean mostItems) throws GenericEntityException {
        long started = System.nanoTime();
        History history = new History(delegator, facilityIds, until, productIds, mostItems);
        List<Slice> slices = StockHistory.slices(delegator, facilityIds, history.scopeItems, productIds == null ? sliceCount : 1);
        List<Callable<Object>> tasks = new ArrayList<>();
        tasks.add(() -> averageCosts(delegator, facilityIds, until));
        for (Slice slice : slices) {
            tasks.add(() -> history.addUp(slice, valuer));
        }
        List<Object> done = StockHistory.atOnce(tasks);
        Map<String, BigDecimal> averages = UtilGenerics.cast(done.get(0));
        Added added = Added.together(done.subList(1, done.size()));
        long summed = System.nanoTime();
        List<ProductValuation> lines = new ArrayList<>();
        Set<String> replayed = valueSummed(added.summaries(), averages, valuer, standardCosts, lines);
        long valued = System.nanoTime();
        if (!replayed.isEmpty()) {
            replay(delegator, facilityIds, until, replayed, averages, valuer, standardCosts, lines);
        }
        Debug.logInfo(String.format("Summed history: %d items summed in %d slices at once (%d of them read by item) in %.2f s, valued in %.2f s,"
                + " %d products replayed in %.2f s", added.items(), slices.size(), added.readByItem(), (summed - started) / 1e9,
                (valued - summed) / 1e9, replayed.size(), (System.nanoTime() - valued) / 1e9), MODULE);
        return lines;
    }

    /** Values each product summed up that has OFBiz's average cost, into {@code lines}; answers the products that have none. */
    private static Set<String> valueSummed(Map<String, List<ItemSummary>> summaries, Map<String, BigDecimal> averages, StockValuer valuer,
            Map<String, BigDecimal> standardCosts, List<ProductValuation> lines) {
        Set<String> withoutAverage = new HashSet<>();
        for (Map.Entry<String, List<ItemSummary>> product : summaries.entrySet()) {
            String[] facilityAndProduct = product.getKey().split("\u0000");
            BigDecimal average = averages.get(product.getKey());
            if (average == null) {
                withoutAverage.add(facilityAndProduct[1]);
                continue;
            }
            lines.add(valuer.value(facilityAndProduct[1], facilityAndProduct[0], product.getValue(), standardCosts.get(facilityAndProduct[1]),
                    average));
        }
        return withoutAverage;
    }

    /**
     * The products without OFBiz's average cost: their movements replayed, as a LIFO closing does, and added to {@code lines}, which
     * are then put back in the order of facility and product.
     */
    private static void replay(Delegator delegator, Collection<String> facilityIds, Timestamp until, Set<String> productIds,
            Map<String, BigDecimal> averages, StockValuer valuer, Map<String, BigDecimal> standardCosts, List<ProductValuation> lines)
            throws GenericEntityException {
        for (Stock stock : StockHistory.load(delegator, facilityIds, until, productIds)) {
            if (averages.get(key(stock.facilityId(), stock.productId())) == null) {
                ProductValuation line = valuer.value(stock.productId(), stock.facilityId(), stock.items(), standardCosts.get(stock.productId()));
                if (line != null) {
                    lines.add(line.withoutLifo());
                }
            }
        }
        lines.sort((a, b) -> key(a.facilityId(), a.productId()).compareTo(key(b.facilityId(), b.productId())));
    }

    private static String key(String facilityId, String productId) {
        return facilityId + "\u0000" + productId;
    }

    /** A slice's items summed up, by facility and product; how many items it had and how many of them were read by item. */
    private record Added(Map<String, List<ItemSummary>> summaries, int items, int readByItem) {

        /** The slices' items together, by facility then product. */
        static Added together(List<Object> slices) {
            Map<String, List<ItemSummary>> summaries = new TreeMap<>();
            int items = 0;
            int readByItem = 0;
            for (Object slice : slices) {
                Added added = (Added) slice;
                items += added.items();
                readByItem += added.readByItem();
                added.summaries().forEach((key, itemSummaries) -> summaries.computeIfAbsent(key, k -> new ArrayList<>()).addAll(itemSummaries));
            }
            return new Added(summaries, items, readByItem);
        }
    }

    /** The stock history of a scope, added up by slices of its items. */
    private static final class History {
        private final Delegator delegator;
        private final Collection<String> facilityIds;
        private final Timestamp until;
        /** The products to value, when few enough for the SQL. */
        private final Collection<String> productIds;
        /** The products to value, when too many for the SQL: filtered here. */
        private final Collection<String> filtered;
        private final Sql where;
        private final boolean embedded;
        /** Embedded Derby: the scope's items, read first (see addUp). */
        private final Map<String, ItemRows> items;
        /** How many items the facilities hold. */
        private final long scopeItems;
        /** Whether the scope holds most of the database's items, which decides the query of a database server (see totalsQuery). */
        private final boolean mostItems;

        History(Delegator delegator, Collection<String> facilityIds, Timestamp until, Collection<String> productIds, Boolean mostItems)
                throws GenericEntityException {
            this.delegator = delegator;
            this.facilityIds = facilityIds;
            this.until = until;
            boolean inSql = productIds == null || productIds.size() <= StockHistory.IN_LIMIT;
            this.productIds = inSql ? productIds : null;
            this.filtered = inSql ? null : productIds;
            this.where = new Sql(delegator);
            this.embedded = Databases.isDerby(where.datasource);
            this.items = embedded ? StockHistory.readItems(delegator, facilityIds, this.productIds) : null;
            this.scopeItems = StockHistory.itemCount(delegator, facilityIds);
            this.mostItems = mostItems != null ? mostItems
                    : this.productIds == null && scopeItems * 2 >= EntityQuery.use(delegator).from("InventoryItem").queryCount();
        }

        /**
         * Each item's totals before the moment, for the items of a slice: an item they decide is summed up, the others have their
         * movements read and are summed up from them. A database server adds the totals up in one GROUP BY over InventoryItemDetail
         * (the sums, counts, maxima and minima ItemTotals names), so that a hundred thousand rows cross the connection rather than a
         * million; embedded Derby, whose rows cost a call each but which groups a hundred thousand keys slowly (its sorts spill to
         * disk), streams the movements and they are added up here the same way. Runs in a thread, and a transaction, of its own.
         */
        Added addUp(Slice slice, StockValuer valuer) throws GenericEntityException {
            Map<String, ItemRows> itemsOfSlice = embedded ? items : new HashMap<>();
            List<ItemTotals> totals = Transactions.read(() -> {
                try (SQLProcessor query = new SQLProcessor(delegator, where.helper)) {
                    query.prepareStatement(totalsQuery(slice), true, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY, 10_000, -1);
                    bind(query, slice);
                    ResultSet rows = query.executeQuery();
                    return embedded ? addedHere(rows) : addedByDatabase(rows, itemsOfSlice);
                } catch (SQLException e) {
                    throw new GenericEntityException("Could not add up the stock history", e);
                }
            });
            return summarize(totals, itemsOfSlice, valuer);
        }

        /** Sets the parameters of {@link #totalsQuery}, in the order of its text. */
        private void bind(SQLProcessor query, Slice slice) throws SQLException {
            if (embedded) {
                StockHistory.bindHistory(query, facilityIds, until, productIds);
                slice.bind(query);
            } else if (mostItems) {
                query.setValue(until);
                slice.bind(query);
                StockHistory.bindItemScope(query, facilityIds, productIds);
            } else {
                StockHistory.bindHistory(query, facilityIds, until, productIds);
                slice.bind(query);
                slice.bind(query);
            }
        }

        /** Embedded Derby: the slice's movements, added up here by item as the GROUP BY would. */
        private List<ItemTotals> addedHere(ResultSet rows) throws SQLException {
            Map<String, ItemTotals.Sum> sums = new HashMap<>();
            while (rows.next()) {
                ItemRows itemRows = items.get(rows.getString(1));
                if (itemRows != null) {
                    sums.computeIfAbsent(itemRows.itemId, k -> new ItemTotals.Sum()).add(new Movement(rows.getTimestamp(3).toInstant(), null,
                            rows.getBigDecimal(4), rows.getBigDecimal(5), StockHistory.SOURCES[rows.getInt(6)]));
                }
            }
            List<ItemTotals> totals = new ArrayList<>();
            sums.forEach((itemId, sum) -> {
                ItemRows itemRows = items.get(itemId);
                totals.add(sum.totals(itemId, itemRows.lotId, itemRows.unitCost));
            });
            return totals;
        }

        /** A database server: each item's columns and totals as its GROUP BY gave them; the items are kept in {@code itemsOfSlice}. */
        private static List<ItemTotals> addedByDatabase(ResultSet rows, Map<String, ItemRows> itemsOfSlice) throws SQLException {
            List<ItemTotals> totals = new ArrayList<>();
            while (rows.next()) {
                ItemRows itemRows = new ItemRows(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4), rows.getString(5),
                        rows.getBigDecimal(6));
                itemsOfSlice.put(itemRows.itemId, itemRows);
                Object source = rows.getObject(13);
                totals.add(new ItemTotals(itemRows.itemId, itemRows.lotId, itemRows.unitCost, rows.getBigDecimal(7), instant(rows, 8),
                        rows.getLong(9), rows.getBigDecimal(10), instant(rows, 11), rows.getBigDecimal(12),
                        source == null ? null : StockHistory.SOURCES[((Number) source).intValue()], instant(rows, 14), instant(rows, 15)));
            }
            return totals;
        }

        /** The slice's items summed up by facility and product: from their totals where they decide, else from their movements. */
        private Added summarize(List<ItemTotals> totals, Map<String, ItemRows> itemsOfSlice, StockValuer valuer) throws GenericEntityException {
            Map<String, List<ItemSummary>> summaries = new HashMap<>();
            Map<String, ItemRows> undecided = new HashMap<>();
            for (ItemTotals itemTotals : totals) {
                ItemRows itemRows = itemsOfSlice.get(itemTotals.itemId());
                if (filtered != null && !filtered.contains(itemRows.productId)) {
                    continue;
                }
                ItemSummary summary = itemTotals.summary();
                if (summary == null) {
                    undecided.put(itemRows.itemId, itemRows);
                } else {
                    summaries.computeIfAbsent(key(itemRows.facilityId, itemRows.productId), k -> new ArrayList<>()).add(summary);
                }
            }
            for (List<String> batch : batches(undecided.keySet())) {
                readMovements(delegator, batch, until, undecided);
            }
            for (ItemRows itemRows : undecided.values()) {
                ItemSummary summary = valuer.summarize(itemRows.stockItem());
                if (summary != null) {
                    summaries.computeIfAbsent(key(itemRows.facilityId, itemRows.productId), k -> new ArrayList<>()).add(summary);
                }
            }
            return new Added(summaries, totals.size(), undecided.size());
        }

        /** The query of a slice's totals (embedded Derby: of its movements), bound by addUp. */
        private String totalsQuery(Slice slice) {
            ModelEntity detail = delegator.getModelEntity("InventoryItemDetail");
            ModelEntity item = delegator.getModelEntity("InventoryItem");
            String itemId = "I." + col(item, "inventoryItemId");
            if (embedded) {
                return "SELECT " + StockHistory.movementColumns(detail) + StockHistory.historyFrom(delegator, where.datasource, facilityIds, productIds)
                        + slice.condition(itemId);
            }
            String date = "D." + col(detail, "effectiveDate");
            String quantity = "D." + col(detail, "quantityOnHandDiff");
            String cost = "D." + col(detail, "unitCost");
            String costed = "CASE WHEN " + cost + " IS NOT NULL THEN ";
            String arrivalWithoutCost = "CASE WHEN " + cost + " IS NULL AND " + quantity + " > 0";
            List<String> aggregates = List.of("SUM(" + quantity + ")", "MAX(" + date + ")", "COUNT(" + cost + ")", "MAX(" + cost + ")",
                    "MAX(" + costed + date + " ELSE NULL END)", "SUM(" + costed + quantity + " ELSE NULL END)",
                    "MAX(" + costed + StockHistory.source(detail) + " ELSE NULL END)",
                    "MIN(" + arrivalWithoutCost + " THEN " + date + " ELSE NULL END)", "MAX(" + arrivalWithoutCost + " AND D." + col(detail, "returnId")
                            + " IS NULL AND D." + col(detail, "receiptId") + " IS NOT NULL THEN " + date + " ELSE NULL END)");
            // the item's own columns are read with its totals: one query rather than two
            String itemColumns = String.join(", ", List.of("inventoryItemId", "productId", "facilityId", "locationSeqId", "lotId", "unitCost")
                    .stream().map(field -> "I." + col(item, field)).toList());
            String detailItemId = "D." + col(detail, "inventoryItemId");
            if (!mostItems) {
                // grouped by the item's columns too: they depend on its id, so grouping by them costs nothing; the slice bounds the
                // movements' item ids as well as the items', though the join makes them equal: PostgreSQL bounds a scan only by a
                // condition on its own table, and would read every movement for each slice (a tenth less time for 4 slices)
                return "SELECT " + itemColumns + ", " + String.join(", ", aggregates) + StockHistory.historyFrom(delegator, where.datasource,
                        facilityIds, productIds) + slice.condition(itemId) + slice.condition(detailItemId) + " GROUP BY " + itemColumns;
            }
            // the scope holds most items: adding up the movements of every item, then joining the items, spares the database a join of
            // every movement (a third faster on PostgreSQL)
            List<String> named = new ArrayList<>();
            List<String> totalsOfT = new ArrayList<>();
            for (int i = 0; i < aggregates.size(); i++) {
                named.add(aggregates.get(i) + " AS S" + i);
                totalsOfT.add("T.S" + i);
            }
            return "SELECT " + itemColumns + ", " + String.join(", ", totalsOfT) + " FROM (SELECT " + detailItemId + " AS ITEM_ID, "
                    + String.join(", ", named) + " FROM " + detail.getTableName(where.datasource) + " D WHERE " + date + " < ?"
                    + slice.condition(detailItemId) + " GROUP BY " + detailItemId + ") T JOIN " + item.getTableName(where.datasource) + " I ON "
                    + itemId + " = T.ITEM_ID WHERE " + StockHistory.itemScope(item, facilityIds, productIds);
        }
    }

    private static Instant instant(ResultSet rows, int column) throws SQLException {
        Timestamp timestamp = rows.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    /** The movements before the moment of some items, by their ids (the primary key's first column): added to them. */
    private static void readMovements(Delegator delegator, List<String> itemIds, Timestamp until, Map<String, ItemRows> items)
            throws GenericEntityException {
        Sql where = new Sql(delegator);
        ModelEntity detail = delegator.getModelEntity("InventoryItemDetail");
        String sql = "SELECT " + StockHistory.movementColumns(detail) + " FROM " + detail.getTableName(where.datasource) + " D WHERE D."
                + col(detail, "inventoryItemId") + " IN (" + marks(itemIds.size()) + ") AND D." + col(detail, "effectiveDate") + " < ?";
        try (SQLProcessor query = new SQLProcessor(delegator, where.helper)) {
            query.prepareStatement(sql);
            for (String itemId : itemIds) {
                query.setValue(itemId);
            }
            query.setValue(until);
            StockHistory.addMovements(query.executeQuery(), items);
        } catch (SQLException e) {
            throw new GenericEntityException("Could not read the stock history", e);
        }
    }

    /**
     * OFBiz's average cost of each product in each facility at the moment: the ProductAverageCost its receipts left that is valid
     * then. A product with two valid rows (two organisations or cost types) has none here, and is replayed.
     */
    private static Map<String, BigDecimal> averageCosts(Delegator delegator, Collection<String> facilityIds, Timestamp until)
            throws GenericEntityException {
        Sql where = new Sql(delegator);
        ModelEntity average = delegator.getModelEntity("ProductAverageCost");
        String sql = "SELECT " + col(average, "facilityId") + ", " + col(average, "productId") + ", " + col(average, "averageCost") + " FROM "
                + average.getTableName(where.datasource) + " WHERE " + col(average, "facilityId") + " IN (" + marks(facilityIds.size()) + ") AND "
                + col(average, "fromDate") + " < ? AND (" + col(average, "thruDate") + " IS NULL OR " + col(average, "thruDate") + " >= ?) AND "
                + col(average, "averageCost") + " IS NOT NULL";
        Map<String, BigDecimal> averages = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        try (SQLProcessor query = new SQLProcessor(delegator, where.helper)) {
            query.prepareStatement(sql, true, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY, 10_000, -1);
            for (String facilityId : facilityIds) {
                query.setValue(facilityId);
            }
            query.setValue(until);
            query.setValue(until);
            ResultSet rows = query.executeQuery();
            while (rows.next()) {
                if (averages.put(key(rows.getString(1), rows.getString(2)), rows.getBigDecimal(3)) != null) {
                    ambiguous.add(key(rows.getString(1), rows.getString(2)));
                }
            }
        } catch (SQLException e) {
            throw new GenericEntityException("Could not read the average costs", e);
        }
        averages.keySet().removeAll(ambiguous);
        return averages;
    }

    private static List<List<String>> batches(Collection<String> ids) {
        List<List<String>> batches = new ArrayList<>();
        List<String> batch = new ArrayList<>();
        for (String id : ids) {
            batch.add(id);
            if (batch.size() == StockHistory.IN_LIMIT) {
                batches.add(batch);
                batch = new ArrayList<>();
            }
        }
        if (!batch.isEmpty()) {
            batches.add(batch);
        }
        return batches;
    }
}
