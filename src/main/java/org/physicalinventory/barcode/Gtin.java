package org.physicalinventory.barcode;

import java.util.ArrayList;
import java.util.List;

/** GS1 mod-10 check digits, and the shorter forms a GTIN-14 is stored under (EAN-13, UPC-A, EAN-8). */
public final class Gtin {

    private Gtin() {
    }

    /** True when the last digit is the GS1 check digit of the others (GTIN-8/12/13/14, SSCC, GLN). */
    public static boolean hasValidCheckDigit(CharSequence digits) {
        int length = digits.length();
        if (length < 2) {
            return false;
        }
        int sum = 0;
        for (int i = length - 2, weight = 3; i >= 0; i--, weight = 4 - weight) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            sum += (c - '0') * weight;
        }
        char check = digits.charAt(length - 1);
        return check >= '0' && check <= '9' && (10 - sum % 10) % 10 == check - '0';
    }

    /** The code and, for a GTIN padded with zeros, its shorter forms: the ways a product's barcode is stored. */
    public static List<String> lookupKeys(String code) {
        List<String> keys = new ArrayList<>(3);
        keys.add(code);
        if (code.length() == 14 && hasValidCheckDigit(code)) {
            for (int length : new int[] {13, 12, 8}) {
                if (code.substring(0, 14 - length).chars().allMatch(c -> c == '0')) {
                    keys.add(code.substring(14 - length));
                }
            }
        } else if ((code.length() == 13 || code.length() == 12 || code.length() == 8) && hasValidCheckDigit(code)) {
            keys.add("0".repeat(14 - code.length()) + code);
        }
        return keys;
    }
}
