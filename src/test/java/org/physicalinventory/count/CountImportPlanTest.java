package org.physicalinventory.count;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.Test;
import org.physicalinventory.barcode.BarcodeException;
import org.physicalinventory.barcode.ScannedCode;
import org.physicalinventory.count.CountImport.Decision;
import org.physicalinventory.count.CountImport.Place;
import org.physicalinventory.count.CountImport.Plan;
import org.physicalinventory.count.CountImport.Product;
import org.physicalinventory.count.CountImport.Recording;
import org.physicalinventory.count.CountImport.Refused;
import org.physicalinventory.count.CountImport.Skip;
import org.physicalinventory.count.CountImport.Skipped;
import org.physicalinventory.inventory.ListScope;

public class CountImportPlanTest {

    private static final CountingList LIST = new CountingList("L1", "WH", true, new ListScope("A01", "A09"), false,
            new ListOptions(true, false, false, true, BigDecimal.ONE));
    private final Book book = new Book();
    private final List<ImportRow> rows = new ArrayList<>();

    /** The list's facility, products and counts as the plan sees them. */
    private static final class Book implements CountImport.Directory {
        final Map<LineKey, CountLine> lines = new HashMap<>();
        final Map<String, Product> products = new HashMap<>();
        final Set<String> imported = new HashSet<>();
        final Set<String> serialsElsewhere = new HashSet<>();

        Book line(String product, String location, String lot, String serial, String counted) {
            LineKey key = new LineKey(product, location, lot, serial);
            lines.put(key, new CountLine(String.valueOf(lines.size() + 1), key, BigDecimal.TEN, counted == null ? null : new BigDecimal(counted),
                    false));
            return this;
        }

        @Override
        public Place place(String locationSeqId) {
            return locationSeqId.startsWith("Z") ? Place.UNKNOWN : LIST.scope().contains(locationSeqId) ? Place.COUNTED : Place.NOT_IN_LIST;
        }

        @Override
        public Optional<Product> product(ImportRow row) throws BarcodeException {
            if (row.productId() != null) {
                return Optional.ofNullable(products.get(row.productId()));
            }
            if (row.code().startsWith("]C1")) {
                // a GS1-128 of the lot product with its lot: (01) GTIN (10) lot
                return Optional.of(new Product("OIL", LotTracking.MANDATORY, false, new ScannedCode(row.code(), ScannedCode.Source.GS1, "OIL",
                        row.code().substring(row.code().length() - 2), null, null, null, null, List.of())));
            }
            if (row.code().equals("BAD")) {
                throw new BarcodeException("PhysInvErrorBarcodeMalformed", row.code());
            }
            Product product = products.get(row.code().equals("4006381333931") ? "HAMMER" : row.code());
            return Optional.ofNullable(product == null ? null : new Product(product.productId(), product.lot(), product.pieces(),
                    ScannedCode.plain(row.code(), row.code())));
        }

        @Override
        public Optional<CountLine> line(LineKey key) {
            return Optional.ofNullable(lines.get(key));
        }

        @Override
        public boolean isSerialCountedElsewhere(LineKey key) {
            return serialsElsewhere.contains(key.serialNumber());
        }

        @Override
        public boolean isImported(String scanKey) {
            return imported.contains(scanKey);
        }
    }

    {
        book.products.put("HAMMER", new Product("HAMMER", LotTracking.NONE, true, null));
        book.products.put("OIL", new Product("OIL", LotTracking.MANDATORY, false, null));
        book.products.put("PHONE", new Product("PHONE", LotTracking.NONE, true, null));
        book.line("HAMMER", "A01", null, null, null).line("OIL", "A02", "L1", null, "4").line("PHONE", "A03", null, "SN1", null);
    }

    private CountImportPlanTest row(String location, String product, String code, String lot, String serial, String quantity) {
        rows.add(new ImportRow(rows.size() + 2, location, product, code, lot, serial, quantity));
        return this;
    }

    private Plan plan(ScanAction mode) {
        return CountImport.plan(LIST, rows, "d1g3st", mode, Locale.ENGLISH, book);
    }

    private static Decision decision(Plan plan, int index) {
        return plan.decisions().get(index);
    }

