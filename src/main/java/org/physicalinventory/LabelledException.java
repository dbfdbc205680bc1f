package org.physicalinventory;

/**
 * A refusal of the core: the label key and arguments of its translated message. The shell
 * translates it; no OFBiz type is needed to raise one.
 */
public abstract class LabelledException extends Exception {

    private static final long serialVersionUID = 1L;
    private final String labelKey;
    private final transient Object[] arguments;

    protected LabelledException(String labelKey, Object... arguments) {
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
