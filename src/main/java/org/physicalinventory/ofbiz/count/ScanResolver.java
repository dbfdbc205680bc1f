package org.physicalinventory.ofbiz.count;

import java.util.ArrayList;
import java.util.List;

import org.apache.ofbiz.base.util.Debug;
import org.apache.ofbiz.entity.Delegator;
import org.apache.ofbiz.entity.GenericEntityException;
import org.apache.ofbiz.entity.GenericValue;
import org.apache.ofbiz.entity.condition.EntityCondition;
import org.apache.ofbiz.entity.condition.EntityOperator;
import org.apache.ofbiz.entity.util.EntityQuery;
import org.physicalinventory.barcode.BarcodeException;
import org.physicalinventory.barcode.BarcodeReader;
import org.physicalinventory.barcode.BarcodeRule;
import org.physicalinventory.barcode.Gs1Parser;
import org.physicalinventory.barcode.Gtin;
import org.physicalinventory.barcode.ScannedCode;

/** Finds what a read names in OFBiz: a location of the facility, a product by any good identification or id, a lot. */
final class ScanResolver {

    private static final String MODULE = ScanResolver.class.getName();

    private ScanResolver() {
    }

    /** The facility location with this id, or null. */
    static GenericValue location(Delegator delegator, String facilityId, String code) throws GenericEntityException {
        return EntityQuery.use(delegator).from("FacilityLocation").where("facilityId", facilityId, "locationSeqId", code.trim())
                .cache().queryOne();
    }

    /** Reads the code with GS1 and the enabled barcode rules. */
    static ScannedCode read(Delegator delegator, String code) throws GenericEntityException, BarcodeException {
        List<BarcodeRule> rules = new ArrayList<>();
        for (GenericValue rule : EntityQuery.use(delegator).from("PiBarcodeRule").where("enabled", "Y").orderBy("sequenceNum").cache()
                .queryList()) {
            try {
                rules.add(BarcodeRule.of(rule.getString("barcodeRuleId"), rule.getString("pattern")));
            } catch (BarcodeException e) {
                Debug.logWarning("Barcode rule " + rule.get("barcodeRuleId") + " skipped: " + e.labelKey(), MODULE);
            }
        }
        return new BarcodeReader(new Gs1Parser(), rules).read(code);
    }

    /** The product a code names: a good identification of any type (GTIN in all its lengths), else a product id; or null. */
    static GenericValue product(Delegator delegator, ScannedCode scanned) throws GenericEntityException {
        String productCode = scanned.productCode();
        if (productCode == null) {
            return null; // an SSCC alone names no product
        }
        GenericValue identification = EntityQuery.use(delegator).from("GoodIdentification")
                .where(EntityCondition.makeCondition("idValue", EntityOperator.IN, Gtin.lookupKeys(productCode)))
                .orderBy("productId").cache().queryFirst();
        return product(delegator, identification != null ? identification.getString("productId") : productCode);
    }

    /** The product with this id, or null (also for no id). */
    static GenericValue product(Delegator delegator, String productId) throws GenericEntityException {
        return productId == null ? null : EntityQuery.use(delegator).from("Product").where("productId", productId).cache().queryOne();
    }

    /** The lot of a read that OFBiz does not know yet (stock found with a new lot), or null. */
    static String unknownLot(Delegator delegator, String lotId) throws GenericEntityException {
        return lotId != null && EntityQuery.use(delegator).from("Lot").where("lotId", lotId).queryOne() == null ? lotId : null;
    }
}
