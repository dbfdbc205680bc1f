package org.physicalinventory.barcode;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.fail;

import org.junit.Test;

public class BarcodeRuleTest {

    @Test
    public void aRuleMustMatchTheWholeCode() throws BarcodeException {
        BarcodeRule rule = BarcodeRule.of("R", "P(?<product>\\d{4})");
        assertFalse(rule.read("P10012").isPresent());
        assertEquals("1001", rule.read("P1001").get().productCode());
    }

    @Test
    public void anOptionalGroupLeftEmptyIsNoValue() throws BarcodeException {
        BarcodeRule rule = BarcodeRule.of("R", "P(?<product>\\d{4})(L(?<lot>\\w+))?(S(?<serial>\\w*))?");
        assertEquals(null, rule.read("P1001").get().lot());
        assertEquals(null, rule.read("P1001S").get().serial());
        assertEquals("X9", rule.read("P1001SX9").get().serial());
    }

    @Test
    public void aRuleWithoutProductGroupOrWithABrokenPatternIsRefused() {
        expectRefusal("(?<lot>\\w+)", "PhysInvErrorBarcodeRuleNoProduct");
        expectRefusal("P(?<product>\\d{4}", "PhysInvErrorBarcodeRuleInvalid");
    }

    @Test
    public void aQuantityThatIsNotANumberIsRefused() throws BarcodeException {
        BarcodeRule rule = BarcodeRule.of("R", "P(?<product>\\d{4})Q(?<quantity>.+)");
        try {
            rule.read("P1001Q1x");
            fail();
        } catch (BarcodeException e) {
            assertEquals("PhysInvErrorBarcodeRuleBadQuantity", e.labelKey());
        }
    }

    private static void expectRefusal(String regex, String labelKey) {
        try {
            BarcodeRule.of("R", regex);
            fail(regex);
        } catch (BarcodeException e) {
            assertEquals(labelKey, e.labelKey());
        }
    }
}
