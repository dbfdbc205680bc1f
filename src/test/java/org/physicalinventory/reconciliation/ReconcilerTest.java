package org.physicalinventory.reconciliation;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.Test;
import org.physicalinventory.reconciliation.Document.Kind;
import org.physicalinventory.reconciliation.ItemHistory.Detail;
import org.physicalinventory.reconciliation.Outside.Moved;
import org.physicalinventory.reconciliation.Outside.Transaction;

/**
 * A closing of warehouse WH at the end of March 2026 reconciled with inventory account 140000 (the organisation's default; product
 * OWN has its own, 140300). Every figure is computed by hand in the comment above it; amounts are what each explanation adds to the
 * difference, closing value less ledger balance.
 */
public class ReconcilerTest {

    private static final Instant FROM = Instant.parse("2026-03-01T00:00:00Z");
    private static final Instant UNTIL = Instant.parse("2026-04-01T00:00:00Z");
    private static final String INV = "140000";
    private static final String OWN_INV = "140300";
    private static final InventoryAccounts ACCOUNTS = new InventoryAccounts(INV, Map.of("OWN", OWN_INV), Map.of(), Map.of());

    /** The period's facts, written as a test tells them. */
    private static final class Period {
        final List<ClosingValue> closing = new ArrayList<>();
        final List<MovementSum> movements = new ArrayList<>();
        final List<ItemHistory> items = new ArrayList<>();
        final List<LedgerLine> ledger = new ArrayList<>();
        final Map<String, BigDecimal> balances = new HashMap<>();
        final Map<Document, List<Transaction>> transactions = new HashMap<>();
        final Map<Document, Moved> moved = new HashMap<>();
        List<ClosingValue> previous;
        Map<String, BigDecimal> balancesThen;
        Instant from;

        Period closing(String product, String quantity, String value, String itemCost) {
            closing.add(new ClosingValue("WH", product, new BigDecimal(quantity), new BigDecimal(value), new BigDecimal(itemCost)));
            return this;
        }

        Period moved(Document document, String facility, String product, String quantity, String value) {
            movements.add(new MovementSum(document, facility, product, "I-" + product, 1, new BigDecimal(quantity), new BigDecimal(value),
                    day(10), day(10)));
            return this;
        }

        Period posted(String transaction, Document document, String account, String product, String amount) {
            ledger.add(new LedgerLine(transaction, "X", day(12), null, document, account, product, new BigDecimal(amount)));
            return this;
        }

        Period balance(String account, String amount) {
            balances.put(account, new BigDecimal(amount));
            return this;
        }

        Reconciliation reconcile() {
            Matching matching = Matching.of(from, UNTIL, Set.of("WH"), ACCOUNTS, movements, items, ledger);
            return Reconciler.reconcile(from, UNTIL, ACCOUNTS, new Books(closing, balances, previous, balancesThen), matching,
                    new Outside(transactions, moved));
        }
    }

    private static Instant day(int day) {
        return Instant.parse(String.format("2026-03-%02dT12:00:00Z", day));
    }

    private static Document shipment(String id) {
        return new Document(Kind.SHIPMENT, id);
    }

    private static Document inventory(String id) {
        return new Document(Kind.PHYSICAL_INVENTORY, id);
    }

    private static void assertMoney(String expected, BigDecimal actual) {
        assertEquals(new BigDecimal(expected), actual);
    }

    private static Explanation only(Reconciliation reconciliation, String account) {
        List<Explanation> explanations = reconciliation.explanations(account);
        assertEquals(explanations.toString(), 1, explanations.size());
        return explanations.get(0);
    }

    // a receipt of 10 @ 5.00 on shipment S1, posted D 140000 50.00: both sides 50.00
    private static Period receiptPostedToBoth() {
        return new Period().closing("P1", "10", "50.00", "50.00").moved(shipment("S1"), "WH", "P1", "10", "50.00")
                .posted("T1", shipment("S1"), INV, "P1", "50.00").balance(INV, "50.00");
    }

