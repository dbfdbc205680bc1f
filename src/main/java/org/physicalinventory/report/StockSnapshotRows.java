package org.physicalinventory.report;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The stock of a facility before counting and after posting (seed 004: the accountant's zip): each snapshot as
 * CSV, one row per inventory item, and the changes by product, location and lot.
 */
public final class StockSnapshotRows {

    private static final Comparator<Item> ORDER = Comparator.comparing(Item::productId).thenComparing(Item::locationSeqId, Comparator.nullsFirst(
            Comparator.naturalOrder())).thenComparing(Item::lotId, Comparator.nullsFirst(Comparator.naturalOrder())).thenComparing(Item::inventoryItemId);

    private StockSnapshotRows() {
    }

    /** One inventory item in a snapshot. */
    public record Item(String inventoryItemId, String productId, String locationSeqId, String lotId, String serialNumber, BigDecimal quantity,
            BigDecimal unitCost, BigDecimal value) {
    }

    /** A product, location and lot before and after. */
    public record Change(String productId, String locationSeqId, String lotId, BigDecimal quantityBefore, BigDecimal quantityAfter,
            BigDecimal valueBefore, BigDecimal valueAfter) {

        public BigDecimal quantityChange() {
            return quantityAfter.subtract(quantityBefore);
        }

        public BigDecimal valueChange() {
            return valueAfter.subtract(valueBefore);
        }
    }

    /** Every product, location and lot of either snapshot, with what changed (also what did not). */
    public static List<Change> changes(List<Item> before, List<Item> after) {
        Map<List<String>, BigDecimal[]> sums = new TreeMap<>(Comparator.comparing((List<String> k) -> k.get(0))
                .thenComparing(k -> Objects.toString(k.get(1), "")).thenComparing(k -> Objects.toString(k.get(2), "")));
        add(sums, before, 0);
        add(sums, after, 2);
        List<Change> changes = new ArrayList<>();
        sums.forEach((key, s) -> changes.add(new Change(key.get(0), key.get(1), key.get(2), s[0], s[2], s[1], s[3])));
        return changes;
    }

    private static void add(Map<List<String>, BigDecimal[]> sums, List<Item> items, int offset) {
        for (Item item : items) {
            List<String> key = new ArrayList<>();
            key.add(item.productId());
            key.add(item.locationSeqId());
            key.add(item.lotId());
            BigDecimal[] sum = sums.computeIfAbsent(key, k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
            sum[offset] = sum[offset].add(item.quantity());
            sum[offset + 1] = sum[offset + 1].add(item.value() == null ? BigDecimal.ZERO : item.value());
        }
    }

    /** A snapshot as CSV: the eight headings (item, product, location, lot, serial, quantity, unit cost, value), its items in order. */
    public static String itemsCsv(List<String> headings, List<Item> items) throws IOException {
        List<Item> sorted = new ArrayList<>(items);
        sorted.sort(ORDER);
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            csv.printRecord(headings);
            for (Item item : sorted) {
                csv.printRecord(ReportExport.text(item.inventoryItemId()), ReportExport.text(item.productId()), ReportExport.text(item.locationSeqId()),
                        ReportExport.text(item.lotId()), ReportExport.text(item.serialNumber()), plain(item.quantity()), plain(item.unitCost()),
                        plain(item.value()));
            }
        }
        return out.toString();
    }

    /** The changes as CSV: the nine headings (product, location, lot, quantity before, after, change, value before, after, change). */
    public static String changesCsv(List<String> headings, List<Change> changes) throws IOException {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            csv.printRecord(headings);
            for (Change change : changes) {
                csv.printRecord(ReportExport.text(change.productId()), ReportExport.text(change.locationSeqId()), ReportExport.text(change.lotId()),
                        plain(change.quantityBefore()), plain(change.quantityAfter()), plain(change.quantityChange()), plain(change.valueBefore()),
                        plain(change.valueAfter()), plain(change.valueChange()));
            }
        }
        return out.toString();
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }
}
