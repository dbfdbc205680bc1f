package org.physicalinventory.barcode;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.junit.Test;

public class GtinTest {

    @Test
    public void validCheckDigitsOfEveryGtinLengthAreAccepted() {
        for (String code : List.of("09506000134352", "4006381333931", "1234567890128", "95011015300007", "96385074", "376104250021234569")) {
            assertTrue(code, Gtin.hasValidCheckDigit(code));
        }
    }

    @Test
    public void aWrongCheckDigitOrALetterIsRejected() {
        for (String code : List.of("09506000134353", "4006381333932", "40063813339A1", "4", "")) {
            assertFalse(code, Gtin.hasValidCheckDigit(code));
        }
    }

    @Test
    public void aGtin14PaddedWithZerosIsAlsoLookedUpAsEan13AndUpcA() {
        assertEquals(List.of("04006381333931", "4006381333931"), Gtin.lookupKeys("04006381333931"));
        assertEquals(List.of("00012345678905", "0012345678905", "012345678905"), Gtin.lookupKeys("00012345678905"));
        assertEquals(List.of("00000096385074", "0000096385074", "000096385074", "96385074"), Gtin.lookupKeys("00000096385074"));
    }

    @Test
    public void anEan13IsAlsoLookedUpAsGtin14() {
        assertEquals(List.of("4006381333931", "04006381333931"), Gtin.lookupKeys("4006381333931"));
    }

    @Test
    public void anythingElseIsLookedUpAsItIs() {
        assertEquals(List.of("PI-1001"), Gtin.lookupKeys("PI-1001"));
        assertEquals(List.of("4006381333932"), Gtin.lookupKeys("4006381333932"));
    }
}
