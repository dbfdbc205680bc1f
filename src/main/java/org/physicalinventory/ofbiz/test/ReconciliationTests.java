package org.physicalinventory.ofbiz.test;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

import org.apache.ofbiz.base.util.UtilDateTime;
import org.apache.ofbiz.base.util.UtilGenerics;
import org.apache.ofbiz.base.util.UtilMisc;
import org.apache.ofbiz.entity.Delegator;
import org.apache.ofbiz.entity.GenericEntityException;
import org.apache.ofbiz.entity.GenericValue;
import org.apache.ofbiz.entity.condition.EntityCondition;
import org.apache.ofbiz.entity.condition.EntityOperator;
import org.apache.ofbiz.entity.util.EntityQuery;

/**
 * A stock closing reconciled with the ledger inside OFBiz, on an organisation of each test's own (its own ledger, the test data's GL
 * accounts: inventory PI-140, variances PI-514, uninvoiced receipts PI-214) whose stock is received, counted and posted through
 * OFBiz's services and this plugin's. OFBiz dates what it does now; each step is then moved to an hour of a past day, movements and
 * transactions alike, and the closings are of those days (FIFO, in UTC). Every figure is computed by hand in a comment.
 */
public class ReconciliationTests extends PhysInvTestCase {

    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final String INVENTORY = "PI_TGL_INV";
    private static final String PRODUCT = "PI_TPP_PLAIN";

    public ReconciliationTests(String name) {
        super(name);
    }

    public void testAReceiptAndAVariancePostedByThePluginLeaveNoDifference() throws Exception {
        String org = organisation(true);
        TestStock stock = new TestStock(getDelegator(), org, "P01");
        LocalDate day = LocalDate.now(UTC).minusDays(1);
        Timestamp mark = UtilDateTime.nowTimestamp();
        // received without a shipment: 10 @ 5.00, OFBiz posts D PI-140 50.00 naming no document
        receive(stock, null, "10", "5.00");
        happened(mark, day, 9);
        // counted 8: this plugin posts the variance −2 × 5.00, C PI-140 10.00, on its physical inventory
        mark = UtilDateTime.nowTimestamp();
        postCount(stock, "8");
        happened(mark, day, 11);

        Map<String, Object> reconciled = reconcile(close(stock.facilityId, day), "pitest-viewer");
        Map<String, Object> account = account(reconciled, INVENTORY);
        assertNumber("closing value 8 × 5.00", "40.00", (BigDecimal) account.get("closingValue"));
        assertNumber("ledger 50.00 − 10.00", "40.00", (BigDecimal) account.get("ledgerBalance"));
        assertNumber("0", (BigDecimal) account.get("difference"));
        assertEquals("the receipt (paired by product and amount) and the variance are on both sides", 2L, account.get("matchedDocuments"));
        assertTrue(UtilGenerics.<List<?>>cast(reconciled.get("explanations")).isEmpty());
        assertNull("no earlier confirmed closing: from the start", reconciled.get("fromDate"));
    }

    public void testAManualJournalEntryOnTheInventoryAccountIsAnEntryWithoutAMovement() throws Exception {
        String org = organisation(true);
        TestStock stock = new TestStock(getDelegator(), org, "P01");
        LocalDate day = LocalDate.now(UTC).minusDays(1);
        Timestamp mark = UtilDateTime.nowTimestamp();
        // received on shipment S: 10 @ 5.00, posted D PI-140 50.00 naming the shipment; then D PI-140 15.00 / C PI-514 by hand
        receive(stock, shipment(org), "10", "5.00");
        happened(mark, day, 9);
        mark = UtilDateTime.nowTimestamp();
        String manual = manualEntry(org, "15.00");
        happened(mark, day, 14);

        Map<String, Object> reconciled = reconcile(close(stock.facilityId, day), "pitest-admin");
        Map<String, Object> account = account(reconciled, INVENTORY);
        assertNumber("50.00", (BigDecimal) account.get("closingValue"));
        assertNumber("65.00", (BigDecimal) account.get("ledgerBalance"));
        assertNumber("−15.00: the ledger holds more than the stock", "-15.00", (BigDecimal) account.get("difference"));
        Map<String, Object> entry = only(reconciled);
        assertEquals("NO_MOVEMENT", entry.get("cause"));
        assertEquals(List.of(manual), entry.get("acctgTransIds"));
        assertNumber("-15.00", (BigDecimal) entry.get("amount"));
        assertNumber("0", (BigDecimal) account.get("unexplained"));
        assertEquals("the shipment's receipt is on both sides", 1L, account.get("matchedDocuments"));
    }

