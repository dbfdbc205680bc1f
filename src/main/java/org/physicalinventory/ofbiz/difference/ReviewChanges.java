package org.physicalinventory.ofbiz.difference;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.apache.ofbiz.entity.Delegator;
import org.apache.ofbiz.entity.GenericEntityException;
import org.apache.ofbiz.entity.GenericValue;
import org.apache.ofbiz.entity.config.model.EntityConfig;
import org.apache.ofbiz.entity.datasource.GenericHelperInfo;
import org.apache.ofbiz.entity.jdbc.SQLProcessor;
import org.apache.ofbiz.entity.model.ModelEntity;
import org.physicalinventory.count.LineKey;
import org.physicalinventory.inventory.ListStatus;

/**
 * What a kept review depends on and what changed in it since, read with plain queries: the inventory's lines (of lists not
 * cancelled) and the facility's inventory items, how many and when last changed, how many lists are cancelled and when the
 * stock-difference parameters last changed; then the keys of the lines and items changed since a stamp.
 */
final class ReviewChanges {

    /** More changed rows than this: the whole review is worked out again rather than slice by slice. */
    static final int MOST_CHANGES = 20_000;
    /** More rows written since a stamp than this are not read one by one: the whole review is worked out again. */
    static final int MOST_ROWS = 250_000;
    /**
     * How long before the kept stamp rows changed since are looked for: a row's lastUpdatedStamp is when it was written (OFBiz's
     * "now" in its transaction), so a transaction that wrote it before the review was kept and committed after stamps it earlier
     * than the stamp. Transactions that write what a review depends on are assumed to last less than this.
     */
    static final long MARGIN_MILLIS = 5 * 60_000L;

    private final Delegator delegator;
    private final GenericHelperInfo helper;
    private final String lineTable;
    private final String listTable;
    private final String itemTable;
    private final ModelEntity line;
    private final ModelEntity list;
    private final ModelEntity item;

    ReviewChanges(Delegator delegator) {
        this.delegator = delegator;
        this.helper = delegator.getGroupHelperInfo(delegator.getEntityGroupName("PiCountLine"));
        this.line = delegator.getModelEntity("PiCountLine");
        this.list = delegator.getModelEntity("PiInventoryList");
        this.item = delegator.getModelEntity("InventoryItem");
        var datasource = EntityConfig.getDatasource(helper.getHelperBaseName());
        this.lineTable = line.getTableName(datasource);
        this.listTable = list.getTableName(datasource);
        this.itemTable = item.getTableName(datasource);
    }

    /**
     * What the review of an inventory depends on.
     *
     * @param lines        how many lines the inventory's lists that are not cancelled have
     * @param linesChanged when the last of the inventory's lines changed
     * @param items        how many inventory items the facility has
     * @param itemsChanged when the last of them changed
     * @param others       what only a whole review follows: how many lists are cancelled, when the parameters last changed
     * @param sums         the counted lines, their counted quantities and the items' quantities added up: a change whose row is
     *                     stamped earlier than the last one (its transaction began before) still changes the stamp
     * @param read         when it was read (this server's clock, which stamps the rows, just before): rows changed after it are
     *                     looked for from it, less {@link #MARGIN_MILLIS}; not part of what the review depends on
     */
    record Stamp(long lines, Timestamp linesChanged, long items, Timestamp itemsChanged, String others, String sums, Timestamp read) {

        /** Whether the review depends on the same as at {@code other}, whenever each was read. */
        boolean sameAs(Stamp other) {
            return lines == other.lines && items == other.items && Objects.equals(linesChanged, other.linesChanged)
                    && Objects.equals(itemsChanged, other.itemsChanged) && others.equals(other.others) && sums.equals(other.sums);
        }

        /** The stamp as text, exactly (every timestamp as epoch milliseconds and nanoseconds: no time zone in it). */
        String text() {
            return String.join("\n", String.valueOf(lines), instant(linesChanged), String.valueOf(items), instant(itemsChanged), others, sums,
                    instant(read));
        }

        /** The stamp {@link #text()} gave; empty when the text is not one. */
        static Optional<Stamp> parse(String text) {
            String[] parts = text == null ? new String[0] : text.split("\n", -1);
            if (parts.length != 7) {
                return Optional.empty();
            }
            try {
                return Optional.of(new Stamp(Long.parseLong(parts[0]), timestamp(parts[1]), Long.parseLong(parts[2]), timestamp(parts[3]), parts[4],
                        parts[5], timestamp(parts[6])));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }

        private static String instant(Timestamp at) {
            return at == null ? "" : at.getTime() + ":" + at.getNanos();
        }

        private static Timestamp timestamp(String text) {
            if (text.isEmpty()) {
                return null;
            }
            int colon = text.indexOf(':');
            Timestamp at = new Timestamp(Long.parseLong(text.substring(0, colon)));
            at.setNanos(Integer.parseInt(text.substring(colon + 1)));
            return at;
        }

        /**
         * Whether a review kept at {@code kept} may be brought up to this one slice by slice: lines and items only changed or came.
         * The latest stamps need not have moved: OFBiz stamps each row a transaction writes a millisecond after the one before, so
         * lines written in bulk (a generation, an import) are stamped ahead of the clock, and a count made in the minute after is
         * stamped earlier than them. What changed is looked for from the kept review's reading less the margin either way.
         */
        boolean followsInPart(Stamp kept) {
            return others.equals(kept.others) && lines >= kept.lines && items >= kept.items && kept.linesChanged != null
                    && kept.itemsChanged != null && !sameAs(kept);
        }
    }

