package org.physicalinventory.ofbiz;

import org.apache.ofbiz.entity.Delegator;
import org.apache.ofbiz.entity.config.model.Datasource;
import org.apache.ofbiz.entity.config.model.EntityConfig;

/** Which database holds the plugin's tables, for the few places that read or lock rows the way that database does best. */
public final class Databases {

    private Databases() {
    }

    /** Whether the datasource is embedded Derby (OFBiz's field types "derby"). */
    public static boolean isDerby(Datasource datasource) {
        return "derby".equals(datasource.getFieldTypeName());
    }

    /** Whether the entity's table is in embedded Derby. */
    public static boolean isDerby(Delegator delegator, String entityName) {
        return isDerby(EntityConfig.getDatasource(delegator.getGroupHelperName(delegator.getEntityGroupName(entityName))));
    }
}
