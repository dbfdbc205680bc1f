package org.physicalinventory.ofbiz.count;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.apache.ofbiz.entity.Delegator;
import org.apache.ofbiz.entity.GenericEntityException;
import org.apache.ofbiz.entity.GenericValue;
import org.apache.ofbiz.entity.condition.EntityCondition;
import org.apache.ofbiz.entity.condition.EntityConditionSubSelect;
import org.apache.ofbiz.entity.condition.EntityFunction;
import org.apache.ofbiz.entity.condition.EntityOperator;
import org.apache.ofbiz.entity.model.DynamicViewEntity;
import org.apache.ofbiz.entity.model.ModelKeyMap;
import org.apache.ofbiz.entity.util.EntityListIterator;
import org.apache.ofbiz.entity.util.EntityQuery;
import org.physicalinventory.ofbiz.Databases;
import org.physicalinventory.count.CountSheet;
import org.physicalinventory.ofbiz.Transactions;

/**
 * The count lines of a list as the count grid and the count sheets show them: filtered by location and product (each
 * "contains", whatever the case), by supplier and by whether they are counted; sorted by location, product, lot and
 * serial number; with their product's name. The grid reads a page of them, the sheets all of them, by the same filter.
 */
final class CountGridRows {

    /** The fields of a line the grid and the sheets show. */
    private static final List<String> FIELDS = List.of("lineSeqId", "locationSeqId", "productId", "lotId", "serialNumber", "bookQuantity",
            "countedQuantity", "countedByUserLogin", "countedDate", "unlisted", "productName", "internalName");
    private static final List<String> ORDER = List.of("locationSeqId", "productId", "lotId", "serialNumber", "lineSeqId");
    /** Rows the database hands over at a time while a whole list is read. */
    private static final int FETCH_SIZE = 1000;

    private CountGridRows() {
    }

    /**
     * A filter of a list's lines; blank parts filter nothing.
     *
     * @param counted Y: counted lines only, N: lines not counted yet
     */
    record Filter(String piListId, String location, String product, String supplierPartyId, String counted) {
    }

    /**
     * How many lines of the list the filter keeps: the list's kept counters (PiListProgress) when it filters by nothing but whether
     * counted, else counted by the database.
     */
    static long count(Delegator delegator, Filter filter) throws GenericEntityException {
        if (!isGiven(filter.location()) && !isGiven(filter.product()) && !isGiven(filter.supplierPartyId())) {
            Map<String, Object> progress = ListProgress.of(delegator, filter.piListId());
            long lines = (Long) progress.get("lines");
            long counted = (Long) progress.get("countedLines");
            return "Y".equals(filter.counted()) ? counted : "N".equals(filter.counted()) ? lines - counted : lines;
        }
        return EntityQuery.use(delegator).from("PiCountLine").where(condition(delegator, filter)).queryCount();
    }

    /**
     * The lines the filter keeps, from {@code offset}, at most {@code limit} of them (all when limit is 0). A page's line ids are
     * found among the list's lines alone (along the index in the grid's order, PI_CNT_SHEET, without reading a line), then its
     * lines are read with their products' names by their ids, on Derby by the page's range of locations (see {@link #embedded}):
     * a big list's lines are neither all joined to their products nor sorted to show a page of them.
     */
    static List<GenericValue> lines(Delegator delegator, Filter filter, int offset, int limit) throws GenericEntityException {
        EntityCondition condition = condition(delegator, filter);
        List<GenericValue> read = new ArrayList<>();
        if (limit > 0) {
            List<GenericValue> page = Transactions.read(() -> keys(delegator, condition).offset(offset).limit(limit).queryList());
            Set<String> ids = page.stream().map(key -> key.getString("lineSeqId")).collect(Collectors.toSet());
            if (page.isEmpty()) {
                return read;
            } else if (embedded(delegator)) {
                inRange(delegator, condition, page, line -> {
                    if (ids.contains(line.getString("lineSeqId"))) {
                        read.add(line);
                    }
                });
            } else {
                each(delegator, EntityCondition.makeCondition(EntityCondition.makeCondition("piListId", filter.piListId()),
                        EntityCondition.makeCondition("lineSeqId", EntityOperator.IN, ids)), read::add);
            }
            return read;
        }
        each(delegator, filter, read::add);
        return read;
    }

