package org.physicalinventory.ofbiz;

import java.sql.SQLException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import javax.transaction.Transaction;

import org.apache.ofbiz.base.util.Debug;
import org.apache.ofbiz.entity.GenericEntityException;
import org.apache.ofbiz.entity.model.ModelEntity;
import org.apache.ofbiz.entity.transaction.TransactionUtil;

/**
 * The plugin's ways to run work in a transaction: a long read (inside the caller's transaction, or one of its own) and
 * a long write in bulk alike, a short write retried when another device got in its way, and work apart from the
 * caller's transaction.
 */
public final class Transactions {

    private static final String MODULE = Transactions.class.getName();
    /** A long read may take this long (seconds) before its transaction times out. */
    private static final int READ_TIMEOUT = 3600;
    private static final int ATTEMPTS = 6;
    /** Derby and PostgreSQL: 40001 deadlock or serialization failure, 40P01 deadlock, 40XL1/40XL2 lock timeout, 23505 duplicate key. */
    private static final Set<String> CONFLICTS = Set.of("40001", "40P01", "40XL1", "40XL2", "23505");

    private Transactions() {
    }

    /**
     * What an UPDATE that only locks its rows for the rest of the transaction sets: the transaction's stamp, which the
     * entity engine writes on every row the transaction changes anyway. No key holds that column and one index only
     * (OFBiz's own on the stamp), so the database checks no foreign key and maintains one index for it (Derby does both
     * for every column set, even to its own value). One row read and locked at once: {@link RowLocks}.
     */
    public static Map<String, Object> lockingUpdate() {
        return Map.of(ModelEntity.STAMP_TX_FIELD, TransactionUtil.getTransactionStartStamp());
    }

    /** Work that may fail as the entity engine does. */
    public interface Work<T> {
        T run() throws GenericEntityException;
    }

    /**
     * Runs a read that iterates over many rows (an EntityListIterator, which OFBiz wants inside a transaction, else it
     * logs an error) inside the caller's transaction, or in one of its own when the caller has none.
     */
    public static <T> T read(Work<T> read) throws GenericEntityException {
        boolean began = TransactionUtil.begin(READ_TIMEOUT);
        try {
            T result = read.run();
            TransactionUtil.commit(began);
            return result;
        } catch (GenericEntityException | RuntimeException e) {
            TransactionUtil.rollback(began, e.getMessage(), e);
            throw e;
        }
    }

    /**
     * Runs a long write (many rows in bulk, typically on a thread of its own while another thread reads) in one transaction
     * that may last as long as a long read: all of it is committed at the end, or nothing. Inside the caller's transaction
     * when there is one, as {@link #read}; never run again.
     */
    public static <T> T longWrite(Work<T> write) throws GenericEntityException {
        return read(write);
    }

    /**
     * Runs work in a short transaction of its own, and runs it again when the database gave it up because of another
     * device: a deadlock, a lock wait timeout, or a row with the same key that another transaction inserted at the same
     * moment. Inside a caller's transaction it runs once, and the caller's transaction decides.
     */
    public static <T> T retried(String what, Work<T> work) throws GenericEntityException {
        for (int attempt = 1;; attempt++) {
            boolean began = TransactionUtil.begin();
            if (!began) {
                return work.run();
            }
            try {
                T result = work.run();
                TransactionUtil.commit(true);
                return result;
            } catch (GenericEntityException | RuntimeException e) {
                TransactionUtil.rollback(true, what, e);
                if (attempt == ATTEMPTS || !isConflict(e)) {
                    throw e;
                }
                Debug.logInfo(what + ": attempt " + attempt + " gave way to another transaction (" + sqlState(e) + "), again", MODULE);
                pause(attempt);
            }
        }
    }

    /**
     * Runs work in a transaction of its own beside the caller's, which is suspended meanwhile: what it writes is
     * committed (or rolled back) whatever becomes of the caller's transaction.
     */
    public static <T> T apart(Work<T> work) throws GenericEntityException {
        Transaction suspended = TransactionUtil.suspend();
        try {
            boolean began = TransactionUtil.begin();
            try {
                T result = work.run();
                TransactionUtil.commit(began);
                return result;
            } catch (GenericEntityException | RuntimeException e) {
                TransactionUtil.rollback(began, e.getMessage(), e);
                throw e;
            }
        } finally {
            TransactionUtil.resume(suspended);
        }
    }

    /** Whether the database refused the work because of another transaction (worth running it again). */
    public static boolean isConflict(Throwable e) {
        return CONFLICTS.contains(sqlState(e));
    }

    private static String sqlState(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                for (SQLException next = sql; next != null; next = next.getNextException()) {
                    if (next.getSQLState() != null && CONFLICTS.contains(next.getSQLState())) {
                        return next.getSQLState();
                    }
                }
                return sql.getSQLState();
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextInt(2, 10 * attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
