package org.physicalinventory.bench;

import static org.junit.Assert.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.Test;

public class RoundsTest {

    @Test
    public void theBestRoundIsTheQuickest() {
        assertEquals(1.5, new Rounds(List.of(2.0, 1.5, 3.25)).best(), 0);
    }

    @Test
    public void theMedianOfAnOddNumberOfRoundsIsTheMiddleOne() {
        assertEquals(2.0, new Rounds(List.of(9.0, 2.0, 1.5, 2.5, 1.0)).median(), 0);
    }

    @Test
    public void theMedianOfAnEvenNumberOfRoundsIsTheMeanOfTheTwoInTheMiddle() {
        assertEquals(2.25, new Rounds(List.of(3.0, 1.0, 2.0, 2.5)).median(), 0);
    }

    @Test
    public void oneRoundIsItsOwnBestAndMedian() {
        Rounds one = new Rounds(List.of(4.2));
        assertEquals(4.2, one.best(), 0);
        assertEquals(4.2, one.median(), 0);
        assertEquals(1, one.count());
    }

    @Test
    public void theRoundsKeepTheirOrderAndAreNotChangedByTheMedian() {
        List<Double> seconds = new ArrayList<>(List.of(3.0, 1.0, 2.0));
        Rounds rounds = new Rounds(seconds);
        rounds.median();
        seconds.add(0.1);
        assertEquals(List.of(3.0, 1.0, 2.0), rounds.seconds());
    }

    @Test(expected = IllegalArgumentException.class)
    public void aPathWithoutRoundsIsRefused() {
        new Rounds(List.of());
    }
}
