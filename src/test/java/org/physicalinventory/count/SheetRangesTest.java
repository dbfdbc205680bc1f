package org.physicalinventory.count;

import static org.junit.Assert.assertEquals;

import java.util.List;

import org.junit.Test;
import org.physicalinventory.count.SheetRanges.Location;
import org.physicalinventory.count.SheetRanges.Range;

public class SheetRangesTest {

    @Test
    public void consecutiveLocationsOfAListShareASheetUpToTheMostLines() {
        List<Range> ranges = SheetRanges.of(List.of(new Location("L1", "A01", 300), new Location("L1", "A02", 400), new Location("L1", "A03", 400),
                new Location("L1", "A04", 100)), 1000);
        assertEquals(List.of(new Range(1, "L1", "A01", "A02", 700), new Range(2, "L1", "A03", "A04", 500)), ranges);
    }

    @Test
    public void aLocationIsNeverCutInTwoEvenWhenItHasMoreLinesThanASheet() {
        List<Range> ranges = SheetRanges.of(List.of(new Location("L1", "A01", 10), new Location("L1", "A02", 2500), new Location("L1", "A03", 10)),
                1000);
        assertEquals(List.of(new Range(1, "L1", "A01", "A01", 10), new Range(2, "L1", "A02", "A02", 2500), new Range(3, "L1", "A03", "A03", 10)),
                ranges);
    }

    @Test
    public void eachListHasSheetsOfItsOwn() {
        List<Range> ranges = SheetRanges.of(List.of(new Location("L1", "A01", 10), new Location("L2", "A02", 10)), 1000);
        assertEquals(List.of(new Range(1, "L1", "A01", "A01", 10), new Range(2, "L2", "A02", "A02", 10)), ranges);
    }

    @Test
    public void theLinesWithoutALocationAreASheetOfTheirOwnAmongTheirListsSheets() {
        List<Range> ranges = SheetRanges.of(List.of(new Location("L1", "A01", 10), new Location("L2", null, 5), new Location("L2", "B01", 7)), 1000);
        assertEquals(List.of(new Range(1, "L1", "A01", "A01", 10), new Range(2, "L2", null, null, 5), new Range(3, "L2", "B01", "B01", 7)), ranges);
        assertEquals("002_L2_no-location.pdf", ranges.get(1).fileName());
    }

    @Test
    public void everyLineIsOnExactlyOneSheet() {
        List<Location> locations = new java.util.ArrayList<>();
        long total = 0;
        for (int l = 0; l < 3; l++) {
            for (int i = 0; i < 200; i++) {
                locations.add(new Location("L" + l, String.format("A%03d", i), 1 + (i * 37L + l) % 90));
                total += 1 + (i * 37L + l) % 90;
            }
        }
        List<Range> ranges = SheetRanges.of(locations, 500);
        assertEquals(total, SheetRanges.lines(ranges));
        ranges.forEach(range -> assertEquals(true, range.lines() <= 500));
    }

    @Test
    public void theFileNamesSortAsTheSheetsAndNameTheirLocations() {
        List<Range> ranges = SheetRanges.of(List.of(new Location("L/1", "A 01", 10), new Location("L/1", "A 02", 10)), 1000);
        assertEquals("001_L_1_A_01-A_02.pdf", ranges.get(0).fileName());
    }
}
