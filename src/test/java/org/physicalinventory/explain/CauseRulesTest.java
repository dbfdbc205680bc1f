package org.physicalinventory.explain;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.Test;
import org.physicalinventory.count.LineKey;
import org.physicalinventory.reconciliation.Document;

public class CauseRulesTest {

    private static final Instant COUNT = Instant.parse("2026-11-30T10:00:00Z");
    private static final Duration HOUR = Duration.ofHours(1);
    private static final LineKey A1 = new LineKey("P1", "A01", null, null);
    private static final CauseRules.Setting SETTING = new CauseRules.Setting("WH", HOUR, Set.of("A01", "A02", "B01"), Map.of());

    private static BigDecimal q(long value) {
        return BigDecimal.valueOf(value);
    }

    private static ExplainedLine line(LineKey key, long book, Long counted) {
        return new ExplainedLine(key, q(book), counted == null ? null : q(counted), counted == null ? null : COUNT);
    }

    private static Movement receipt(LineKey key, Instant at, long quantity) {
        return Movement.of(key, "I1", at, q(quantity), new Movement.Origin(null, "R1", null, null, null, null, null, null, null));
    }

    private static Movement pick(LineKey key, Instant at, long quantity) {
        return Movement.of(key, "I1", at, q(quantity), new Movement.Origin(null, null, null, null, "II1", "S1", "O1", null, null));
    }

    private static Transfer transfer(String fromLocation, String toFacility, String toLocation, long quantity, Instant sent, Instant received) {
        return new Transfer("T1", "P1", null, null, "WH", fromLocation, toFacility, toLocation, q(quantity), sent, received);
    }

    // cut-off

    @Test
    public void aReceiptBookedJustBeforeTheCountOfTheMissingQuantityIsALikelyCutOff() {
        List<LikelyCause> causes = CauseRules.cutOff(line(A1, 30, 20L), List.of(receipt(A1, COUNT.minusSeconds(600), 10)), HOUR);
        assertEquals(1, causes.size());
        assertEquals(CauseKind.CUT_OFF_RECEIPT, causes.get(0).kind());
        assertEquals(new Document(Document.Kind.RECEIPT, "R1"), causes.get(0).document());
        assertEquals(0, q(10).compareTo(causes.get(0).quantity()));
    }

    @Test
    public void aPickBookedJustAfterTheCountIsALikelyCutOff() {
        List<LikelyCause> causes = CauseRules.cutOff(line(A1, 30, 25L), List.of(pick(A1, COUNT.plusSeconds(300), -5)), HOUR);
        assertEquals(List.of(CauseKind.CUT_OFF_ISSUE), causes.stream().map(LikelyCause::kind).toList());
        assertEquals(new Document(Document.Kind.SHIPMENT, "S1"), causes.get(0).document());
    }

    @Test
    public void aMovementExactlyAtTheWindowsEdgeCounts() {
        assertEquals(1, CauseRules.cutOff(line(A1, 30, 20L), List.of(receipt(A1, COUNT.minus(HOUR), 10)), HOUR).size());
        assertEquals(1, CauseRules.cutOff(line(A1, 30, 20L), List.of(receipt(A1, COUNT.plus(HOUR), 10)), HOUR).size());
    }

    @Test
    public void aMovementJustOutsideTheWindowIsNoCutOff() {
        assertEquals(List.of(), CauseRules.cutOff(line(A1, 30, 20L), List.of(receipt(A1, COUNT.minus(HOUR).minusSeconds(1), 10)), HOUR));
        assertEquals(List.of(), CauseRules.cutOff(line(A1, 30, 20L), List.of(receipt(A1, COUNT.plus(HOUR).plusSeconds(1), 10)), HOUR));
    }

    @Test
    public void aReceiptOfAnotherQuantityIsNoCutOff() {
        assertEquals(List.of(), CauseRules.cutOff(line(A1, 130, 120L), List.of(receipt(A1, COUNT, 100)), HOUR));
    }

    @Test
    public void theWindowsPicksTogetherMakingTheDifferenceAreACutOffNamingTheNearest() {
        List<LikelyCause> causes = CauseRules.cutOff(line(A1, 30, 24L), List.of(pick(A1, COUNT.plusSeconds(1200), -4),
                Movement.of(A1, "I1", COUNT.plusSeconds(60), q(-2), new Movement.Origin(null, null, null, null, "II2", null, "O9", null, null))),
                HOUR);
        assertEquals(CauseKind.CUT_OFF_ISSUE, causes.get(0).kind());
        assertEquals(new Document(Document.Kind.ORDER, "O9"), causes.get(0).document());
    }