    /**
     * Each line the filter keeps, in order, handed over as it is read: the count sheets, whose memory does not grow with the list.
     * On Derby the lines' keys are read in order along the index (no sort of the whole list before the first line), and the lines
     * with their products' names a run of whole locations of about {@link #FETCH_SIZE} lines at a time (see {@link #embedded}).
     */
    static void each(Delegator delegator, Filter filter, Consumer<GenericValue> consumer) throws GenericEntityException {
        EntityCondition condition = condition(delegator, filter);
        if (!embedded(delegator)) {
            each(delegator, condition, consumer);
            return;
        }
        EntityQuery keys = keys(delegator, condition).fetchSize(FETCH_SIZE);
        Transactions.read(() -> {
            try (EntityListIterator rows = keys.queryIterator()) {
                List<GenericValue> run = new ArrayList<>();
                GenericValue key;
                while ((key = rows.next()) != null) {
                    if (run.size() >= FETCH_SIZE && !Objects.equals(key.get("locationSeqId"), run.get(run.size() - 1).get("locationSeqId"))) {
                        inRange(delegator, condition, run, consumer);
                        run.clear();
                    }
                    run.add(key);
                }
                if (!run.isEmpty()) {
                    inRange(delegator, condition, run, consumer);
                }
                return null;
            }
        });
    }

    /**
     * Whether the lines are in embedded Derby, which sorts every row of an ORDER BY before it hands the first over unless an index
     * gives the order, and probes an IN list only on an index's first column: there a page's lines and a sheet's are read by ranges
     * of locations along PI_CNT_SHEET. A database server (PostgreSQL) starts a sorted join at once and finds a page's lines by
     * their keys, but would hash the products again for each range: there one query reads them.
     */
    private static boolean embedded(Delegator delegator) {
        return Databases.isDerby(delegator, "PiCountLine");
    }

    /** The ids and locations of the lines a condition keeps, in order: read from the index alone (PI_CNT_SHEET). */
    private static EntityQuery keys(Delegator delegator, EntityCondition condition) {
        return EntityQuery.use(delegator).from("PiCountLine").where(condition).select("lineSeqId", "locationSeqId").orderBy(ORDER);
    }

    /**
     * The lines a condition keeps from the first location of {@code keys} through the last (and those without a location when
     * one of them has none), in order, with their products' names.
     */
    private static void inRange(Delegator delegator, EntityCondition condition, List<GenericValue> keys, Consumer<GenericValue> consumer)
            throws GenericEntityException {
        List<String> located = keys.stream().map(key -> key.getString("locationSeqId")).filter(Objects::nonNull).toList();
        List<EntityCondition> ranges = new ArrayList<>();
        if (!located.isEmpty()) {
            ranges.add(EntityCondition.makeCondition(EntityCondition.makeCondition("locationSeqId", EntityOperator.GREATER_THAN_EQUAL_TO, located.get(0)),
                    EntityCondition.makeCondition("locationSeqId", EntityOperator.LESS_THAN_EQUAL_TO, located.get(located.size() - 1))));
        }
        if (located.size() < keys.size()) {
            ranges.add(EntityCondition.makeCondition("locationSeqId", null));
        }
        each(delegator, EntityCondition.makeCondition(condition, EntityCondition.makeCondition(ranges, EntityOperator.OR)), consumer);
    }

    /** The lines of a list from one location through another, in order (both null: its lines without a location). */
    static List<GenericValue> range(Delegator delegator, String piListId, String fromLocation, String thruLocation) throws GenericEntityException {
        EntityCondition locations = fromLocation == null ? EntityCondition.makeCondition("locationSeqId", null)
                : EntityCondition.makeCondition(EntityCondition.makeCondition("locationSeqId", EntityOperator.GREATER_THAN_EQUAL_TO, fromLocation),
                        EntityCondition.makeCondition("locationSeqId", EntityOperator.LESS_THAN_EQUAL_TO, thruLocation));
        List<GenericValue> read = new ArrayList<>();
        each(delegator, EntityCondition.makeCondition(EntityCondition.makeCondition("piListId", piListId), locations), read::add);
        return read;
    }

