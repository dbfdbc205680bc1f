package org.physicalinventory.count;

/** A typed quantity that is not one; carries the label key and arguments of its translated message. */
public final class QuantityException extends Exception {

    private static final long serialVersionUID = 1L;
    private final String labelKey;
    private final transient Object[] arguments;

    public QuantityException(String labelKey, Object... arguments) {
        super(labelKey);
        this.labelKey = labelKey;
        this.arguments = arguments;
    }

    public String labelKey() {
        return labelKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