    public void testMovementsWhoseLedgerEntryFailedAreMovementsWithoutALedgerEntry() throws Exception {
        // no fiscal period open yet: OFBiz files the posting of this receipt unposted (4 @ 2.50 = 10.00 on shipment S)
        String org = organisation(false);
        TestStock stock = new TestStock(getDelegator(), org, "P01");
        LocalDate day = LocalDate.now(UTC).minusDays(1);
        Timestamp mark = UtilDateTime.nowTimestamp();
        String shipment = shipment(org);
        receive(stock, shipment, "4", "2.50");
        happened(mark, day, 8);
        GenericValue unposted = EntityQuery.use(getDelegator()).from("AcctgTrans").where("shipmentId", shipment).queryOne();
        assertEquals("OFBiz left it unposted", "N", unposted.getString("isPosted"));
        assertEquals("on the error journal", org + "_ERR", unposted.getString("glJournalId"));
        openPeriod(org);
        // then 10 @ 5.00 received and posted; 3 of them written off as a variance by OFBiz's createInventoryItemVariance, which posts nothing
        mark = UtilDateTime.nowTimestamp();
        String item = receive(stock, null, "10", "5.00");
        happened(mark, day, 9);
        mark = UtilDateTime.nowTimestamp();
        String physicalInventoryId = varianceWithoutLedger(item, "-3");
        happened(mark, day, 10);

        Map<String, Object> reconciled = reconcile(close(stock.facilityId, day), "pitest-viewer");
        Map<String, Object> account = account(reconciled, INVENTORY);
        // stock 7 × 5.00 + 4 × 2.50 = 45.00; ledger 50.00
        assertNumber("45.00", (BigDecimal) account.get("closingValue"));
        assertNumber("50.00", (BigDecimal) account.get("ledgerBalance"));
        assertNumber("-5.00", (BigDecimal) account.get("difference"));
        List<Map<String, Object>> explanations = UtilGenerics.cast(reconciled.get("explanations"));
        assertEquals(explanations.toString(), 2, explanations.size());
        Map<String, Object> variance = explanations.get(0);
        assertEquals("NO_LEDGER_ENTRY", variance.get("cause"));
        assertEquals("PHYSICAL_INVENTORY", variance.get("documentKind"));
        assertEquals(physicalInventoryId, variance.get("documentId"));
        assertNumber("-3", (BigDecimal) variance.get("quantity"));
        assertNumber("-15.00", (BigDecimal) variance.get("amount"));
        Map<String, Object> receipt = explanations.get(1);
        assertEquals("NO_LEDGER_ENTRY", receipt.get("cause"));
        assertEquals(shipment, receipt.get("documentId"));
        assertEquals("PhysInvReconNoteUnposted", receipt.get("noteKey"));
        assertEquals(List.of(unposted.getString("acctgTransId")), receipt.get("acctgTransIds"));
        assertNumber("10.00", (BigDecimal) receipt.get("amount"));
        assertNumber("0", (BigDecimal) account.get("unexplained"));
    }

