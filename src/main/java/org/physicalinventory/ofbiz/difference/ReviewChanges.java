package org.physicalinventory.ofbiz.difference;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

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
    /**
     * How long before the kept stamp rows changed since are looked for: a row's lastUpdatedStamp is when its transaction began,
     * so a transaction that began before the review was kept and committed after stamps its rows earlier than the stamp.
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

        /**
         * Whether a review kept at {@code kept} may be brought up to this one slice by slice: lines and items only changed or came,
         * and a row stamped later than the kept review's latest says when to look from (else what changed cannot be found by its
         * stamp: the whole review is worked out again).
         */
        boolean followsInPart(Stamp kept) {
            return others.equals(kept.others) && lines >= kept.lines && items >= kept.items && kept.linesChanged != null
                    && kept.itemsChanged != null && (!Objects.equals(linesChanged, kept.linesChanged) || !Objects.equals(itemsChanged, kept.itemsChanged));
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

    /**
     * The keys of the inventory's lines changed at or after {@code since} less {@link #MARGIN_MILLIS}; null when more than
     * {@link #MOST_CHANGES}.
     */
    List<LineKey> linesChanged(GenericValue inventory, Timestamp since) throws GenericEntityException {
        String sql = "SELECT " + keyColumns(line, "L.") + " FROM " + lineTable + " L, " + listTable + " LI WHERE L."
                + ReviewBook.col(line, "piListId") + " = LI." + ReviewBook.col(list, "piListId") + " AND LI."
                + ReviewBook.col(list, "piInventoryId") + " = ? AND L." + ReviewBook.col(line, "lastUpdatedStamp") + " >= ?";
        return keys(sql, inventory.getString("piInventoryId"), since);
    }

    /** The keys of the facility's items changed at or after {@code since} less {@link #MARGIN_MILLIS}; null when more than {@link #MOST_CHANGES}. */
    List<LineKey> itemsChanged(GenericValue inventory, Timestamp since) throws GenericEntityException {
        String sql = "SELECT " + keyColumns(item, "") + " FROM " + itemTable + " WHERE " + ReviewBook.col(item, "facilityId") + " = ? AND "
                + ReviewBook.col(item, "lastUpdatedStamp") + " >= ?";
        return keys(sql, inventory.getString("facilityId"), since);
    }

    private static String keyColumns(ModelEntity entity, String alias) {
        return alias + ReviewBook.col(entity, "productId") + ", " + alias + ReviewBook.col(entity, "locationSeqId") + ", " + alias
                + ReviewBook.col(entity, "lotId") + ", " + alias + ReviewBook.col(entity, "serialNumber");
    }

    private List<LineKey> keys(String sql, String id, Timestamp since) throws GenericEntityException {
        List<LineKey> keys = new ArrayList<>();
        try (SQLProcessor query = new SQLProcessor(delegator, helper)) {
            query.prepareStatement(sql);
            query.setValue(id);
            query.setValue(new Timestamp(since.getTime() - MARGIN_MILLIS));
            ResultSet rows = query.executeQuery();
            while (rows.next()) {
                if (keys.size() == MOST_CHANGES) {
                    return null;
                }
                keys.add(new LineKey(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4)));
            }
            return keys;
        } catch (SQLException e) {
            throw new GenericEntityException("Could not read what changed in the review of " + id, e);
        }
    }
}
