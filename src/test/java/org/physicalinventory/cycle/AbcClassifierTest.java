package org.physicalinventory.cycle;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.Test;

public class AbcClassifierTest {

    private static ProductUsage used(String productId, String value) {
        return new ProductUsage(productId, BigDecimal.ONE, new BigDecimal(value));
    }

    private static Map<String, AbcClass> classes(List<ProductClass> ranked) {
        return ranked.stream().collect(Collectors.toMap(ProductClass::productId, ProductClass::abcClass));
    }

    @Test
    public void theProductsMakingTheFirstEightyPercentAreAThenFifteenPercentBTheRestC() throws CycleException {
        // 50 + 25 = 75 before the third: it starts inside the A share and stays A; 87 before the fourth: B; 95: C
        List<ProductClass> ranked = AbcClassifier.classify(List.of(used("P3", "12"), used("P1", "50"), used("P2", "25"),
                used("P4", "8"), used("P5", "5")), Set.of(), AbcShares.DEFAULT);
        assertEquals(List.of("P1", "P2", "P3", "P4", "P5"), ranked.stream().map(ProductClass::productId).toList());
        assertEquals(Map.of("P1", AbcClass.A, "P2", AbcClass.A, "P3", AbcClass.A, "P4", AbcClass.B, "P5", AbcClass.C), classes(ranked));
        assertEquals(0, new BigDecimal("87").compareTo(ranked.get(2).cumulativePercent()));
        assertEquals(0, new BigDecimal("8").compareTo(ranked.get(3).sharePercent()));
        assertEquals(4, ranked.get(3).rank());
    }

    @Test
    public void aProductThatIsMostOfTheValueAloneIsA() throws CycleException {
        List<ProductClass> ranked = AbcClassifier.classify(List.of(used("BIG", "95"), used("SMALL", "5")), Set.of(), AbcShares.DEFAULT);
        assertEquals(Map.of("BIG", AbcClass.A, "SMALL", AbcClass.C), classes(ranked));
    }

    @Test
    public void productsOfEqualValueAtABoundaryAllTakeTheClassWhereTheTieStarts() throws CycleException {
        // 70 before the tie of three 10s: the tie starts in A, so all three are A, whatever their order
        List<ProductClass> ranked = AbcClassifier.classify(List.of(used("T3", "10"), used("TOP", "70"), used("T1", "10"), used("T2", "10")),
                Set.of(), AbcShares.DEFAULT);
        assertEquals(Map.of("TOP", AbcClass.A, "T1", AbcClass.A, "T2", AbcClass.A, "T3", AbcClass.A), classes(ranked));
        assertEquals("ties keep the product id order", List.of("TOP", "T1", "T2", "T3"), ranked.stream().map(ProductClass::productId).toList());
        // a tie starting at 90 percent is C as a whole, though its first product alone would start in C too and the last at 95
        ranked = AbcClassifier.classify(List.of(used("X", "90"), used("Y1", "5"), used("Y2", "5")), Set.of(), AbcShares.DEFAULT);
        assertEquals(Map.of("X", AbcClass.A, "Y1", AbcClass.B, "Y2", AbcClass.B), classes(ranked));
    }

    @Test
    public void equalValuesWrittenWithDifferentScalesAreOneTie() throws CycleException {
        List<ProductClass> ranked = AbcClassifier.classify(List.of(used("A1", "81"), used("Q1", "9.50"), used("Q2", "9.5")),
                Set.of(), AbcShares.DEFAULT);
        assertEquals(AbcClass.B, classes(ranked).get("Q1"));
        assertEquals(AbcClass.B, classes(ranked).get("Q2"));
    }

    @Test
    public void stockThatDidNotMoveIsCAndSeveralPartsOfOneProductAreAdded() throws CycleException {
        List<ProductClass> ranked = AbcClassifier.classify(List.of(used("P1", "40"), used("P1", "45"), used("P2", "15")),
                Set.of("P1", "STILL"), AbcShares.DEFAULT);
        assertEquals(Map.of("P1", AbcClass.A, "P2", AbcClass.B, "STILL", AbcClass.C), classes(ranked));
        assertEquals(0, new BigDecimal("85").compareTo(ranked.get(0).value()));
        assertEquals(0, BigDecimal.ZERO.compareTo(ranked.get(2).value()));
    }

    @Test
    public void aNetReturnCountsAsNothingLeaving() throws CycleException {
        List<ProductClass> ranked = AbcClassifier.classify(List.of(used("P1", "100"), used("RETURNED", "-20")), Set.of(), AbcShares.DEFAULT);
        assertEquals(AbcClass.C, classes(ranked).get("RETURNED"));
    }

    @Test
    public void aPeriodWithNoMovementsIsRefused() {
        CycleException empty = assertThrows(CycleException.class, () -> AbcClassifier.classify(List.of(), Set.of("P1"), AbcShares.DEFAULT));
        assertEquals("PhysInvErrorNoMovementsInPeriod", empty.labelKey());
        CycleException worthless = assertThrows(CycleException.class,
                () -> AbcClassifier.classify(List.of(used("P1", "0")), Set.of(), AbcShares.DEFAULT));
        assertEquals("PhysInvErrorNoMovementsInPeriod", worthless.labelKey());
    }

    @Test
    public void otherSharesMoveTheBoundaries() throws CycleException {
        AbcShares shares = AbcShares.of(new BigDecimal("50"), new BigDecimal("30"), new BigDecimal("20"));
        List<ProductClass> ranked = AbcClassifier.classify(List.of(used("P1", "40"), used("P2", "30"), used("P3", "20"), used("P4", "10")),
                Set.of(), shares);
        assertEquals(Map.of("P1", AbcClass.A, "P2", AbcClass.A, "P3", AbcClass.B, "P4", AbcClass.C), classes(ranked));
    }
}
