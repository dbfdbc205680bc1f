package org.physicalinventory.ofbiz.valuation.sql;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.ofbiz.base.util.UtilGenerics;
import org.apache.ofbiz.entity.Delegator;
import org.apache.ofbiz.entity.GenericEntityException;
import org.apache.ofbiz.entity.config.model.EntityConfig;
import org.apache.ofbiz.entity.datasource.GenericHelperInfo;
import org.apache.ofbiz.entity.jdbc.JdbcValueHandler;
import org.apache.ofbiz.entity.jdbc.SQLProcessor;
import org.apache.ofbiz.entity.model.ModelEntity;
import org.apache.ofbiz.entity.model.ModelField;
import org.apache.ofbiz.entity.model.ModelFieldType;
import org.apache.ofbiz.entity.model.ModelFieldTypeReader;
import org.apache.ofbiz.entity.transaction.TransactionUtil;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Creates many rows of one of our entities in few statements: INSERT ... VALUES (...), (...), ... of up to {@value #ROWS}
 * rows each (standard SQL, one round trip for many rows), with the table, columns and value binding of OFBiz's entity model
 * (its JdbcValueHandlers). On PostgreSQL, one COPY ... FROM STDIN instead, its own fastest way in, its rows sent while they
 * are added (20,000 closing lines in half the time): the connection serves nothing else until {@link #close}. For our own
 * history tables only, which have no ECAs, no stamps and are not cached; inside the caller's transaction. Rows are given as
 * maps of field names to values, a GenericValue or a plain map.
 */
public final class BulkInsert implements AutoCloseable {

    /** Rows per INSERT statement; the closing hands its lines over in batches of this size too. */
    public static final int ROWS = 200;
    /** PostgreSQL: COPY's rows are sent in pieces of about this many characters. */
    private static final int COPY_PIECE = 1 << 16;
    /** The Java types of the fields COPY's text format is written for here. */
    private static final Set<String> COPYABLE = Set.of("String", "java.lang.String", "java.math.BigDecimal", "Long", "java.lang.Long", "Double",
            "java.lang.Double", "java.sql.Timestamp", "java.sql.Date", "java.sql.Time");

    private final String entityName;
    private final SQLProcessor processor;
    private final List<ModelField> fields;
    private final JdbcValueHandler<?>[] handlers;
    /** Per field: a timestamp with a time zone, which COPY is given as an instant. */
    private final boolean[] zoned;
    private final String insert;
    private final String row;
    private final List<Map<String, ?>> pending = new ArrayList<>();
    private PreparedStatement full;
    /** PostgreSQL: the COPY statement, its rows not sent yet, and the COPY once begun; null elsewhere. */
    private final String copy;
    private final StringBuilder copyRows = new StringBuilder();
    private CopyIn copyIn;

    public BulkInsert(Delegator delegator, String entityName) throws GenericEntityException {
        if (!TransactionUtil.isTransactionInPlace()) {
            throw new GenericEntityException("BulkInsert needs a transaction");
        }
        this.entityName = entityName;
        ModelEntity entity = delegator.getModelEntity(entityName);
        if (entity.isField(ModelEntity.STAMP_FIELD)) {
            throw new GenericEntityException(entityName + " keeps stamps: create its rows through the entity engine");
        }
        GenericHelperInfo helper = delegator.getGroupHelperInfo(delegator.getEntityGroupName(entityName));
        ModelFieldTypeReader types = ModelFieldTypeReader.getModelFieldTypeReader(helper.getHelperBaseName());
        fields = entity.getFieldsUnmodifiable();
        handlers = new JdbcValueHandler<?>[fields.size()];
        zoned = new boolean[fields.size()];
        List<String> columns = new ArrayList<>();
        boolean copyable = true;
        for (int i = 0; i < fields.size(); i++) {
            ModelFieldType type = types.getModelFieldType(fields.get(i).getType());
            handlers[i] = type.getJdbcValueHandler();
            zoned[i] = type.getSqlType().toUpperCase(Locale.ROOT).matches("TIMESTAMPTZ|.*WITH TIME ZONE");
            copyable &= COPYABLE.contains(type.getJavaType());
            columns.add(fields.get(i).getColName());
        }
        String table = entity.getTableName(EntityConfig.getDatasource(helper.getHelperBaseName()));
        insert = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ";
        row = "(" + String.join(", ", Collections.nCopies(fields.size(), "?")) + ")";
        processor = new SQLProcessor(delegator, helper);
        try {
            copy = copyable && processor.getConnection().isWrapperFor(PGConnection.class)
                    ? "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN" : null;
        } catch (SQLException e) {
            processor.close();
            throw new GenericEntityException("Could not prepare the insert of " + entityName + " rows", e);
        }
    }

    public void add(Map<String, ?> value) throws GenericEntityException {
        try {
            if (copy != null) {
                appendCopyRow(value);
                if (copyRows.length() >= COPY_PIECE) {
                    sendCopyRows();
                }
                return;
            }
            pending.add(value);
            if (pending.size() == ROWS) {
                insertPending();
            }
        } catch (SQLException e) {
            throw new GenericEntityException("Could not insert " + entityName + " rows", e);
        }
    }

    private void insertPending() throws SQLException, GenericEntityException {
        if (pending.isEmpty()) {
            return;
        }
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
        for (Map<String, ?> value : pending) {
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
    }

    /** A row in COPY's text format: tab between columns, \N for null, backslash escapes in text. */
    private void appendCopyRow(Map<String, ?> value) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                copyRows.append('\t');
            }
            Object field = value.get(fields.get(i).getName());
            if (field == null) {
                copyRows.append("\\N");
            } else if (field instanceof BigDecimal number) {
                copyRows.append(number.toPlainString());
            } else if (field instanceof Timestamp timestamp && zoned[i]) {
                copyRows.append(timestamp.toInstant());
            } else {
                String text = field.toString();
                for (int c = 0; c < text.length(); c++) {
                    char character = text.charAt(c);
                    switch (character) {
                    case '\\' -> copyRows.append("\\\\");
                    case '\t' -> copyRows.append("\\t");
                    case '\n' -> copyRows.append("\\n");
                    case '\r' -> copyRows.append("\\r");
                    default -> copyRows.append(character);
                    }
                }
            }
        }
        copyRows.append('\n');
    }

    private void sendCopyRows() throws SQLException, GenericEntityException {
        if (copyIn == null) {
            copyIn = processor.getConnection().unwrap(PGConnection.class).getCopyAPI().copyIn(copy);
        }
        byte[] bytes = copyRows.toString().getBytes(StandardCharsets.UTF_8);
        copyIn.writeToCopy(bytes, 0, bytes.length);
        copyRows.setLength(0);
    }

    @Override
    public void close() throws GenericEntityException {
        try {
            if (copy != null) {
                if (copyRows.length() > 0) {
                    sendCopyRows();
                }
                if (copyIn != null) {
                    copyIn.endCopy();
                }
            } else {
                insertPending();
            }
        } catch (SQLException e) {
            throw new GenericEntityException("Could not insert " + entityName + " rows", e);
        } finally {
            try {
                if (copyIn != null && copyIn.isActive()) {
                    copyIn.cancelCopy();
                }
                if (full != null) {
                    full.close();
                }
            } catch (SQLException e) {
                throw new GenericEntityException("Could not close the insert of " + entityName + " rows", e);
            } finally {
                processor.close();
            }
        }
    }
}