    /** How many lines each list of an inventory has in each location, by list then location: what its count sheets are cut by. */
    static List<GenericValue> linesByLocation(Delegator delegator, String piInventoryId, String piListId) throws GenericEntityException {
        DynamicViewEntity view = new DynamicViewEntity();
        view.addMemberEntity("PCL", "PiCountLine");
        view.addMemberEntity("PIL", "PiInventoryList");
        view.addAlias("PCL", "piListId", null, null, null, Boolean.TRUE, null);
        view.addAlias("PCL", "locationSeqId", null, null, null, Boolean.TRUE, null);
        view.addAlias("PCL", "lines", "lineSeqId", null, null, null, "count");
        view.addAlias("PIL", "piInventoryId");
        view.addViewLink("PCL", "PIL", Boolean.FALSE, ModelKeyMap.makeKeyMapList("piListId"));
        EntityCondition condition = piListId == null ? EntityCondition.makeCondition("piInventoryId", piInventoryId)
                : EntityCondition.makeCondition(EntityCondition.makeCondition("piInventoryId", piInventoryId),
                        EntityCondition.makeCondition("piListId", piListId));
        return Transactions.read(() -> EntityQuery.use(delegator).from(view).where(condition).select("piListId", "locationSeqId", "lines")
                .orderBy("piListId", "locationSeqId").queryList());
    }

    /** The lines of a condition with their products' names, in order, handed over as they are read. */
    private static void each(Delegator delegator, EntityCondition condition, Consumer<GenericValue> consumer) throws GenericEntityException {
        EntityQuery query = EntityQuery.use(delegator).from(withProduct()).where(condition).select(FIELDS.toArray(new String[0])).orderBy(ORDER)
                .fetchSize(FETCH_SIZE);
        Transactions.read(() -> {
            try (EntityListIterator lines = query.queryIterator()) {
                GenericValue line;
                while ((line = lines.next()) != null) {
                    consumer.accept(line);
                }
                return null;
            }
        });
    }

    /** A line read by this class as the count sheet writes it. */
    static CountSheet.Line sheetLine(GenericValue line) {
        return new CountSheet.Line(line.getString("locationSeqId"), line.getString("productId"), productName(line), line.getString("lotId"),
                line.getString("serialNumber"), line.getBigDecimal("bookQuantity"), line.getBigDecimal("countedQuantity"));
    }

    /** The product's name of a line read by this class, or its internal name when it has none. */
    static String productName(GenericValue line) {
        return line.get("productName") != null ? line.getString("productName") : line.getString("internalName");
    }

    private static EntityCondition condition(Delegator delegator, Filter filter) {
        List<EntityCondition> conditions = new ArrayList<>();
        conditions.add(EntityCondition.makeCondition("piListId", filter.piListId()));
        contains(conditions, "locationSeqId", filter.location());
        contains(conditions, "productId", filter.product());
        if (isGiven(filter.supplierPartyId())) {
            conditions.add(EntityCondition.makeCondition("productId", EntityOperator.IN, new EntityConditionSubSelect("SupplierProduct", "productId",
                    EntityCondition.makeCondition("partyId", filter.supplierPartyId().strip()), true, delegator)));
        }
        if ("Y".equals(filter.counted()) || "N".equals(filter.counted())) {
            conditions.add("Y".equals(filter.counted()) ? EntityCondition.makeCondition("countedQuantity", EntityOperator.NOT_EQUAL, null)
                    : EntityCondition.makeCondition("countedQuantity", EntityOperator.EQUALS, null));
        }
        return EntityCondition.makeCondition(conditions);
    }

    private static void contains(List<EntityCondition> conditions, String field, String text) {
        if (isGiven(text)) {
            String pattern = "%" + text.strip().toUpperCase(Locale.ROOT) + "%";
            conditions.add(EntityCondition.makeCondition(EntityFunction.upperField(field), EntityOperator.LIKE, pattern));
        }
    }

    private static boolean isGiven(String value) {
        return value != null && !value.isBlank();
    }

    /** A count line with its product's names. */
    private static DynamicViewEntity withProduct() {
        DynamicViewEntity view = new DynamicViewEntity();
        view.addMemberEntity("PCL", "PiCountLine");
        view.addMemberEntity("PRD", "Product");
        view.addAliasAll("PCL", null, null);
        view.addAlias("PRD", "productName");
        view.addAlias("PRD", "internalName");
        view.addViewLink("PCL", "PRD", Boolean.FALSE, ModelKeyMap.makeKeyMapList("productId"));
        return view;
    }
}
