package org.physicalinventory.valuation;

/**
 * How a closing values a product's stock. The organisation's COGS method in OFBiz
 * (PartyAcctgPreference.cogsMethodId) chooses one by default; a closing may name another.
 */
public enum ValuationMethod {
    /** The items left at their own unit costs: OFBiz issues the items received first, so what is left is valued FIFO. */
    FIFO,
    /** The movements replayed, each issue taking from the newest receipt still there. */
    LIFO,
    /** The weighted average cost, moved at each receipt as OFBiz's ProductAverageCost moves it. */
    AVERAGE,
    /** The cost of the last receipt up to the date. */
    LAST_COST,
    /** The standard cost (OFBiz's estimated standard cost components) valid at the date. */
    STANDARD;

    /** The method of this name; refused when there is none. */
    public static ValuationMethod named(String name) throws ValuationException {
        for (ValuationMethod method : values()) {
            if (method.name().equals(name)) {
                return method;
            }
        }
        throw new ValuationException("PhysInvErrorUnknownValuationMethod", name);
    }

    /**
     * Whether the method needs every movement read and replayed in order (LIFO takes each outgoing movement from the newest
     * layer); the others value from each item's movements added up.
     */
    public boolean replaysMovements() {
        return this == LIFO;
    }

    /** The method for OFBiz's COGS method enumeration (COGS_FIFO, COGS_LIFO, COGS_AVG_COST, COGS_INV_COST); FIFO when none. */
    public static ValuationMethod ofCogsMethod(String cogsMethodId) {
        if (cogsMethodId == null) {
            return FIFO;
        }
        return switch (cogsMethodId) {
        case "COGS_LIFO" -> LIFO;
        case "COGS_AVG_COST" -> AVERAGE;
        default -> FIFO; // COGS_FIFO, and COGS_INV_COST: each item at its own cost is the same figure
        };
    }
}
