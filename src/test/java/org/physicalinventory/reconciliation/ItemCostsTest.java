package org.physicalinventory.reconciliation;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.junit.Test;
import org.physicalinventory.reconciliation.Document.Kind;
import org.physicalinventory.reconciliation.ItemCosts.Replay;
import org.physicalinventory.reconciliation.ItemCosts.Revaluation;
import org.physicalinventory.reconciliation.ItemHistory.Detail;

/** An item whose unit cost was revised: the revaluation of what it held, and its movements at the cost of their moment. */
public class ItemCostsTest {

    private static final Document RECEIPT = new Document(Kind.SHIPMENT, "S1");
    private static final Document ISSUE = new Document(Kind.SHIPMENT, "S2");

    //  1 Mar  received 10 @ 5.00   (the database sums it at today's cost, 6.00: 60.00 instead of 50.00)
    //  5 Mar  cost revised to 6.00 while 10 are on hand: +10.00
    //  9 Mar  issued 2 @ 6.00
    // 20 Apr  cost revised to 7.00 (after the period: the current cost is 7.00)
    private static ItemHistory item() {
        return new ItemHistory("I1", "P1", "WH", new BigDecimal("7.00"), List.of(
                new Detail(Instant.parse("2026-03-09T10:00:00Z"), "0003", new BigDecimal("-2"), null, ISSUE),
                new Detail(Instant.parse("2026-03-01T10:00:00Z"), "0001", new BigDecimal("10"), new BigDecimal("5.00"), RECEIPT),
                new Detail(Instant.parse("2026-03-05T10:00:00Z"), "0002", null, new BigDecimal("6.00"), Document.ofItem("I1")),
                new Detail(Instant.parse("2026-04-20T10:00:00Z"), "0004", null, new BigDecimal("7.00"), Document.ofItem("I1"))));
    }

    @Test
    public void aRevisionOfTheCostRevaluesTheQuantityOnHand() {
        Replay replay = ItemCosts.replay(item(), null, Instant.parse("2026-04-01T00:00:00Z"));
        assertEquals(1, replay.revaluations().size());
        Revaluation revaluation = replay.revaluations().get(0);
        assertEquals(new BigDecimal("10"), revaluation.quantity());
        assertEquals(new BigDecimal("5.00"), revaluation.oldCost());
        assertEquals(new BigDecimal("6.00"), revaluation.newCost());
        // 10 × (6.00 − 5.00)
        assertEquals(0, new BigDecimal("10").compareTo(revaluation.effect()));
    }

    @Test
    public void eachMovementIsCorrectedFromTheCurrentCostToTheCostOfItsMoment() {
        Replay replay = ItemCosts.replay(item(), null, Instant.parse("2026-04-01T00:00:00Z"));
        assertEquals(2, replay.corrections().size());
        // receipt: 10 × (5.00 − 7.00) = −20.00; issue: −2 × (6.00 − 7.00) = +2.00
        assertEquals(RECEIPT, replay.corrections().get(0).document());
        assertEquals(0, new BigDecimal("-20").compareTo(replay.corrections().get(0).value()));
        assertEquals(ISSUE, replay.corrections().get(1).document());
        assertEquals(0, new BigDecimal("2").compareTo(replay.corrections().get(1).value()));
    }

    @Test
    public void detailsBeforeThePeriodSetTheQuantityAndCostButAreNotReported() {
        Replay replay = ItemCosts.replay(item(), Instant.parse("2026-03-05T00:00:00Z"), Instant.parse("2026-04-01T00:00:00Z"));
        assertEquals("the revision of 5 March still revalues the 10 received before", 1, replay.revaluations().size());
        assertEquals(1, replay.corrections().size());
        assertEquals(ISSUE, replay.corrections().get(0).document());
    }

    @Test
    public void aCostRecordedWhileNothingIsOnHandRevaluesNothing() {
        ItemHistory fresh = new ItemHistory("I2", "P1", "WH", new BigDecimal("4.00"), List.of(
                new Detail(Instant.parse("2026-03-01T10:00:00Z"), "0001", new BigDecimal("3"), new BigDecimal("4.00"), RECEIPT)));
        Replay replay = ItemCosts.replay(fresh, null, Instant.parse("2026-04-01T00:00:00Z"));
        assertTrue(replay.revaluations().isEmpty());
        assertTrue("received at the current cost: nothing to correct", replay.corrections().isEmpty());
    }
}