    Stamp stamp(GenericValue inventory) throws GenericEntityException {
        String stamp = ReviewBook.col(line, "lastUpdatedStamp");
        String lines = " FROM " + lineTable + " L, " + listTable + " LI WHERE L." + ReviewBook.col(line, "piListId") + " = LI."
                + ReviewBook.col(list, "piListId") + " AND LI." + ReviewBook.col(list, "piInventoryId") + " = ? AND LI."
                + ReviewBook.col(list, "statusId") + " <> ?";
        String items = " FROM " + itemTable + " WHERE " + ReviewBook.col(item, "facilityId") + " = ?";
        ModelEntity param = delegator.getModelEntity("PiStockDiffParam");
        ModelEntity piInventory = delegator.getModelEntity("PiInventory");
        var datasource = EntityConfig.getDatasource(helper.getHelperBaseName());
        String counted = "L." + ReviewBook.col(line, "countedQuantity");
        // one pass over the lines and one over the items (a derived table each), not one per figure: Derby runs each subquery of a
        // select list as a scan of its own
        String sql = "SELECT A.N1, A.N2, B.N3, B.N4, A.N5, A.N6, B.N7, B.N8, C.N9, D.N10 FROM " + piInventory.getTableName(datasource) + " P, "
                + "(SELECT COUNT(*) AS N1, MAX(L." + stamp + ") AS N2, COUNT(" + counted + ") AS N5, SUM(" + counted + ") AS N6" + lines + ") A, "
                + "(SELECT COUNT(*) AS N3, MAX(" + stamp + ") AS N4, SUM(" + ReviewBook.col(item, "quantityOnHandTotal") + ") AS N7, SUM("
                + ReviewBook.col(item, "availableToPromiseTotal") + ") AS N8" + items + ") B, "
                + "(SELECT COUNT(*) AS N9 FROM " + listTable + " WHERE " + ReviewBook.col(list, "piInventoryId") + " = ? AND "
                + ReviewBook.col(list, "statusId") + " = ?) C, (SELECT MAX(" + stamp + ") AS N10 FROM " + param.getTableName(datasource) + ") D WHERE P."
                + ReviewBook.col(piInventory, "piInventoryId") + " = ?";
        String id = inventory.getString("piInventoryId");
        String facilityId = inventory.getString("facilityId");
        String cancelled = ListStatus.CANCELLED.statusId();
        Timestamp read = new Timestamp(System.currentTimeMillis());
        try (SQLProcessor query = new SQLProcessor(delegator, helper)) {
            query.prepareStatement(sql);
            for (String value : List.of(id, cancelled, facilityId, id, cancelled, id)) {
                query.setValue(value);
            }
            ResultSet row = query.executeQuery();
            if (!row.next()) {
                return new Stamp(0, null, 0, null, "", "", read);
            }
            return new Stamp(row.getLong(1), row.getTimestamp(2), row.getLong(3), row.getTimestamp(4), row.getLong(9) + "|" + row.getTimestamp(10),
                    row.getLong(5) + "|" + sum(row, 6) + "|" + sum(row, 7) + "|" + sum(row, 8), read);
        } catch (SQLException e) {
            throw new GenericEntityException("Could not read what the review of inventory " + id + " depends on", e);
        }
    }

    /** A sum as text, its scale left out (the databases give 5 and 5.000000 for the same sum). */
    private static String sum(ResultSet row, int column) throws SQLException {
        BigDecimal sum = row.getBigDecimal(column);
        return sum == null ? "" : sum.stripTrailingZeros().toPlainString();
    }

    /** A row written at or after a time: its id (a line: piListId|lineSeqId; an item: inventoryItemId), its key and its stamp. */
    record Row(String id, LineKey key, Timestamp stamp) {
    }

    /**
     * The rows a review saw stamped within {@link #MARGIN_MILLIS} before its stamp was read, each with its stamp: read before the
     * review reads its lines and items, so the review saw each of them as it was then, or later. Those rows, found again with the
     * same stamp, have not changed since (a row written again gets a new stamp); only the others are looked at, so that an
     * inventory made or counted in bulk just before its review is not worked out whole again for it. Null maps: too many rows to
     * keep (then every row of the margin counts as changed, as it would without them).
     */
    record Seen(Map<String, Timestamp> lines, Map<String, Timestamp> items) {

        static final Seen NONE = new Seen(null, null);

        /** The rows of these stamped at or after {@code read} less {@link #MARGIN_MILLIS}. */
        static Seen of(List<Row> lines, List<Row> items, Timestamp read) {
            return new Seen(stamps(lines, read), stamps(items, read));
        }

