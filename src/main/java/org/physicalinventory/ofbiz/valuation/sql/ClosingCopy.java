package org.physicalinventory.ofbiz.valuation.sql;

import static org.physicalinventory.ofbiz.valuation.sql.StockHistory.col;
import static org.physicalinventory.ofbiz.valuation.sql.StockHistory.marks;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.ofbiz.entity.Delegator;
import org.apache.ofbiz.entity.GenericEntityException;
import org.apache.ofbiz.entity.config.model.EntityConfig;
import org.apache.ofbiz.entity.datasource.GenericHelperInfo;
import org.apache.ofbiz.entity.jdbc.SQLProcessor;
import org.apache.ofbiz.entity.model.ModelEntity;
import org.apache.ofbiz.entity.model.ModelField;
import org.physicalinventory.ofbiz.valuation.sql.LineWriter.Written;
import org.physicalinventory.valuation.CarryForward;

/**
 * The lines, lots and stock carried forward of one closing copied into another inside the database (INSERT ... SELECT), but for the
 * products given: what a LIFO closing carried forward keeps of the closing before for the products nothing happened in since. The
 * items of each stock carried (PiStockClosingCarryItem) and its text are not copied: the copy names the closing that holds them
 * (ClosingRows.carriedTexts reads the text there). The rows are
 * written in the caller's transaction, before the closing's own lines.
 */
final class ClosingCopy {

    private static final List<String> ENTITIES = List.of("PiStockClosingLine", "PiStockClosingLot", "PiStockClosingCarry");

    private ClosingCopy() {
    }

    /** Copies the rows of closing {@code fromId} into {@code toId} but those of the {@code dropped} products; answers the lines copied. */
    static Written copy(Delegator delegator, String fromId, String toId, Collection<CarryForward.Stock> dropped) throws GenericEntityException {
        GenericHelperInfo helper = delegator.getGroupHelperInfo(delegator.getEntityGroupName(ENTITIES.get(0)));
        Map<String, List<String>> droppedByFacility = new TreeMap<>();
        dropped.forEach(stock -> droppedByFacility.computeIfAbsent(stock.facilityId(), k -> new ArrayList<>()).add(stock.productId()));
        try {
            for (String entityName : ENTITIES) {
                ModelEntity entity = delegator.getModelEntity(entityName);
                copyRows(delegator, helper, entity, fromId, toId);
                for (Map.Entry<String, List<String>> facility : droppedByFacility.entrySet()) {
                    dropRows(delegator, helper, entity, toId, facility.getKey(), facility.getValue());
                }
            }
            return copied(delegator, helper, toId);
        } catch (SQLException e) {
            throw new GenericEntityException("Could not copy the lines of closing " + fromId + " into closing " + toId, e);
        }
    }

    /** Every row of the entity of closing {@code fromId} written again for closing {@code toId}, in one statement. */
    private static void copyRows(Delegator delegator, GenericHelperInfo helper, ModelEntity entity, String fromId, String toId)
            throws GenericEntityException, SQLException {
        List<String> columns = new ArrayList<>();
        List<String> values = new ArrayList<>();
        List<String> parameters = new ArrayList<>();
        for (ModelField field : entity.getFieldsUnmodifiable()) {
            columns.add(field.getColName());
            if ("closingId".equals(field.getName())) {
                values.add("?");
                parameters.add(toId);
            } else if ("carriedStock".equals(field.getName())) {
                // the text stays where it is, with the items (embedded Derby copied 10 MB of texts in 4.6-6.5 s where it wrote them in 1 s)
                columns.remove(columns.size() - 1);
            } else if ("itemsClosingId".equals(field.getName())) {
                // the items and text of a stock stay where they are: those of the closing before, or of the one it named
                values.add("COALESCE(" + field.getColName() + ", ?)");
                parameters.add(fromId);
            } else {
                values.add(field.getColName());
            }
        }
        parameters.add(fromId);
        String table = table(entity, helper);
        execute(delegator, helper, "INSERT INTO " + table + " (" + String.join(", ", columns) + ") SELECT " + String.join(", ", values)
                + " FROM " + table + " WHERE " + col(entity, "closingId") + " = ?", parameters);
    }

    /** The rows of the entity of closing {@code closingId} of the products in a facility removed, a few hundred products at a time. */
    private static void dropRows(Delegator delegator, GenericHelperInfo helper, ModelEntity entity, String closingId, String facilityId,
            List<String> productIds) throws GenericEntityException, SQLException {
        for (int from = 0; from < productIds.size(); from += StockHistory.IN_LIMIT) {
            List<String> batch = productIds.subList(from, Math.min(productIds.size(), from + StockHistory.IN_LIMIT));
            List<String> parameters = new ArrayList<>(List.of(closingId, facilityId));
            parameters.addAll(batch);
            execute(delegator, helper, "DELETE FROM " + table(entity, helper) + " WHERE " + col(entity, "closingId") + " = ? AND "
                    + col(entity, "facilityId") + " = ? AND " + col(entity, "productId") + " IN (" + marks(batch.size()) + ")", parameters);
        }
    }

    private static String table(ModelEntity entity, GenericHelperInfo helper) {
        return entity.getTableName(EntityConfig.getDatasource(helper.getHelperBaseName()));
    }

    private static void execute(Delegator delegator, GenericHelperInfo helper, String sql, List<String> parameters)
            throws GenericEntityException, SQLException {
        try (SQLProcessor query = new SQLProcessor(delegator, helper)) {
            query.prepareStatement(sql);
            for (String parameter : parameters) {
                query.setValue(parameter);
            }
            query.executeUpdate();
        }
    }

    /** The lines of the closing so far, their quantity and value. */
    private static Written copied(Delegator delegator, GenericHelperInfo helper, String closingId) throws GenericEntityException, SQLException {
        ModelEntity line = delegator.getModelEntity(ENTITIES.get(0));
        try (SQLProcessor query = new SQLProcessor(delegator, helper)) {
            query.prepareStatement("SELECT COUNT(*), SUM(" + col(line, "quantity") + "), SUM(" + col(line, "value") + ") FROM "
                    + table(line, helper) + " WHERE " + col(line, "closingId") + " = ?");
            query.setValue(closingId);
            ResultSet rows = query.executeQuery();
            rows.next();
            BigDecimal quantity = rows.getBigDecimal(2);
            BigDecimal value = rows.getBigDecimal(3);
            return new Written(rows.getLong(1), quantity == null ? BigDecimal.ZERO : quantity, value == null ? BigDecimal.ZERO : value);
        }
    }
}