    private static void assertRecords(Decision decision, String before, String after) {
        assertTrue(decision.toString(), decision instanceof Recording);
        Recording recording = (Recording) decision;
        assertEquals(before == null ? null : new BigDecimal(before), recording.before());
        assertEquals(new BigDecimal(after), recording.after());
    }

    private static void assertRefused(Decision decision, String labelKey, Object... arguments) {
        assertTrue(decision.toString(), decision instanceof Refused);
        assertEquals(labelKey, ((Refused) decision).labelKey());
        if (arguments.length > 0) {
            assertEquals(List.of(arguments), ((Refused) decision).arguments());
        }
    }

    @Test
    public void theCountSheetFilledInRecordsEachCountAndSkipsTheLinesLeftBlank() {
        Plan plan = row("A01", "HAMMER", null, null, null, "9").row("A02", "OIL", null, "L1", null, null).plan(ScanAction.REPLACE);
        assertRecords(decision(plan, 0), null, "9");
        assertEquals(new Skipped(rows.get(1), Skip.NOT_COUNTED), decision(plan, 1));
        assertEquals(1, plan.recordings().size());
        assertEquals(1, plan.skipped(Skip.NOT_COUNTED));
    }

    @Test
    public void replaceSetsTheCountAndAddAddsToIt() {
        row("A02", "OIL", null, "L1", null, "6");
        assertRecords(decision(plan(ScanAction.REPLACE), 0), "4", "6");
        assertRecords(decision(plan(ScanAction.ADD), 0), "4", "10");
        assertEquals(ScanAction.REPLACE, ((Recording) decision(plan(ScanAction.REPLACE), 0)).read().action());
    }

    @Test
    public void replacingWithAFileOfOneRowPerScanCountsTheFilesTotal() {
        // a scanner's export: the same item scanned three times replaces the count with 3, not with 1
        row("A02", "OIL", null, "L1", null, "1").row("A02", "OIL", null, "L1", null, "1").row("A02", "OIL", null, "L1", null, "1");
        Plan plan = plan(ScanAction.REPLACE);
        assertRecords(decision(plan, 0), "4", "1");
        assertRecords(decision(plan, 1), "1", "2");
        assertRecords(decision(plan, 2), "2", "3");
        assertEquals(List.of(ScanAction.REPLACE, ScanAction.ADD, ScanAction.ADD),
                plan.recordings().stream().map(r -> r.read().action()).toList());
    }

    @Test
    public void eachRowsReadCarriesTheScanKeyOfTheFileAndRowSoAFileImportedTwiceCountsOnce() {
        row("A01", "HAMMER", null, null, null, "9").row("A02", "OIL", null, "L1", null, "1");
        Plan first = plan(ScanAction.ADD);
        assertEquals("IMP-d1g3st-2", first.recordings().get(0).read().scanKey());
        book.imported.add("IMP-d1g3st-2");
        Plan again = plan(ScanAction.ADD);
        assertEquals(new Skipped(rows.get(0), Skip.ALREADY_IMPORTED), decision(again, 0));
        assertRecords(decision(again, 1), "4", "5");
    }

    @Test
    public void aRowIsRefusedForALocationTheListDoesNotCountOrThatDoesNotExist() {
        Plan plan = row("B01", "HAMMER", null, null, null, "1").row("Z99", "HAMMER", null, null, null, "1").row(null, "HAMMER", null, null, null, "1")
                .plan(ScanAction.ADD);
        assertRefused(decision(plan, 0), "PhysInvErrorLocationNotInList", "B01", "L1");
        assertRefused(decision(plan, 1), "PhysInvErrorLocationNotFound", "Z99", "WH");
        assertRefused(decision(plan, 2), "PhysInvErrorImportNoLocation");
    }

    @Test
    public void aRowIsRefusedForAnUnknownProductOrCodeOrForNamingNone() {
        Plan plan = row("A01", "NAIL", null, null, null, "1").row("A01", null, "0000000000000", null, null, "1").row("A01", null, null, null, null, "1")
                .row("A01", null, "BAD", null, null, "1").plan(ScanAction.ADD);
        assertRefused(decision(plan, 0), "PhysInvErrorUnknownCode", "NAIL");
        assertRefused(decision(plan, 1), "PhysInvErrorUnknownCode", "0000000000000");
        assertRefused(decision(plan, 2), "PhysInvErrorImportNoProduct");
        assertRefused(decision(plan, 3), "PhysInvErrorBarcodeMalformed");
    }

