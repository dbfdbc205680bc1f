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
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

import org.apache.ofbiz.base.util.Debug;
import org.apache.ofbiz.base.util.UtilGenerics;
import org.apache.ofbiz.entity.Delegator;
import org.apache.ofbiz.entity.GenericEntityException;
import org.apache.ofbiz.entity.jdbc.SQLProcessor;
import org.apache.ofbiz.entity.model.ModelEntity;
import org.physicalinventory.ofbiz.Databases;
import org.physicalinventory.ofbiz.Transactions;
import org.physicalinventory.ofbiz.valuation.sql.StockHistory.ItemRows;
import org.physicalinventory.ofbiz.valuation.sql.StockHistory.Sql;
import org.physicalinventory.ofbiz.valuation.sql.StockHistory.Stock;
import org.physicalinventory.valuation.CarriedStock;
import org.physicalinventory.valuation.CarriedStock.HeldItem;
import org.physicalinventory.valuation.CarryForward;
import org.physicalinventory.valuation.CarryForward.CurrentItem;
import org.physicalinventory.valuation.Movement;

/**
 * The stock history a LIFO closing reads when it goes on from the stock an earlier closing of its scope carried forward: the
 * movements from that closing's moment on, rather than the whole history. Read at once, each on a connection of its own: the
 * carried stock, the scope's items as they are now, their movements since the carried moment, and the items whose history before
 * it was written or changed since that closing was read (by the stamps OFBiz writes on each InventoryItemDetail). The core's
 * CarryForward decides which products go on from the carried stock, and which of those nothing happened in since (no movement, no
 * item changed, the same standard cost): their line, lots and carried stock are copied from the closing before in the database rather
 * than replayed (see ClosingCopy); the others have their whole history read.
 */
public final class CarriedHistory {

    private static final String MODULE = CarriedHistory.class.getName();

    private CarriedHistory() {
    }

    /** A product in a facility to replay: from its carried stock (null: from nothing), with its items and their movements since. */
    public record Replay(Stock stock, CarriedStock from) {
    }

    /**
     * What a closing carried forward reads: the products to replay, and those nothing happened in since ({@code unmoved}), whose line,
     * lots and carried stock are copied from the closing before; {@code dropped}: the products that closing carried which are not.
     */
    public record Carried(List<Replay> replays, Set<CarryForward.Stock> unmoved, Set<CarryForward.Stock> dropped) {
    }

    /** The texts of the stocks the closing carried from carries forward (see {@link CarriedStock#toText}), of the given products (all: null). */
    public interface Texts {
        Map<CarryForward.Stock, String> of(Collection<String> productIds) throws GenericEntityException;
    }

    /**
     * Every product of the scope to replay up to {@code until}, by facility then product: from its carried stock, with the movements
     * at or after the carried moment {@code at}, where the history before that moment is as it was read; from its whole history
     * otherwise; or, when {@code copies}, copied when nothing happened in it since (see {@link CarryForward#unmoved}) if at least half
     * the carried products are. With {@code copies}, on a database server (see {@link #settles}), the database first tells which products something may have happened in since
     * (from the items closing {@code carriedId} carried, PiStockClosingCarryItem): when they are at most half, only their texts and
     * items are read, and every other carried product is copied as it is. {@code changedSince}: a detail or item stamped from then on
     * may have been written after the carried closing was read. {@code revalued}: the products whose standard cost is not what it was
     * at {@code at}.
     */
    public static Carried load(Delegator delegator, Collection<String> facilityIds, String carriedId, Timestamp at, Timestamp until,
            Texts carriedTexts, Timestamp changedSince, Set<String> revalued, boolean copies) throws GenericEntityException {
        long started = System.nanoTime();
        Carried settled = copies && settles(delegator) ? Settled.load(delegator, facilityIds, carriedId, at, until, carriedTexts, changedSince,
                revalued) : null;
        if (settled != null) {
            return settled;
        }
        // the texts read apart from the items are gone through there too, while the items come
        List<Object> read = StockHistory.atOnce(List.of(() -> held(carriedTexts.of(null)), () -> StockHistory.readItems(delegator, facilityIds, null),
                () -> movementsSince(delegator, facilityIds, at, until), () -> changedBefore(delegator, at, changedSince)));
        Held held = (Held) read.get(0);
        long readAtOnce = System.nanoTime();
        Decided decided = decide(delegator, facilityIds, at, until, held, UtilGenerics.cast(read.get(1)), UtilGenerics.cast(read.get(2)),
                UtilGenerics.cast(read.get(3)), changedSince, revalued, copies ? Copies.MOST : Copies.NONE);
        Set<CarryForward.Stock> dropped = new TreeSet<>(held.texts().keySet());
        dropped.removeAll(decided.unmoved());
        Debug.logInfo(String.format("Carried history: %d stocks carried, %d copied as they are, %s; read at once in %.2f s, the rest in %.2f s",
                held.texts().size(), decided.unmoved().size(), decided.summary(), (readAtOnce - started) / 1e9,
                (System.nanoTime() - readAtOnce) / 1e9), MODULE);
        return new Carried(decided.replays(), decided.unmoved(), dropped);
    }

