package org.physicalinventory.ofbiz.valuation.sql;

import static org.physicalinventory.ofbiz.valuation.sql.StockHistory.col;
import static org.physicalinventory.ofbiz.valuation.sql.StockHistory.marks;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.ofbiz.base.util.Debug;
import org.apache.ofbiz.base.util.UtilGenerics;
import org.apache.ofbiz.entity.Delegator;
import org.apache.ofbiz.entity.GenericEntityException;
import org.apache.ofbiz.entity.jdbc.SQLProcessor;
import org.apache.ofbiz.entity.model.ModelEntity;
import org.physicalinventory.ofbiz.Transactions;
import org.physicalinventory.ofbiz.valuation.sql.CarriedHistory.Carried;
import org.physicalinventory.ofbiz.valuation.sql.CarriedHistory.Copies;
import org.physicalinventory.ofbiz.valuation.sql.CarriedHistory.Decided;
import org.physicalinventory.ofbiz.valuation.sql.CarriedHistory.Held;
import org.physicalinventory.ofbiz.valuation.sql.StockHistory.ItemRows;
import org.physicalinventory.ofbiz.valuation.sql.StockHistory.Sql;
import org.physicalinventory.valuation.CarryForward;
import org.physicalinventory.valuation.Movement;

/**
 * A closing carried forward where the database tells which products something may have happened in since the closing it goes on
 * from, from the items that closing carried (PiStockClosingCarryItem, one row per item): an item of the scope it did not carry, or
 * carried in another facility or product, or whose row was written since (a lot, cost, facility or product changed), or whose cost
 * is not the one that valued it; an item it carried that is gone; a movement since the carried moment; an item whose history before
 * it changed; a standard cost revised. A closing whose items have no rows (written before there were any) is read whole. When those products are at most half, only their carried texts
 * and items are read, and the core decides over them as over the whole scope (nothing of theirs is in another product: an item that
 * went from one to another makes both unsettled); every other carried product is copied as it is. The 10 MB of carried texts and the
 * 100,000 items of a large scope are then not read.
 */
final class Settled {

    private static final String MODULE = Settled.class.getName();
    /** More items changed before the carried moment than this: the whole scope is read instead. */
    private static final int CHANGED_LIMIT = 5_000;

    private Settled() {
    }

    /** The closing carried forward from closing {@code carriedId}, or null when the products to read are more than half (or unknown). */
    static Carried load(Delegator delegator, Collection<String> facilityIds, String carriedId, Timestamp at, Timestamp until,
            CarriedHistory.Texts carriedTexts, Timestamp changedSince, Set<String> revalued) throws GenericEntityException {
        long started = System.nanoTime();
        Sql sql = new Sql(delegator);
        if (!itemsHeld(delegator, sql, carriedId)) {
            return null;
        }
        List<Object> read = StockHistory.atOnce(List.of(() -> carriedStocks(delegator, sql, carriedId),
                () -> CarriedHistory.movementsSince(delegator, facilityIds, at, until), () -> CarriedHistory.changedBefore(delegator, at, changedSince),
                () -> itemsUnsettled(delegator, sql, facilityIds, carriedId, changedSince), () -> movedSince(delegator, sql, facilityIds, at, until)));
        Set<CarryForward.Stock> carried = UtilGenerics.cast(read.get(0));
        Map<String, List<Movement>> since = UtilGenerics.cast(read.get(1));
        Set<String> changed = UtilGenerics.cast(read.get(2));
        if (changed.size() > CHANGED_LIMIT) {
            return null;
        }
        Set<String> unsettled = new TreeSet<>(UtilGenerics.<Set<String>>cast(read.get(3)));
        unsettled.addAll(UtilGenerics.<Set<String>>cast(read.get(4)));
        unsettled.addAll(productsOf(delegator, sql, carriedId, changed));
        unsettled.addAll(revalued);
        Set<CarryForward.Stock> quiet = new TreeSet<>();
        carried.stream().filter(stock -> !unsettled.contains(stock.productId())).forEach(quiet::add);
        if (quiet.size() * 2 < carried.size()) {
            Debug.logInfo(String.format("Carried history: %d of %d products carried may have changed: the whole scope is read", carried.size()
                    - quiet.size(), carried.size()), MODULE);
            return null;
        }
        long settled = System.nanoTime();
        List<Object> texts = StockHistory.atOnce(List.of(() -> CarriedHistory.held(carriedTexts.of(unsettled)),
                () -> items(delegator, facilityIds, unsettled)));
        Decided decided = CarriedHistory.decide(delegator, facilityIds, at, until, (Held) texts.get(0), UtilGenerics.cast(texts.get(1)), since,
                changed, changedSince, revalued, Copies.ALL);
        Set<CarryForward.Stock> unmoved = new HashSet<>(quiet);
        unmoved.addAll(decided.unmoved());
        Set<CarryForward.Stock> dropped = new TreeSet<>(carried);
        dropped.removeAll(unmoved);
        Debug.logInfo(String.format("Carried history: %d stocks carried, %d settled in the database (%.2f s), %d more copied as they are, %s;"
                + " read in %.2f s", carried.size(), quiet.size(), (settled - started) / 1e9, decided.unmoved().size(), decided.summary(),
                (System.nanoTime() - settled) / 1e9), MODULE);
        return new Carried(decided.replays(), unmoved, dropped);
    }