    @Test
    public void aCodeFindsItsProductAndALotTheCodeCarries() {
        Plan plan = row("A01", null, "4006381333931", null, null, "2").row("A02", null, "]C1010950600013435210L1", null, null, "3")
                .plan(ScanAction.ADD);
        assertRecords(decision(plan, 0), null, "2");
        assertEquals("HAMMER", plan.recordings().get(0).read().productId());
        assertRecords(decision(plan, 1), "4", "7");
    }

    @Test
    public void quantitiesAreReadStrictlyByTheUsersLanguage() {
        row("A02", "OIL", null, "L1", null, "2,5").row("A01", "HAMMER", null, null, null, "1.5").row("A01", "HAMMER", null, null, null, "-1")
                .row("A01", "HAMMER", null, null, null, "12abc");
        Plan english = plan(ScanAction.ADD);
        assertRefused(decision(english, 0), "PhysInvErrorQuantityComma", "2,5");
        assertRefused(decision(english, 1), "PhysInvErrorQuantityPieces", "1.5");
        assertRefused(decision(english, 2), "PhysInvErrorNegativeQuantity");
        assertRefused(decision(english, 3), "PhysInvErrorQuantityCharacter");
        Plan italian = CountImport.plan(LIST, rows, "d1g3st", ScanAction.ADD, Locale.ITALIAN, book);
        assertRecords(decision(italian, 0), "4", "6.5");
    }

    @Test
    public void aLotManagedProductWithoutItsLotIsRefused() {
        Plan plan = row("A02", "OIL", null, null, null, "1").plan(ScanAction.ADD);
        assertRefused(decision(plan, 0), "PhysInvErrorLotRequired");
    }

    @Test
    public void aSerialNumberTwiceInTheFileIsRefusedTheSecondTimeNamingTheFirstRow() {
        Plan plan = row("A03", "PHONE", null, null, "SN1", "1").row("A04", "PHONE", null, null, "SN1", "1").plan(ScanAction.REPLACE);
        assertRecords(decision(plan, 0), null, "1");
        assertRefused(decision(plan, 1), "PhysInvErrorImportSerialTwice", "SN1", 2);
    }

    @Test
    public void aSerialNumberCountsOnePieceOnceInTheInventory() {
        book.serialsElsewhere.add("SN9");
        Plan plan = row("A03", "PHONE", null, null, "SN1", "2").row("A03", "PHONE", null, null, "SN9", "1").plan(ScanAction.ADD);
        assertRefused(decision(plan, 0), "PhysInvErrorSerialQuantity");
        assertRefused(decision(plan, 1), "PhysInvErrorSerialCounted");
    }

    @Test
    public void anItemNotOnTheListIsAddedAsTheBackOfficeAddsIt() {
        Plan plan = row("A05", "HAMMER", null, null, null, "3").plan(ScanAction.ADD);
        assertRecords(decision(plan, 0), null, "3");
        assertTrue(((Recording) decision(plan, 0)).newLine());
        assertFalse("the list type's quantity per scan is for scanning, not for a file", plan.recordings().get(0).options().quantityPerScan() != null);
    }

    @Test
    public void aFieldLongerThanItsColumnIsRefused() {
        Plan plan = row("A01", "HAMMER", null, "L".repeat(21), null, "1").plan(ScanAction.ADD);
        assertRefused(decision(plan, 0), "PhysInvErrorTooLong", "lotId", 20);
    }

    @Test
    public void theRefusalsAreCountedByReasonTheMostFrequentFirst() {
        Plan plan = row("B01", "HAMMER", null, null, null, "1").row("B02", "HAMMER", null, null, null, "1").row("A01", "NAIL", null, null, null, "1")
                .row("A01", "HAMMER", null, null, null, "1").plan(ScanAction.ADD);
        assertEquals(List.of("PhysInvErrorLocationNotInList", "PhysInvErrorUnknownCode"), List.copyOf(plan.refusalsByReason().keySet()));
        assertEquals(Long.valueOf(2), plan.refusalsByReason().get("PhysInvErrorLocationNotInList"));
        assertNull(plan.refusalsByReason().get("PhysInvErrorLotRequired"));
    }
}
