package org.physicalinventory.ofbiz.valuation;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
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
 * Creates many rows of one of our entities in few statements: INSERT ... VALUES (...), (...), ... of up to {@value #ROWS}
 * rows each (standard SQL, one round trip for many rows), with the table, columns and value binding of OFBiz's entity model
 * (its JdbcValueHandlers). For our own history tables only, which have no ECAs, no stamps and are not cached; inside the
 * caller's transaction.
 */
final class BulkInsert implements AutoCloseable {

    static final int ROWS = 200;

    private final SQLProcessor processor;
    private final List<ModelField> fields;
    private final JdbcValueHandler<?>[] handlers;
    private final String insert;
    private final String row;
    private final List<GenericValue> pending = new ArrayList<>();
    private PreparedStatement full;

    BulkInsert(Delegator delegator, String entityName) throws GenericEntityException {
        if (!TransactionUtil.isTransactionInPlace()) {
            throw new GenericEntityException("BulkInsert needs a transaction");
        }
        ModelEntity entity = delegator.getModelEntity(entityName);
        if (entity.isField(ModelEntity.STAMP_FIELD)) {
            throw new GenericEntityException(entityName + " keeps stamps: create its rows through the entity engine");
        }
        GenericHelperInfo helper = delegator.getGroupHelperInfo(delegator.getEntityGroupName(entityName));
        ModelFieldTypeReader types = ModelFieldTypeReader.getModelFieldTypeReader(helper.getHelperBaseName());
        fields = entity.getFieldsUnmodifiable();
        handlers = new JdbcValueHandler<?>[fields.size()];
        List<String> columns = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            handlers[i] = types.getModelFieldType(fields.get(i).getType()).getJdbcValueHandler();
            columns.add(fields.get(i).getColName());
        }
        insert = "INSERT INTO " + entity.getTableName(EntityConfig.getDatasource(helper.getHelperBaseName())) + " (" + String.join(", ", columns)
                + ") VALUES ";
        row = "(" + String.join(", ", Collections.nCopies(fields.size(), "?")) + ")";
        processor = new SQLProcessor(delegator, helper);
    }

    void add(GenericValue value) throws GenericEntityException {
        pending.add(value);
        if (pending.size() == ROWS) {
            flush();
        }
    }

    private void flush() throws GenericEntityException {
        if (pending.isEmpty()) {
            return;
        }
        try {
            PreparedStatement statement;
            if (pending.size() == ROWS) {
                if (full == null) {
                    full = processor.getConnection().prepareStatement(insert + String.join(", ", Collections.nCopies(ROWS, row)));
                }
                statement = full;
            } else {
                statement = processor.getConnection().prepareStatement(insert + String.join(", ", Collections.nCopies(pending.size(), row)));
            }
            int index = 1;
            for (GenericValue value : pending) {
                for (int i = 0; i < handlers.length; i++) {
                    JdbcValueHandler<Object> handler = UtilGenerics.cast(handlers[i]);
                    handler.setValue(statement, index++, value.get(fields.get(i).getName()));
                }
            }
            statement.executeUpdate();
            if (statement != full) {
                statement.close();
            }
            pending.clear();
        } catch (SQLException e) {
            throw new GenericEntityException("Could not insert " + pending.get(0).getEntityName() + " rows: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws GenericEntityException {
        try {
            flush();
            if (full != null) {
                full.close();
            }
        } catch (SQLException e) {
            throw new GenericEntityException(e.getMessage(), e);
        } finally {
            processor.close();
        }
    }
}
