package org.physicalinventory.count;

import static org.junit.Assert.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.Test;
import org.physicalinventory.count.GridEdits.Edit;

public class GridEditsTest {

    @Test
    public void onlyTheRowsTypedDifferentlyFromWhatThePageShowedAreStored() {
        List<Edit> edits = GridEdits.changed(Map.of("3", "7", "1", "5", "2", ""), Map.of("3", "", "1", "5", "2", ""), Locale.ENGLISH);
        assertEquals(List.of(new Edit("3", "7")), edits);
    }

    @Test
    public void aCountTypedAgainAsItWasShownIsNotStored() {
        assertEquals(List.of(), GridEdits.changed(Map.of("1", " 5,0 ", "2", "2.50"), Map.of("1", "5", "2", "2,5"), Locale.ITALIAN));
    }

    @Test
    public void theChangedRowsComeInLineOrderSoThatTheirLinesAreLockedInOneOrder() {
        List<Edit> edits = GridEdits.changed(Map.of("20", "1", "10", "2", "15", "3"), Map.of(), Locale.ENGLISH);
        assertEquals(List.of("10", "15", "20"), edits.stream().map(Edit::lineSeqId).toList());
    }

    @Test
    public void aCountClearedOrNotAQuantityIsStoredSoThatItIsRefusedAndSaysWhy() {
        List<Edit> edits = GridEdits.changed(Map.of("1", "", "2", "12abc"), Map.of("1", "4", "2", "12"), Locale.ENGLISH);
        assertEquals(List.of(new Edit("1", ""), new Edit("2", "12abc")), edits);
    }

    @Test
    public void aQuantityIsShownAsItIsTypedBackInTheUsersLanguage() {
        assertEquals("1234.5", QuantityReader.format(new BigDecimal("1234.500000"), Locale.ENGLISH));
        assertEquals("1234,5", QuantityReader.format(new BigDecimal("1234.500000"), Locale.ITALIAN));
        assertEquals("100", QuantityReader.format(new BigDecimal("1E+2"), Locale.GERMAN));
        assertEquals("0", QuantityReader.format(new BigDecimal("0.000000"), Locale.ENGLISH));
        assertEquals("", QuantityReader.format(null, Locale.ENGLISH));
    }
}
