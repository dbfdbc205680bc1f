package org.physicalinventory.ofbiz.difference;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.ofbiz.base.util.Debug;
import org.apache.ofbiz.base.util.cache.UtilCache;
import org.apache.ofbiz.entity.Delegator;
import org.apache.ofbiz.entity.GenericEntityException;
import org.apache.ofbiz.entity.GenericValue;
import org.apache.ofbiz.entity.config.model.Datasource;
import org.apache.ofbiz.entity.datasource.GenericHelperInfo;
import org.apache.ofbiz.entity.config.model.EntityConfig;
import org.apache.ofbiz.entity.jdbc.SQLProcessor;
import org.apache.ofbiz.entity.model.ModelEntity;
import org.apache.ofbiz.service.GenericServiceException;
import org.apache.ofbiz.service.LocalDispatcher;
import org.physicalinventory.count.LineKey;
import org.physicalinventory.difference.CountedLine;
import org.physicalinventory.difference.Difference;
import org.physicalinventory.difference.ReviewTotals;
import org.physicalinventory.explain.CauseKind;
import org.physicalinventory.explain.ExplainedLine;
import org.physicalinventory.explain.LikelyCause;

/**
 * The review of an inventory not posted yet, as the review screen pages through it: worked out once (slice by slice, see
 * {@link ReviewStream}) and kept while nothing it depends on changes, so that each page, filter and total of the screen
 * costs one aggregate query (the inventory's lines and lists, the facility's items and the stock-difference parameters:
 * how many and when last changed) and no new review. Kept for four inventories at once, in this server's memory (about
 * 0.85 KB a line: 100,000 lines take some 85 MB), for {@link #MINUTES} minutes at most (memory may take it back sooner):
 * a change of a product's average or standard cost alone, which only found stock is valued at, shows within that time.
 * The likely causes of the differences are worked out with it, once ({@link ReviewCauses}); a review kept without them (asked
 * with causes=N, to measure what they cost) is kept apart.
 */
final class KeptReview {

    private static final String MODULE = KeptReview.class.getName();
    static final int MINUTES = 10;
    private static final UtilCache<String, KeptReview> KEPT = UtilCache.createUtilCache("physinv.review.kept", 0, 4, MINUTES * 60_000L, true);

    private final String stamp;
    private final List<Difference> differences;
    private final Map<LineKey, List<CountedLine>> conflictLines;
    private final ReviewTotals totals;
    private final Map<LineKey, ExplainedLine> explained;
    private Map<LineKey, List<LikelyCause>> causes = Map.of();
    private volatile List<Difference> byCause;

    private KeptReview(String stamp, List<Difference> differences, Map<LineKey, List<CountedLine>> conflictLines, ReviewTotals totals,
            Map<LineKey, ExplainedLine> explained) {
        this.stamp = stamp;
        this.differences = differences;
        this.conflictLines = conflictLines;
        this.totals = totals;
        this.explained = explained;
    }

    /** The review of the inventory as it stands now, with the likely causes of its differences. */
    static KeptReview of(Delegator delegator, LocalDispatcher dispatcher, GenericValue inventory)
            throws GenericEntityException, GenericServiceException {
        return of(delegator, dispatcher, inventory, true);
    }

    /**
     * The review of the inventory as it stands now: the one kept, or worked out again when anything changed since.
     *
     * @param withCauses false: without the likely causes (kept apart from the review with them)
     */
    static KeptReview of(Delegator delegator, LocalDispatcher dispatcher, GenericValue inventory, boolean withCauses)
            throws GenericEntityException, GenericServiceException {
        String key = delegator.getDelegatorName() + "|" + inventory.getString("piInventoryId") + (withCauses ? "" : "|without causes");
        String stamp = stamp(delegator, inventory);
        KeptReview kept = KEPT.get(key);
        if (kept != null && kept.stamp.equals(stamp)) {
            return kept;
        }
        long start = System.nanoTime();
        List<Difference> differences = new ArrayList<>();
        Map<LineKey, List<CountedLine>> conflictLines = new HashMap<>();
        ReviewTotals totals = new ReviewTotals();
        Map<LineKey, ExplainedLine> explained = new HashMap<>();
        ReviewStream.review(delegator, dispatcher, inventory, reviewed -> {
            differences.add(reviewed.difference());
            totals.add(reviewed.difference());
            explained.put(reviewed.difference().key(), ReviewCauses.line(reviewed.difference(), reviewed.lines()));
            if (reviewed.difference().conflict()) {
                conflictLines.put(reviewed.difference().key(), reviewed.lines());
            }
        });
        kept = new KeptReview(stamp, differences, conflictLines, totals, explained);
        long causesStart = System.nanoTime();
        if (withCauses) {
            kept.causes = ReviewCauses.of(delegator, inventory, new ArrayList<>(explained.values()));
        }
        KEPT.put(key, kept);
        Debug.logInfo(String.format("Reviewed inventory %s: %d differences in %.2f s (likely causes: %s)", inventory.get("piInventoryId"),
                differences.size(), (System.nanoTime() - start) / 1e9, withCauses ? String.format("%d keys in %.2f s", kept.causes.size(),
                (System.nanoTime() - causesStart) / 1e9) : "not asked"), MODULE);
        return kept;
    }

