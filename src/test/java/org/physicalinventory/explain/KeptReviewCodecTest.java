package org.physicalinventory.explain;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import org.junit.Test;
import org.physicalinventory.count.LineKey;
import org.physicalinventory.difference.Adjustment;
import org.physicalinventory.difference.CountedLine;
import org.physicalinventory.difference.CountedLine.LineRef;
import org.physicalinventory.difference.Difference;
import org.physicalinventory.difference.MovedChoice;
import org.physicalinventory.difference.Resolution;
import org.physicalinventory.difference.SlicedReview.Reviewed;
import org.physicalinventory.reconciliation.Document;

public class KeptReviewCodecTest {

    private static final Instant COUNTED = Instant.parse("2026-11-20T10:00:00.123456789Z");

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static Reviewed reviewed(LineKey key, List<Adjustment> adjustments, Resolution resolution, MovedChoice moved, boolean conflict) {
        CountedLine first = new CountedLine("L1", "00001", key, d("4.000000"), d("5"), COUNTED, false, resolution, moved);
        CountedLine second = new CountedLine("L2", "00007", key, null, null, null, true, null, null);
        Difference difference = new Difference(key, List.of(first.ref(), second.ref()), d("5"), d("5.0"), conflict ? null : d("4.000000"),
                d("-1"), moved, conflict, true, false, d("2.50"), d("-2.5000"), "VAR_LOST", null, "A3", adjustments);
        return new Reviewed(difference, List.of(first, second));
    }

    private static KeptReviewCodec.Kept sample() {
        LineKey plain = new LineKey("P1", "A1", null, null);
        LineKey lot = new LineKey("P2", "A1", "LOT-9", null);
        LineKey serial = new LineKey("PS", "A2", null, "SN1");
        List<Reviewed> first = List.of(
                reviewed(plain, List.of(new Adjustment.ItemVariance("I1", d("-1"), d("2.50"), "VAR_LOST")), null, MovedChoice.KEEP_COUNT, false),
                reviewed(lot, List.of(new Adjustment.FoundItem(lot, d("3"), d("1.25"), "VAR_FOUND")), Resolution.ADD, null, false));
        List<Reviewed> second = List.of(reviewed(serial, List.of(new Adjustment.SerialMove("S1", "A0", "A2")), Resolution.KEEP, null, false),
                reviewed(new LineKey("P3", "A2", null, null), List.of(), null, null, true));
        List<Movement> movements = List.of(
                new Movement(plain, "I1", COUNTED.minusSeconds(60), d("-2"), MovementKind.SHIPMENT, new Document(Document.Kind.SHIPMENT, "10020")),
                new Movement(lot, "I2", COUNTED.plusSeconds(5), d("1.5"), MovementKind.OTHER, null));
        return new KeptReviewCodec.Kept(List.of(first, second), Duration.ofHours(4), movements, Map.of("P1", d("12")),
                Map.of("L1|00001", COUNTED, "L2|00007", COUNTED.plusNanos(1)), null);
    }

    @Test
    public void aKeptReviewReadBackHoldsTheSameDifferencesLinesAndMovementsToTheLastDigit() {
        KeptReviewCodec.Kept kept = sample();

        KeptReviewCodec.Kept back = KeptReviewCodec.decode(KeptReviewCodec.encode(kept)).orElseThrow();

        assertEquals(kept, back);
        // the scale of a quantity is kept: 4.000000 is not read back as 4
        assertEquals("4.000000", back.slices().get(0).get(0).difference().counted().toString());
    }

    @Test
    public void aReviewWithoutCausesOrDifferencesReadsBackEmpty() {
        KeptReviewCodec.Kept empty = new KeptReviewCodec.Kept(List.of(), null, List.of(), Map.of(), Map.of(), Map.of());

        assertEquals(empty, KeptReviewCodec.decode(KeptReviewCodec.encode(empty)).orElseThrow());
    }

    @Test
    public void aKeptReviewWrittenByAnotherVersionReadsAsNothing() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(bytes))) {
            out.writeInt(KeptReviewCodec.VERSION + 1);
        }

        assertTrue(KeptReviewCodec.decode(bytes.toByteArray()).isEmpty());
    }

    @Test
    public void aRepeatedTextIsWrittenOnce() {
        List<Reviewed> many = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            many.add(reviewed(new LineKey("P" + i, "A-LONG-LOCATION-NAME", null, null), List.of(), null, null, false));
        }
        KeptReviewCodec.Kept kept = new KeptReviewCodec.Kept(List.of(many), null, List.of(), Map.of(), null, null);

        byte[] bytes = KeptReviewCodec.encode(kept);

        assertEquals(kept, KeptReviewCodec.decode(bytes).orElseThrow());
        assertTrue("a key's difference takes a few bytes once gzipped: " + bytes.length, bytes.length < 20 * 1000);
    }
}
