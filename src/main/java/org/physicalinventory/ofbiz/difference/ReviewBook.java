package org.physicalinventory.ofbiz.difference;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

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
import org.apache.ofbiz.service.GenericServiceException;
import org.apache.ofbiz.service.LocalDispatcher;
import org.apache.ofbiz.service.ServiceUtil;
import org.physicalinventory.count.LineKey;
import org.physicalinventory.difference.BookItem;
import org.physicalinventory.difference.CountedLine;
import org.physicalinventory.difference.MovedChoice;
import org.physicalinventory.difference.Resolution;
import org.physicalinventory.difference.SlicedReview;
import org.physicalinventory.difference.SlicedReview.ProductSerial;
import org.physicalinventory.difference.StockDifferenceParameters;
import org.physicalinventory.inventory.ListStatus;

/**
 * The book stock a review compares with, read for a slice of keys at a time ({@link SlicedReview.Book}): the facility's
 * items of the slice's products, the inventory's lines of its serial numbers, and found stock's cost by the method of the
 * parameters. A read that fails is thrown on as a {@link ReadFailure}.
 */
final class ReviewBook implements SlicedReview.Book {

    /** What the review reads of an inventory item, in the order of {@link #itemQuery}'s columns. */
    private static final List<String> ITEM_COLUMNS = List.of("inventoryItemId", "productId", "locationSeqId", "lotId", "serialNumber",
            "inventoryItemTypeId", "quantityOnHandTotal", "availableToPromiseTotal", "unitCost", "datetimeReceived");

    /** What the review reads of a line, posted or not. */
    private static final Set<String> LINE_FIELDS = Set.of("piListId", "lineSeqId", "productId", "locationSeqId", "lotId", "serialNumber",
            "countedQuantity", "bookQuantity", "countedDate", "recount", "resolution", "movedChoice", "postedQuantity", "postedValue");

    private final Delegator delegator;
    private final LocalDispatcher dispatcher;
    private final GenericValue inventory;
    private final GenericValue facility;
    private final StockDifferenceParameters parameters;

    /**
     * Up to this many lists, the lines of a slice's locations are looked for among the lines of the inventory's lists by their ids:
     * both databases then read them along the lines' index by list and location, where embedded Derby answers the join with the
     * lists by reading every line of the inventory. Beyond it (too many parameters for one statement), by the join.
     */
    static final int MOST_LISTS = 1_000;

    /** The ids of the inventory's lists, read once ({@link #listIds}). */
    private List<String> listIds;

    ReviewBook(Delegator delegator, LocalDispatcher dispatcher, GenericValue inventory, GenericValue facility,
            StockDifferenceParameters parameters) {
        this.delegator = delegator;
        this.dispatcher = dispatcher;
        this.inventory = inventory;
        this.facility = facility;
        this.parameters = parameters;
    }