    /** The stocks the closing carries forward. */
    private static Set<CarryForward.Stock> carriedStocks(Delegator delegator, Sql sql, String closingId) throws GenericEntityException {
        ModelEntity carry = delegator.getModelEntity("PiStockClosingCarry");
        Set<CarryForward.Stock> stocks = new HashSet<>();
        query(delegator, sql, "SELECT " + col(carry, "facilityId") + ", " + col(carry, "productId") + " FROM " + carry.getTableName(sql.datasource)
                + " WHERE " + col(carry, "closingId") + " = ?", List.of(closingId), rows -> stocks.add(new CarryForward.Stock(rows.getString(1),
                        rows.getString(2))));
        return stocks;
    }

    /**
     * The items each stock the closing carries holds, as a table C of PiStockClosingCarryItem's columns: the rows of the closing that
     * replayed the stock (the closing itself, or the one it names for a stock it copied). {@code parameters} takes its parameters.
     */
    private static String heldItems(Delegator delegator, Sql sql, String closingId, List<Object> parameters) throws GenericEntityException {
        ModelEntity held = delegator.getModelEntity("PiStockClosingCarryItem");
        ModelEntity carry = delegator.getModelEntity("PiStockClosingCarry");
        List<String> holders = new ArrayList<>();
        String holding = "COALESCE(K." + col(carry, "itemsClosingId") + ", K." + col(carry, "closingId") + ")";
        query(delegator, sql, "SELECT DISTINCT " + holding + " FROM " + carry.getTableName(sql.datasource) + " K WHERE K." + col(carry, "closingId")
                + " = ?", List.of(closingId), rows -> holders.add(rows.getString(1)));
        // the closing's own rows are all of its stocks; of a closing it copied stocks from, those of the stocks it names it for
        String columns = "H." + col(held, "inventoryItemId") + ", H." + col(held, "facilityId") + ", H." + col(held, "productId") + ", H."
                + col(held, "fallbackCost") + " FROM " + held.getTableName(sql.datasource) + " H";
        List<String> parts = new ArrayList<>();
        for (String holder : holders) {
            if (holder.equals(closingId)) {
                parts.add("SELECT " + columns + " WHERE H." + col(held, "closingId") + " = ?");
                parameters.add(closingId);
            } else {
                parts.add("SELECT " + columns + " JOIN " + carry.getTableName(sql.datasource) + " K ON K." + col(carry, "closingId") + " = ? AND K."
                        + col(carry, "itemsClosingId") + " = ? AND K." + col(carry, "facilityId") + " = H." + col(held, "facilityId") + " AND K."
                        + col(carry, "productId") + " = H." + col(held, "productId") + " WHERE H." + col(held, "closingId") + " = ?");
                parameters.addAll(List.of(closingId, holder, holder));
            }
        }
        return "(" + (parts.isEmpty() ? "SELECT " + columns + " WHERE 1 = 0" : String.join(" UNION ALL ", parts)) + ")";
    }