        private static Map<String, Timestamp> stamps(List<Row> rows, Timestamp read) {
            if (rows == null) {
                return null;
            }
            long from = read.getTime() - MARGIN_MILLIS;
            Map<String, Timestamp> stamps = new HashMap<>();
            rows.stream().filter(row -> row.stamp() != null && row.stamp().getTime() >= from).forEach(row -> stamps.put(row.id(), row.stamp()));
            return stamps;
        }

        /** The keys of the rows that changed since this was read: not seen then, or seen with another stamp. */
        static List<LineKey> changed(List<Row> rows, Map<String, Timestamp> seen) {
            return rows.stream().filter(row -> seen == null || !Objects.equals(seen.get(row.id()), row.stamp())).map(Row::key).toList();
        }
    }

    /**
     * The rows of the inventory's lines and of the facility's items stamped at or after {@code stamp}'s reading less
     * {@link #MARGIN_MILLIS} (to be read before the review they go with).
     */
    Seen seen(GenericValue inventory, Stamp stamp) throws GenericEntityException {
        return Seen.of(linesSince(inventory, stamp.read(), stamp), itemsSince(inventory, stamp.read(), stamp), stamp.read());
    }

    /**
     * The rows of the inventory's lines written at or after {@code since} less {@link #MARGIN_MILLIS}; null when more than
     * {@link #MOST_ROWS}. None without a query when the latest line {@code now} saw was written before.
     */
    List<Row> linesSince(GenericValue inventory, Timestamp since, Stamp now) throws GenericEntityException {
        if (writtenBefore(now.linesChanged(), since)) {
            return List.of();
        }
        String sql = "SELECT " + keyColumns(line, "L.") + ", L." + ReviewBook.col(line, "lastUpdatedStamp") + ", L." + ReviewBook.col(line, "piListId")
                + ", L." + ReviewBook.col(line, "lineSeqId") + " FROM " + lineTable + " L, " + listTable + " LI WHERE L."
                + ReviewBook.col(line, "piListId") + " = LI." + ReviewBook.col(list, "piListId") + " AND LI."
                + ReviewBook.col(list, "piInventoryId") + " = ? AND L." + ReviewBook.col(line, "lastUpdatedStamp") + " >= ?";
        return rows(sql, inventory.getString("piInventoryId"), since, true);
    }

    /**
     * The rows of the facility's items written at or after {@code since} less {@link #MARGIN_MILLIS}; null when more than
     * {@link #MOST_ROWS}. None without a query when the latest item {@code now} saw was written before: while lists are counted
     * the items seldom change, and Derby answers this query by fetching every item's row.
     */
    List<Row> itemsSince(GenericValue inventory, Timestamp since, Stamp now) throws GenericEntityException {
        if (writtenBefore(now.itemsChanged(), since)) {
            return List.of();
        }
        String sql = "SELECT " + keyColumns(item, "") + ", " + ReviewBook.col(item, "lastUpdatedStamp") + ", " + ReviewBook.col(item, "inventoryItemId")
                + " FROM " + itemTable + " WHERE " + ReviewBook.col(item, "facilityId") + " = ? AND " + ReviewBook.col(item, "lastUpdatedStamp") + " >= ?";
        return rows(sql, inventory.getString("facilityId"), since, false);
    }

    /**
     * Whether no row was written at or after {@code since} less {@link #MARGIN_MILLIS}, the latest row's stamp (as a stamp read
     * after {@code since} saw it) being earlier. A row written after that stamp was read changes the next stamp, whose rows are
     * looked for from its own reading.
     */
    private static boolean writtenBefore(Timestamp latest, Timestamp since) {
        return latest == null || latest.getTime() < since.getTime() - MARGIN_MILLIS;
    }

    private static String keyColumns(ModelEntity entity, String alias) {
        return alias + ReviewBook.col(entity, "productId") + ", " + alias + ReviewBook.col(entity, "locationSeqId") + ", " + alias
                + ReviewBook.col(entity, "lotId") + ", " + alias + ReviewBook.col(entity, "serialNumber");
    }

    private List<Row> rows(String sql, String id, Timestamp since, boolean lines) throws GenericEntityException {
        List<Row> rows = new ArrayList<>();
        try (SQLProcessor query = new SQLProcessor(delegator, helper)) {
            query.prepareStatement(sql);
            query.setValue(id);
            query.setValue(new Timestamp(since.getTime() - MARGIN_MILLIS));
            ResultSet result = query.executeQuery();
            while (result.next()) {
                if (rows.size() == MOST_ROWS) {
                    return null;
                }
                rows.add(new Row(lines ? result.getString(6) + "|" + result.getString(7) : result.getString(6),
                        new LineKey(result.getString(1), result.getString(2), result.getString(3), result.getString(4)), result.getTimestamp(5)));
            }
            return rows;
        } catch (SQLException e) {
            throw new GenericEntityException("Could not read what changed in the review of " + id, e);
        }
    }
}
