package org.physicalinventory.count;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.Test;
import org.physicalinventory.count.CountColumns.Column;

public class CountImportTest {

    /** The count sheet's headings in English, as the plugin's labels write them. */
    private static final Map<Column, List<String>> SHEET = Map.of(Column.LOCATION, List.of("Location"),
            Column.PRODUCT, List.of("Product"), Column.LOT, List.of("Lot"), Column.SERIAL, List.of("Serial number"),
            Column.QUANTITY, List.of("Counted quantity"));

    private static List<ImportRow> rows(byte[] file) throws CountFileException {
        CountFile.Table table = CountFile.read(file);
        Map<Column, Integer> columns = CountColumns.find(table.header(), SHEET);
        return table.rows().stream().map(r -> CountColumns.row(r, columns)).toList();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    public void theCountSheetFilledInIsReadByItsOwnHeadingsAndTheBookQuantityIsLeftAlone() throws Exception {
        List<ImportRow> rows = rows(utf8("Location,Product,Description,Lot,Serial number,Book quantity,Counted quantity\n"
                + "A01,PI-1001,\"Bolt, M8\",,,10,9\n" + "A02,PI-1002,Nut,L1,,4,\n"));
        assertEquals(new ImportRow(2, "A01", "PI-1001", null, null, null, "9"), rows.get(0));
        assertEquals(new ImportRow(3, "A02", "PI-1002", null, "L1", null, null), rows.get(1));
    }

    @Test
    public void aScannersExportInAnyColumnOrderWithItsOwnWords() throws Exception {
        List<ImportRow> rows = rows(utf8("qty;barcode;bin\n1;8012345100018;A01\n2;8012345100025;A02\n"));
        assertEquals(new ImportRow(2, "A01", null, "8012345100018", null, null, "1"), rows.get(0));
        assertEquals("2", rows.get(1).quantity());
    }

    @Test
    public void headingsInTheUsersLanguageWhateverTheirCaseAndAccents() throws Exception {
        assertEquals("5", rows(utf8("UBICAZIONE\tCodice prodotto\tLotto\tQuantità contata\nA01\tPI-1\tL7\t5\n")).get(0).quantity());
        assertEquals("A01", rows(utf8("Emplacement;Produit;Quantité comptée\nA01;PI-1;5\n")).get(0).locationSeqId());
        assertEquals("PI-1", rows(utf8("Lagerplatz,Artikel,Gezählte Menge\nA01,PI-1,5\n")).get(0).productId());
        assertEquals("PI-1", rows(utf8("Ubicación,Producto,Cantidad\nA01,PI-1,5\n")).get(0).productId());
        assertEquals("PI-1", rows(utf8("Locație,Produs,Cantitate\nA01,PI-1,5\n")).get(0).productId());
    }

    @Test
    public void aFileWithoutAQuantityColumnIsRefusedNamingItsHeader() {
        try {
            rows(utf8("Location,Product,Description\nA01,PI-1,x\n"));
            fail();
        } catch (CountFileException e) {
            assertEquals("PhysInvErrorImportColumns", e.labelKey());
            assertEquals("Location, Product, Description", e.arguments()[0]);
        }
    }

    @Test
    public void aWindowsSpreadsheetsCsvWithAccentsIsReadAsWritten() throws Exception {
        byte[] file = "Location;Product;Lot;Counted quantity\nA01;PI-1;Löt-é;2,5\n".getBytes(Charset.forName("windows-1252"));
        ImportRow row = rows(file).get(0);
        assertEquals("Löt-é", row.lotId());
        assertEquals("2,5", row.quantity()); // read later by the user's language, as a typed quantity is
    }

    @Test
    public void aByteOrderMarkAndBlankLinesChangeNothing() throws Exception {
        List<ImportRow> rows = rows(utf8("\uFEFFLocation,Product,Counted quantity\n\nA01,PI-1,3\n,,\nA02,PI-2,4\n"));
        assertEquals(2, rows.size());
        assertEquals(3, rows.get(0).number());
        assertEquals(5, rows.get(1).number());
    }

    @Test
    public void theFirstSheetOfAWorkbookWithNumbersAsCells() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Count");
            Row header = sheet.createRow(0);
            String[] headings = {"Location", "Product", "Counted quantity"};
            for (int c = 0; c < headings.length; c++) {
                header.createCell(c).setCellValue(headings[c]);
            }
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("A01");
            row.createCell(1).setCellValue("PI-1");
            row.createCell(2).setCellValue(12.5);
            Row whole = sheet.createRow(2);
            whole.createCell(0).setCellValue("A02");
            whole.createCell(1).setCellValue("PI-2");
            whole.createCell(2).setCellValue(7);
            workbook.write(out);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        List<ImportRow> rows = rows(out.toByteArray());
        assertEquals("12.5", rows.get(0).quantity());
        assertEquals("7", rows.get(1).quantity());
        assertEquals(3, rows.get(1).number());
    }

    @Test
    public void anEmptyFileOrAFileThatIsNotATableIsRefused() {
        for (byte[] file : new byte[][] {new byte[0], utf8("\n\n"), {'P', 'K', 3, 4, 0, 0, 1}}) {
            try {
                CountFile.read(file);
                fail();
            } catch (CountFileException e) {
                assertTrue(e.labelKey(), e.labelKey().equals("PhysInvErrorImportEmpty") || e.labelKey().equals("PhysInvErrorImportUnreadable"));
            }
        }
    }

    @Test
    public void theSameFileGivesTheSameScanKeysSoItsReadsCountOnce() throws Exception {
        ImportRow row = rows(utf8("Location,Product,Counted quantity\nA01,PI-1,3\n")).get(0);
        assertEquals("IMP-abc-2", row.scanKey("abc"));
        assertNull(row.code());
        assertFalse(row.scanKey("abc").equals(row.scanKey("abd")));
    }

    @Test
    public void theDelimiterIsTheOneTheHeaderUsesMost() {
        assertEquals(';', CountFile.delimiter("a;b;c,d\n1;2;3,4"));
        assertEquals('\t', CountFile.delimiter("a\tb\tc\n"));
        assertEquals(',', CountFile.delimiter("a,b\n"));
    }
}