    /**
     * The products of the items that unsettle their stock, now or as carried: an item of the scope not carried, carried in another
     * stock, written since {@code changedSince} or costing another fallback cost; an item carried that is gone or in another stock.
     */
    private static Set<String> itemsUnsettled(Delegator delegator, Sql sql, Collection<String> facilityIds, String closingId, Timestamp changedSince)
            throws GenericEntityException {
        ModelEntity item = delegator.getModelEntity("InventoryItem");
        ModelEntity held = delegator.getModelEntity("PiStockClosingCarryItem");
        String items = item.getTableName(sql.datasource);
        List<Object> heldParameters = new ArrayList<>();
        String heldItems = heldItems(delegator, sql, closingId, heldParameters);
        String stamp = "I." + col(item, "lastUpdatedTxStamp");
        String moved = "C." + col(held, "facilityId") + " <> I." + col(item, "facilityId") + " OR C." + col(held, "productId") + " <> I."
                + col(item, "productId");
        Set<String> products = new HashSet<>();
        List<Object> now = new ArrayList<>(heldParameters);
        now.addAll(facilityIds);
        now.add(changedSince);
        query(delegator, sql, "SELECT I." + col(item, "productId") + ", C." + col(held, "productId") + " FROM " + items + " I LEFT JOIN " + heldItems
                + " C ON C." + col(held, "inventoryItemId") + " = I." + col(item, "inventoryItemId") + " WHERE I." + col(item, "facilityId") + " IN ("
                + marks(facilityIds.size()) + ") AND (C." + col(held, "inventoryItemId") + " IS NULL OR " + moved + " OR " + stamp + " IS NULL OR "
                + stamp + " >= ? OR C." + col(held, "fallbackCost") + " <> COALESCE(I." + col(item, "unitCost") + ", 0))", now,
                rows -> addAll(products, rows));
        query(delegator, sql, "SELECT C." + col(held, "productId") + ", I." + col(item, "productId") + " FROM " + heldItems + " C LEFT JOIN " + items
                + " I ON I." + col(item, "inventoryItemId") + " = C." + col(held, "inventoryItemId") + " WHERE I." + col(item, "inventoryItemId")
                + " IS NULL OR " + moved, heldParameters, rows -> addAll(products, rows));
        return products;
    }

    /**
     * Whether each closing that holds the items of the stocks the closing carries (see {@link #heldItems}) has item rows: one written
     * before there were any has none, and its stocks' items are then known from their texts only.
     */
    private static boolean itemsHeld(Delegator delegator, Sql sql, String closingId) throws GenericEntityException {
        ModelEntity held = delegator.getModelEntity("PiStockClosingCarryItem");
        ModelEntity carry = delegator.getModelEntity("PiStockClosingCarry");
        Set<String> holders = new HashSet<>();
        query(delegator, sql, "SELECT DISTINCT COALESCE(K." + col(carry, "itemsClosingId") + ", K." + col(carry, "closingId") + ") FROM "
                + carry.getTableName(sql.datasource) + " K WHERE K." + col(carry, "closingId") + " = ?", List.of(closingId),
                rows -> holders.add(rows.getString(1)));
        for (String holder : holders) {
            boolean[] any = {false};
            query(delegator, sql, "SELECT " + col(held, "closingId") + " FROM " + held.getTableName(sql.datasource) + " WHERE " + col(held, "closingId")
                    + " = ?", List.of(holder), 1, rows -> any[0] = true);
            if (!any[0]) {
                return false;
            }
        }
        return true;
    }

