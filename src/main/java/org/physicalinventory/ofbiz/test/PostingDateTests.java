package org.physicalinventory.ofbiz.test;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

import org.apache.ofbiz.base.util.UtilMisc;
import org.apache.ofbiz.entity.GenericEntityException;
import org.apache.ofbiz.entity.GenericValue;
import org.apache.ofbiz.entity.util.EntityQuery;

/**
 * The posting date: a year-end count posted later lands at the inventory date, in that date's fiscal period; a date to
 * come, in a closed fiscal period or on or before a confirmed stock closing is refused before anything is written. The
 * organisation keeps its ledger by month: last month and this month open, the month before closed.
 */
public class PostingDateTests extends PostingTestCase {

    private static final String MONTHLY = "PI_TACCT3";
    private static final ZoneId UTC = ZoneOffset.UTC;

    public PostingDateTests(String name) {
        super(name);
    }

    public void testAPostingIsDatedAtTheInventoryDateAndLandsInItsFiscalPeriod() throws Exception {
        String lastMonth = months();
        TestStock stock = new TestStock(getDelegator(), MONTHLY, "P01", "P02");
        String item = stock.item("PI_TPP_PLAIN", "P01", null, "10", "2", "2026-01-10");
        stock.averageCost("PI_TPP_FOUND", "5");
        Timestamp inventoryDate = day(-1, 15, 17);
        String inventoryId = countedInventory(stock, inventoryDate, "PI_TPP_PLAIN", "P01", "7", "PI_TPP_FOUND", "P02", "3");

        Map<String, Object> review = ok(call("getPiInventoryReview", "pitest-admin", "piInventoryId", inventoryId));
        assertEquals("the review proposes the inventory date", inventoryDate, review.get("postingDate"));
        Map<String, Object> posted = ok(call("postPiInventory", "pitest-admin", "piInventoryId", inventoryId));
        assertEquals(inventoryDate, posted.get("postingDate"));
        String physicalInventoryId = (String) posted.get("physicalInventoryId");
        assertEquals(inventoryDate, EntityQuery.use(getDelegator()).from("PhysicalInventory").where("physicalInventoryId", physicalInventoryId)
                .queryOne().getTimestamp("physicalInventoryDate"));
        List<GenericValue> details = EntityQuery.use(getDelegator()).from("InventoryItemDetail").where("physicalInventoryId", physicalInventoryId)
                .queryList();
        assertEquals("a shortage and stock found", 2, details.size());
        details.forEach(d -> assertEquals("every movement at the inventory date", inventoryDate, d.getTimestamp("effectiveDate")));
        GenericValue found = EntityQuery.use(getDelegator()).from("InventoryItem").where("facilityId", stock.facilityId, "productId", "PI_TPP_FOUND")
                .queryOne();
        assertEquals("stock found is received at the inventory date", inventoryDate, found.getTimestamp("datetimeReceived"));
        assertNumber("7", stock.onHand(item));

        GenericValue inventory = inventoryRow(inventoryId);
        assertEquals(inventoryDate, inventory.getTimestamp("postingDate"));
        GenericValue transaction = EntityQuery.use(getDelegator()).from("AcctgTrans").where("acctgTransId", inventory.get("acctgTransId")).queryOne();
        assertEquals(inventoryDate, transaction.getTimestamp("transactionDate"));
        assertEquals("posted, not filed on the error journal", "Y", transaction.getString("isPosted"));
        assertEquals("OFBiz files the transaction in last month's period", List.of(lastMonth), periodsOf(transaction.getTimestamp("transactionDate")));
        assertTrue("OFBiz's ledger of last month holds it", ledgerOfMonth(-1).contains(transaction.getString("acctgTransId")));
        assertFalse("and this month's does not", ledgerOfMonth(0).contains(transaction.getString("acctgTransId")));
        assertEquals("the review of the posted inventory shows its date", inventoryDate,
                ok(call("getPiInventoryReview", "pitest-admin", "piInventoryId", inventoryId)).get("postingDate"));
    }

    public void testTheDateChosenIsUsedAndAnInventoryDatedLaterProposesNow() throws Exception {
        months();
        TestStock stock = new TestStock(getDelegator(), MONTHLY, "P01");
        String item = stock.item("PI_TPP_PLAIN", "P01", null, "10", "2", "2026-01-10");
        String inventoryId = countedInventory(stock, Timestamp.valueOf(LocalDateTime.now().plusDays(2)), "PI_TPP_PLAIN", "P01", "9");
        Timestamp proposed = (Timestamp) ok(call("getPiInventoryReview", "pitest-admin", "piInventoryId", inventoryId)).get("postingDate");
        assertTrue("an inventory dated later proposes now", Math.abs(proposed.getTime() - System.currentTimeMillis()) < 60_000);
        Timestamp chosen = day(-1, 20, 12);
        ok(call("postPiInventory", "pitest-admin", "piInventoryId", inventoryId, "postingDate", chosen));
        assertEquals(chosen, inventoryRow(inventoryId).getTimestamp("postingDate"));
        assertEquals(chosen, transactionOf(inventoryId).getTimestamp("transactionDate"));
        assertNumber("9", stock.onHand(item));
    }

