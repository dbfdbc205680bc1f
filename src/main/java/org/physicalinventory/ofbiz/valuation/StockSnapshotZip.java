package org.physicalinventory.ofbiz.valuation;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.ofbiz.entity.Delegator;
import org.apache.ofbiz.entity.GenericEntityException;
import org.apache.ofbiz.entity.GenericValue;
import org.apache.ofbiz.entity.model.DynamicViewEntity;
import org.apache.ofbiz.entity.util.EntityListIterator;
import org.apache.ofbiz.entity.util.EntityQuery;
import org.physicalinventory.ofbiz.Labels;
import org.physicalinventory.ofbiz.Transactions;
import org.physicalinventory.report.StockSnapshotRows.ChangesCsv;
import org.physicalinventory.report.StockSnapshotRows.Item;
import org.physicalinventory.report.StockSnapshotRows.ItemsCsv;

/**
 * The stock of an inventory's facility before counting and after posting as a zip of CSV files (stock-before.csv, and once
 * posted stock-after.csv and stock-changes.csv), written as the rows are read: each snapshot's items in order, and the
 * changes from the database's sums per product, location, lot and snapshot. The memory used does not grow with the stock.
 */
public final class StockSnapshotZip {

    private static final List<String> ORDER = List.of("productId", "locationSeqId", "lotId", "inventoryItemId");
    private static final int FETCH_SIZE = 1000;

    private StockSnapshotZip() {
    }

    /** Writes the zip of the inventory's snapshots (those it has) to {@code out}, and finishes it. */
    public static void write(Delegator delegator, String piInventoryId, List<String> snapshotTypes, Locale locale, OutputStream out)
            throws IOException, GenericEntityException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        Writer text = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
        List<String> itemHeadings = labels(locale, "PhysInvInventoryItem", "PhysInvProduct", "PhysInvLocation", "PhysInvLot", "PhysInvSerialNumber",
                "PhysInvQuantity", "PhysInvUnitCost", "PhysInvValue");
        try {
            for (String type : snapshotTypes) {
                zip.putNextEntry(new ZipEntry(SnapshotServices.BEFORE.equals(type) ? "stock-before.csv" : "stock-after.csv"));
                try (ItemsCsv csv = new ItemsCsv(itemHeadings, text)) {
                    items(delegator, piInventoryId, type, item -> write(() -> csv.item(item)));
                }
                text.flush();
                zip.closeEntry();
            }
            if (snapshotTypes.contains(SnapshotServices.AFTER)) {
                zip.putNextEntry(new ZipEntry("stock-changes.csv"));
                changes(delegator, piInventoryId, new ChangesCsv(labels(locale, "PhysInvProduct", "PhysInvLocation", "PhysInvLot",
                        "PhysInvQuantityBefore", "PhysInvQuantityAfter", "PhysInvQuantityChange", "PhysInvValueBefore", "PhysInvValueAfter",
                        "PhysInvValueChange"), text));
                text.flush();
                zip.closeEntry();
            }
            zip.finish();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The items of a snapshot by product, location, lot and item, as they are read. */
    private static void items(Delegator delegator, String piInventoryId, String type, Consumer<Item> consumer) throws GenericEntityException {
        EntityQuery query = EntityQuery.use(delegator).from("PiStockSnapshotItem").where("piInventoryId", piInventoryId, "snapshotType", type)
                .orderBy(ORDER).fetchSize(FETCH_SIZE);
        each(query, row -> consumer.accept(new Item(row.getString("inventoryItemId"), row.getString("productId"), row.getString("locationSeqId"),
                row.getString("lotId"), row.getString("serialNumber"), row.getBigDecimal("quantityOnHand"), row.getBigDecimal("unitCost"),
                row.getBigDecimal("value"))));
    }

    /** The changes from the sums of both snapshots per product, location and lot, a key's two sums one after the other. */
    private static void changes(Delegator delegator, String piInventoryId, ChangesCsv csv) throws GenericEntityException, IOException {
        DynamicViewEntity sums = new DynamicViewEntity();
        sums.addMemberEntity("SSI", "PiStockSnapshotItem");
        sums.addAlias("SSI", "piInventoryId");
        for (String key : List.of("productId", "locationSeqId", "lotId", "snapshotType")) {
            sums.addAlias("SSI", key, null, null, null, Boolean.TRUE, null);
        }
        sums.addAlias("SSI", "quantity", "quantityOnHand", null, null, null, "sum");
        sums.addAlias("SSI", "value", "value", null, null, null, "sum");
        EntityQuery query = EntityQuery.use(delegator).from(sums).where("piInventoryId", piInventoryId)
                .select("productId", "locationSeqId", "lotId", "snapshotType", "quantity", "value")
                .orderBy("productId", "locationSeqId", "lotId", "snapshotType").fetchSize(FETCH_SIZE);
        try (csv) {
            each(query, row -> write(() -> csv.sum(row.getString("productId"), row.getString("locationSeqId"), row.getString("lotId"),
                    SnapshotServices.AFTER.equals(row.getString("snapshotType")), row.getBigDecimal("quantity"), row.getBigDecimal("value"))));
        }
    }

    private static void each(EntityQuery query, Consumer<GenericValue> consumer) throws GenericEntityException {
        Transactions.read(() -> {
            try (EntityListIterator rows = query.queryIterator()) {
                GenericValue row;
                while ((row = rows.next()) != null) {
                    consumer.accept(row);
                }
            }
            return null;
        });
    }

    private interface Write {
        void run() throws IOException;
    }

    private static void write(Write write) {
        try {
            write.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> labels(Locale locale, String... keys) {
        return Arrays.stream(keys).map(key -> Labels.message(key, locale)).toList();
    }
}