    public void testAFacilitysClosingCarriesThePreviousConfirmedDifferenceAndShowsTheOtherFacilities() throws Exception {
        String org = organisation(true);
        TestStock here = new TestStock(getDelegator(), org, "P01");
        TestStock there = new TestStock(getDelegator(), org, "P01");
        LocalDate first = LocalDate.now(UTC).minusDays(3);
        LocalDate second = LocalDate.now(UTC).minusDays(1);
        // first day: 10 @ 5.00 received here, 4 @ 5.00 there (both posted), 15.00 by hand
        Timestamp mark = UtilDateTime.nowTimestamp();
        receive(here, shipment(org), "10", "5.00");
        receive(there, shipment(org), "4", "5.00");
        manualEntry(org, "15.00");
        happened(mark, first, 10);
        String january = close(here.facilityId, first);
        Map<String, Object> reconciled = reconcile(january, "pitest-viewer");
        Map<String, Object> account = account(reconciled, INVENTORY);
        // here 50.00; the ledger 50.00 + 20.00 + 15.00 = 85.00: −20.00 of the other facility, −15.00 by hand
        assertNumber("-35.00", (BigDecimal) account.get("difference"));
        assertNumber("0", (BigDecimal) account.get("unexplained"));
        assertEquals(List.of("NO_MOVEMENT", "OTHER_FACILITY"), causes(reconciled));
        ok(call("confirmPiStockClosing", "pitest-admin", "closingId", january));

        // second day: counted 8 here, the variance posted (−10.00 on both sides): the period starts at the confirmed closing
        mark = UtilDateTime.nowTimestamp();
        postCount(here, "8");
        happened(mark, second, 10);
        reconciled = reconcile(close(here.facilityId, second), "pitest-viewer");
        account = account(reconciled, INVENTORY);
        assertNumber("40.00", (BigDecimal) account.get("closingValue"));
        assertNumber("75.00", (BigDecimal) account.get("ledgerBalance"));
        assertEquals(january, ((GenericValue) reconciled.get("previousClosing")).getString("closingId"));
        assertEquals(Timestamp.from(first.plusDays(1).atStartOfDay(UTC).toInstant()), reconciled.get("fromDate"));
        Map<String, Object> carried = only(reconciled);
        assertEquals("CARRIED", carried.get("cause"));
        assertNumber("the first closing's 50.00 less the ledger's 85.00 then", "-35.00", (BigDecimal) carried.get("amount"));
        assertEquals("the variance", 1L, account.get("matchedDocuments"));
    }

    public void testACostRevisionPostedByOfbizIsARevaluationThatExplainsNothingMore() throws Exception {
        String org = organisation(true);
        TestStock stock = new TestStock(getDelegator(), org, "P01");
        LocalDate day = LocalDate.now(UTC).minusDays(1);
        Timestamp mark = UtilDateTime.nowTimestamp();
        String item = receive(stock, null, "10", "5.00");
        happened(mark, day, 9);
        // the item's cost revised to 6.00: OFBiz posts 10 × (6.00 − 5.00) = 10.00 to PI-140 (its other side INV_ADJ_VAL, PI-514)
        mark = UtilDateTime.nowTimestamp();
        ok(call("updateInventoryItem", "system", "inventoryItemId", item, "unitCost", new BigDecimal("6.00")));
        happened(mark, day, 12);

        Map<String, Object> reconciled = reconcile(close(stock.facilityId, day), "pitest-viewer");
        Map<String, Object> account = account(reconciled, INVENTORY);
        assertNumber("10 × 6.00", "60.00", (BigDecimal) account.get("closingValue"));
        assertNumber("50.00 + 10.00", "60.00", (BigDecimal) account.get("ledgerBalance"));
        Map<String, Object> revaluation = only(reconciled);
        assertEquals("REVALUATION", revaluation.get("cause"));
        assertEquals("PhysInvReconNotePosted", revaluation.get("noteKey"));
        assertEquals(item, revaluation.get("documentId"));
        assertNumber("10.00", (BigDecimal) revaluation.get("stockValue"));
        assertNumber("10.00", (BigDecimal) revaluation.get("ledgerAmount"));
        assertNumber("0", (BigDecimal) revaluation.get("amount"));
        assertEquals("the receipt, at the 5.00 of its day, is on both sides", 1L, account.get("matchedDocuments"));
    }

