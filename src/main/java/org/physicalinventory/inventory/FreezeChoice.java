package org.physicalinventory.inventory;

/**
 * Whether an inventory freezes stock movements in its facility while it is counted: its own choice, made when it is
 * started, or, when it made none, what the stock-difference parameters of the facility say.
 */
public enum FreezeChoice {
    /** Movements are refused while the inventory is counting or counted, whatever the parameters say. */
    YES("Y"),
    /** Movements go on, whatever the parameters say. */
    NO("N"),
    /** As the stock-difference parameters say. */
    PARAMETERS(null);

    private final String indicator;

    FreezeChoice(String indicator) {
        this.indicator = indicator;
    }

    /** The inventory's freezeMovements indicator: Y, N, or none for the parameters. */
    public String indicator() {
        return indicator;
    }

    /** The choice an inventory's indicator or a request names: Y, N, or empty for the parameters; refused otherwise. */
    public static FreezeChoice of(String indicator) throws InventoryException {
        if (indicator == null || indicator.isBlank()) {
            return PARAMETERS;
        }
        for (FreezeChoice choice : values()) {
            if (indicator.trim().equals(choice.indicator)) {
                return choice;
            }
        }
        throw new InventoryException("PhysInvErrorUnknownFreezeChoice", indicator);
    }

    /** Whether the inventory freezes movements, given whether its facility's parameters freeze them. */
    public boolean freezes(boolean parametersFreeze) {
        return this == PARAMETERS ? parametersFreeze : this == YES;
    }
}