    /** Which of the stocks that go on from their carried stock and that nothing happened in since are copied. */
    enum Copies {
        /** None: each is replayed from its carried stock. */
        NONE,
        /** All of them when they are at least half the stocks carried (else the copy and then the removal of the rest cost more). */
        MOST,
        /** All of them. */
        ALL
    }

    /** The products to replay, those copied as they are, and what the log says of them. */
    record Decided(List<Replay> replays, Set<CarryForward.Stock> unmoved, String summary) {
    }

    /**
     * The core's decision (CarryForward) over what was read: the products given by {@code items} and the texts {@code held} (the whole
     * scope, or the products of it that something may have happened in since), with {@code since} the movements since the carried
     * moment and {@code changed} the items whose history before it changed.
     */
    static Decided decide(Delegator delegator, Collection<String> facilityIds, Timestamp at, Timestamp until, Held held,
            Map<String, ItemRows> items, Map<String, List<Movement>> since, Set<String> changed, Timestamp changedSince, Set<String> revalued,
            Copies copies) throws GenericEntityException {
        Map<CarryForward.Stock, String> texts = held.texts();
        CarryForward carry = new CarryForward(held.items());
        List<CurrentItem> current = new ArrayList<>();
        items.values().forEach(item -> current.add(new CurrentItem(item.itemId, item.facilityId, item.productId, item.unitCost)));
        Set<String> touched = new HashSet<>(since.keySet());
        items.values().stream().filter(item -> item.stamped == null || !item.stamped.before(changedSince)).forEach(item -> touched.add(item.itemId));
        Set<String> movedBefore = movedBefore(delegator, carry.notCarried(current), at);
        Set<CarryForward.Stock> whole = carry.wholeHistory(current, changed, movedBefore);
        Set<CarryForward.Stock> quiet = copies == Copies.NONE ? Set.of() : carry.unmoved(current, whole, touched, revalued);
        Set<CarryForward.Stock> unmoved = copies == Copies.MOST && quiet.size() * 2 < texts.size() ? Set.of() : quiet;
        Map<CarryForward.Stock, Replay> replays = carriedReplays(items.values(), since, texts, at, key -> !whole.contains(key)
                && !unmoved.contains(key));
        for (Stock stock : wholeHistory(delegator, facilityIds, until, whole)) {
            replays.put(new CarryForward.Stock(stock.facilityId(), stock.productId()), new Replay(stock, null));
        }
        String summary = String.format("%d products carried forward and replayed, %d items, %d movements since %s, %d items changed before it,"
                + " %d products read from their whole history", replays.size() - whole.size(), items.size(),
                since.values().stream().mapToInt(List::size).sum(), at, changed.size(), whole.size());
        return new Decided(new ArrayList<>(replays.values()), unmoved, summary);
    }

    /**
     * Whether the database tells which products something may have happened in since (Settled), from the items each stock carried
     * holds (PiStockClosingCarryItem, written only then): on a database server, not on embedded Derby, which plans the join of those
     * item rows to the inventory items as a nested loop (100,000 by 100,000 rows: minutes) and takes 17-22 s to write them. Derby
     * reads the whole scope, and the core decides; the products nothing happened in since are copied all the same.
     */
    public static boolean settles(Delegator delegator) {
        return !Databases.isDerby(new Sql(delegator).datasource);
    }

    /** The text of each stock carried, and the items it holds. */
    record Held(Map<CarryForward.Stock, String> texts, Map<CarryForward.Stock, List<HeldItem>> items) {
    }

    static Held held(Map<CarryForward.Stock, String> texts) {
        Map<CarryForward.Stock, List<HeldItem>> items = new HashMap<>();
        texts.forEach((stock, text) -> items.put(stock, CarriedStock.heldItems(text)));
        return new Held(texts, items);
    }

    /** The stocks of the items that go on from their carried stock ({@code goesOn}), each with its items and their movements since. */
    private static Map<CarryForward.Stock, Replay> carriedReplays(Collection<ItemRows> items, Map<String, List<Movement>> since,
            Map<CarryForward.Stock, String> texts, Timestamp at, Predicate<CarryForward.Stock> goesOn) {
        Map<CarryForward.Stock, Replay> replays = new TreeMap<>();
        for (ItemRows item : items) {
            CarryForward.Stock key = new CarryForward.Stock(item.facilityId, item.productId);
            if (goesOn.test(key)) {
                item.movements.addAll(since.getOrDefault(item.itemId, List.of()));
                replays.computeIfAbsent(key, k -> new Replay(new Stock(k.facilityId(), k.productId(), new ArrayList<>()),
                        texts.containsKey(k) ? CarriedStock.fromText(k.facilityId(), k.productId(), at.toInstant(), texts.get(k)) : null))
                        .stock().items().add(item.stockItem());
            }
        }
        return replays;
    }