    public void testAReconciliationIsRefusedWithAClearMessage() throws Exception {
        String refusal = error(call("getPiClosingReconciliation", "pitest-viewer", "closingId", "PI_NO_SUCH_CLOSING"));
        assertTrue(refusal, refusal.contains("Closing PI_NO_SUCH_CLOSING does not exist"));
        // an organisation that keeps no inventory account
        TestStock stock = new TestStock(getDelegator(), "PI_TEST_ORG", "P01");
        LocalDate day = LocalDate.now(UTC).minusDays(1);
        stock.item(PRODUCT, "P01", null, "3", "2", day.minusDays(1).toString());
        String closingId = close(stock.facilityId, day);
        refusal = error(call("getPiClosingReconciliation", "pitest-viewer", "closingId", closingId));
        assertTrue(refusal, refusal.contains("Organisation PI_TEST_ORG has no inventory GL account"));
        refusal = error(call("getPiClosingReconciliation", "pitest-nobody", "closingId", closingId));
        assertTrue(refusal, refusal.contains("PHYSINV_VIEW"));
    }

    // ---- an organisation of the test's own, and what happens to its stock

    /** An internal organisation keeping a ledger on the test data's GL accounts; its fiscal period open or not yet. */
    private String organisation(boolean openPeriod) throws GenericEntityException {
        Delegator delegator = getDelegator();
        String org = "PI_TREC" + delegator.getNextSeqId("Party");
        delegator.create("Party", UtilMisc.toMap("partyId", org, "partyTypeId", "PARTY_GROUP", "statusId", "PARTY_ENABLED"));
        delegator.create("PartyGroup", UtilMisc.toMap("partyId", org, "groupName", "Reconciliation test company " + org));
        delegator.create("PartyRole", UtilMisc.toMap("partyId", org, "roleTypeId", "INTERNAL_ORGANIZATIO"));
        // what OFBiz cannot post (no open fiscal period) it files on the error journal, unposted
        delegator.create("GlJournal", UtilMisc.toMap("glJournalId", org + "_ERR", "organizationPartyId", org, "glJournalName", "Suspense"));
        delegator.create("PartyAcctgPreference", UtilMisc.toMap("partyId", org, "baseCurrencyUomId", "USD", "cogsMethodId", "COGS_FIFO",
                "errorGlJournalId", org + "_ERR"));
        for (String account : List.of("PI_TGL_INV", "PI_TGL_VAR", "PI_TGL_URC")) {
            delegator.create("GlAccountOrganization", UtilMisc.toMap("glAccountId", account, "organizationPartyId", org,
                    "fromDate", Timestamp.valueOf("2020-01-01 00:00:00")));
        }
        Map<String, String> defaults = Map.of("INVENTORY_ACCOUNT", "PI_TGL_INV", "UNINVOICED_SHIP_RCPT", "PI_TGL_URC", "INV_ADJ_VAL", "PI_TGL_VAR");
        for (Map.Entry<String, String> mapping : defaults.entrySet()) {
            delegator.create("GlAccountTypeDefault", UtilMisc.toMap("glAccountTypeId", mapping.getKey(), "organizationPartyId", org,
                    "glAccountId", mapping.getValue()));
        }
        for (String reason : List.of("VAR_LOST", "VAR_FOUND")) {
            delegator.create("VarianceReasonGlAccount", UtilMisc.toMap("varianceReasonId", reason, "organizationPartyId", org, "glAccountId",
                    "PI_TGL_VAR"));
        }
        delegator.create("PiStockDiffParam", UtilMisc.toMap("organizationPartyId", org, "facilityId", "_NA_", "surplusReasonId", "VAR_FOUND",
                "shortageReasonId", "VAR_LOST", "zeroUncounted", "N", "foundStockCostEnumId", "PI_FSC_AVERAGE", "allowConcurrent", "Y"));
        if (openPeriod) {
            openPeriod(org);
        }
        return org;
    }

    private void openPeriod(String org) throws GenericEntityException {
        getDelegator().create("CustomTimePeriod", UtilMisc.toMap("customTimePeriodId", getDelegator().getNextSeqId("CustomTimePeriod"),
                "organizationPartyId", org, "periodTypeId", "FISCAL_YEAR", "periodNum", 1L, "periodName", "Test years",
                "fromDate", Date.valueOf("2020-01-01"), "thruDate", Date.valueOf("2040-01-01"), "isClosed", "N"));
    }

