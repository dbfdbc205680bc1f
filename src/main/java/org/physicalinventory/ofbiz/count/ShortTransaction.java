package org.physicalinventory.ofbiz.count;

import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.ofbiz.base.util.Debug;
import org.apache.ofbiz.entity.GenericEntityException;
import org.apache.ofbiz.entity.transaction.TransactionUtil;

/**
 * Runs a piece of work in a short transaction of its own, and runs it again when the database gave
 * it up because of another device: a deadlock, a lock wait timeout, or a row with the same key that
 * another transaction inserted at the same moment. Inside a caller's transaction it runs once.
 */
final class ShortTransaction {

    private static final String MODULE = ShortTransaction.class.getName();
    private static final int ATTEMPTS = 6;
    /** Derby and PostgreSQL: 40001 deadlock or serialization failure, 40P01 deadlock, 40XL1/40XL2 lock timeout, 23505 duplicate key. */
    private static final Set<String> CONFLICTS = Set.of("40001", "40P01", "40XL1", "40XL2", "23505");

    interface Work<T> {
        T run() throws GenericEntityException;
    }

    private ShortTransaction() {
    }

    static <T> T run(String what, Work<T> work) throws GenericEntityException {
        for (int attempt = 1;; attempt++) {
            boolean began = TransactionUtil.begin();
            if (!began) {
                return work.run(); // the caller's transaction decides
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

    static boolean isConflict(Throwable e) {
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
