package org.physicalinventory.barcode;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.fail;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.Test;

public class Gs1ParserTest {

    private static final String GS = "\u001D";
    private static final String GTIN = "09506000134352";
    private final Gs1Parser parser = new Gs1Parser(2026);

    @Test
    public void gtinLotExpiryAndSerialAreReadFromAGs1128Code() throws BarcodeException {
        ScannedCode code = parser.parse("]C101" + GTIN + "17270331" + "10LOT42" + GS + "21SN-0001");
        assertEquals(GTIN, code.productCode());
        assertEquals("LOT42", code.lot());
        assertEquals("SN-0001", code.serial());
        assertEquals(LocalDate.of(2027, 3, 31), code.expiry());
        assertEquals(ScannedCode.Source.GS1, code.source());
    }

    @Test
    public void everySymbologyIdentifierOfGs1DataIsUnderstood() throws BarcodeException {
        for (String identifier : List.of("]C1", "]d2", "]Q3", "]e0", "]J1", "")) {
            assertEquals(identifier, GTIN, parser.parse(identifier + "01" + GTIN + "10A1").productCode());
        }
    }

    @Test
    public void aLeadingFnc1AndATrailingSeparatorAreIgnored() throws BarcodeException {
        ScannedCode code = parser.parse(GS + "01" + GTIN + "10ABC" + GS);
        assertEquals("ABC", code.lot());
        assertEquals(2, code.elements().size());
    }

    @Test
    public void aVariableLengthFieldEndsAtTheSeparatorOrAtTheEnd() throws BarcodeException {
        assertEquals(List.of(new Gs1Element("10", "ABC"), new Gs1Element("21", "XYZ")), parser.elements("10ABC" + GS + "21XYZ"));
        assertEquals(List.of(new Gs1Element("21", "XYZ10ABC")), parser.elements("21XYZ10ABC"));
    }

    @Test
    public void aFixedLengthFieldNeedsNoSeparator() throws BarcodeException {
        assertEquals(List.of(new Gs1Element("01", GTIN), new Gs1Element("17", "270331"), new Gs1Element("30", "12")),
                parser.elements("01" + GTIN + "17270331" + "3012"));
    }

    @Test
    public void theHumanReadableFormWithParenthesesIsRead() throws BarcodeException {
        ScannedCode code = parser.parse("(01)" + GTIN + "(17)270300(10)L-7(37)24");
        assertEquals(GTIN, code.productCode());
        assertEquals(LocalDate.of(2027, 3, 31), code.expiry());
        assertEquals("L-7", code.lot());
        assertEquals(new BigDecimal("24"), code.quantity());
    }

    @Test
    public void countOfTradeItemsIsTheQuantity() throws BarcodeException {
        assertEquals(new BigDecimal("24"), parser.parse("02" + GTIN + "3724").quantity());
        assertEquals(GTIN, parser.parse("02" + GTIN + "3724").productCode());
        assertEquals(new BigDecimal("5"), parser.parse("01" + GTIN + "305").quantity());
    }

    @Test
    public void anSsccIsReadAndCheckDigitVerified() throws BarcodeException {
        ScannedCode code = parser.parse("00376104250021234569");
        assertEquals("376104250021234569", code.sscc());
        assertNull(code.productCode());
        expectRefusal("00376104250021234568", "PhysInvErrorBarcodeBadCheckDigit");
    }

    @Test
    public void aBadGtinCheckDigitIsRefused() {
        expectRefusal("0109506000134353", "PhysInvErrorBarcodeBadCheckDigit");
        expectRefusal("0209506000134350", "PhysInvErrorBarcodeBadCheckDigit");
        expectRefusal("0309506000134351", "PhysInvErrorBarcodeBadCheckDigit");
    }

    @Test
    public void dayZeroMeansTheLastDayOfTheMonth() throws BarcodeException {
        assertEquals(LocalDate.of(2028, 2, 29), parser.parse("01" + GTIN + "17280200").expiry());
        assertEquals(LocalDate.of(2027, 2, 28), parser.parse("01" + GTIN + "17270200").expiry());
    }