    public void testADateToComeOrInAClosedFiscalPeriodIsRefusedBeforeAnythingIsWritten() throws Exception {
        months();
        TestStock stock = new TestStock(getDelegator(), MONTHLY, "P01");
        String item = stock.item("PI_TPP_PLAIN", "P01", null, "10", "2", "2026-01-10");
        String inventoryId = countedInventory(stock, day(-1, 15, 17), "PI_TPP_PLAIN", "P01", "8");
        Timestamp tomorrow = Timestamp.valueOf(LocalDateTime.now().plusDays(1));
        for (String service : List.of("postPiInventory", "startPiPosting")) {
            String refusal = error(call(service, "pitest-admin", "piInventoryId", inventoryId, "postingDate", tomorrow));
            assertTrue(refusal, refusal.contains("cannot be later than now"));
        }
        String refusal = error(callIn(Locale.ITALIAN, "startPiPosting", "pitest-admin", "piInventoryId", inventoryId, "postingDate", tomorrow));
        assertTrue(refusal, refusal.contains("non può essere successiva ad adesso"));
        refusal = error(call("postPiInventory", "pitest-admin", "piInventoryId", inventoryId, "postingDate", day(-2, 15, 12)));
        assertTrue(refusal, refusal.contains("No open fiscal period of organisation " + MONTHLY));
        assertUntouched(inventoryId, stock, item, "10");
        assertEquals("PI_INV_COUNTED", inventoryRow(inventoryId).getString("statusId"));
        assertNull("no posting started", EntityQuery.use(getDelegator()).from("PiPostingRun").where("piInventoryId", inventoryId).queryOne());
    }

    public void testADateOnOrBeforeAConfirmedClosingOfTheFacilityIsRefusedNamingIt() throws Exception {
        months();
        TestStock stock = new TestStock(getDelegator(), MONTHLY, "P01");
        String item = stock.item("PI_TPP_PLAIN", "P01", null, "10", "2", "2026-01-10");
        String closingId = confirmedClosing("facilityId", stock.facilityId, day(-1, 10, 0));
        String inventoryId = countedInventory(stock, day(-1, 10, 18), "PI_TPP_PLAIN", "P01", "8");
        for (String service : List.of("postPiInventory", "startPiPosting")) {
            String refusal = error(call(service, "pitest-admin", "piInventoryId", inventoryId));
            assertTrue(refusal, refusal.contains("confirmed stock closing " + closingId) && refusal.contains("Choose a later date"));
        }
        String refusal = error(callIn(Locale.FRENCH, "postPiInventory", "pitest-admin", "piInventoryId", inventoryId, "postingDate", day(-1, 5, 12)));
        assertTrue(refusal, refusal.contains("clôture de stock confirmée " + closingId));
        assertUntouched(inventoryId, stock, item, "10");
        assertNull(EntityQuery.use(getDelegator()).from("PiPostingRun").where("piInventoryId", inventoryId).queryOne());

        Timestamp nextDay = day(-1, 11, 0);
        ok(call("startPiPosting", "pitest-admin", "piInventoryId", inventoryId, "postingDate", nextDay));
        assertEquals("the first moment after the closed day is open", nextDay, transactionOf(inventoryId).getTimestamp("transactionDate"));
        assertNumber("8", stock.onHand(item));
    }

    public void testAConfirmedClosingOfTheOwnerOrganisationClosesItsFacilities() throws Exception {
        months();
        TestStock stock = new TestStock(getDelegator(), MONTHLY, "P01");
        String item = stock.item("PI_TPP_PLAIN", "P01", null, "10", "2", "2026-01-10");
        // early in the closed month: the other tests of the organisation post later than that
        String closingId = confirmedClosing("organizationPartyId", MONTHLY, day(-2, 3, 0));
        String inventoryId = countedInventory(stock, day(-2, 3, 9), "PI_TPP_PLAIN", "P01", "8");
        String refusal = error(call("postPiInventory", "pitest-admin", "piInventoryId", inventoryId));
        assertTrue(refusal, refusal.contains("confirmed stock closing " + closingId));
        assertUntouched(inventoryId, stock, item, "10");
    }