    @Test
    public void aReceiptPostedToStockAndLedgerLeavesNoDifference() {
        Reconciliation reconciliation = receiptPostedToBoth().reconcile();
        AccountFigures account = reconciliation.account(INV);
        assertMoney("50.00", account.closingValue());
        assertMoney("50.00", account.ledgerBalance());
        assertMoney("0.00", account.difference());
        assertTrue(reconciliation.explanations(INV).isEmpty());
        assertEquals("the receipt is on both sides", 1, account.matchedDocuments());
    }

    @Test
    public void aVariancePostedByThePluginLeavesNoDifference() {
        // counted 8 of 10: variance −2 × 5.00 = −10.00 on physical inventory PI1, posted C 140000 10.00
        Period period = receiptPostedToBoth().moved(inventory("PI1"), "WH", "P1", "-2", "-10.00").posted("T2", inventory("PI1"), INV, "P1", "-10.00");
        period.closing.set(0, new ClosingValue("WH", "P1", new BigDecimal("8"), new BigDecimal("40.00"), new BigDecimal("40.00")));
        Reconciliation reconciliation = period.balance(INV, "40.00").reconcile();
        assertMoney("0.00", reconciliation.account(INV).difference());
        assertEquals(2, reconciliation.account(INV).matchedDocuments());
        assertTrue(reconciliation.explanations(INV).isEmpty());
    }

    @Test
    public void aManualJournalEntryOnTheInventoryAccountIsAnEntryWithoutAMovement() {
        // D 140000 15.00 by hand: ledger 65.00 against stock 50.00, difference −15.00
        Reconciliation reconciliation = receiptPostedToBoth().posted("T3", null, INV, null, "15.00").balance(INV, "65.00").reconcile();
        assertMoney("-15.00", reconciliation.account(INV).difference());
        Explanation manual = only(reconciliation, INV);
        assertEquals(Cause.NO_MOVEMENT, manual.cause());
        assertEquals(List.of("T3"), manual.acctgTransIds());
        assertMoney("-15.00", manual.amount());
        assertMoney("0.00", reconciliation.account(INV).unexplained());
    }

    @Test
    public void aVarianceWrittenWithoutItsTransactionIsAMovementWithoutALedgerEntry() {
        // −3 × 5.00 = −15.00 on physical inventory PI2, no transaction at all: stock 35.00, ledger 50.00
        Period period = receiptPostedToBoth().moved(inventory("PI2"), "WH", "P1", "-3", "-15.00");
        period.closing.set(0, new ClosingValue("WH", "P1", new BigDecimal("7"), new BigDecimal("35.00"), new BigDecimal("35.00")));
        Reconciliation reconciliation = period.reconcile();
        Explanation variance = only(reconciliation, INV);
        assertEquals(Cause.NO_LEDGER_ENTRY, variance.cause());
        assertNull(variance.note());
        assertEquals(inventory("PI2"), variance.document());
        assertEquals(new BigDecimal("-3"), variance.quantity());
        assertMoney("-15.00", variance.amount());
        assertMoney("-15.00", reconciliation.account(INV).difference());
        assertMoney("0.00", reconciliation.account(INV).unexplained());
    }

    @Test
    public void aReceiptWhosePostingWasLeftUnpostedSaysWhichTransactionWaits() {
        // shipment S9: 4 @ 2.50 = 10.00 received, its transaction T9 filed unposted
        Period period = receiptPostedToBoth().moved(shipment("S9"), "WH", "P1", "4", "10.00").closing("P2", "0", "0", "0");
        period.closing.set(0, new ClosingValue("WH", "P1", new BigDecimal("14"), new BigDecimal("60.00"), new BigDecimal("60.00")));
        period.transactions.put(shipment("S9"), List.of(new Transaction("T9", day(10), false)));
        Explanation receipt = only(period.reconcile(), INV);
        assertEquals(Cause.NO_LEDGER_ENTRY, receipt.cause());
        assertEquals(Note.UNPOSTED, receipt.note());
        assertEquals(List.of("T9"), receipt.acctgTransIds());
        assertMoney("10.00", receipt.amount());
    }

