package org.physicalinventory.ofbiz;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.ofbiz.entity.Delegator;
import org.apache.ofbiz.entity.GenericEntityException;
import org.apache.ofbiz.entity.GenericValue;
import org.apache.ofbiz.entity.condition.EntityCondition;
import org.apache.ofbiz.entity.condition.EntityConditionParam;
import org.apache.ofbiz.entity.config.model.Datasource;
import org.apache.ofbiz.entity.config.model.EntityConfig;
import org.apache.ofbiz.entity.datasource.GenericHelperInfo;
import org.apache.ofbiz.entity.jdbc.SQLProcessor;
import org.apache.ofbiz.entity.jdbc.SqlJdbcUtil;
import org.apache.ofbiz.entity.model.ModelEntity;
import org.apache.ofbiz.entity.model.ModelField;
import org.apache.ofbiz.entity.model.ModelFieldTypeReader;

/**
 * A row read and locked for the rest of the caller's transaction in one statement, where the entity engine needs two
 * (an UPDATE that locks, then the read): a device's read of a line pays for one statement fewer, and the row is not
 * written until it changes.
 */
public final class RowLocks {

    private RowLocks() {
    }

    /**
     * The first row of the entity matching the condition, locked until the transaction ends, or null. {@code unindexedField}
     * names a field no index holds: on Derby the statement says it may update that one, so that Derby still finds the row
     * by its indexes (it will not use an index whose columns a cursor may update).
     */
    public static GenericValue first(Delegator delegator, String entityName, EntityCondition condition, String unindexedField)
            throws GenericEntityException {
        ModelEntity entity = delegator.getModelEntity(entityName);
        GenericHelperInfo helper = delegator.getGroupHelperInfo(delegator.getEntityGroupName(entityName));
        Datasource datasource = EntityConfig.getDatasource(helper.getHelperBaseName());
        ModelFieldTypeReader types = ModelFieldTypeReader.getModelFieldTypeReader(helper.getHelperBaseName());
        List<EntityConditionParam> params = new ArrayList<>();
        List<ModelField> fields = entity.getFieldsUnmodifiable();
        String sql = "SELECT " + fields.stream().map(ModelField::getColName).collect(Collectors.joining(", "))
                + " FROM " + entity.getTableName(datasource) + " WHERE " + condition.makeWhereString(entity, params, datasource)
                + " FOR UPDATE" + (Databases.isDerby(datasource)
                        // Derby's lock goes when the cursor moves on, at read committed: kept to the end (read stability)
                        ? " OF " + entity.getField(unindexedField).getColName() + " WITH RS" : "");
        try (SQLProcessor query = new SQLProcessor(delegator, helper)) {
            query.prepareStatement(sql);
            for (EntityConditionParam param : params) {
                SqlJdbcUtil.setValue(query, param.getModelField(), entityName, param.getFieldValue(), types);
            }
            ResultSet rows = query.executeQuery();
            if (!rows.next()) {
                return null;
            }
            GenericValue row = delegator.makeValue(entityName);
            for (int i = 0; i < fields.size(); i++) {
                SqlJdbcUtil.getValue(rows, i + 1, fields.get(i), row, types);
            }
            row.synchronizedWithDatasource();
            return row;
        } catch (SQLException e) {
            throw new GenericEntityException("Could not lock a row of " + entityName, e);
        }
    }
}