    @Test
    public void noMovementsNoCutOff() {
        assertEquals(List.of(), CauseRules.cutOff(line(A1, 30, 20L), List.of(), HOUR));
    }

    @Test
    public void anUncountedLineHasNoCountTimeAndNoCutOff() {
        assertEquals(List.of(), CauseRules.cutOff(line(A1, 10, null), List.of(receipt(A1, COUNT, 10)), HOUR));
    }

    @Test
    public void anotherLotsReceiptIsNoCutOffOfThisLot() {
        LineKey lotA = new LineKey("P1", "A01", "LOT-A", null);
        LineKey lotB = new LineKey("P1", "A01", "LOT-B", null);
        assertEquals(List.of(), CauseRules.cutOff(line(lotA, 30, 20L), List.of(receipt(lotB, COUNT, 10)), HOUR));
        assertEquals(1, CauseRules.cutOff(line(lotA, 30, 20L), List.of(receipt(lotA, COUNT, 10)), HOUR).size());
    }

    @Test
    public void aSerialPickedAtTheCountIsACutOff() {
        LineKey serial = new LineKey("P1", "A01", null, "SN-1");
        assertEquals(List.of(CauseKind.CUT_OFF_ISSUE), CauseRules.cutOff(line(serial, 1, 0L), List.of(pick(serial, COUNT.plusSeconds(5), -1)),
                HOUR).stream().map(LikelyCause::kind).toList());
    }

    @Test
    public void aVarianceInTheWindowIsNoCutOff() {
        Movement variance = Movement.of(A1, "I1", COUNT, q(10), new Movement.Origin("PHI1", null, null, null, null, null, null, null, null));
        assertEquals(List.of(), CauseRules.cutOff(line(A1, 30, 20L), List.of(variance), HOUR));
    }

    // transfers

    @Test
    public void aTransferOutToAnotherFacilityUnderWayAtTheCountExplainsAShortage() {
        Transfer out = transfer("A01", "WH2", "X1", 8, COUNT.minusSeconds(3600 * 5), null);
        LikelyCause cause = CauseRules.transfer(line(A1, 20, 12L), List.of(out), SETTING).orElseThrow();
        assertEquals(CauseKind.TRANSFER_UNCOUNTED, cause.kind());
        assertEquals(new Document(Document.Kind.TRANSFER, "T1"), cause.document());
        assertEquals("X1", cause.toLocationSeqId());
    }

    @Test
    public void aTransferOutToALocationTheInventoryDoesNotCountExplainsAShortage() {
        Transfer out = transfer("A01", "WH", "Z9", 8, COUNT.minusSeconds(60), null);
        assertTrue(CauseRules.transfer(line(A1, 20, 12L), List.of(out), SETTING).isPresent());
    }

    @Test
    public void aTransferToACountedLocationIsNoTransferCause() {
        Transfer out = transfer("A01", "WH", "B01", 8, COUNT.minusSeconds(60), null);
        assertTrue(CauseRules.transfer(line(A1, 20, 12L), List.of(out), SETTING).isEmpty());
    }

    @Test
    public void aTransferReceivedLongBeforeTheCountIsNoCause() {
        Transfer out = transfer("A01", "WH2", "X1", 8, COUNT.minusSeconds(3600 * 48), COUNT.minusSeconds(3600 * 24));
        assertTrue(CauseRules.transfer(line(A1, 20, 12L), List.of(out), SETTING).isEmpty());
    }

    @Test
    public void aTransferOutDoesNotExplainASurplus() {
        Transfer out = transfer("A01", "WH2", "X1", 8, COUNT.minusSeconds(60), null);
        assertTrue(CauseRules.transfer(line(A1, 20, 28L), List.of(out), SETTING).isEmpty());
    }

    @Test
    public void aTransferInFromAnUncountedPlaceExplainsASurplus() {
        Transfer in = new Transfer("T2", "P1", null, null, "WH2", "X1", "WH", "A01", q(6), COUNT.minusSeconds(600), COUNT.plusSeconds(600));
        LikelyCause cause = CauseRules.transfer(line(A1, 20, 26L), List.of(in), SETTING).orElseThrow();
        assertEquals("X1", cause.fromLocationSeqId());
    }

    @Test
    public void aTransferSmallerThanTheDifferenceIsNoCause() {
        Transfer out = transfer("A01", "WH2", "X1", 3, COUNT.minusSeconds(60), null);
        assertTrue(CauseRules.transfer(line(A1, 20, 12L), List.of(out), SETTING).isEmpty());
    }