    @Test
    public void aReceiptPostedAfterTheClosingIsATimingDifference() {
        Period period = receiptPostedToBoth().moved(shipment("S9"), "WH", "P1", "4", "10.00");
        period.closing.set(0, new ClosingValue("WH", "P1", new BigDecimal("14"), new BigDecimal("60.00"), new BigDecimal("60.00")));
        period.transactions.put(shipment("S9"), List.of(new Transaction("T9", Instant.parse("2026-04-02T09:00:00Z"), true)));
        Explanation receipt = only(period.reconcile(), INV);
        assertEquals(Cause.TIMING, receipt.cause());
        assertEquals(Note.POSTED_AFTER, receipt.note());
        assertEquals(Instant.parse("2026-04-02T09:00:00Z"), receipt.date());
        assertMoney("10.00", receipt.amount());
    }

    @Test
    public void aTransactionOfThePeriodWhoseStockMovedBeforeItIsATimingDifference() {
        // shipment S0 moved 4 @ 2.50 in February, posted in March: the ledger holds 10.00 more than the period's movements
        Period period = receiptPostedToBoth().posted("T0", shipment("S0"), INV, "P1", "10.00").balance(INV, "60.00");
        period.from = FROM;
        period.moved.put(shipment("S0"), new Moved(Instant.parse("2026-02-27T09:00:00Z"), Instant.parse("2026-02-27T09:00:00Z")));
        Explanation late = only(period.reconcile(), INV);
        assertEquals(Cause.TIMING, late.cause());
        assertEquals(Note.MOVED_BEFORE, late.note());
        assertMoney("-10.00", late.amount());
    }

    @Test
    public void aReceiptWithoutAShipmentIsPairedWithTheUnnamedTransactionOfItsProductAndAmount() {
        // two receipts of P1 without a shipment, R1 on the 3rd and R2 on the 10th, 4 @ 2.50 = 10.00 each; one transaction posted for 10.00
        Period period = new Period().closing("P1", "8", "20.00", "20.00").balance(INV, "10.00");
        period.movements.add(new MovementSum(new Document(Kind.RECEIPT, "R2"), "WH", "P1", "I2", 1, new BigDecimal("4"), new BigDecimal("10.00"),
                day(10), day(10)));
        period.movements.add(new MovementSum(new Document(Kind.RECEIPT, "R1"), "WH", "P1", "I1", 1, new BigDecimal("4"), new BigDecimal("10.00"),
                day(3), day(3)));
        period.posted("T1", Document.unnamedReceipt(), INV, "P1", "10.00");
        Reconciliation reconciliation = period.reconcile();
        assertEquals("the earlier receipt goes with the transaction", 1, reconciliation.account(INV).matchedDocuments());
        Explanation second = only(reconciliation, INV);
        assertEquals(Cause.NO_LEDGER_ENTRY, second.cause());
        assertEquals(new Document(Kind.RECEIPT, "R2"), second.document());
        assertMoney("10.00", second.amount());
    }

    @Test
    public void anUnnamedReceiptTransactionNoReceiptMatchesIsAnEntryWithoutAMovement() {
        Period period = receiptPostedToBoth().posted("T7", Document.unnamedReceipt(), INV, "P1", "12.00").balance(INV, "62.00");
        Explanation unnamed = only(period.reconcile(), INV);
        assertEquals(Cause.NO_MOVEMENT, unnamed.cause());
        assertMoney("-12.00", unnamed.amount());
    }

    @Test
    public void aClosingByAnotherMethodThanTheItemsCostsDiffersByTheMethod() {
        // by average cost 10 × 5.20 = 52.00, the items at their own cost 50.00
        Period period = receiptPostedToBoth();
        period.closing.set(0, new ClosingValue("WH", "P1", new BigDecimal("10"), new BigDecimal("52.00"), new BigDecimal("50.00")));
        Explanation method = only(period.reconcile(), INV);
        assertEquals(Cause.METHOD, method.cause());
        assertMoney("2.00", method.amount());
    }

