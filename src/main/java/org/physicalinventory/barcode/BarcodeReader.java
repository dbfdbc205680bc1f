package org.physicalinventory.barcode;

import java.util.List;
import java.util.Optional;

/**
 * Turns what a scanner sent into a {@link ScannedCode}: GS1 element strings (announced by their
 * symbology identifier, a GS separator or parentheses), then the configured in-house rules in
 * order, else the code itself as a product code (EAN/UPC, SKU, product id) to look up.
 */
public final class BarcodeReader {

    private final Gs1Parser gs1;
    private final List<BarcodeRule> rules;

    public BarcodeReader(Gs1Parser gs1, List<BarcodeRule> rules) {
        this.gs1 = gs1;
        this.rules = List.copyOf(rules);
    }

    public ScannedCode read(String scanned) throws BarcodeException {
        String raw = trimEnd(scanned == null ? "" : scanned);
        if (raw.isEmpty()) {
            throw new BarcodeException("PhysInvErrorBarcodeEmpty");
        }
        if (Gs1Parser.hasGs1SymbologyIdentifier(raw) || raw.charAt(0) == '(' || raw.indexOf(Gs1Parser.GS) >= 0) {
            return gs1.parse(raw);
        }
        String data = raw.length() > 3 && raw.charAt(0) == ']' ? raw.substring(3) : raw; // other symbologies: their data
        for (BarcodeRule rule : rules) {
            Optional<ScannedCode> read = rule.read(data);
            if (read.isPresent()) {
                return read.get();
            }
        }
        if (looksLikeGs1WithoutIdentifier(data)) {
            try {
                return gs1.parse(data);
            } catch (BarcodeException e) {
                return ScannedCode.plain(raw, data); // an in-house number that only looks like GS1
            }
        }
        return ScannedCode.plain(raw, data);
    }

    /** A scanner set not to send symbology identifiers still sends 01 + GTIN-14 + more digits for GS1-128. */
    private static boolean looksLikeGs1WithoutIdentifier(String data) {
        return data.length() > 16 && (data.startsWith("01") || data.startsWith("02"))
                && Gtin.hasValidCheckDigit(data.subSequence(2, 16));
    }

    private static String trimEnd(String code) {
        int end = code.length();
        while (end > 0 && (code.charAt(end - 1) == '\r' || code.charAt(end - 1) == '\n' || code.charAt(end - 1) == ' ')) {
            end--;
        }
        int start = 0;
        while (start < end && code.charAt(start) == ' ') {
            start++;
        }
        return code.substring(start, end);
    }
}
