package org.physicalinventory.ofbiz.inventory;

import java.util.Map;

import org.apache.ofbiz.base.util.Debug;
import org.apache.ofbiz.entity.Delegator;
import org.apache.ofbiz.entity.GenericEntityException;
import org.apache.ofbiz.entity.condition.EntityCondition;
import org.physicalinventory.ofbiz.Transactions;

/**
 * Holds a facility for the rest of the caller's transaction, through its row in PiFacilityLock: a second transaction
 * holding it waits until the first is done, then sees what it wrote (the entity engine has no SELECT ... FOR UPDATE).
 */
final class FacilityLock {

    private static final String MODULE = FacilityLock.class.getName();

    private FacilityLock() {
    }

    static void hold(Delegator delegator, String facilityId) throws GenericEntityException {
        Map<String, Object> key = Map.of("facilityId", facilityId);
        if (delegator.storeByCondition("PiFacilityLock", key, EntityCondition.makeCondition(key)) > 0) {
            return;
        }
        // the facility's first time: its row is made apart from the caller's transaction, so that another device making it at
        // the same moment (a duplicate key) cannot spoil the caller's transaction; then it is held like any other
        try {
            Transactions.apart(() -> delegator.create("PiFacilityLock", key));
        } catch (GenericEntityException e) {
            Debug.logInfo("Lock row of facility " + facilityId + " made by another transaction at the same moment", MODULE);
        }
        delegator.storeByCondition("PiFacilityLock", key, EntityCondition.makeCondition(key));
    }
}
