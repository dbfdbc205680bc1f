package org.physicalinventory.count;

import static org.junit.Assert.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.junit.Test;

public class EmptyLocationTest {

    private static CountLine line(String seq, String book, String counted) {
        return new CountLine(seq, new LineKey("P" + seq, "B07", null, null), new BigDecimal(book), counted == null ? null : new BigDecimal(counted),
                false);
    }

    @Test
    public void aLocationWhoseBookIsZeroIsConfirmedEmptyInOneRead() {
        List<CountLine> lines = List.of(line("1", "0", null), line("2", "0", "0"), line("3", "0", null));
        assertEquals(Optional.empty(), EmptyLocation.refusal(BigDecimal.ZERO, lines));
        assertEquals(List.of("1", "3"), EmptyLocation.toConfirm(lines).stream().map(CountLine::lineSeqId).toList());
    }

    @Test
    public void aLocationWithStockOnTheBookOrCountedIsNotConfirmedEmpty() {
        assertEquals(Optional.of("PhysInvErrorLocationNotEmpty"),
                EmptyLocation.refusal(BigDecimal.ZERO, List.of(line("1", "0", null), line("2", "3", null))));
        assertEquals(Optional.of("PhysInvErrorLocationNotEmpty"), EmptyLocation.refusal(BigDecimal.ZERO, List.of(line("1", "0", "2"))));
        // another product is on the book there, though the list does not count it: the location is not empty
        assertEquals(Optional.of("PhysInvErrorLocationNotEmpty"), EmptyLocation.refusal(new BigDecimal("11"), List.of(line("1", "0", null))));
    }

    @Test
    public void aLocationWithoutLinesHasNothingToCount() {
        assertEquals(Optional.empty(), EmptyLocation.refusal(BigDecimal.ZERO, List.of()));
        assertEquals(List.of(), EmptyLocation.toConfirm(List.of()));
    }
}