    @Test
    public void thePeriodStartsAtThePreviousClosingWhoseDifferenceIsCarried() {
        // at the previous closing: items 30.00, ledger 25.00 (a difference of 5.00 left then); in March a receipt of 20.00 on both sides
        Period period = new Period().closing("P1", "10", "50.00", "50.00").moved(shipment("S1"), "WH", "P1", "4", "20.00")
                .posted("T1", shipment("S1"), INV, "P1", "20.00").balance(INV, "45.00");
        period.from = FROM;
        period.previous = List.of(new ClosingValue("WH", "P1", new BigDecimal("6"), new BigDecimal("30.00"), new BigDecimal("30.00")));
        period.balancesThen = Map.of(INV, new BigDecimal("25.00"));
        Reconciliation reconciliation = period.reconcile();
        assertEquals(FROM, reconciliation.from());
        Explanation carried = only(reconciliation, INV);
        assertEquals(Cause.CARRIED, carried.cause());
        assertMoney("5.00", carried.amount());
        assertMoney("5.00", reconciliation.account(INV).difference());
    }

    @Test
    public void aFacilitysClosingSaysWhatTheLedgerHoldsOfTheOrganisationsOtherFacilities() {
        // shipment S2 received 4 @ 5.00 = 20.00 in WH2, posted: the ledger (70.00) holds it, the closing of WH does not
        Reconciliation reconciliation = receiptPostedToBoth().moved(shipment("S2"), "WH2", "P1", "4", "20.00")
                .posted("T2", shipment("S2"), INV, "P1", "20.00").balance(INV, "70.00").reconcile();
        Explanation other = only(reconciliation, INV);
        assertEquals(Cause.OTHER_FACILITY, other.cause());
        assertMoney("-20.00", other.amount());
        assertNull("nothing of it moved in WH", other.quantity());
        assertMoney("0.00", reconciliation.account(INV).unexplained());
    }

    @Test
    public void anIssuePostedAtTheAverageCostRatherThanTheItemsCostIsPostedAtAnotherValue() {
        // shipment S3 issues 4 of the items at 5.00 (−20.00); OFBiz posts C 140000 at the average cost 4.50 (18.00)
        Period period = receiptPostedToBoth().moved(shipment("S3"), "WH", "P1", "-4", "-20.00").posted("T3", shipment("S3"), INV, "P1", "-18.00");
        period.closing.set(0, new ClosingValue("WH", "P1", new BigDecimal("6"), new BigDecimal("30.00"), new BigDecimal("30.00")));
        Explanation issue = only(period.balance(INV, "32.00").reconcile(), INV);
        assertEquals(Cause.OTHER_VALUE, issue.cause());
        assertMoney("-20.00", issue.stockValue());
        assertMoney("-18.00", issue.ledgerAmount());
        assertMoney("-2.00", issue.amount());
    }

    // item I1: received 10 @ 5.00 on S1 (posted 50.00), its cost revised to 6.00 (OFBiz posts the revaluation, D 140000 10.00), then
    // 2 taken out by a detail naming no document (posted nowhere). The database sums the movements at today's cost, 6.00.
    private static Period revised(boolean revaluationPosted) {
        Period period = new Period().closing("P1", "8", "48.00", "48.00").balance(INV, revaluationPosted ? "60.00" : "50.00");
        period.moved(shipment("S1"), "WH", "P1", "10", "60.00").moved(new Document(Kind.NONE, "P1"), "WH", "P1", "-2", "-12.00");
        period.posted("T1", shipment("S1"), INV, "P1", "50.00");
        if (revaluationPosted) {
            period.posted("T2", Document.ofItem("I1"), INV, "P1", "10.00");
        }
        period.items.add(new ItemHistory("I1", "P1", "WH", new BigDecimal("6.00"), List.of(
                new Detail(day(2), "1", new BigDecimal("10"), new BigDecimal("5.00"), shipment("S1")),
                new Detail(day(5), "2", null, new BigDecimal("6.00"), Document.ofItem("I1")),
                new Detail(day(9), "3", new BigDecimal("-2"), null, new Document(Kind.NONE, "P1")))));
        return period;
    }