    /** A purchase shipment to the organisation. */
    private String shipment(String org) throws GenericEntityException {
        String shipmentId = getDelegator().getNextSeqId("Shipment");
        getDelegator().create("Shipment", UtilMisc.toMap("shipmentId", shipmentId, "shipmentTypeId", "PURCHASE_SHIPMENT", "partyIdTo", org));
        return shipmentId;
    }

    /** Received through OFBiz's receiveInventoryProduct, on a shipment or none; OFBiz posts it by SECA. Answers the new item. */
    private String receive(TestStock stock, String shipmentId, String quantity, String unitCost) throws Exception {
        Map<String, Object> received = ok(call("receiveInventoryProduct", "system", "facilityId", stock.facilityId, "productId", PRODUCT,
                "inventoryItemTypeId", "NON_SERIAL_INV_ITEM", "locationSeqId", "P01", "ownerPartyId", stock.ownerPartyId, "shipmentId", shipmentId,
                "quantityAccepted", new BigDecimal(quantity), "quantityRejected", BigDecimal.ZERO, "unitCost", new BigDecimal(unitCost),
                "currencyUomId", "USD"));
        return (String) received.get("inventoryItemId");
    }

    /** A whole inventory of the facility counted at {@code counted} and posted by this plugin. */
    private void postCount(TestStock stock, String counted) throws Exception {
        String inventoryId = (String) ok(call("createPiInventory", "pitest-admin", "facilityId", stock.facilityId)).get("piInventoryId");
        String listId = (String) ok(call("createPiInventoryList", "pitest-admin", "piInventoryId", inventoryId, "listTypeId", "PI_STANDARD"))
                .get("piListId");
        ok(call("assignPiInventoryList", "pitest-admin", "piListId", listId, "partyId", "PI_TEST_EMP"));
        ok(call("changePiInventoryListStatus", "pitest-admin", "piListId", listId, "statusId", "PI_LIST_COUNTING"));
        ok(call("generatePiCountLines", "pitest-admin", "piListId", listId));
        ok(call("setPiCountedQuantity", "pitest-admin", "piListId", listId, "productId", PRODUCT, "locationSeqId", "P01",
                "countedQuantity", new BigDecimal(counted)));
        ok(call("changePiInventoryListStatus", "pitest-admin", "piListId", listId, "statusId", "PI_LIST_COUNTED"));
        ok(call("changePiInventoryStatus", "pitest-admin", "piInventoryId", inventoryId, "statusId", "PI_INV_COUNTED"));
        ok(call("postPiInventory", "pitest-admin", "piInventoryId", inventoryId));
    }

    /** A journal entry by hand, D PI-140 / C PI-514, posted as OFBiz's accounting screens do it. */
    private String manualEntry(String org, String amount) throws Exception {
        String acctgTransId = (String) ok(call("quickCreateAcctgTransAndEntries", "system", "acctgTransTypeId", "INTERNAL_ACCTG_TRANS",
                "glFiscalTypeId", "ACTUAL", "organizationPartyId", org, "debitGlAccountId", INVENTORY, "creditGlAccountId", "PI_TGL_VAR",
                "amount", new BigDecimal(amount), "origAmount", new BigDecimal(amount), "currencyUomId", "USD", "origCurrencyUomId", "USD",
                "description", "Inventory adjusted by hand")).get("acctgTransId");
        ok(call("postAcctgTrans", "system", "acctgTransId", acctgTransId));
        return acctgTransId;
    }

    /** A variance written by OFBiz's createPhysicalInventory and createInventoryItemVariance, which post no transaction. */
    private String varianceWithoutLedger(String itemId, String quantity) throws Exception {
        String physicalInventoryId = (String) ok(call("createPhysicalInventory", "system", "physicalInventoryDate", UtilDateTime.nowTimestamp(),
                "generalComments", "written without its ledger entry")).get("physicalInventoryId");
        ok(call("createInventoryItemVariance", "system", "inventoryItemId", itemId, "physicalInventoryId", physicalInventoryId,
                "varianceReasonId", "VAR_LOST", "quantityOnHandVar", new BigDecimal(quantity), "availableToPromiseVar", new BigDecimal(quantity)));
        return physicalInventoryId;
    }

