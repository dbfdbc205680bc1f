package org.physicalinventory.count;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.fail;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.Test;

public class QuantityReaderTest {

    private static final Locale EN = Locale.ENGLISH;
    private static final Locale IT = Locale.ITALIAN;

    @Test
    public void aPlainDecimalIsReadWithAPointInEveryLanguage() throws Exception {
        assertEquals(new BigDecimal("2.5"), QuantityReader.read("2.5", EN, false));
        assertEquals(new BigDecimal("2.5"), QuantityReader.read("2.5", IT, false));
        assertEquals(new BigDecimal("12"), QuantityReader.read(" 12 ", EN, false));
        assertEquals(new BigDecimal("0.5"), QuantityReader.read(".5", EN, false));
        assertEquals(new BigDecimal("7"), QuantityReader.read("007.000", EN, true));
        assertEquals(BigDecimal.ZERO, QuantityReader.read("0", EN, true));
    }

    @Test
    public void aCommaIsADecimalSeparatorOnlyWhereTheLanguageWritesDecimalsWithIt() throws Exception {
        for (Locale comma : new Locale[] {IT, new Locale("ro"), Locale.FRENCH, Locale.GERMAN, new Locale("es")}) {
            assertEquals(comma.toString(), new BigDecimal("2.5"), QuantityReader.read("2,5", comma, false));
        }
        refused("2,5", EN, false, "PhysInvErrorQuantityComma");
        refused("1,000", EN, false, "PhysInvErrorQuantityComma");
    }

    @Test
    public void nothingTypedIsNoQuantity() throws Exception {
        assertNull(QuantityReader.read(null, EN, false));
        assertNull(QuantityReader.read("  ", EN, false));
    }

    @Test
    public void whatIsNotAPlainNumberIsRefusedNamingWhatIsWrong() {
        // table: typed, language, counted in pieces, label of the refusal
        Object[][] cases = {
            {"12abc", EN, false, "PhysInvErrorQuantityCharacter"},
            {"abc", EN, false, "PhysInvErrorQuantityCharacter"},
            {"1e30", EN, false, "PhysInvErrorQuantityExponent"},
            {"1E3", IT, false, "PhysInvErrorQuantityExponent"},
            {"1.000,5", IT, false, "PhysInvErrorQuantitySeparators"},
            {"1.2.3", EN, false, "PhysInvErrorQuantitySeparators"},
            {"1 000", EN, false, "PhysInvErrorQuantityCharacter"},
            {"1'000", GERMAN_SWISS, false, "PhysInvErrorQuantityCharacter"},
            {"+3", EN, false, "PhysInvErrorQuantityCharacter"},
            {".", EN, false, "PhysInvErrorQuantityCharacter"},
            {"0x10", EN, false, "PhysInvErrorQuantityCharacter"},
            {"NaN", EN, false, "PhysInvErrorQuantityCharacter"},
            {"-2", EN, false, "PhysInvErrorNegativeQuantity"},
            {"-0.5", IT, false, "PhysInvErrorNegativeQuantity"},
            {"2.5", EN, true, "PhysInvErrorQuantityPieces"},
            {"2,5", IT, true, "PhysInvErrorQuantityPieces"},
            {"0.1234567", EN, false, "PhysInvErrorQuantityDecimals"},
            {"12345678901234", EN, false, "PhysInvErrorQuantityTooLarge"},
            {"1000000000000", EN, false, "PhysInvErrorQuantityTooLarge"},
        };
        for (Object[] c : cases) {
            refused((String) c[0], (Locale) c[1], (Boolean) c[2], (String) c[3]);
        }
    }

    private static final Locale GERMAN_SWISS = new Locale("de", "CH");

    @Test
    public void theColumnsLimitsAreKeptExactly() throws Exception {
        assertEquals(new BigDecimal("999999999999.999999"), QuantityReader.read("999999999999.999999", EN, false));
        assertEquals("trailing zeros beyond six decimals change nothing", new BigDecimal("1.5"),
                QuantityReader.read("1.50000000", EN, false));
    }

    @Test
    public void theRefusalNamesTheTypedTextAndTheOffendingCharacter() {
        try {
            QuantityReader.read("12abc", EN, false);
            fail();
        } catch (QuantityException e) {
            assertEquals("12abc", e.arguments()[0]);
            assertEquals("a", e.arguments()[1]);
        }
    }

    private static void refused(String typed, Locale locale, boolean pieces, String labelKey) {
        try {
            BigDecimal read = QuantityReader.read(typed, locale, pieces);
            fail("'" + typed + "' (" + locale + ") was read as " + read + ", expected " + labelKey);
        } catch (QuantityException e) {
            assertEquals("'" + typed + "' (" + locale + ")", labelKey, e.labelKey());
        }
    }
}
