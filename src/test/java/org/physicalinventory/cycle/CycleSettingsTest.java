package org.physicalinventory.cycle;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.math.BigDecimal;

import org.junit.Test;

public class CycleSettingsTest {

    private static String refusal(String a, String b, String c, String fa, String fb, String fc, String days) {
        return assertThrows(CycleException.class, () -> CycleSettings.read(a, b, c, fa, fb, fc, days)).labelKey();
    }

    @Test
    public void emptySettingsAreTheDefaults() throws CycleException {
        CycleSettings settings = CycleSettings.read(null, "", " ", null, null, null, null);
        assertEquals(CycleSettings.DEFAULT, settings);
        assertEquals(0, new BigDecimal("80").compareTo(settings.shares().a()));
        assertEquals(12, settings.frequencies().a());
        assertEquals(365, settings.periodDays());
    }

    @Test
    public void sharesThatDoNotAddUpToAHundredAreRefused() {
        assertEquals("PhysInvErrorAbcSharesNotHundred", refusal("80", "15", "10", null, null, null, null));
        assertEquals("PhysInvErrorAbcSharesNotHundred", refusal("70.5", "20", "9", null, null, null, null));
        assertEquals("PhysInvErrorAbcShareNotPositive", refusal("100", "0", "0", null, null, null, null));
        assertEquals("PhysInvErrorAbcShareNotPositive", refusal("90", "-5", "15", null, null, null, null));
        assertEquals("PhysInvErrorNotAShare", refusal("80%", "15", "5", null, null, null, null));
        assertEquals("PhysInvErrorNotAShare", refusal("80,5", "14,5", "5", null, null, null, null));
    }

    @Test
    public void decimalSharesAddingUpToAHundredAreTaken() throws CycleException {
        CycleSettings settings = CycleSettings.read("70.5", "20", "9.5", null, null, null, null);
        assertEquals(AbcClass.B, settings.shares().classStartingAt(new BigDecimal("70.5")));
    }

    @Test
    public void frequenciesOfZeroOrLessAreRefused() {
        assertEquals("PhysInvErrorFrequencyNotPositive", refusal(null, null, null, "0", "4", "1", null));
        assertEquals("PhysInvErrorFrequencyNotPositive", refusal(null, null, null, "12", "-4", "1", null));
        assertEquals("PhysInvErrorFrequencyOverDaily", refusal(null, null, null, "400", "4", "1", null));
        assertEquals("PhysInvErrorNotAWholeNumber", refusal(null, null, null, "12abc", "4", "1", null));
        assertEquals("PhysInvErrorNotAWholeNumber", refusal(null, null, null, "2.5", "4", "1", null));
        assertEquals("PhysInvErrorPeriodDays", refusal(null, null, null, null, null, null, "0"));
    }

    @Test
    public void aClassCountedNTimesAYearIsDueEvery365OverNDays() throws CycleException {
        CountFrequencies frequencies = CountFrequencies.of(12, 4, 1);
        assertEquals(30, frequencies.intervalDays(AbcClass.A));
        assertEquals(91, frequencies.intervalDays(AbcClass.B));
        assertEquals(365, frequencies.intervalDays(AbcClass.C));
        assertEquals("an unclassified product counts as C", 365, frequencies.intervalDays(null));
        assertEquals(1, CountFrequencies.of(365, 52, 1).intervalDays(AbcClass.A));
        assertEquals(7, CountFrequencies.of(365, 52, 1).intervalDays(AbcClass.B));
    }

    @Test
    public void aLocationFrequencyMustBeAtLeastADay() {
        assertEquals("PhysInvErrorFrequencyNotPositive",
                assertThrows(CycleException.class, () -> CountFrequencies.checkLocationDays(0)).labelKey());
    }
}