    @Test
    public void twoDigitYearsFollowTheGs1CenturyRule() throws BarcodeException {
        assertEquals(1977, parser.date("770101", "11").getYear()); // 51 years back
        assertEquals(2076, parser.date("760101", "17").getYear()); // 50 years ahead
        assertEquals(2026, parser.date("260101", "17").getYear());
    }

    @Test
    public void impossibleDatesAreRefused() {
        for (String date : List.of("271301", "270001", "270230", "270431", "2703AA")) {
            expectRefusal("01" + GTIN + "17" + date, date.contains("A") ? "PhysInvErrorBarcodeNotNumeric" : "PhysInvErrorBarcodeBadDate");
        }
    }

    @Test
    public void everyDateIdentifierIsChecked() {
        for (String ai : List.of("11", "12", "13", "15", "16", "17")) {
            expectRefusal(ai + "271332", "PhysInvErrorBarcodeBadDate");
        }
    }

    @Test
    public void truncatedCodesAreRefused() {
        expectRefusal("01" + GTIN.substring(0, 10), "PhysInvErrorBarcodeTruncated");
        expectRefusal("01" + GTIN + "1727", "PhysInvErrorBarcodeTruncated");
        expectRefusal("01" + GTIN + "10", "PhysInvErrorBarcodeTruncated");
        expectRefusal("10" + GS + "21A", "PhysInvErrorBarcodeTruncated");
        expectRefusal("0", "PhysInvErrorBarcodeUnknownAi");
    }

    @Test
    public void overlongFieldsAreRefused() {
        expectRefusal("10" + "A".repeat(21), "PhysInvErrorBarcodeTooLong");
        expectRefusal("21" + "1".repeat(21), "PhysInvErrorBarcodeTooLong");
        expectRefusal("30" + "1".repeat(9), "PhysInvErrorBarcodeTooLong");
        expectRefusal("(10)" + "A".repeat(21), "PhysInvErrorBarcodeTooLong");
    }

    @Test
    public void unknownIdentifiersAndMalformedBracketsAreRefused() {
        expectRefusal("01" + GTIN + "05123", "PhysInvErrorBarcodeUnknownAi");
        expectRefusal("(05)123", "PhysInvErrorBarcodeUnknownAi");
        expectRefusal("(01" + GTIN, "PhysInvErrorBarcodeMalformed");
        expectRefusal("]C1", "PhysInvErrorBarcodeEmpty");
    }

    @Test
    public void numericFieldsRefuseLettersAndTextFieldsRefuseControlCharacters() {
        expectRefusal("30A2", "PhysInvErrorBarcodeNotNumeric");
        expectRefusal("3712B", "PhysInvErrorBarcodeNotNumeric");
        expectRefusal("10AB\u0007C", "PhysInvErrorBarcodeBadCharacter");
    }

    @Test
    public void everySupportedIdentifierIsRead() throws BarcodeException {
        for (ApplicationIdentifier ai : ApplicationIdentifier.values()) {
            String code = ai == ApplicationIdentifier.MEASURE ? "3103" : ai.code;
            String value = sampleValue(ai);
            List<Gs1Element> elements = parser.elements(code + value + (ai.fixed ? "" : GS) + "10END");
            assertEquals(ai.name(), List.of(new Gs1Element(code, value), new Gs1Element("10", "END")), elements);
        }
    }

    @Test
    public void measuresCarryTheirDecimalPositionInTheIdentifier() throws BarcodeException {
        assertEquals(List.of(new Gs1Element("3103", "001250"), new Gs1Element("3202", "000750")),
                parser.elements("3103001250" + "3202000750"));
        expectRefusal("3106001250", "PhysInvErrorBarcodeUnknownAi");
    }

    private static String sampleValue(ApplicationIdentifier ai) {
        return switch (ai.kind) {
        case CHECKED -> ai.length == 18 ? "376104250021234569" : GTIN;
        case DATE -> "270331";
        case NUMERIC, DECIMAL -> "1234567890123456789012345678901234567890".substring(0, ai.length);
        case TEXT -> "AB-12/x".repeat(20).substring(0, Math.min(ai.length, 7));
        };
    }

    private void expectRefusal(String code, String labelKey) {
        try {
            parser.elements(code);
            fail(code + " should be refused with " + labelKey);
        } catch (BarcodeException e) {
            assertEquals(code, labelKey, e.labelKey());
        }
    }
}
