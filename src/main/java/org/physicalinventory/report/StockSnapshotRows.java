package org.physicalinventory.report;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The stock of a facility before counting and after posting (seed 004: the accountant's zip): each snapshot as CSV, one
 * row per inventory item, and the changes by product, location and lot. Both are written as their rows come, so that a
 * warehouse of any size takes the same memory; the writers flush but leave their stream open (a zip's entry).
 */
public final class StockSnapshotRows {

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

    /** A snapshot as CSV: the eight headings (item, product, location, lot, serial, quantity, unit cost, value), then its items as given. */
    public static final class ItemsCsv implements Closeable {

        private final CSVPrinter csv;

        public ItemsCsv(List<String> headings, Writer out) throws IOException {
            csv = new CSVPrinter(out, CSVFormat.DEFAULT);
            csv.printRecord(headings);
        }

        public void item(Item item) throws IOException {
            csv.printRecord(ReportExport.text(item.inventoryItemId()), ReportExport.text(item.productId()), ReportExport.text(item.locationSeqId()),
                    ReportExport.text(item.lotId()), ReportExport.text(item.serialNumber()), plain(item.quantity()), plain(item.unitCost()),
                    plain(item.value()));
        }

        /** Flushes what is written; the stream stays open. */
        @Override
        public void close() throws IOException {
            csv.flush();
        }
    }

    /**
     * The changes as CSV: the nine headings (product, location, lot, quantity before, after, change, value before, after,
     * change), then a row per product, location and lot of either snapshot (also those that did not change), from the sums of
     * each snapshot by key given with a key's sums one after the other.
     */
    public static final class ChangesCsv implements Closeable {

        private final CSVPrinter csv;
        private String[] key;
        private BigDecimal[] sums;

        public ChangesCsv(List<String> headings, Writer out) throws IOException {
            csv = new CSVPrinter(out, CSVFormat.DEFAULT);
            csv.printRecord(headings);
        }

        /** The quantity and value (null: none) of a key in the snapshot before or after. */
        public void sum(String productId, String locationSeqId, String lotId, boolean after, BigDecimal quantity, BigDecimal value)
                throws IOException {
            String[] next = {productId, locationSeqId, lotId};
            if (key == null || !Objects.equals(key[0], next[0]) || !Objects.equals(key[1], next[1]) || !Objects.equals(key[2], next[2])) {
                write();
                key = next;
                sums = new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
            }
            int at = after ? 2 : 0;
            sums[at] = sums[at].add(quantity == null ? BigDecimal.ZERO : quantity);
            sums[at + 1] = sums[at + 1].add(value == null ? BigDecimal.ZERO : value);
        }

        /** Writes the last key's row and flushes; the stream stays open. */
        @Override
        public void close() throws IOException {
            write();
            key = null;
            csv.flush();
        }

        private void write() throws IOException {
            if (key != null) {
                Change change = new Change(key[0], key[1], key[2], sums[0], sums[2], sums[1], sums[3]);
                csv.printRecord(ReportExport.text(change.productId()), ReportExport.text(change.locationSeqId()), ReportExport.text(change.lotId()),
                        plain(change.quantityBefore()), plain(change.quantityAfter()), plain(change.quantityChange()), plain(change.valueBefore()),
                        plain(change.valueAfter()), plain(change.valueChange()));
            }
        }
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }
}
