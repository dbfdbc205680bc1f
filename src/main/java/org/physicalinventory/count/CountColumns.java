package org.physicalinventory.count;

import java.text.Normalizer;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which column of a file of counts holds what, from its header: the count sheet's own headings in any of the plugin's
 * languages, or the words a batch scanner's export or a spreadsheet uses (in English, Italian, Romanian, French,
 * German and Spanish), in any order, whatever their case and accents. Columns it does not know (a description, the
 * book quantity) are left alone.
 */
public final class CountColumns {

    /** What a column may hold. A row names its product by product id or by a code (barcode, SKU, GS1 string). */
    public enum Column {
        LOCATION, PRODUCT, CODE, LOT, SERIAL, QUANTITY
    }

    private static final Map<Column, Set<String>> WORDS = new EnumMap<>(Map.of(
            Column.LOCATION, words("location", "location id", "locationseqid", "loc", "bin", "bin location", "slot", "ubicazione",
                    "locazione", "posizione", "locatie", "locatia", "amplasament", "emplacement", "lagerplatz", "lagerort",
                    "stellplatz", "ubicacion", "posicion"),
            Column.PRODUCT, words("product", "product id", "productid", "product code", "item", "item id", "item number", "article",
                    "article number", "prodotto", "codice prodotto", "articolo", "produs", "cod produs", "articol", "produit",
                    "reference", "ref", "artikel", "artikelnummer", "produkt", "producto", "articulo"),
            Column.CODE, words("code", "barcode", "bar code", "ean", "ean13", "upc", "gtin", "sku", "scan", "scanned code", "codice",
                    "codice a barre", "barcode", "cod", "cod de bare", "code barre", "code barres", "code-barres", "strichcode",
                    "codigo", "codigo de barras"),
            Column.LOT, words("lot", "lot id", "lot number", "batch", "batch number", "lotto", "partita", "numar lot", "lotul",
                    "numero de lot", "charge", "chargennummer", "los", "lote"),
            Column.SERIAL, words("serial", "serial number", "serial no", "sn", "seriale", "numero di serie", "matricola", "serie",
                    "numar de serie", "numero de serie", "seriennummer"),
            Column.QUANTITY, words("quantity", "qty", "count", "counted", "counted quantity", "counted qty", "quantita", "qta",
                    "quantita contata", "conteggio", "cantitate", "cantitate numarata", "quantite", "quantite comptee", "qte", "menge",
                    "anzahl", "gezahlte menge", "zahlmenge", "cantidad", "cantidad contada", "conteo")));

    private CountColumns() {
    }

    /**
     * The column of each kind in the header: the first that matches. The count sheet's own headings (as its template
     * writes them, in every language) are given by the caller and come before the built-in words.
     *
     * @throws CountFileException naming what is missing: a location, a product or code, or a quantity column
     */
    public static Map<Column, Integer> find(List<String> header, Map<Column, ? extends Collection<String>> headings)
            throws CountFileException {
        Map<Column, Integer> found = new EnumMap<>(Column.class);
        for (int i = 0; i < header.size(); i++) {
            String word = normal(header.get(i));
            for (Column column : Column.values()) {
                Collection<String> own = headings.containsKey(column) ? headings.get(column) : List.of();
                if (!found.containsKey(column) && !word.isEmpty()
                        && (own.stream().map(CountColumns::normal).anyMatch(word::equals) || WORDS.get(column).contains(word))) {
                    found.put(column, i);
                    break;
                }
            }
        }
        if (!found.containsKey(Column.LOCATION) || !found.containsKey(Column.QUANTITY)
                || !found.containsKey(Column.PRODUCT) && !found.containsKey(Column.CODE)) {
            throw new CountFileException("PhysInvErrorImportColumns", String.join(", ", header));
        }
        return found;
    }

    /** The row's fields by the columns found; blank fields are null. */
    public static ImportRow row(CountFile.Row row, Map<Column, Integer> columns) {
        return new ImportRow(row.number(), field(row, columns, Column.LOCATION), field(row, columns, Column.PRODUCT),
                field(row, columns, Column.CODE), field(row, columns, Column.LOT), field(row, columns, Column.SERIAL),
                field(row, columns, Column.QUANTITY));
    }

    private static String field(CountFile.Row row, Map<Column, Integer> columns, Column column) {
        Integer index = columns.get(column);
        String value = index == null ? "" : row.cell(index);
        return value.isBlank() ? null : value.strip();
    }

    /** A heading as compared: lower case, without accents, spaces or punctuation ("Quantità contata" is quantitacontata). */
    static String normal(String heading) {
        String plain = Normalizer.normalize(heading == null ? "" : heading, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private static Set<String> words(String... words) {
        return List.of(words).stream().map(CountColumns::normal).collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
