package org.physicalinventory.count;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * A file of counts as a table of text: a CSV file (comma, semicolon or tab, as spreadsheets in different languages
 * write it; UTF-8, with or without a byte order mark, else Windows-1252) or the first sheet of an XLSX workbook. The
 * first row that is not blank is the header; the rows after it keep their number in the file, so a refusal can name
 * the row a person sees in their spreadsheet.
 */
public final class CountFile {

    /** The most rows a file may have: more is surely not a count of one inventory list. */
    public static final int MOST_ROWS = 200_000;
    private static final byte[] ZIP = {'P', 'K', 3, 4};

    private CountFile() {
    }

    /** A row of the file: its number as a spreadsheet shows it (the header is usually row 1) and its cells, trimmed. */
    public record Row(int number, List<String> cells) {

        public String cell(int column) {
            return column >= 0 && column < cells.size() ? cells.get(column) : "";
        }

        boolean isBlank() {
            return cells.stream().allMatch(String::isEmpty);
        }
    }

    /** The header and the rows below it, blank rows left out. */
    public record Table(List<String> header, List<Row> rows) {
    }

    /** Reads the file; XLSX is recognised by its content (a zip), whatever its name. */
    public static Table read(byte[] content) throws CountFileException {
        if (content == null || content.length == 0) {
            throw new CountFileException("PhysInvErrorImportEmpty");
        }
        List<Row> rows = startsWith(content, ZIP) ? XlsxRows.read(content, MOST_ROWS) : csv(text(content));
        int first = 0;
        while (first < rows.size() && rows.get(first).isBlank()) {
            first++;
        }
        if (first == rows.size()) {
            throw new CountFileException("PhysInvErrorImportEmpty");
        }
        List<Row> body = new ArrayList<>();
        for (Row row : rows.subList(first + 1, rows.size())) {
            if (!row.isBlank()) {
                body.add(row);
            }
        }
        if (body.size() > MOST_ROWS) {
            throw new CountFileException("PhysInvErrorImportTooManyRows", body.size(), MOST_ROWS);
        }
        return new Table(rows.get(first).cells(), body);
    }

    /**
     * The digest a file's scan keys are made of ({@link ImportRow#scanKey}): of the list it is imported into and of its
     * content, whatever its name, in 32 hexadecimal digits (128 bits of SHA-256). The same file imported into the same list
     * again gives the same keys; into another list (of another inventory, whose lines it may share), other keys.
     */
    public static String digest(String piListId, byte[] content) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(piListId.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(content);
            return HexFormat.of().formatHex(sha.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static List<Row> csv(String text) throws CountFileException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter(text)).setIgnoreEmptyLines(false).build();
        List<Row> rows = new ArrayList<>();
        try {
            for (CSVRecord record : format.parse(new StringReader(text))) {
                List<String> cells = new ArrayList<>(record.size());
                record.forEach(cell -> cells.add(cell.strip()));
                rows.add(new Row((int) record.getRecordNumber(), cells));
                if (rows.size() > MOST_ROWS + 1) {
                    throw new CountFileException("PhysInvErrorImportTooManyRows", rows.size(), MOST_ROWS);
                }
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw new CountFileException("PhysInvErrorImportUnreadable");
        }
        return rows;
    }

    /** The delimiter the first line uses most: a comma, a semicolon (spreadsheets where the comma is decimal) or a tab. */
    static char delimiter(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        char best = ',';
        long most = first.chars().filter(c -> c == ',').count();
        for (char candidate : new char[] {';', '\t'}) {
            long count = first.chars().filter(c -> c == candidate).count();
            if (count > most) {
                best = candidate;
                most = count;
            }
        }
        return best;
    }

    private static String text(byte[] content) {
        int start = startsWith(content, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}) ? 3 : 0;
        ByteBuffer bytes = ByteBuffer.wrap(content, start, content.length - start);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
        } catch (CharacterCodingException e) {
            // not UTF-8: what spreadsheets on Windows write in western European languages
            return new String(content, start, content.length - start, Charset.forName("windows-1252"));
        }
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