    /** The stocks to replay in full: the whole history of their products in the scope, of those facilities only. */
    private static List<Stock> wholeHistory(Delegator delegator, Collection<String> facilityIds, Timestamp until, Set<CarryForward.Stock> whole)
            throws GenericEntityException {
        if (whole.isEmpty()) {
            return List.of();
        }
        Set<String> productIds = new HashSet<>();
        whole.forEach(stock -> productIds.add(stock.productId()));
        List<Stock> stocks = new ArrayList<>();
        for (Stock stock : StockHistory.load(delegator, facilityIds, until, productIds)) {
            if (whole.contains(new CarryForward.Stock(stock.facilityId(), stock.productId()))) {
                stocks.add(stock);
            }
        }
        return stocks;
    }

    /** The movements of the scope's items from {@code at} (inclusive) to {@code until} (exclusive), by item. */
    static Map<String, List<Movement>> movementsSince(Delegator delegator, Collection<String> facilityIds, Timestamp at, Timestamp until)
            throws GenericEntityException {
        Sql where = new Sql(delegator);
        ModelEntity detail = delegator.getModelEntity("InventoryItemDetail");
        String sql = "SELECT " + StockHistory.movementColumns(detail) + StockHistory.historyFrom(delegator, where.datasource, facilityIds, null)
                + " AND D." + col(detail, "effectiveDate") + " >= ?";
        return Transactions.read(() -> {
            try (SQLProcessor query = new SQLProcessor(delegator, where.helper)) {
                query.prepareStatement(sql, true, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY, 10_000, -1);
                StockHistory.bindHistory(query, facilityIds, until, null);
                query.setValue(at);
                ResultSet rows = query.executeQuery();
                Map<String, List<Movement>> movements = new HashMap<>();
                while (rows.next()) {
                    movements.computeIfAbsent(rows.getString(1), k -> new ArrayList<>()).add(StockHistory.movement(rows));
                }
                return movements;
            } catch (SQLException e) {
                throw new GenericEntityException("Could not read the stock history", e);
            }
        });
    }

    /**
     * The items (of any facility) with a movement before {@code at} that was written or changed from {@code since} on: stamped then
     * (a transaction begun then) and dated before the moment, or changed after it was made; and any detail without a stamp.
     */
    static Set<String> changedBefore(Delegator delegator, Timestamp at, Timestamp since) throws GenericEntityException {
        Sql where = new Sql(delegator);
        ModelEntity detail = delegator.getModelEntity("InventoryItemDetail");
        String item = "D." + col(detail, "inventoryItemId");
        String stamped = "D." + col(detail, "lastUpdatedTxStamp");
        String created = "D." + col(detail, "createdTxStamp");
        String from = " FROM " + detail.getTableName(where.datasource) + " D WHERE ";
        String sql = "SELECT " + item + from + stamped + " >= ? AND (D." + col(detail, "effectiveDate") + " < ? OR " + created + " IS NULL OR "
                + created + " <> " + stamped + ") UNION SELECT " + item + from + stamped + " IS NULL";
        Set<String> changed = new HashSet<>();
        try (SQLProcessor query = new SQLProcessor(delegator, where.helper)) {
            query.prepareStatement(sql);
            query.setValue(since);
            query.setValue(at);
            ResultSet rows = query.executeQuery();
            while (rows.next()) {
                changed.add(rows.getString(1));
            }
        } catch (SQLException e) {
            throw new GenericEntityException("Could not read the changes of the stock history", e);
        }
        return changed;
    }

    /** Of the given items, those with a movement before {@code at}. */
    private static Set<String> movedBefore(Delegator delegator, Set<String> itemIds, Timestamp at) throws GenericEntityException {
        Sql where = new Sql(delegator);
        ModelEntity detail = delegator.getModelEntity("InventoryItemDetail");
        Set<String> moved = new HashSet<>();
        List<String> ids = new ArrayList<>(itemIds);
        for (int from = 0; from < ids.size(); from += StockHistory.IN_LIMIT) {
            List<String> batch = ids.subList(from, Math.min(ids.size(), from + StockHistory.IN_LIMIT));
            String sql = "SELECT DISTINCT D." + col(detail, "inventoryItemId") + " FROM " + detail.getTableName(where.datasource) + " D WHERE D."
                    + col(detail, "inventoryItemId") + " IN (" + marks(batch.size()) + ") AND D." + col(detail, "effectiveDate") + " < ?";
            try (SQLProcessor query = new SQLProcessor(delegator, where.helper)) {
                query.prepareStatement(sql);
                for (String itemId : batch) {
                    query.setValue(itemId);
                }
                query.setValue(at);
                ResultSet rows = query.executeQuery();
                while (rows.next()) {
                    moved.add(rows.getString(1));
                }
            } catch (SQLException e) {
                throw new GenericEntityException("Could not read the stock history", e);
            }
        }
        return moved;
    }
}