    /** A read of the book that failed, thrown through the core's slices; its cause is the entity engine's. */
    static final class ReadFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ReadFailure(Exception cause) {
            super(cause);
        }
    }

    /** Reads through the book, the entity engine's or the service engine's failure thrown as it came. */
    static <T> T read(Supplier<T> read) throws GenericEntityException, GenericServiceException {
        try {
            return read.get();
        } catch (ReadFailure failure) {
            if (failure.getCause() instanceof GenericServiceException e) {
                throw e;
            }
            throw (GenericEntityException) failure.getCause();
        }
    }

    /** The lines of the inventory's lists that were not cancelled, every line of a key one after the other, as the review shows them. */
    static EntityQuery lineQuery(Delegator delegator, GenericValue inventory) {
        return lineQuery(delegator, inventory, List.of());
    }

    /** The same lines, of these further conditions only. */
    static EntityQuery lineQuery(Delegator delegator, GenericValue inventory, List<EntityCondition> more) {
        List<EntityCondition> conditions = new ArrayList<>(List.of(EntityCondition.makeCondition("piInventoryId", inventory.get("piInventoryId")),
                EntityCondition.makeCondition("listStatusId", EntityOperator.NOT_EQUAL, ListStatus.CANCELLED.statusId())));
        conditions.addAll(more);
        return EntityQuery.use(delegator).from("PiCountLineAndList").where(conditions)
                .select(LINE_FIELDS).orderBy("locationSeqId", "productId", "lotId", "serialNumber", "piListId", "lineSeqId");
    }

    /**
     * The ids of the inventory's lists (cancelled or not), read once for this book; empty when more than {@link #MOST_LISTS}.
     * Read in the caller's transaction, as the lines that follow.
     */
    List<String> listIds() throws GenericEntityException {
        if (listIds == null) {
            List<String> ids = EntityQuery.use(delegator).select("piListId").from("PiInventoryList").where("piInventoryId",
                    inventory.get("piInventoryId")).queryList().stream().map(list -> list.getString("piListId")).toList();
            listIds = ids.size() > MOST_LISTS ? List.of() : ids;
        }
        return listIds;
    }

    /** A line as the core reviews it. */
    static CountedLine countedLine(GenericValue line) {
        Timestamp countedDate = line.getTimestamp("countedDate");
        return new CountedLine(line.getString("piListId"), line.getString("lineSeqId"), InventoryReview.key(line),
                line.getBigDecimal("countedQuantity"), line.getBigDecimal("bookQuantity"),
                countedDate == null ? null : countedDate.toInstant(), "Y".equals(line.getString("recount")),
                line.get("resolution") == null ? null : Resolution.valueOf(line.getString("resolution")),
                line.get("movedChoice") == null ? null : MovedChoice.valueOf(line.getString("movedChoice")));
    }

    /** An inventory item as the core sees it. */
    static BookItem bookItem(GenericValue item) {
        Timestamp received = item.getTimestamp("datetimeReceived");
        return new BookItem(item.getString("inventoryItemId"), InventoryReview.key(item),
                InventoryReview.SERIALIZED.equals(item.getString("inventoryItemTypeId")), item.getBigDecimal("quantityOnHandTotal"),
                item.getBigDecimal("availableToPromiseTotal"), item.getBigDecimal("unitCost"), received == null ? null : received.toInstant());
    }

    /** Whether a slice's items are read by the range of its locations ({@link #readItemsByLocation}). */
    private boolean byLocation;

    /**
     * Reads each slice's items as the facility's items of the slice's locations (along the plugin's index of the items by location
     * and facility, {@code PI_INV_LOC_FAC}) rather than as the items of the inventory's lines at those locations: for an inventory
     * of most of the facility's items, whose slices then span few items of other products. The lines' form reads every line of
     * the inventory for each slice on embedded Derby.
     */
    void readItemsByLocation() {
        byLocation = true;
    }

    /** The facility's items with a location by key, when read at once ({@link #holdFacilityItems}); else null. */
    private Map<LineKey, List<BookItem>> held;

    /**
     * Reads the facility's items with a location once, in one plain query, so that each slice finds its keys' items among them
     * instead of a query per slice: for a review of most of the facility's items (one scan rather than a join per slice, which
     * embedded Derby answers slowly). Holds them until this book is dropped (some 0.3 KB an item).
     */
    void holdFacilityItems() {
        long start = System.nanoTime();
        Map<LineKey, List<BookItem>> byKey = new HashMap<>();
        facilityItems(" IS NOT NULL", List.of()).forEach(i -> byKey.computeIfAbsent(i.key(), k -> new ArrayList<>(1)).add(i));
        held = byKey;
        itemNanos += System.nanoTime() - start;
    }

    /** Time spent reading items and serial numbers' lines, for the log. */
    long itemNanos;
    long serialNanos;

    @Override
    public List<BookItem> items(List<LineKey> keys, Set<LineKey> elsewhere, Set<ProductSerial> serials) {
        long start = System.nanoTime();
        try {
            return itemsOf(keys, elsewhere, serials);
        } finally {
            itemNanos += System.nanoTime() - start;
        }
    }

    private List<BookItem> itemsOf(List<LineKey> keys, Set<LineKey> elsewhere, Set<ProductSerial> serials) {
        Set<LineKey> wanted = new HashSet<>(keys);
        wanted.addAll(elsewhere);
        Map<String, BookItem> items = new LinkedHashMap<>();
        List<String> locations = keys.stream().map(LineKey::locationSeqId).filter(l -> l != null).toList();
        if (held != null) {
            // the facility's items read once: those of the keys asked for, at their locations
            wanted.stream().filter(k -> k.locationSeqId() != null).forEach(k -> held.getOrDefault(k, List.of()).forEach(i -> keep(i, wanted, serials, items)));
        } else if (!locations.isEmpty()) {
            String from = locations.get(0);
            String to = locations.get(locations.size() - 1);
            (byLocation ? locationItems(from, to) : rangeItems(from, to)).forEach(i -> keep(i, wanted, serials, items));
        }
        Set<LineKey> few = new HashSet<>(elsewhere);
        keys.stream().filter(k -> k.locationSeqId() == null).forEach(few::add);
        if (!few.isEmpty()) {
            itemQuery(List.of("productId"), List.of(few.stream().map(LineKey::productId).collect(Collectors.toSet())))
                    .forEach(i -> keep(i, wanted, serials, items));
        }
        if (!serials.isEmpty()) {
            for (BookItem item : itemQuery(List.of("serialNumber", "inventoryItemTypeId"),
                    List.of(serials.stream().map(ProductSerial::serialNumber).collect(Collectors.toSet()), Set.of(InventoryReview.SERIALIZED)))) {
                if (serials.contains(ProductSerial.of(item.key()))) {
                    items.putIfAbsent(item.inventoryItemId(), item);
                }
            }
        }
        return new ArrayList<>(items.values());
    }

    /** An item of a key asked for, once; a serial number's item comes with the serial numbers. */
    private static void keep(BookItem item, Set<LineKey> wanted, Set<ProductSerial> serials, Map<String, BookItem> items) {
        if (wanted.contains(item.key()) && !(item.serialized() && serials.contains(ProductSerial.of(item.key())))) {
            items.putIfAbsent(item.inventoryItemId(), item);
        }
    }

    /**
     * The facility's items at the product and location of the inventory's lines whose location lies from {@code from} to
     * {@code to} (as the database orders them, as it orders the lines).
     */
    private List<BookItem> rangeItems(String from, String to) {
        ModelEntity item = delegator.getModelEntity("InventoryItem");
        ModelEntity line = delegator.getModelEntity("PiCountLine");
        ModelEntity list = delegator.getModelEntity("PiInventoryList");
        GenericHelperInfo helper = delegator.getGroupHelperInfo(delegator.getEntityGroupName("InventoryItem"));
        Datasource datasource = EntityConfig.getDatasource(helper.getHelperBaseName());
        String location = "L." + col(line, "locationSeqId");
        String sql = "SELECT " + ITEM_COLUMNS.stream().map(f -> "I." + col(item, f)).collect(Collectors.joining(", ")) + " FROM "
                + item.getTableName(datasource) + " I, " + line.getTableName(datasource) + " L, " + list.getTableName(datasource) + " LI WHERE LI."
                + col(list, "piInventoryId") + " = ? AND L." + col(line, "piListId") + " = LI." + col(list, "piListId") + " AND " + location
                + " >= ? AND " + location + " <= ? AND I." + col(item, "facilityId") + " = ? AND I." + col(item, "productId") + " = L."
                + col(line, "productId") + " AND I." + col(item, "locationSeqId") + " = " + location;
        return read(helper, sql, List.of(inventory.getString("piInventoryId"), from, to, facility.getString("facilityId")));
    }

    /** The facility's items whose location lies from {@code from} to {@code to} (as the database orders them, as it orders the lines). */
    private List<BookItem> locationItems(String from, String to) {
        return facilityItems(" BETWEEN ? AND ?", List.of(from, to));
    }

    /** The facility's items whose location column meets this condition (its parameters following the facility's). */
    private List<BookItem> facilityItems(String locationCondition, List<String> parameters) {
        ModelEntity item = delegator.getModelEntity("InventoryItem");
        GenericHelperInfo helper = delegator.getGroupHelperInfo(delegator.getEntityGroupName("InventoryItem"));
        String sql = "SELECT " + ITEM_COLUMNS.stream().map(f -> col(item, f)).collect(Collectors.joining(", ")) + " FROM "
                + item.getTableName(EntityConfig.getDatasource(helper.getHelperBaseName())) + " WHERE " + col(item, "facilityId") + " = ? AND "
                + col(item, "locationSeqId") + locationCondition;
        List<String> all = new ArrayList<>(List.of(facility.getString("facilityId")));
        all.addAll(parameters);
        return read(helper, sql, all);
    }

    /**
     * The facility's inventory items whose fields are among the values given, field by field: one plain query of the columns
     * the core reads, as a slice is read again and again.
     */
    private List<BookItem> itemQuery(List<String> fields, List<Set<String>> values) {
        if (values.stream().anyMatch(Set::isEmpty)) {
            return List.of();
        }
        ModelEntity item = delegator.getModelEntity("InventoryItem");
        GenericHelperInfo helper = delegator.getGroupHelperInfo(delegator.getEntityGroupName("InventoryItem"));
        StringBuilder sql = new StringBuilder("SELECT ");
        sql.append(ITEM_COLUMNS.stream().map(f -> item.getField(f).getColName()).collect(Collectors.joining(", ")));
        sql.append(" FROM ").append(item.getTableName(EntityConfig.getDatasource(helper.getHelperBaseName())));
        sql.append(" WHERE ").append(item.getField("facilityId").getColName()).append(" = ?");
        for (int f = 0; f < fields.size(); f++) {
            sql.append(" AND ").append(item.getField(fields.get(f)).getColName()).append(" IN (")
                    .append(String.join(", ", Collections.nCopies(values.get(f).size(), "?"))).append(')');
        }
        List<String> parameters = new ArrayList<>();
        parameters.add(facility.getString("facilityId"));
        values.forEach(parameters::addAll);
        return read(helper, sql.toString(), parameters);
    }

    /** The items a plain query of {@link #ITEM_COLUMNS} answers. */
    private List<BookItem> read(GenericHelperInfo helper, String sql, List<String> parameters) {
        List<BookItem> items = new ArrayList<>();
        try (SQLProcessor query = new SQLProcessor(delegator, helper)) {
            query.prepareStatement(sql);
            for (String parameter : parameters) {
                query.setValue(parameter);
            }
            ResultSet rows = query.executeQuery();
            while (rows.next()) {
                Timestamp received = rows.getTimestamp(10);
                items.add(new BookItem(rows.getString(1), new LineKey(rows.getString(2), rows.getString(3), rows.getString(4),
                        rows.getString(5)), InventoryReview.SERIALIZED.equals(rows.getString(6)), rows.getBigDecimal(7), rows.getBigDecimal(8),
                        rows.getBigDecimal(9), received == null ? null : received.toInstant()));
            }
        } catch (SQLException | GenericEntityException e) {
            throw new ReadFailure(e);
        }
        return items;
    }

    /** The column of an entity's field. */
    static String col(ModelEntity entity, String field) {
        return entity.getField(field).getColName();
    }

    @Override
    public List<CountedLine> serialLines(Set<ProductSerial> serials) {
        long start = System.nanoTime();
        try {
            return serialLinesOf(serials);
        } finally {
            serialNanos += System.nanoTime() - start;
        }
    }

    /** The inventory's lines of a serial number in the review's order, when read at once ({@link #holdSerialLines}); else null. */
    private List<CountedLine> heldSerialLines;
    /** Where each serial number's lines are in {@link #heldSerialLines}. */
    private Map<ProductSerial, List<Integer>> serialLinesAt;

    /**
     * Reads the inventory's lines of a serial number once, in one query, so that each slice finds the lines of its serial numbers
     * among them instead of a query per slice: for a whole review. Embedded Derby answers a slice's query along the lines' index by
     * product, through the lines of those products in every inventory of the database, which grow with the facility's past
     * inventories; this one reads the inventory's lines once, as the review does.
     */
    void holdSerialLines() throws GenericEntityException {
        long start = System.nanoTime();
        List<CountedLine> lines = new ArrayList<>();
        Map<ProductSerial, List<Integer>> at = new HashMap<>();
        for (GenericValue line : lineQuery(delegator, inventory, List.of(EntityCondition.makeCondition("serialNumber", EntityOperator.NOT_EQUAL,
                null))).queryList()) {
            CountedLine counted = countedLine(line);
            at.computeIfAbsent(ProductSerial.of(counted.key()), k -> new ArrayList<>(1)).add(lines.size());
            lines.add(counted);
        }
        heldSerialLines = lines;
        serialLinesAt = at;
        serialNanos += System.nanoTime() - start;
    }

    private List<CountedLine> serialLinesOf(Set<ProductSerial> serials) {
        if (heldSerialLines != null) {
            return serials.stream().flatMap(s -> serialLinesAt.getOrDefault(s, List.of()).stream()).sorted().map(heldSerialLines::get).toList();
        }
        List<CountedLine> lines = new ArrayList<>();
        try {
            for (GenericValue line : lineQuery(delegator, inventory, List.of(
                    EntityCondition.makeCondition("productId", EntityOperator.IN, serials.stream().map(ProductSerial::productId).collect(Collectors.toSet())),
                    EntityCondition.makeCondition("serialNumber", EntityOperator.IN,
                            serials.stream().map(ProductSerial::serialNumber).collect(Collectors.toSet())))).queryList()) {
                CountedLine counted = countedLine(line);
                if (serials.contains(ProductSerial.of(counted.key()))) {
                    lines.add(counted);
                }
            }
        } catch (GenericEntityException e) {
            throw new ReadFailure(e);
        }
        return lines;
    }

    /** The unit cost of found stock per product, by the method of the parameters; a product without a cost by that method has none. */
    @Override
    public Map<String, BigDecimal> foundStockCosts(Set<String> productIds) {
        Map<String, BigDecimal> costs = new HashMap<>();
        try {
            for (String productId : productIds) {
                BigDecimal cost = switch (parameters.foundStockCost()) {
                case AVERAGE -> averageCost(productId);
                case LAST_RECEIPT -> lastReceiptCost(productId);
                case STANDARD -> standardCost(productId);
                };
                if (cost != null) {
                    costs.put(productId, cost);
                }
            }
        } catch (GenericEntityException | GenericServiceException e) {
            throw new ReadFailure(e);
        }
        return costs;
    }

    /** OFBiz's average cost of the product in the facility (ProductAverageCost, as getProductAverageCost reads it). */
    private BigDecimal averageCost(String productId) throws GenericEntityException {
        GenericValue average = EntityQuery.use(delegator).from("ProductAverageCost").where("productAverageCostTypeId", "SIMPLE_AVG_COST",
                "organizationPartyId", facility.get("ownerPartyId"), "productId", productId, "facilityId", facility.get("facilityId"))
                .filterByDate().orderBy("-fromDate").queryFirst();
        return average == null ? null : average.getBigDecimal("averageCost");
    }

    /** The unit cost of the product's last receipt in the facility. */
    private BigDecimal lastReceiptCost(String productId) throws GenericEntityException {
        GenericValue last = EntityQuery.use(delegator).from("InventoryItem").where(
                EntityCondition.makeCondition("facilityId", facility.get("facilityId")),
                EntityCondition.makeCondition("productId", productId),
                EntityCondition.makeCondition("unitCost", EntityOperator.NOT_EQUAL, null))
                .orderBy("-datetimeReceived", "-inventoryItemId").queryFirst();
        return last == null ? null : last.getBigDecimal("unitCost");
    }

    /** The product's standard cost: its EST_STD cost components, as getProductCost sums them; none when not above zero. */
    private BigDecimal standardCost(String productId) throws GenericEntityException, GenericServiceException {
        Map<String, Object> standard = dispatcher.runSync("getProductCost", Map.of("productId", productId,
                "currencyUomId", InventoryReview.currency(delegator, facility), "costComponentTypePrefix", "EST_STD",
                "userLogin", InventoryReview.systemUser(delegator)));
        BigDecimal cost = ServiceUtil.isSuccess(standard) ? (BigDecimal) standard.get("productCost") : null;
        return cost != null && cost.signum() > 0 ? cost : null;
    }
}