    // mislaid

    @Test
    public void theSameQuantityMissingHereAndFoundThereIsAMislaidPalletToMove() {
        LineKey b1 = new LineKey("P1", "B01", null, null);
        Map<LineKey, LikelyCause> moves = CauseRules.mislaid(List.of(line(A1, 40, 0L), line(b1, 0, 40L)));
        LikelyCause move = moves.get(A1);
        assertEquals(CauseKind.MISLAID, move.kind());
        assertEquals("A01", move.fromLocationSeqId());
        assertEquals("B01", move.toLocationSeqId());
        assertEquals(0, q(40).compareTo(move.quantity()));
        assertEquals(move, moves.get(b1));
    }

    @Test
    public void anotherLotFoundElsewhereIsNoMislaidPallet() {
        LineKey a = new LineKey("P1", "A01", "LOT-A", null);
        LineKey b = new LineKey("P1", "B01", "LOT-B", null);
        assertEquals(Map.of(), CauseRules.mislaid(List.of(line(a, 40, 0L), line(b, 0, 40L))));
    }

    @Test
    public void anotherQuantityFoundElsewhereIsNoMislaidPallet() {
        LineKey b1 = new LineKey("P1", "B01", null, null);
        assertEquals(Map.of(), CauseRules.mislaid(List.of(line(A1, 40, 0L), line(b1, 0, 39L))));
    }

    @Test
    public void oneSurplusPairsWithOneShortageOnly() {
        LineKey a2 = new LineKey("P1", "A02", null, null);
        LineKey b1 = new LineKey("P1", "B01", null, null);
        Map<LineKey, LikelyCause> moves = CauseRules.mislaid(List.of(line(a2, 5, 0L), line(A1, 5, 0L), line(b1, 0, 5L)));
        assertEquals("A01", moves.get(b1).fromLocationSeqId());
        assertEquals(null, moves.get(a2));
    }

    @Test
    public void anUncountedLineIsNoMislaidPallet() {
        LineKey b1 = new LineKey("P1", "B01", null, null);
        assertEquals(Map.of(), CauseRules.mislaid(List.of(line(A1, 40, null), line(b1, 0, 40L))));
    }

    @Test
    public void serialNumbersAreLeftToTheReviewsOwnSerialMoves() {
        LineKey a = new LineKey("P1", "A01", null, "SN-1");
        LineKey b = new LineKey("P1", "B01", null, "SN-1");
        assertEquals(Map.of(), CauseRules.mislaid(List.of(line(a, 1, 0L), line(b, 0, 1L))));
    }

    // unit multiple

    @Test
    public void countedTwelveTimesTheBookIsAUnitMultiple() {
        LikelyCause cause = CauseRules.unitMultiple(line(A1, 5, 60L), null).orElseThrow();
        assertEquals(CauseKind.UNIT_MULTIPLE, cause.kind());
        assertEquals(0, q(12).compareTo(cause.quantity()));
    }

    @Test
    public void aBookTenTimesTheCountIsAUnitMultiple() {
        assertEquals(0, q(10).compareTo(CauseRules.unitMultiple(line(A1, 70, 7L), null).orElseThrow().quantity()));
    }

    @Test
    public void countedThePacksTimesTheBookIsAUnitMultiple() {
        assertEquals(0, q(6).compareTo(CauseRules.unitMultiple(line(A1, 4, 24L), q(6)).orElseThrow().quantity()));
    }

    @Test
    public void aDifferenceOfWholePacksIsAUnitMultiple() {
        assertEquals(0, q(24).compareTo(CauseRules.unitMultiple(line(A1, 50, 2L), q(24)).orElseThrow().quantity()));
    }

    @Test
    public void anOrdinaryShortageIsNoUnitMultiple() {
        assertTrue(CauseRules.unitMultiple(line(A1, 50, 47L), q(12)).isEmpty());
        assertTrue(CauseRules.unitMultiple(line(A1, 50, 47L), null).isEmpty());
    }

    @Test
    public void nothingCountedIsNoUnitMultiple() {
        assertTrue(CauseRules.unitMultiple(line(A1, 10, 0L), null).isEmpty());
        assertTrue(CauseRules.unitMultiple(line(A1, 0, 10L), null).isEmpty());
    }

    // all rules together