    /** What OFBiz did since {@code mark} (movements and transactions, dated now) happened at {@code hour} o'clock on {@code day}. */
    private void happened(Timestamp mark, LocalDate day, int hour) throws GenericEntityException {
        Timestamp when = Timestamp.from(day.atTime(hour, 0).atZone(UTC).toInstant());
        for (GenericValue detail : EntityQuery.use(getDelegator()).from("InventoryItemDetail")
                .where(EntityCondition.makeCondition("effectiveDate", EntityOperator.GREATER_THAN_EQUAL_TO, mark)).queryList()) {
            detail.set("effectiveDate", when);
            detail.store();
        }
        for (GenericValue transaction : EntityQuery.use(getDelegator()).from("AcctgTrans")
                .where(EntityCondition.makeCondition("transactionDate", EntityOperator.GREATER_THAN_EQUAL_TO, mark)).queryList()) {
            transaction.set("transactionDate", when);
            transaction.store();
        }
    }

    /** A closing of the facility at the end of {@code day} in UTC, valued FIFO, run at once. */
    private String close(String facilityId, LocalDate day) throws GenericEntityException {
        Map<String, Object> context = new HashMap<>(UtilMisc.toMap("facilityId", facilityId, "closingDate", Date.valueOf(day),
                "valuationMethod", "FIFO", "timeZone", TimeZone.getTimeZone(UTC)));
        Object[] fields = context.entrySet().stream().flatMap(e -> java.util.stream.Stream.of(e.getKey(), e.getValue())).toArray();
        return (String) ok(call("startPiStockClosing", "pitest-admin", fields)).get("closingId");
    }

    private Map<String, Object> reconcile(String closingId, String userLoginId) throws GenericEntityException {
        Map<String, Object> reconciled = ok(call("getPiClosingReconciliation", userLoginId, "closingId", closingId));
        // the figures add up: each account's difference is its closing value less its balance, and what its explanations add to
        BigDecimal explanations = UtilGenerics.<List<Map<String, Object>>>cast(reconciled.get("explanations")).stream()
                .map(e -> (BigDecimal) e.get("amount")).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertNumber("the explanations add up to what is explained", (BigDecimal) reconciled.get("explained"), explanations
                .subtract(UtilGenerics.<List<Map<String, Object>>>cast(reconciled.get("explanations")).stream()
                        .filter(e -> "UNEXPLAINED".equals(e.get("cause"))).map(e -> (BigDecimal) e.get("amount")).reduce(BigDecimal.ZERO,
                                BigDecimal::add)));
        assertNumber("difference", ((BigDecimal) reconciled.get("closingValue")).subtract((BigDecimal) reconciled.get("ledgerBalance")),
                (BigDecimal) reconciled.get("difference"));
        return reconciled;
    }

    private static Map<String, Object> account(Map<String, Object> reconciled, String glAccountId) {
        List<Map<String, Object>> accounts = UtilGenerics.cast(reconciled.get("accounts"));
        assertEquals("one inventory account", 1, accounts.size());
        assertEquals(glAccountId, accounts.get(0).get("glAccountId"));
        assertEquals("PI-140 Test inventory", accounts.get(0).get("accountName"));
        return accounts.get(0);
    }

    private static Map<String, Object> only(Map<String, Object> reconciled) {
        List<Map<String, Object>> explanations = UtilGenerics.cast(reconciled.get("explanations"));
        assertEquals(explanations.toString(), 1, explanations.size());
        return explanations.get(0);
    }

    private static List<Object> causes(Map<String, Object> reconciled) {
        return UtilGenerics.<List<Map<String, Object>>>cast(reconciled.get("explanations")).stream().map(e -> e.get("cause")).toList();
    }

    private static void assertNumber(String expected, BigDecimal actual) {
        assertNumber("", new BigDecimal(expected), actual);
    }

    private static void assertNumber(String message, String expected, BigDecimal actual) {
        assertNumber(message, new BigDecimal(expected), actual);
    }

    private static void assertNumber(String message, BigDecimal expected, BigDecimal actual) {
        assertTrue(message + ": expected " + expected + " but was " + actual, actual != null && expected.compareTo(actual) == 0);
    }
}
