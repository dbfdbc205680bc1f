package org.physicalinventory.barcode;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.fail;

import java.math.BigDecimal;
import java.util.List;

import org.junit.Test;

public class BarcodeReaderTest {

    private final BarcodeReader reader = new BarcodeReader(new Gs1Parser(2026), List.of());

    @Test
    public void anEanIsAPlainProductCode() throws BarcodeException {
        ScannedCode code = reader.read("4006381333931");
        assertEquals(ScannedCode.Source.PLAIN, code.source());
        assertEquals("4006381333931", code.productCode());
        assertNull(code.lot());
    }

    @Test
    public void theDataOfANonGs1SymbologyIsItsContent() throws BarcodeException {
        assertEquals("4006381333931", reader.read("]E04006381333931").productCode());
        assertEquals("PI-1001", reader.read("]C0PI-1001").productCode());
    }

    @Test
    public void theEnterAScannerSendsIsIgnored() throws BarcodeException {
        assertEquals("PI-1001", reader.read(" PI-1001\r\n").productCode());
    }

    @Test
    public void gs1128WithoutSymbologyIdentifierIsStillRead() throws BarcodeException {
        ScannedCode code = reader.read("010950600013435210LOT7");
        assertEquals(ScannedCode.Source.GS1, code.source());
        assertEquals("LOT7", code.lot());
    }

    @Test
    public void aLongNumberThatOnlyLooksLikeGs1StaysPlain() throws BarcodeException {
        ScannedCode code = reader.read("0109506000134352051");
        assertEquals(ScannedCode.Source.PLAIN, code.source());
        assertEquals("0109506000134352051", code.productCode());
    }

    @Test
    public void aMalformedGs1CodeIsRefused() {
        try {
            reader.read("]C10109506000134353");
            fail();
        } catch (BarcodeException e) {
            assertEquals("PhysInvErrorBarcodeBadCheckDigit", e.labelKey());
        }
    }

    @Test
    public void anEmptyScanIsRefused() {
        for (String empty : new String[] {"", "\r\n", null}) {
            try {
                reader.read(empty);
                fail();
            } catch (BarcodeException e) {
                assertEquals("PhysInvErrorBarcodeEmpty", e.labelKey());
            }
        }
    }

    @Test
    public void inHouseRulesAreTriedInOrderBeforeThePlainCode() throws BarcodeException {
        BarcodeReader withRules = new BarcodeReader(new Gs1Parser(2026), List.of(
                BarcodeRule.of("LOT_LABEL", "P(?<product>\\d{4})L(?<lot>[A-Z0-9]+)"),
                BarcodeRule.of("BOX_LABEL", "B(?<product>\\d{4})Q(?<quantity>\\d+)"),
                BarcodeRule.of("ANY_P", "P(?<product>.*)")));
        ScannedCode lot = withRules.read("P1001LAB12");
        assertEquals(ScannedCode.Source.RULE, lot.source());
        assertEquals("1001", lot.productCode());
        assertEquals("AB12", lot.lot());
        ScannedCode box = withRules.read("B1002Q12");
        assertEquals(new BigDecimal("12"), box.quantity());
        assertEquals("1001X", withRules.read("P1001X").productCode());
        assertEquals(ScannedCode.Source.PLAIN, withRules.read("4006381333931").source());
    }
}
