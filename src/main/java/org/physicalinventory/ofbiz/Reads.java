package org.physicalinventory.ofbiz;

import org.apache.ofbiz.entity.GenericEntityException;
import org.apache.ofbiz.entity.transaction.TransactionUtil;

/**
 * Reads that iterate over many rows (an EntityListIterator, which OFBiz wants inside a transaction, else it logs an
 * error) made by services that run without one of their own, as those that commit in batches or run for long do.
 */
public final class Reads {

    /** A long read may take this long (seconds) before its transaction times out. */
    private static final int TIMEOUT = 3600;

    private Reads() {
    }

    /** A read that may fail as the entity engine does. */
    public interface Read<T> {
        T run() throws GenericEntityException;
    }

    /** Runs the read inside the caller's transaction, or in one of its own when the caller has none. */
    public static <T> T inTransaction(Read<T> read) throws GenericEntityException {
        boolean began = TransactionUtil.begin(TIMEOUT);
        try {
            T result = read.run();
            TransactionUtil.commit(began);
            return result;
        } catch (GenericEntityException | RuntimeException e) {
            TransactionUtil.rollback(began, e.getMessage(), e);
            throw e;
        }
    }
}
