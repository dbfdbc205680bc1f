package org.physicalinventory.barcode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads GS1 element strings (GS1-128, GS1 DataMatrix, GS1 QR, GS1 DataBar), with or without their
 * symbology identifier, separated by the GS character or written with parentheses around the AIs.
 * Check digits of GTIN and SSCC and dates are verified; anything malformed is refused.
 */
public final class Gs1Parser {

    /** ASCII group separator: FNC1 as scanners transmit it, ending a variable-length field. */
    public static final char GS = '\u001D';

    private static final ApplicationIdentifier[] AI2 = new ApplicationIdentifier[100];
    private static final ApplicationIdentifier[] AI3 = new ApplicationIdentifier[1000];
    private static final ApplicationIdentifier[] AI4 = new ApplicationIdentifier[10000];
    /** Stands for all measure AIs 3100-3695 (four digits: "31".."36", unit, decimal point position). */
    private static final ApplicationIdentifier MEASURE = ApplicationIdentifier.MEASURE;

    static {
        for (ApplicationIdentifier ai : ApplicationIdentifier.values()) {
            int code = Integer.parseInt(ai.code);
            switch (ai.code.length()) {
            case 2 -> AI2[code] = ai == ApplicationIdentifier.MEASURE ? null : ai;
            case 3 -> AI3[code] = ai;
            default -> AI4[code] = ai;
            }
        }
    }

    private final int currentYear;

    /** @param currentYear the year two-digit years are read against (GS1 rule: within -49 ... +50 years) */
    public Gs1Parser(int currentYear) {
        this.currentYear = currentYear;
    }

    public Gs1Parser() {
        this(LocalDate.now().getYear());
    }

    /** True when the symbology identifier at the start of {@code code} announces GS1 data. */
    public static boolean hasGs1SymbologyIdentifier(CharSequence code) {
        if (code.length() < 3 || code.charAt(0) != ']') {
            return false;
        }
        char symbology = code.charAt(1);
        char modifier = code.charAt(2);
        return symbology == 'C' && modifier == '1' || symbology == 'd' && modifier == '2' || symbology == 'Q' && modifier == '3'
                || symbology == 'e' && modifier == '0' || symbology == 'J' && modifier == '1';
    }

    /** Parses an element string into a scanned code: GTIN as product code, lot, serial, expiry, count. */
    public ScannedCode parse(String raw) throws BarcodeException {
        List<Gs1Element> elements = elements(raw);
        String gtin = null;
        String sscc = null;
        String lot = null;
        String serial = null;
        LocalDate expiry = null;
        BigDecimal quantity = null;
        for (Gs1Element element : elements) {
            switch (element.ai()) {
            case "01", "02" -> gtin = element.value();
            case "00" -> sscc = element.value();
            case "10" -> lot = element.value();
            case "21" -> serial = element.value();
            case "17" -> expiry = date(element.value(), "17");
            case "30", "37" -> quantity = new BigDecimal(element.value());
            default -> {
            }
            }
        }
        return new ScannedCode(raw, ScannedCode.Source.GS1, gtin, lot, serial, expiry, quantity, sscc, elements);
    }

    /** The elements of a GS1 element string, in order. */
    public List<Gs1Element> elements(String raw) throws BarcodeException {
        String data = raw;
        if (hasGs1SymbologyIdentifier(data)) {
            data = data.substring(3);
        }
        if (!data.isEmpty() && data.charAt(0) == '(') {
            return bracketed(data);
        }
        if (!data.isEmpty() && data.charAt(0) == GS) {
            data = data.substring(1); // FNC1 in first position
        }
        if (data.isEmpty()) {
            throw new BarcodeException("PhysInvErrorBarcodeEmpty");
        }
        List<Gs1Element> elements = new ArrayList<>(4);
        int at = 0;
        int length = data.length();
        while (at < length) {
            ApplicationIdentifier ai = identifierAt(data, at);
            if (ai == null) {
                throw new BarcodeException("PhysInvErrorBarcodeUnknownAi", data.substring(at, Math.min(at + 4, length)));
            }
            int start = at + (ai == MEASURE ? 4 : ai.code.length());
            int end;
            if (ai.fixed) {
                end = start + ai.length;
                if (end > length) {
                    throw new BarcodeException("PhysInvErrorBarcodeTruncated", ai.code);
                }
            } else {
                end = data.indexOf(GS, start);
                if (end < 0) {
                    end = length;
                }
                if (end - start > ai.length) {
                    throw new BarcodeException("PhysInvErrorBarcodeTooLong", ai.code, ai.length);
                }
            }
            if (end == start) {
                throw new BarcodeException("PhysInvErrorBarcodeTruncated", ai.code);
            }
            String value = data.substring(start, end);
            String code = data.substring(at, start);
            elements.add(new Gs1Element(code, check(ai, value)));
            at = end;
            if (at < length && data.charAt(at) == GS) {
                at++;
                if (at == length) {
                    break; // a trailing separator some printers add
                }
            }
        }
        return elements;
    }