    /** The likely causes of a key's difference, in the order of their kinds; none when there are none or they were not asked. */
    List<LikelyCause> causes(LineKey key) {
        return causes.getOrDefault(key, List.of());
    }

    /** A key's difference as the rules saw it (with the time of its latest count), or null when the review has no such key. */
    ExplainedLine explained(LineKey key) {
        return explained.get(key);
    }

    /** The differences, those with a likely cause first in the order of their first cause's kind, each kind in the review's order. */
    List<Difference> differencesByCause() {
        if (byCause == null) {
            List<Difference> sorted = new ArrayList<>(differences);
            sorted.sort(Comparator.comparingInt(d -> causes(d.key()).stream().findFirst().map(c -> c.kind().ordinal())
                    .orElse(CauseKind.values().length)));
            byCause = sorted;
        }
        return byCause;
    }

    List<Difference> differences() {
        return differences;
    }

    ReviewTotals totals() {
        return totals;
    }

    /** The lines of a key counted on two lists, the standing one first. */
    List<CountedLine> conflictLines(LineKey key) {
        return conflictLines.getOrDefault(key, List.of());
    }

    /**
     * What the review depends on, in one aggregate query: how many lines and lists the inventory has and when they last
     * changed, the same of the facility's inventory items, when the stock-difference parameters and the inventory last changed.
     */
    static String stamp(Delegator delegator, GenericValue inventory) throws GenericEntityException {
        ModelEntity line = delegator.getModelEntity("PiCountLine");
        ModelEntity list = delegator.getModelEntity("PiInventoryList");
        ModelEntity item = delegator.getModelEntity("InventoryItem");
        ModelEntity param = delegator.getModelEntity("PiStockDiffParam");
        ModelEntity piInventory = delegator.getModelEntity("PiInventory");
        GenericHelperInfo helper = delegator.getGroupHelperInfo(delegator.getEntityGroupName("PiCountLine"));
        Datasource datasource = EntityConfig.getDatasource(helper.getHelperBaseName());
        String stamp = ReviewBook.col(line, "lastUpdatedStamp");
        String lines = " FROM " + line.getTableName(datasource) + " L, " + list.getTableName(datasource) + " LI WHERE L." + ReviewBook.col(line, "piListId")
                + " = LI." + ReviewBook.col(list, "piListId") + " AND LI." + ReviewBook.col(list, "piInventoryId") + " = ?";
        String lists = " FROM " + list.getTableName(datasource) + " WHERE " + ReviewBook.col(list, "piInventoryId") + " = ?";
        String items = " FROM " + item.getTableName(datasource) + " WHERE " + ReviewBook.col(item, "facilityId") + " = ?";
        String sql = "SELECT (SELECT COUNT(*)" + lines + "), (SELECT MAX(L." + stamp + ")" + lines + "), (SELECT COUNT(*)" + lists
                + "), (SELECT MAX(" + stamp + ")" + lists + "), (SELECT COUNT(*)" + items + "), (SELECT MAX(" + stamp + ")" + items
                + "), (SELECT MAX(" + stamp + ") FROM " + param.getTableName(datasource) + "), " + stamp + " FROM "
                + piInventory.getTableName(datasource) + " WHERE " + ReviewBook.col(piInventory, "piInventoryId") + " = ?";
        String piInventoryId = inventory.getString("piInventoryId");
        String facilityId = inventory.getString("facilityId");
        try (SQLProcessor query = new SQLProcessor(delegator, helper)) {
            query.prepareStatement(sql);
            for (String value : List.of(piInventoryId, piInventoryId, piInventoryId, piInventoryId, facilityId, facilityId, piInventoryId)) {
                query.setValue(value);
            }
            ResultSet row = query.executeQuery();
            StringBuilder text = new StringBuilder();
            if (row.next()) {
                for (int c = 1; c <= 8; c++) {
                    text.append(row.getString(c)).append('|');
                }
            }
            return text.toString();
        } catch (SQLException e) {
            throw new GenericEntityException("Could not read what the review of inventory " + piInventoryId + " depends on", e);
        }
    }
}
