package org.physicalinventory.ofbiz.difference;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.ofbiz.entity.Delegator;

/**
 * The same delegator without entity ECAs, as OFBiz's own default-no-eca one: a bulk posting writes
 * inventory item details through it and does once per item what the ECAs would do once per detail.
 * It shares the delegator's data source, cache and transaction.
 */
final class NoEca {

    private static final Map<String, Delegator> CLONES = new ConcurrentHashMap<>();

    private NoEca() {
    }

    static Delegator of(Delegator delegator) {
        if (delegator.getEntityEcaHandler() == null) {
            return delegator;
        }
        // a test delegator keeps its rollback list in the clone, so a new one is made for each
        if (delegator.getDelegatorName().startsWith("test")) {
            return withoutEcas(delegator);
        }
        return CLONES.computeIfAbsent(delegator.getDelegatorName(), name -> withoutEcas(delegator));
    }

    private static Delegator withoutEcas(Delegator delegator) {
        Delegator clone = delegator.cloneDelegator();
        clone.setEntityEcaHandler(null);
        return clone;
    }
}