    public void testALargePostingRunAsAJobIsDatedToo() throws Exception {
        months();
        TestStock stock = new TestStock(getDelegator(), MONTHLY, "P01");
        String item = stock.item("PI_TPP_PLAIN", "P01", null, "10", "2", "2026-01-10");
        String inventoryId = countedInventory(stock, day(-1, 25, 17), "PI_TPP_PLAIN", "P01", "6");
        Timestamp chosen = day(-1, 26, 9);
        assertEquals("DONE", postAsJob(inventoryId, "postingDate", chosen));
        GenericValue inventory = inventoryRow(inventoryId);
        assertEquals(chosen, inventory.getTimestamp("postingDate"));
        assertEquals(chosen, transactionOf(inventoryId).getTimestamp("transactionDate"));
        assertEquals(chosen, EntityQuery.use(getDelegator()).from("InventoryItemDetail").where("physicalInventoryId", inventory.get("physicalInventoryId"))
                .queryFirst().getTimestamp("effectiveDate"));
        assertNumber("6", stock.onHand(item));
    }

    // --- the organisation's months and closings ---

    /** The months of the organisation: two months ago closed, last month and this month open; answers last month's id. */
    private String months() throws GenericEntityException {
        for (int offset = -2; offset <= 0; offset++) {
            LocalDate first = LocalDate.now(UTC).withDayOfMonth(1).plusMonths(offset);
            String id = "PI_TM" + first.getYear() + String.format("%02d", first.getMonthValue());
            if (EntityQuery.use(getDelegator()).from("CustomTimePeriod").where("customTimePeriodId", id).queryOne() == null) {
                getDelegator().create("CustomTimePeriod", UtilMisc.toMap("customTimePeriodId", id, "organizationPartyId", MONTHLY,
                        "periodTypeId", "FISCAL_MONTH", "periodNum", (long) first.getMonthValue(), "periodName", id,
                        "fromDate", Date.valueOf(first), "thruDate", Date.valueOf(first.plusMonths(1)), "isClosed", offset == -2 ? "Y" : "N"));
            }
        }
        LocalDate last = LocalDate.now(UTC).withDayOfMonth(1).minusMonths(1);
        return "PI_TM" + last.getYear() + String.format("%02d", last.getMonthValue());
    }

    /** A moment of a day of the month {@code monthOffset} from this one (UTC). */
    private static Timestamp day(int monthOffset, int dayOfMonth, int hour) {
        LocalDateTime moment = LocalDate.now(UTC).withDayOfMonth(1).plusMonths(monthOffset).withDayOfMonth(dayOfMonth).atTime(hour, 0);
        return Timestamp.from(moment.toInstant(ZoneOffset.UTC));
    }

    /** The fiscal periods OFBiz finds for the organisation at the date, as postAcctgTrans asks. */
    private List<String> periodsOf(Timestamp date) throws Exception {
        List<?> periods = (List<?>) ok(call("findCustomTimePeriods", "system", "findDate", date, "organizationPartyId", MONTHLY,
                "onlyIncludePeriodTypeIdList", List.of("FISCAL_YEAR", "FISCAL_QUARTER", "FISCAL_MONTH"), "excludeNoOrganizationPeriods", "Y"))
                .get("customTimePeriodList");
        return periods.stream().map(p -> ((GenericValue) p).getString("customTimePeriodId")).toList();
    }

    /** The transaction ids OFBiz's GL account reports list on the inventory account for a month, posted only. */
    private List<String> ledgerOfMonth(int monthOffset) throws Exception {
        LocalDate first = LocalDate.now(UTC).withDayOfMonth(1).plusMonths(monthOffset);
        List<?> entries = (List<?>) ok(call("getAcctgTransEntriesAndTransTotal", "system", "organizationPartyId", MONTHLY, "glAccountId", "PI_TGL_INV",
                "isPosted", "Y", "customTimePeriodStartDate", Timestamp.valueOf(first.atStartOfDay()),
                "customTimePeriodEndDate", Timestamp.valueOf(first.plusMonths(1).atStartOfDay()))).get("acctgTransAndEntries");
        return entries.stream().map(e -> ((GenericValue) e).getString("acctgTransId")).toList();
    }

    /** A stock closing of the facility or the organisation at the day of {@code day}, run and confirmed as the accountant does. */
    private String confirmedClosing(String field, String value, Timestamp day) throws Exception {
        String closingId = (String) ok(callIn(Locale.ENGLISH, "startPiStockClosing", "pitest-admin", field, value, "closingDate",
                Date.valueOf(day.toInstant().atZone(UTC).toLocalDate()), "valuationMethod", "LAST_COST", "timeZone", TimeZone.getTimeZone(UTC)))
                .get("closingId");
        ok(call("confirmPiStockClosing", "pitest-admin", "closingId", closingId));
        return closingId;
    }

    private GenericValue transactionOf(String inventoryId) throws GenericEntityException {
        return EntityQuery.use(getDelegator()).from("AcctgTrans").where("acctgTransId", inventoryRow(inventoryId).get("acctgTransId")).queryOne();
    }
}