    /** Human-readable form: (01)09506000134352(10)ABC. */
    private List<Gs1Element> bracketed(String data) throws BarcodeException {
        List<Gs1Element> elements = new ArrayList<>(4);
        int at = 0;
        while (at < data.length()) {
            int close = data.indexOf(')', at);
            if (data.charAt(at) != '(' || close < 0) {
                throw new BarcodeException("PhysInvErrorBarcodeMalformed");
            }
            String code = data.substring(at + 1, close);
            int next = data.indexOf('(', close);
            String value = data.substring(close + 1, next < 0 ? data.length() : next);
            ApplicationIdentifier ai = code.isEmpty() ? null : identifierAt(code, 0);
            if (ai == null || code.length() != (ai == MEASURE ? 4 : ai.code.length())) {
                throw new BarcodeException("PhysInvErrorBarcodeUnknownAi", code);
            }
            if (value.isEmpty() || ai.fixed && value.length() < ai.length) {
                throw new BarcodeException("PhysInvErrorBarcodeTruncated", code);
            }
            if (value.length() > ai.length) {
                throw new BarcodeException("PhysInvErrorBarcodeTooLong", code, ai.length);
            }
            elements.add(new Gs1Element(code, check(ai, value)));
            at = next < 0 ? data.length() : next;
        }
        return elements;
    }

    private static ApplicationIdentifier identifierAt(String data, int at) {
        int length = data.length();
        if (at + 2 > length || !isDigit(data.charAt(at)) || !isDigit(data.charAt(at + 1))) {
            return null;
        }
        int two = (data.charAt(at) - '0') * 10 + data.charAt(at + 1) - '0';
        if (two >= 31 && two <= 36) {
            // measures 3100-3695: four-digit AI, the last digit places the decimal point
            return at + 4 <= length && isDigit(data.charAt(at + 2)) && data.charAt(at + 3) >= '0' && data.charAt(at + 3) <= '5'
                    ? MEASURE : null;
        }
        if (AI2[two] != null) {
            return AI2[two];
        }
        if (at + 3 > length || !isDigit(data.charAt(at + 2))) {
            return null;
        }
        int three = two * 10 + data.charAt(at + 2) - '0';
        if (AI3[three] != null) {
            return AI3[three];
        }
        if (at + 4 > length || !isDigit(data.charAt(at + 3))) {
            return null;
        }
        return AI4[three * 10 + data.charAt(at + 3) - '0'];
    }

    private String check(ApplicationIdentifier ai, String value) throws BarcodeException {
        switch (ai.kind) {
        case CHECKED -> {
            requireDigits(ai, value);
            if (!Gtin.hasValidCheckDigit(value)) {
                throw new BarcodeException("PhysInvErrorBarcodeBadCheckDigit", ai.code, value);
            }
        }
        case DATE -> {
            requireDigits(ai, value);
            date(value, ai.code);
        }
        case NUMERIC, DECIMAL -> requireDigits(ai, value);
        default -> {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c < '!' || c > 'z') {
                    throw new BarcodeException("PhysInvErrorBarcodeBadCharacter", ai.code);
                }
            }
        }
        }
        return value;
    }

    private static void requireDigits(ApplicationIdentifier ai, String value) throws BarcodeException {
        for (int i = 0; i < value.length(); i++) {
            if (!isDigit(value.charAt(i))) {
                throw new BarcodeException("PhysInvErrorBarcodeNotNumeric", ai.code, value);
            }
        }
    }

    /** YYMMDD; day 00 means the last day of the month (GS1 3.4.2). */
    LocalDate date(String value, String ai) throws BarcodeException {
        int yy = Integer.parseInt(value.substring(0, 2));
        int month = Integer.parseInt(value.substring(2, 4));
        int day = Integer.parseInt(value.substring(4, 6));
        int century = currentYear / 100 * 100;
        int difference = yy - currentYear % 100;
        int year = century + yy + (difference >= 51 ? -100 : difference <= -50 ? 100 : 0);
        if (month < 1 || month > 12) {
            throw new BarcodeException("PhysInvErrorBarcodeBadDate", ai, value);
        }
        LocalDate firstOfMonth = LocalDate.of(year, month, 1);
        if (day == 0) {
            return firstOfMonth.withDayOfMonth(firstOfMonth.lengthOfMonth());
        }
        if (day > firstOfMonth.lengthOfMonth()) {
            throw new BarcodeException("PhysInvErrorBarcodeBadDate", ai, value);
        }
        return firstOfMonth.withDayOfMonth(day);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
