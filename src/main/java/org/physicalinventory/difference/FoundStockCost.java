package org.physicalinventory.difference;

/** Which cost values stock found without an inventory item to hold it (the stock-difference parameters' choice). */
public enum FoundStockCost {
    /** OFBiz's average cost of the product in the facility (ProductAverageCost); the default */
    AVERAGE,
    /** the unit cost of the product's last receipt in the facility */
    LAST_RECEIPT,
    /** the product's standard cost (its EST_STD cost components) */
    STANDARD;

    /** The method of an enumeration id of type PI_FOUND_STOCK_COST; none set is the average cost. */
    public static FoundStockCost of(String enumId) {
        if (enumId == null || "PI_FSC_AVERAGE".equals(enumId)) {
            return AVERAGE;
        }
        return "PI_FSC_LAST_RECEIPT".equals(enumId) ? LAST_RECEIPT : STANDARD;
    }
}
