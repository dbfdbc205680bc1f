package org.physicalinventory.ofbiz.test;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

import org.apache.ofbiz.base.util.cache.UtilCache;
import org.apache.ofbiz.entity.GenericValue;
import org.apache.ofbiz.entity.config.model.Datasource;
import org.apache.ofbiz.entity.config.model.EntityConfig;
import org.apache.ofbiz.entity.datasource.GenericHelperInfo;
import org.apache.ofbiz.entity.jdbc.SQLProcessor;
import org.apache.ofbiz.entity.model.ModelEntity;
import org.apache.ofbiz.entity.util.EntityQuery;
import org.physicalinventory.ofbiz.difference.StoredReview;

/** Tests over one big counted inventory of a generated warehouse (facility PI_TREV), made by the first test that asks for it. */
abstract class BigInventoryTestCase extends PhysInvTestCase {

    /** The inventory's lines. */
    static final int LINES = 10_500;

    BigInventoryTestCase(String name) {
        super(name);
    }

    /**
     * A counted inventory of a generated warehouse, made once for the tests: one unit short on each line, two over on
     * every seventh line, the book on every eleventh (no difference).
     */
    String bigInventory() throws Exception {
        GenericValue made = EntityQuery.use(getDelegator()).from("PiInventory").where("facilityId", "PI_TREV").queryFirst();
        if (made != null) {
            return made.getString("piInventoryId");
        }
        ok(call("generatePiReferenceWarehouse", "pitest-admin", "facilityId", "PI_TREV", "ownerPartyId", "PI_TACCT",
                "locations", 100L, "products", 2400L, "items", 13_000L, "detailsPerItem", 1L));
        String inventoryId = (String) ok(call("preparePiBenchmarkInventory", "pitest-admin", "facilityId", "PI_TREV", "rows", (long) LINES))
                .get("piInventoryId");
        List<GenericValue> changed = new ArrayList<>();
        int i = 0;
        for (GenericValue line : EntityQuery.use(getDelegator()).from("PiCountLineAndList").where("piInventoryId", inventoryId)
                .orderBy("piListId", "lineSeqId").queryList()) {
            BigDecimal book = line.getBigDecimal("bookQuantity");
            BigDecimal counted = ++i % 7 == 0 ? book.add(BigDecimal.valueOf(2)) : i % 11 == 0 ? book : null;
            if (counted != null) {
                GenericValue row = EntityQuery.use(getDelegator()).from("PiCountLine").where("piListId", line.get("piListId"), "lineSeqId",
                        line.get("lineSeqId")).queryOne();
                row.set("countedQuantity", counted);
                changed.add(row);
            }
        }
        getDelegator().storeAll(changed);
        stampedAt(inventoryId, new Timestamp(System.currentTimeMillis() - 3_600_000L));
        return inventoryId;
    }

    /**
     * The inventory's lines and the warehouse's items stamped at a time: an hour ago, as when counting and the stock's movements
     * ended a while before the review (a review kept then and a line or an item changed since is brought up to date slice by
     * slice); now, as when the inventory was just made or counted in bulk.
     */
    void stampedAt(String inventoryId, Timestamp at) throws Exception {
        ModelEntity line = getDelegator().getModelEntity("PiCountLine");
        ModelEntity list = getDelegator().getModelEntity("PiInventoryList");
        ModelEntity item = getDelegator().getModelEntity("InventoryItem");
        GenericHelperInfo helper = getDelegator().getGroupHelperInfo(getDelegator().getEntityGroupName("PiCountLine"));
        Datasource datasource = EntityConfig.getDatasource(helper.getHelperBaseName());
        String stamp = line.getField("lastUpdatedStamp").getColName();
        update(helper, "UPDATE " + line.getTableName(datasource) + " SET " + stamp + " = ? WHERE " + line.getField("piListId").getColName()
                + " IN (SELECT " + list.getField("piListId").getColName() + " FROM " + list.getTableName(datasource) + " WHERE "
                + list.getField("piInventoryId").getColName() + " = ?)", at, inventoryId);
        update(helper, "UPDATE " + item.getTableName(datasource) + " SET " + stamp + " = ? WHERE " + item.getField("facilityId").getColName()
                + " = ?", at, "PI_TREV");
    }

    /** No review kept, in this server's memory or in the database: the next is worked out anew. */
    void forgetKeptReviews() throws Exception {
        StoredReview.awaitWritten();
        getDelegator().removeAll("PiKeptReview");
        UtilCache.clearCache("physinv.review.kept");
    }

    private void update(GenericHelperInfo helper, String sql, Timestamp stamp, String id) throws Exception {
        try (SQLProcessor update = new SQLProcessor(getDelegator(), helper)) {
            update.prepareStatement(sql);
            update.setValue(stamp);
            update.setValue(id);
            update.executeUpdate();
        }
    }

}
