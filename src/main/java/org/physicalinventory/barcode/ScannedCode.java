package org.physicalinventory.barcode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a scan says: a product code to look up (GTIN, good identification or product id), and
 * what the code itself carries: lot, serial, expiry, quantity, SSCC.
 */
public record ScannedCode(String raw, Source source, String productCode, String lot, String serial, LocalDate expiry,
        BigDecimal quantity, String sscc, List<Gs1Element> elements) {

    /** How the code was read. */
    public enum Source { GS1, RULE, PLAIN }

    public static ScannedCode plain(String raw, String code) {
        return new ScannedCode(raw, Source.PLAIN, code, null, null, null, null, null, List.of());
    }
}
