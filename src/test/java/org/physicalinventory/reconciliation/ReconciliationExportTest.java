package org.physicalinventory.reconciliation;

import static org.junit.Assert.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.Test;
import org.physicalinventory.reconciliation.Document.Kind;
import org.physicalinventory.reconciliation.ReconciliationExport.Words;

/** The reconciliation's exports: the same lines as the screen, adding up to the same totals. */
public class ReconciliationExportTest {

    private static final Instant UNTIL = Instant.parse("2026-04-01T00:00:00Z");
    private static final Words WORDS = new Words(List.of("Line", "GL account", "Cause", "Document", "Facility", "Product", "Transactions", "Date",
            "Quantity", "Stock", "Ledger", "Difference"), "Account", "Explanation", "Product", "Total",
            Map.of(Cause.NO_MOVEMENT, "Entry without a movement", Cause.NO_LEDGER_ENTRY, "Movement without a ledger entry"),
            Map.of(Note.UNPOSTED, "not posted"), Map.of(Kind.SHIPMENT, "Shipment", Kind.PHYSICAL_INVENTORY, "Physical inventory"));

    // 140000: P1 10 @ 5.00 received on S1 and posted (50.00); =EVIL 2 @ 3.00 counted on PI1, whose transaction T5 waits unposted;
    // a manual entry T3 of 15.00. Closing 56.00, ledger 65.00: difference −9.00 = +6.00 − 15.00.
    private static Reconciliation reconciliation() {
        InventoryAccounts accounts = new InventoryAccounts("140000", Map.of(), Map.of(), Map.of());
        Document s1 = new Document(Kind.SHIPMENT, "S1");
        Document pi1 = new Document(Kind.PHYSICAL_INVENTORY, "PI1");
        Instant day = Instant.parse("2026-03-10T12:00:00Z");
        List<MovementSum> movements = List.of(new MovementSum(s1, "WH", "P1", "I1", 1, new BigDecimal("10"), new BigDecimal("50.00"), day, day),
                new MovementSum(pi1, "WH", "=EVIL", "I2", 1, new BigDecimal("2"), new BigDecimal("6.00"), day, day));
        List<LedgerLine> ledger = List.of(new LedgerLine("T1", "SHIPMENT_RECEIPT", day, null, s1, "140000", "P1", new BigDecimal("50.00")),
                new LedgerLine("T3", "INTERNAL_ACCTG_TRANS", day, null, null, "140000", null, new BigDecimal("15.00")));
        Matching matching = Matching.of(null, UNTIL, Set.of("WH"), accounts, movements, List.of(), ledger);
        List<ClosingValue> closing = List.of(new ClosingValue("WH", "P1", new BigDecimal("10"), new BigDecimal("50.00"), null),
                new ClosingValue("WH", "=EVIL", new BigDecimal("2"), new BigDecimal("6.00"), null));
        Outside outside = new Outside(Map.of(pi1, List.of(new Outside.Transaction("T5", day, false))), Map.of());
        return Reconciler.reconcile(null, UNTIL, accounts, new Books(closing, Map.of("140000", new BigDecimal("65.00")), null, null), matching,
                outside);
    }

    @Test
    public void theCsvSaysPerAccountItsFiguresTheExplanationsOfItsDifferenceAndItsProducts() throws Exception {
        StringWriter out = new StringWriter();
        ReconciliationExport.csv(reconciliation(), WORDS, ZoneId.of("UTC"), out);
        List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(out.toString())).getRecords();
        assertEquals("Difference", records.get(0).get(11));
        assertEquals(List.of("Account", "140000", "", "", "", "", "", "", "", "56.00", "65.00", "-9.00"), records.get(1).toList());
        assertEquals(List.of("Explanation", "140000", "Movement without a ledger entry (not posted)", "Physical inventory PI1", "WH", "'=EVIL", "T5",
                "2026-03-10", "2", "6.00", "", "6.00"), records.get(2).toList());
        assertEquals(List.of("Explanation", "140000", "Entry without a movement", "", "", "", "T3", "2026-03-10", "", "", "15.00", "-15.00"),
                records.get(3).toList());
        BigDecimal explained = new BigDecimal(records.get(2).get(11)).add(new BigDecimal(records.get(3).get(11)));
        assertEquals("the explanations add up to the account's difference", new BigDecimal(records.get(1).get(11)), explained);
        BigDecimal products = new BigDecimal(records.get(4).get(9)).add(new BigDecimal(records.get(5).get(9)));
        assertEquals("the products add up to the closing value", new BigDecimal(records.get(1).get(9)), products);
        assertEquals(List.of("Total", "", "", "", "", "", "", "", "", "56.00", "65.00", "-9.00"), records.get(records.size() - 1).toList());
    }

    @Test
    public void theXlsxHoldsTheSameLinesWithNumbersAsNumbers() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReconciliationExport.xlsx(reconciliation(), WORDS, ZoneId.of("UTC"), "Reconciliation", out);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = workbook.getSheet("Reconciliation");
            Row account = sheet.getRow(1);
            assertEquals("Account", account.getCell(0).getStringCellValue());
            assertEquals(-9.0, account.getCell(11).getNumericCellValue(), 0.0001);
            assertEquals("=EVIL", sheet.getRow(2).getCell(5).getStringCellValue());
            Row total = sheet.getRow(sheet.getLastRowNum());
            assertEquals("Total", total.getCell(0).getStringCellValue());
            assertEquals(56.0, total.getCell(9).getNumericCellValue(), 0.0001);
        }
    }
}