    /** The products of the scope's items that moved from {@code at} (inclusive) to {@code until} (exclusive). */
    private static Set<String> movedSince(Delegator delegator, Sql sql, Collection<String> facilityIds, Timestamp at, Timestamp until)
            throws GenericEntityException {
        ModelEntity detail = delegator.getModelEntity("InventoryItemDetail");
        ModelEntity item = delegator.getModelEntity("InventoryItem");
        List<Object> parameters = new ArrayList<>(facilityIds);
        parameters.add(until);
        parameters.add(at);
        Set<String> products = new HashSet<>();
        query(delegator, sql, "SELECT DISTINCT I." + col(item, "productId") + StockHistory.historyFrom(delegator, sql.datasource, facilityIds, null)
                + " AND D." + col(detail, "effectiveDate") + " >= ?", parameters, rows -> addAll(products, rows));
        return products;
    }

    /** The products of the given items, now and as the closing carried them. */
    private static Set<String> productsOf(Delegator delegator, Sql sql, String closingId, Set<String> itemIds) throws GenericEntityException {
        ModelEntity item = delegator.getModelEntity("InventoryItem");
        ModelEntity held = delegator.getModelEntity("PiStockClosingCarryItem");
        Set<String> products = new HashSet<>();
        List<String> ids = new ArrayList<>(itemIds);
        for (int from = 0; from < ids.size(); from += StockHistory.IN_LIMIT) {
            List<String> batch = ids.subList(from, Math.min(ids.size(), from + StockHistory.IN_LIMIT));
            List<Object> parameters = new ArrayList<>(batch);
            String heldItems = heldItems(delegator, sql, closingId, parameters);
            parameters.addAll(batch);
            query(delegator, sql, "SELECT " + col(item, "productId") + " FROM " + item.getTableName(sql.datasource) + " WHERE "
                    + col(item, "inventoryItemId") + " IN (" + marks(batch.size()) + ") UNION SELECT C." + col(held, "productId") + " FROM "
                    + heldItems + " C WHERE C." + col(held, "inventoryItemId") + " IN (" + marks(batch.size()) + ")", parameters,
                    rows -> addAll(products, rows));
        }
        return products;
    }

    /** The scope's items of the given products, a few hundred products at a time. */
    private static Map<String, ItemRows> items(Delegator delegator, Collection<String> facilityIds, Set<String> productIds)
            throws GenericEntityException {
        Map<String, ItemRows> items = new HashMap<>();
        List<String> ids = new ArrayList<>(productIds);
        for (int from = 0; from < ids.size(); from += StockHistory.IN_LIMIT) {
            items.putAll(StockHistory.readItems(delegator, facilityIds, ids.subList(from, Math.min(ids.size(), from + StockHistory.IN_LIMIT))));
        }
        return items;
    }

    private static void addAll(Set<String> products, ResultSet rows) throws SQLException {
        for (int column = 1; column <= rows.getMetaData().getColumnCount(); column++) {
            String productId = rows.getString(column);
            if (productId != null) {
                products.add(productId);
            }
        }
    }

    /** What is done with each row of a query. */
    private interface Rows {
        void each(ResultSet rows) throws SQLException;
    }

    private static void query(Delegator delegator, Sql sql, String statement, List<?> parameters, Rows each) throws GenericEntityException {
        query(delegator, sql, statement, parameters, -1, each);
    }

    /** Runs a query, {@code each} on each row, at most {@code maxRows} rows (-1: every one). */
    private static void query(Delegator delegator, Sql sql, String statement, List<?> parameters, int maxRows, Rows each)
            throws GenericEntityException {
        Transactions.read(() -> {
            try (SQLProcessor query = new SQLProcessor(delegator, sql.helper)) {
                // a fetch size above the rows asked for is refused (by Derby)
                query.prepareStatement(statement, true, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY, maxRows > 0 ? maxRows : 10_000,
                        maxRows);
                for (Object parameter : parameters) {
                    if (parameter instanceof Timestamp moment) {
                        query.setValue(moment);
                    } else {
                        query.setValue((String) parameter);
                    }
                }
                ResultSet rows = query.executeQuery();
                while (rows.next()) {
                    each.each(rows);
                }
                return null;
            } catch (SQLException e) {
                throw new GenericEntityException("Could not read what changed since the closing carried forward", e);
            }
        });
    }
}
