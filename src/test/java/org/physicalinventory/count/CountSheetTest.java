package org.physicalinventory.count;

import static org.junit.Assert.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.Test;
import org.physicalinventory.count.CountColumns.Column;

public class CountSheetTest {

    private static final CountSheet.Headings ITALIAN = new CountSheet.Headings("Ubicazione", "Prodotto", "Descrizione", "Lotto",
            "Numero di serie", "Giacenza logica", "Giacenza fisica");
    private static final Map<Column, List<String>> ITALIAN_SHEET = Map.of(Column.LOCATION, List.of("Ubicazione"), Column.PRODUCT,
            List.of("Prodotto"), Column.LOT, List.of("Lotto"), Column.SERIAL, List.of("Numero di serie"), Column.QUANTITY,
            List.of("Giacenza fisica"));
    private static final List<CountSheet.Line> LINES = List.of(
            new CountSheet.Line("A01", "PI-1001", "Bolt, M8", null, null, new BigDecimal("10.000000"), null),
            new CountSheet.Line("A02", "PI-1002", "=HYPERLINK(\"x\")", "L1", null, new BigDecimal("4.5"), new BigDecimal("3.000000")));

    private static List<ImportRow> readBack(byte[] file) throws CountFileException {
        CountFile.Table table = CountFile.read(file);
        Map<Column, Integer> columns = CountColumns.find(table.header(), ITALIAN_SHEET);
        return table.rows().stream().map(row -> CountColumns.row(row, columns)).toList();
    }

    @Test
    public void theCsvHasTheSheetsColumnsAndPlainQuantities() throws Exception {
        StringWriter out = new StringWriter();
        CountSheet.csv(LINES, ITALIAN, false, out);
        assertEquals("Ubicazione,Prodotto,Descrizione,Lotto,Numero di serie,Giacenza logica,Giacenza fisica\n"
                + "A01,PI-1001,\"Bolt, M8\",,,10,\n"
                + "A02,PI-1002,\"'=HYPERLINK(\"\"x\"\")\",L1,,4.5,3\n", out.toString());
    }

    @Test
    public void aBlindCountSheetHasNoBookQuantity() throws Exception {
        StringWriter out = new StringWriter();
        CountSheet.csv(LINES.subList(0, 1), ITALIAN, true, out);
        assertEquals("Ubicazione,Prodotto,Descrizione,Lotto,Numero di serie,Giacenza fisica\nA01,PI-1001,\"Bolt, M8\",,,\n", out.toString());
    }

    @Test
    public void theSheetFilledInIsReadBackByTheImportInCsvAndInXlsx() throws Exception {
        StringWriter csv = new StringWriter();
        CountSheet.csv(LINES, ITALIAN, false, csv);
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        CountSheet.xlsx(LINES, ITALIAN, false, "Conteggio", xlsx);
        for (byte[] file : List.of(csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8), xlsx.toByteArray())) {
            List<ImportRow> rows = readBack(file);
            assertEquals(new ImportRow(2, "A01", "PI-1001", null, null, null, null), rows.get(0));
            assertEquals(new ImportRow(3, "A02", "PI-1002", null, "L1", null, "3"), rows.get(1));
        }
    }

    @Test
    public void theCsvWrittenLineByLineGivesTheHeadingAtOnceAndEachRowAsItComes() throws Exception {
        StringWriter out = new StringWriter();
        try (CountSheet.Writer sheet = CountSheet.csv(ITALIAN, true, out)) {
            assertEquals("Ubicazione,Prodotto,Descrizione,Lotto,Numero di serie,Giacenza fisica\n", out.toString());
            sheet.line(LINES.get(0));
            assertEquals("Ubicazione,Prodotto,Descrizione,Lotto,Numero di serie,Giacenza fisica\nA01,PI-1001,\"Bolt, M8\",,,\n", out.toString());
        }
    }

    @Test
    public void anXlsxOfManyLinesWrittenLineByLineHoldsEveryLine() throws Exception {
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        try (CountSheet.Writer sheet = CountSheet.xlsx(ITALIAN, false, "Conteggio", xlsx)) {
            for (int i = 0; i < 3000; i++) {
                sheet.line(new CountSheet.Line("A" + i, "PI-" + i, null, null, null, BigDecimal.ONE, null));
            }
        }
        List<ImportRow> rows = readBack(xlsx.toByteArray());
        assertEquals(3000, rows.size());
        assertEquals(new ImportRow(3001, "A2999", "PI-2999", null, null, null, null), rows.get(2999));
    }
}
