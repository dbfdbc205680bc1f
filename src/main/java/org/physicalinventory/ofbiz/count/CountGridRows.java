package org.physicalinventory.ofbiz.count;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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

    private CountGridRows() {
    }

    /**
     * A filter of a list's lines; blank parts filter nothing.
     *
     * @param counted Y: counted lines only, N: lines not counted yet
     */
    record Filter(String piListId, String location, String product, String supplierPartyId, String counted) {
    }

    /** How many lines of the list the filter keeps. */
    static long count(Delegator delegator, Filter filter) throws GenericEntityException {
        return EntityQuery.use(delegator).from("PiCountLine").where(condition(delegator, filter)).queryCount();
    }

    /**
     * The lines the filter keeps, from {@code offset}, at most {@code limit} of them (all when limit is 0). A page is found
     * among the list's lines alone, then read with its products' names: a big list's lines are not all joined to their
     * products to show a page of them.
     */
    static List<GenericValue> lines(Delegator delegator, Filter filter, int offset, int limit) throws GenericEntityException {
        EntityQuery query = EntityQuery.use(delegator).from(withProduct()).select(FIELDS.toArray(new String[0])).orderBy(ORDER);
        if (limit > 0) {
            List<String> page = Transactions.read(() -> EntityQuery.use(delegator).from("PiCountLine").where(condition(delegator, filter))
                    .select("lineSeqId").orderBy(ORDER).offset(offset).limit(limit).queryList().stream().map(l -> l.getString("lineSeqId")).toList());
            if (page.isEmpty()) {
                return List.of();
            }
            query.where(EntityCondition.makeCondition("piListId", filter.piListId()), EntityCondition.makeCondition("lineSeqId", EntityOperator.IN, page));
        } else {
            query.where(condition(delegator, filter));
        }
        return Transactions.read(() -> {
            try (EntityListIterator lines = query.queryIterator()) {
                List<GenericValue> read = new ArrayList<>();
                GenericValue line;
                while ((line = lines.next()) != null) {
                    read.add(line);
                }
                return read;
            }
        });
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
