package org.physicalinventory.ofbiz.difference;

import org.apache.ofbiz.entity.GenericEntityException;

/**
 * A failure an integration test injects into a posting after some differences are written, to
 * prove that nothing of an interrupted posting is left. Never set outside tests.
 */
public final class PostingFault {

    private static volatile int failAfter = -1;

    private PostingFault() {
    }

    public static void failAfter(int differences) {
        failAfter = differences;
    }

    public static void clear() {
        failAfter = -1;
    }

    static void check(int differencesWritten) throws GenericEntityException {
        if (differencesWritten == failAfter) {
            throw new GenericEntityException("Failure injected after " + differencesWritten + " differences");
        }
    }
}