    @Test
    public void everyRuleTogetherByKeyInTheOrderOfTheKinds() {
        LineKey b1 = new LineKey("P1", "B01", null, null);
        LineKey p2 = new LineKey("P2", "A02", null, null);
        Map<LineKey, List<LikelyCause>> causes = CauseRules.explain(List.of(line(A1, 10, 0L), line(b1, 0, 10L), line(p2, 3, 36L),
                line(new LineKey("P3", "A02", null, null), 5, 5L)), List.of(receipt(A1, COUNT.minusSeconds(30), 10)), List.of(),
                SETTING);
        assertEquals(List.of(CauseKind.MISLAID, CauseKind.CUT_OFF_RECEIPT),
                causes.get(A1).stream().map(LikelyCause::kind).toList());
        assertEquals(List.of(CauseKind.MISLAID), causes.get(b1).stream().map(LikelyCause::kind).toList());
        assertEquals(List.of(CauseKind.UNIT_MULTIPLE), causes.get(p2).stream().map(LikelyCause::kind).toList());
        assertEquals(3, causes.size());
    }

    @Test
    public void aBlindListsLineIsExplainedLikeAnyOther() {
        // the rules see book and count, never the list type: a blind list only hides the book from the counter
        assertEquals(1, CauseRules.explain(List.of(line(A1, 2, 24L)), List.of(), List.of(), SETTING).size());
    }

    @Test
    public void noDifferenceNoCause() {
        assertEquals(Map.of(), CauseRules.explain(List.of(line(A1, 10, 10L)), List.of(receipt(A1, COUNT, 10)), List.of(), SETTING));
    }

    // brought up to date for the changed keys only

    @Test
    public void theCausesBroughtUpToDateForTheChangedKeysAreThoseOfEveryLineWorkedOutAgain() {
        java.util.Random random = new java.util.Random(17);
        for (int round = 0; round < 200; round++) {
            Map<LineKey, ExplainedLine> before = new java.util.LinkedHashMap<>();
            for (int i = 0; i < 40; i++) {
                LineKey key = randomKey(random);
                before.put(key, randomLine(random, key));
            }
            List<Movement> movements = new java.util.ArrayList<>();
            before.keySet().forEach(key -> {
                if (random.nextInt(3) == 0) {
                    long quantity = 1 + random.nextInt(6);
                    movements.add(random.nextBoolean() ? receipt(key, COUNT.minusSeconds(random.nextInt(7200)), quantity)
                            : pick(key, COUNT.plusSeconds(random.nextInt(7200)), -quantity));
                }
            });
            List<Transfer> transfers = List.of(transfer("A01", "OTHER", null, 3, COUNT.minusSeconds(60), null),
                    transfer("B01", "WH", "C09", 2, COUNT.minusSeconds(60), null));
            CauseRules.Setting setting = new CauseRules.Setting("WH", HOUR, Set.of("A01", "A02", "B01"), Map.of("P2", q(6)));
            Map<LineKey, List<LikelyCause>> kept = CauseRules.explain(List.copyOf(before.values()), movements, transfers, setting);

            // a few keys counted again, one counted for the first time, one no longer in the review
            Map<LineKey, ExplainedLine> after = new java.util.LinkedHashMap<>(before);
            Set<LineKey> changed = new java.util.HashSet<>();
            List<LineKey> keys = List.copyOf(before.keySet());
            for (int i = 0; i < 1 + random.nextInt(4); i++) {
                LineKey key = keys.get(random.nextInt(keys.size()));
                after.put(key, randomLine(random, key));
                changed.add(key);
            }
            LineKey added = randomKey(random);
            after.put(added, randomLine(random, added));
            changed.add(added);
            LineKey gone = keys.get(random.nextInt(keys.size()));
            after.remove(gone);
            changed.add(gone);
            List<Movement> ofChanged = movements.stream().filter(m -> changed.contains(m.key())).toList();

            List<ExplainedLine> lines = List.copyOf(after.values());
            assertEquals("round " + round, CauseRules.explain(lines, movements, transfers, setting),
                    CauseRules.again(kept, lines, changed, ofChanged, transfers, setting));
        }
    }

    private static LineKey randomKey(java.util.Random random) {
        String[] locations = {"A01", "A02", "B01", "C09"};
        return new LineKey("P" + (1 + random.nextInt(3)), locations[random.nextInt(locations.length)], random.nextBoolean() ? null : "LOT-1",
                random.nextInt(10) == 0 ? "SN-" + random.nextInt(3) : null);
    }

    private static ExplainedLine randomLine(java.util.Random random, LineKey key) {
        long book = random.nextInt(8);
        return line(key, book, random.nextInt(6) == 0 ? null : (long) random.nextInt(8) * (random.nextInt(5) == 0 ? 6 : 1));
    }
}
