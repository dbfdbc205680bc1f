package org.physicalinventory.explain;

import static org.junit.Assert.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.junit.Test;
import org.physicalinventory.count.LineKey;
import org.physicalinventory.explain.Story.Since;
import org.physicalinventory.explain.Story.SinceKind;
import org.physicalinventory.reconciliation.Document;

public class StoryTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    private static final Instant BEFORE = Instant.parse("2026-11-01T12:00:00Z");
    private static final LineKey A1 = new LineKey("P1", "A01", null, null);
    private static final Since SINCE = new Since(SinceKind.PREVIOUS_INVENTORY, BEFORE, "PI1");

    private static Movement movement(Instant at, long quantity, Movement.Origin origin) {
        return Movement.of(A1, "I1", at, BigDecimal.valueOf(quantity), origin);
    }

    private static Movement.Origin origin(String physicalInventoryId, String receiptId, String receiptShipmentId, String returnId,
            String issuanceId, String issuanceShipmentId, String orderId, String workEffortId) {
        return new Movement.Origin(physicalInventoryId, receiptId, receiptShipmentId, returnId, issuanceId, issuanceShipmentId, orderId,
                workEffortId, null);
    }

    @Test
    public void theStoryStartsAtThePreviousCountOfThisPlugin() {
        assertEquals(new Since(SinceKind.PREVIOUS_INVENTORY, BEFORE, "PI1"), Story.since(BEFORE, "PI1", null, null, NOW, 365));
    }

    @Test
    public void aLaterVarianceOfOfbizIsThePreviousCount() {
        Instant later = BEFORE.plusSeconds(3600);
        assertEquals(new Since(SinceKind.PREVIOUS_VARIANCE, later, "10020"), Story.since(BEFORE, "PI1", later, "10020", NOW, 365));
    }

    @Test
    public void anEarlierVarianceIsNotThePreviousCount() {
        assertEquals(SinceKind.PREVIOUS_INVENTORY, Story.since(BEFORE, "PI1", BEFORE.minusSeconds(1), "10020", NOW, 365).kind());
    }

    @Test
    public void neverCountedTheStoryCoversTheParametersPeriod() {
        Since since = Story.since(null, null, null, null, NOW, 30);
        assertEquals(SinceKind.PERIOD, since.kind());
        assertEquals(Instant.parse("2026-11-01T12:00:00Z"), since.at());
        assertEquals("30", since.reference());
    }

    @Test
    public void eachMovementTellsItsKindAndItsDocument() {
        List<Story.Row> rows = Story.rows("WH", A1, SINCE, List.of(
                movement(NOW.minusSeconds(60), 10, origin(null, "R1", "S1", null, null, null, null, null)),
                movement(NOW.minusSeconds(50), 2, origin(null, "R2", null, "RT1", null, null, null, null)),
                movement(NOW.minusSeconds(40), -3, origin(null, null, null, null, "II1", "S2", "O1", null)),
                movement(NOW.minusSeconds(30), -1, origin(null, null, null, null, "II2", null, "O2", null)),
                movement(NOW.minusSeconds(20), -4, origin(null, null, null, null, "II3", null, null, "WE1")),
                movement(NOW.minusSeconds(10), -5, origin("PHI1", null, null, null, null, null, null, null)),
                movement(NOW.minusSeconds(5), 7, Movement.Origin.none())), List.of());
        assertEquals(List.of(MovementKind.RECEIPT, MovementKind.RETURN, MovementKind.SHIPMENT, MovementKind.ISSUE, MovementKind.PRODUCTION,
                MovementKind.VARIANCE, MovementKind.OTHER), rows.stream().map(Story.Row::kind).toList());
        assertEquals(List.of(new Document(Document.Kind.SHIPMENT, "S1"), new Document(Document.Kind.RETURN, "RT1"),
                new Document(Document.Kind.SHIPMENT, "S2"), new Document(Document.Kind.ORDER, "O2"), new Document(Document.Kind.WORK_EFFORT, "WE1"),
                new Document(Document.Kind.PHYSICAL_INVENTORY, "PHI1"), new Document(Document.Kind.ITEM, "I1")),
                rows.stream().map(Story.Row::document).toList());
    }

    @Test
    public void aReceiptWithoutShipmentNamesTheReceipt() {
        assertEquals(new Document(Document.Kind.RECEIPT, "R1"),
                Story.rows("WH", A1, SINCE, List.of(movement(NOW, 1, origin(null, "R1", null, null, null, null, null, null))), List.of())
                        .get(0).document());
    }

    @Test
    public void movementsBeforeThePreviousCountAreNotInTheStory() {
        assertEquals(List.of(), Story.rows("WH", A1, SINCE, List.of(movement(BEFORE, -5, Movement.Origin.none()),
                movement(BEFORE.minusSeconds(1), 3, Movement.Origin.none())), List.of()));
    }

    @Test
    public void anotherKeysMovementsAreNotInTheStory() {
        Movement other = Movement.of(new LineKey("P1", "A01", "LOT-2", null), "I2", NOW, BigDecimal.ONE, Movement.Origin.none());
        assertEquals(List.of(), Story.rows("WH", A1, SINCE, List.of(other), List.of()));
    }

    @Test
    public void transfersOutAndInShowWithTheirOtherSideOldestFirst() {
        Transfer out = new Transfer("T1", "P1", null, null, "WH", "A01", "WH2", "X1", BigDecimal.valueOf(4), NOW.minusSeconds(100), null);
        Transfer in = new Transfer("T2", "P1", null, null, "WH", "B01", "WH", "A01", BigDecimal.valueOf(6), NOW.minusSeconds(500),
                NOW.minusSeconds(400));
        List<Story.Row> rows = Story.rows("WH", A1, SINCE, List.of(), List.of(out, in));
        assertEquals(List.of(MovementKind.TRANSFER_IN, MovementKind.TRANSFER_OUT), rows.stream().map(Story.Row::kind).toList());
        assertEquals("B01", rows.get(0).otherLocationSeqId());
        assertEquals(0, BigDecimal.valueOf(-4).compareTo(rows.get(1).quantity()));
        assertEquals("WH2", rows.get(1).otherFacilityId());
    }

    @Test
    public void aTransferOfAnotherLotIsNotInTheStory() {
        Transfer out = new Transfer("T1", "P1", "LOT-9", null, "WH", "A01", "WH2", "X1", BigDecimal.ONE, NOW, null);
        assertEquals(List.of(), Story.rows("WH", A1, SINCE, List.of(), List.of(out)));
    }
}
