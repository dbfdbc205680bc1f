package org.physicalinventory.cycle;

/** The ABC class of a product in a facility: A the few products most of the value leaves in, C the many that move little. */
public enum AbcClass {
    A, B, C;

    /** The class a stored code names, or null for none (a product not classified yet). */
    public static AbcClass of(String code) {
        return code == null || code.isEmpty() ? null : valueOf(code);
    }
}
