package org.physicalinventory.count;

import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Reads a quantity as people type it, strictly: digits with at most one decimal separator, the
 * point always and the comma too where the user's language writes decimals with a comma; no
 * thousands separators, exponent, sign or anything after the number. It must fit the database
 * column (OFBiz's fixed-point, NUMERIC(18,6): 12 digits before the separator, 6 after) and be whole
 * for products counted in pieces. Whatever is wrong is named in the refusal; nothing is guessed.
 */
public final class QuantityReader {

    /** Digits OFBiz's fixed-point column keeps before and after the decimal separator. */
    public static final int INTEGER_DIGITS = 12;
    public static final int DECIMALS = 6;

    private QuantityReader() {
    }

    /**
     * A quantity as a person types it back, so that {@link #read} reads it unchanged: plain digits without thousands
     * separators or trailing zeros, with the comma for decimals where the user's language writes it; "" for none.
     */
    public static String format(BigDecimal quantity, Locale locale) {
        if (quantity == null) {
            return "";
        }
        BigDecimal stripped = quantity.signum() == 0 ? BigDecimal.ZERO : quantity.stripTrailingZeros();
        String plain = (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
        return commaDecimal(locale) ? plain.replace('.', ',') : plain;
    }

    /**
     * The quantity typed, or null when nothing was typed (blank).
     *
     * @param pieces whether the product is counted in pieces (then the quantity must be whole)
     */
    public static BigDecimal read(String typed, Locale locale, boolean pieces) throws QuantityException {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String text = typed.strip();
        boolean commaDecimal = commaDecimal(locale);
        if (text.startsWith("-") && text.length() > 1 && Character.isDigit(text.charAt(1))) {
            throw new QuantityException("PhysInvErrorNegativeQuantity");
        }
        StringBuilder plain = new StringBuilder(text.length());
        int separators = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                plain.append(c);
            } else if (c == '.' || c == ',' && commaDecimal) {
                if (++separators > 1) {
                    throw new QuantityException("PhysInvErrorQuantitySeparators", text);
                }
                plain.append('.');
            } else if (c == ',') {
                throw new QuantityException("PhysInvErrorQuantityComma", text);
            } else if (c == 'e' || c == 'E') {
                throw new QuantityException("PhysInvErrorQuantityExponent", text);
            } else {
                throw new QuantityException("PhysInvErrorQuantityCharacter", text, String.valueOf(c));
            }
        }
        if (plain.length() == separators) {
            throw new QuantityException("PhysInvErrorQuantityCharacter", text, text);
        }
        BigDecimal quantity = new BigDecimal(plain.toString());
        if (quantity.signum() == 0) {
            quantity = BigDecimal.ZERO;
        } else {
            quantity = quantity.stripTrailingZeros();
        }
        if (quantity.scale() > DECIMALS) {
            throw new QuantityException("PhysInvErrorQuantityDecimals", text, DECIMALS);
        }
        if (quantity.precision() - quantity.scale() > INTEGER_DIGITS) {
            throw new QuantityException("PhysInvErrorQuantityTooLarge", text, INTEGER_DIGITS);
        }
        if (pieces && quantity.scale() > 0) {
            throw new QuantityException("PhysInvErrorQuantityPieces", text);
        }
        return quantity.scale() < 0 ? quantity.setScale(0) : quantity;
    }

    private static boolean commaDecimal(Locale locale) {
        return locale != null && DecimalFormatSymbols.getInstance(locale).getDecimalSeparator() == ',';
    }
}
