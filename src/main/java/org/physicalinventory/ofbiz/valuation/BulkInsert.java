package org.physicalinventory.ofbiz.valuation;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

import org.apache.ofbiz.base.util.UtilGenerics;
import org.apache.ofbiz.entity.Delegator;
import org.apache.ofbiz.entity.GenericEntityException;
import org.apache.ofbiz.entity.GenericValue;
import org.apache.ofbiz.entity.config.model.EntityConfig;
import org.apache.ofbiz.entity.datasource.GenericHelperInfo;
import org.apache.ofbiz.entity.jdbc.JdbcValueHandler;
import org.apache.ofbiz.entity.jdbc.SQLProcessor;
import org.apache.ofbiz.entity.model.ModelEntity;
import org.apache.ofbiz.entity.model.ModelField;
import org.apache.ofbiz.entity.model.ModelFieldTypeReader;
import org.apache.ofbiz.entity.transaction.TransactionUtil;

/**
 * Creates many rows of one of our entities through one prepared statement, in JDBC batches: the table, columns
 * and value binding of OFBiz's entity model (its JdbcValueHandlers), the stamps the entity engine sets. For our
 * own history tables only, which have no ECAs, no stamps and are not cached; inside the caller's transaction.
 */
final class BulkInsert implements AutoCloseable {

    private static final int BATCH = 1000;

    private final SQLProcessor processor;
    private final List<ModelField> fields;
    private final JdbcValueHandler<?>[] handlers;
    private int pending;

    BulkInsert(Delegator delegator, String entityName) throws GenericEntityException {
        if (!TransactionUtil.isTransactionInPlace()) {
            throw new GenericEntityException("BulkInsert needs a transaction");
        }
        ModelEntity entity = delegator.getModelEntity(entityName);
        GenericHelperInfo helper = delegator.getGroupHelperInfo(delegator.getEntityGroupName(entityName));
        ModelFieldTypeReader types = ModelFieldTypeReader.getModelFieldTypeReader(helper.getHelperBaseName());
        fields = entity.getFieldsUnmodifiable();
        handlers = new JdbcValueHandler<?>[fields.size()];
        StringBuilder columns = new StringBuilder();
        StringBuilder marks = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            handlers[i] = types.getModelFieldType(fields.get(i).getType()).getJdbcValueHandler();
            columns.append(i == 0 ? "" : ", ").append(fields.get(i).getColName());
            marks.append(i == 0 ? "?" : ", ?");
        }
        if (entity.isField(ModelEntity.STAMP_FIELD)) {
            throw new GenericEntityException(entityName + " keeps stamps: create its rows through the entity engine");
        }
        processor = new SQLProcessor(delegator, helper);
        processor.prepareStatement("INSERT INTO " + entity.getTableName(EntityConfig.getDatasource(helper.getHelperBaseName())) + " ("
                + columns + ") VALUES (" + marks + ")");
    }

    void add(GenericValue value) throws GenericEntityException {
        PreparedStatement statement = processor.getPreparedStatement();
        try {
            for (int i = 0; i < handlers.length; i++) {
                JdbcValueHandler<Object> handler = UtilGenerics.cast(handlers[i]);
                handler.setValue(statement, i + 1, value.get(fields.get(i).getName()));
            }
            statement.addBatch();
            if (++pending == BATCH) {
                flush();
            }
        } catch (SQLException e) {
            throw new GenericEntityException("Could not insert " + value.getPrimaryKey() + ": " + e.getMessage(), e);
        }
    }

    private void flush() throws SQLException {
        if (pending > 0) {
            processor.getPreparedStatement().executeBatch();
            pending = 0;
        }
    }

    @Override
    public void close() throws GenericEntityException {
        try {
            flush();
        } catch (SQLException e) {
            throw new GenericEntityException("Could not insert rows: " + e.getMessage(), e);
        } finally {
            processor.close();
        }
    }
}