    @Test
    public void aRevaluationPostedByOfbizIsShownWithNothingLeftToExplain() {
        Reconciliation reconciliation = revised(true).reconcile();
        // stock 48.00, ledger 60.00: the 2 taken out without a document, −2 × 6.00
        assertMoney("-12.00", reconciliation.account(INV).difference());
        List<Explanation> explanations = reconciliation.explanations(INV);
        assertEquals(explanations.toString(), 2, explanations.size());
        assertEquals(Cause.NO_LEDGER_ENTRY, explanations.get(0).cause());
        assertEquals(Note.NO_DOCUMENT, explanations.get(0).note());
        assertMoney("-12.00", explanations.get(0).amount());
        Explanation revaluation = explanations.get(1);
        assertEquals(Cause.REVALUATION, revaluation.cause());
        assertEquals(Note.POSTED, revaluation.note());
        assertMoney("10.00", revaluation.stockValue());
        assertMoney("0.00", revaluation.amount());
        assertEquals("the receipt, at its own 5.00, is on both sides", 1, reconciliation.account(INV).matchedDocuments());
        assertMoney("0.00", reconciliation.account(INV).unexplained());
    }

    @Test
    public void aRevaluationNotPostedExplainsItsEffect() {
        Reconciliation reconciliation = revised(false).reconcile();
        // stock 48.00, ledger 50.00: −12.00 taken out, +10.00 revalued
        assertMoney("-2.00", reconciliation.account(INV).difference());
        Explanation revaluation = reconciliation.explanations(INV).stream().filter(e -> e.cause() == Cause.REVALUATION).findFirst().get();
        assertEquals(Note.NOT_POSTED, revaluation.note());
        assertMoney("10.00", revaluation.amount());
        assertMoney("0.00", reconciliation.account(INV).unexplained());
    }

    @Test
    public void eachAccountIsReconciledOnItsOwnAndTheRestIsUnexplained() {
        // OWN is on 140300: 3 @ 4.00 = 12.00 in the closing, 11.00 in the ledger and no movement of the period to say why
        Period period = receiptPostedToBoth().closing("OWN", "3", "12.00", "12.00").balance(OWN_INV, "11.00");
        Reconciliation reconciliation = period.reconcile();
        assertEquals(List.of(INV, OWN_INV), reconciliation.accounts().stream().map(AccountFigures::glAccountId).toList());
        assertEquals(1, reconciliation.products(OWN_INV).size());
        Explanation rest = only(reconciliation, OWN_INV);
        assertEquals(Cause.UNEXPLAINED, rest.cause());
        assertMoney("1.00", rest.amount());
        assertMoney("62.00", reconciliation.closingValue());
        assertMoney("61.00", reconciliation.ledgerBalance());
        assertMoney("1.00", reconciliation.difference());
        assertMoney("1.00", reconciliation.unexplained());
        assertMoney("0.00", reconciliation.explained());
    }

    @Test
    public void productsWithoutAnyInventoryAccountAreShownApart() {
        InventoryAccounts none = new InventoryAccounts(null, Map.of(), Map.of(), Map.of());
        List<ClosingValue> closing = List.of(new ClosingValue("WH", "P1", BigDecimal.ONE, new BigDecimal("5.00"), new BigDecimal("5.00")));
        Matching matching = Matching.of(null, UNTIL, Set.of("WH"), none, List.of(), List.of(), List.of());
        Reconciliation reconciliation = Reconciler.reconcile(null, UNTIL, none, new Books(closing, Map.of(), null, null), matching,
                Outside.nothing());
        assertEquals(InventoryAccounts.NONE, reconciliation.accounts().get(0).glAccountId());
        assertMoney("5.00", reconciliation.accounts().get(0).difference());
    }

    @Test
    public void whatIsOneSidedIsWhatTheShellLooksUpOutsideThePeriod() {
        Period period = receiptPostedToBoth().moved(inventory("PI2"), "WH", "P1", "-3", "-15.00").moved(shipment("S5"), "WH2", "P1", "1", "5.00")
                .moved(new Document(Kind.NONE, "P1"), "WH", "P1", "1", "5.00").posted("T4", shipment("S4"), INV, "P1", "8.00");
        Matching matching = Matching.of(null, UNTIL, Set.of("WH"), ACCOUNTS, period.movements, period.items, period.ledger);
        assertEquals("not S5, moved only elsewhere; never a movement without a document", Set.of(inventory("PI2")), matching.withoutLedger());
        assertEquals(Set.of(shipment("S4")), matching.withoutMovement());
    }
}
