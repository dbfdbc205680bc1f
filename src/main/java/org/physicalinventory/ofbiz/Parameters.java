package org.physicalinventory.ofbiz;

/** A service's parameters as the plugin reads them. */
public final class Parameters {

    private Parameters() {
    }

    /** A parameter as text: null when absent or empty (a form's empty field). */
    public static String text(Object value) {
        return value == null || value.toString().isEmpty() ? null : value.toString();
    }
}
