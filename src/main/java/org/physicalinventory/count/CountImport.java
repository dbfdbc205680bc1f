package org.physicalinventory.count;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.physicalinventory.LabelledException;
import org.physicalinventory.barcode.ScannedCode;

/**
 * A file of counts made into reads of one list: the count sheet filled in on paper and typed into a spreadsheet (seed
 * 004), or a batch scanner's export. Each row is read as the handheld's reads are (the product by its id or by a code the
 * handheld would scan, the quantity strictly by the user's language, lot and serial number) and decided by the counting
 * rules ({@link CountRecorder}) against the list's counts as they are, without storing anything. The plan says what each
 * row will record (the line's count before and after), what is refused and why, and what is skipped; the shell shows it
 * as the preview, and records the planned reads through its store, where the same rules decide again.
 * <p>
 * A file is applied as ADD (each row adds its quantity to its line's count) or as REPLACE (the rows of one line, added
 * up, replace its count: the first replaces, the others add, so a scanner's export with one row per scan counts them
 * all). Each row's read carries the scan key of the file and the row ({@link ImportRow#scanKey}): a row already imported
 * is skipped, so a file imported twice is recorded once, whichever action the second import asks. Rows are read as the
 * back office counts ({@link ListOptions#BACK_OFFICE}: an item not on the list is added, a mandatory lot is required,
 * the quantity in the file counts whatever the list type's quantity per scan), in locations the list counts only.
 */
public final class CountImport {

    private CountImport() {
    }

    /** What the plan needs to know of the list's facility, products and counts. */
    public interface Directory {

        /** Where a location is: one the list counts, one of the facility outside the list, or not the facility's. */
        Place place(String locationSeqId);

        /**
         * The product a row names: by its product id when it gives one, else by its code as the handheld reads codes
         * (then with what the code carries); empty when there is no such product.
         *
         * @throws LabelledException when the code cannot be read (a malformed GS1 string)
         */
        Optional<Product> product(ImportRow row) throws LabelledException;

        /** The list's line for the key as it is now, if it has one. */
        Optional<CountLine> line(LineKey key);

        /** Whether the key's serial number of its product is counted on another line of the inventory. */
        boolean isSerialCountedElsewhere(LineKey key);

        /** Whether a read is logged under this scan key. */
        boolean isImported(String scanKey);
    }

    /** Where a row's location is for the list. */
    public enum Place {
        COUNTED, NOT_IN_LIST, UNKNOWN
    }

    /**
     * A product found for a row.
     *
     * @param pieces  whether it is counted in pieces (whole quantities only)
     * @param scanned the code it was found by, or null when the row named it by its id
     */
    public record Product(String productId, LotTracking lot, boolean pieces, ScannedCode scanned) {
    }

    /** What becomes of one row. */
    public sealed interface Decision {
        ImportRow row();
    }

    /**
     * The row records a read: its line counts {@code before} (null: not counted yet) and then {@code after}.
     *
     * @param newLine whether the read adds a line for an item not on the list
     */
    public record Recording(ImportRow row, Read read, ListOptions options, BigDecimal before, BigDecimal after, boolean newLine)
            implements Decision {
    }

    /** The row is refused, with the label key and arguments of the reason. */
    public record Refused(ImportRow row, String labelKey, List<Object> arguments) implements Decision {

        public Refused {
            arguments = List.copyOf(arguments);
        }
    }

    /** The row records nothing, and says why. */
    public record Skipped(ImportRow row, Skip reason) implements Decision {
    }

    /** Why a row records nothing without being refused. */
    public enum Skip {
        /** its quantity is blank: the line was not counted */
        NOT_COUNTED,
        /** its read is already in the scan log: the file, or this row of it, was imported before */
        ALREADY_IMPORTED
    }

    /** The decisions, one per row in the file's order. */
    public record Plan(List<Decision> decisions) {

        public Plan {
            decisions = List.copyOf(decisions);
        }

        public List<Recording> recordings() {
            return decisions.stream().filter(Recording.class::isInstance).map(Recording.class::cast).toList();
        }

        public List<Refused> refusals() {
            return decisions.stream().filter(Refused.class::isInstance).map(Refused.class::cast).toList();
        }

        public long skipped(Skip reason) {
            return decisions.stream().filter(d -> d instanceof Skipped skipped && skipped.reason() == reason).count();
        }

        /** How many rows are refused for each reason, the most frequent first. */
        public Map<String, Long> refusalsByReason() {
            Map<String, Long> counts = new HashMap<>();
            refusals().forEach(refused -> counts.merge(refused.labelKey(), 1L, Long::sum));
            Map<String, Long> ordered = new LinkedHashMap<>();
            counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .forEach(entry -> ordered.put(entry.getKey(), entry.getValue()));
            return ordered;
        }
    }

    /**
     * Decides every row of a file for the list.
     *
     * @param fileDigest the digest the rows' scan keys are made of ({@link CountFile#digest})
     * @param mode       ADD or REPLACE, for the whole file
     * @param locale     the user's language, by which quantities are read
     */
    public static Plan plan(CountingList list, List<ImportRow> rows, String fileDigest, ScanAction mode, Locale locale, Directory directory) {
        Planner planner = new Planner(list, fileDigest, mode, locale, directory);
        List<Decision> decisions = new ArrayList<>(rows.size());
        for (ImportRow row : rows) {
            decisions.add(planner.decide(row));
        }
        return new Plan(decisions);
    }

    /** The decisions of one file, row after row: each row sees the counts the rows before it leave. */
    private static final class Planner {

        private final CountingList list;
        private final String fileDigest;
        private final ScanAction mode;
        private final Locale locale;
        private final Directory directory;
        private final PlannedCounts counts;
        /** The rows of the file that counted each serial number (product and serial). */
        private final Map<List<String>, Integer> serials = new HashMap<>();
        /** The lines a row of the file replaced already: the file's next rows of them add. */
        private final Set<LineKey> replaced = new HashSet<>();

        Planner(CountingList list, String fileDigest, ScanAction mode, Locale locale, Directory directory) {
            this.list = list;
            this.fileDigest = fileDigest;
            this.mode = mode;
            this.locale = locale;
            this.directory = directory;
            this.counts = new PlannedCounts(directory);
        }

        Decision decide(ImportRow row) {
            String scanKey = row.scanKey(fileDigest);
            if (directory.isImported(scanKey)) {
                return new Skipped(row, Skip.ALREADY_IMPORTED);
            }
            try {
                ReadLimits.requireFitting(fields(row));
                return decide(row, product(row), scanKey);
            } catch (LabelledException e) {
                return new Refused(row, e.labelKey(), List.of(e.arguments()));
            }
        }

        /** The row's product, once its location is one the list counts. */
        private Product product(ImportRow row) throws LabelledException {
            if (row.locationSeqId() == null) {
                throw new CountException("PhysInvErrorImportNoLocation");
            }
            switch (directory.place(row.locationSeqId())) {
            case UNKNOWN -> throw new CountException("PhysInvErrorLocationNotFound", row.locationSeqId(), list.facilityId());
            case NOT_IN_LIST -> throw new CountException("PhysInvErrorLocationNotInList", row.locationSeqId(), list.piListId());
            default -> {
            }
            }
            if (row.productId() == null && row.code() == null) {
                throw new CountException("PhysInvErrorImportNoProduct");
            }
            ReadRequest request = request(row, null);
            return directory.product(row).orElseThrow(request::unknownProduct);
        }

        private Decision decide(ImportRow row, Product product, String scanKey) throws LabelledException {
            ListOptions options = ListOptions.BACK_OFFICE.forProduct(product.lot());
            Read read = request(row, scanKey).toRead(product.productId(), product.lot(), product.pieces(), options, product.scanned(), locale);
            if (read.quantity() == null) {
                return new Skipped(row, Skip.NOT_COUNTED);
            }
            LineKey key = read.lineKey();
            List<String> serial = List.of(key.productId(), String.valueOf(key.serialNumber()));
            if (key.serialNumber() != null && serials.containsKey(serial)) {
                throw new CountException("PhysInvErrorImportSerialTwice", key.serialNumber(), serials.get(serial));
            }
            ScanAction action = mode == ScanAction.REPLACE && !replaced.contains(key) ? ScanAction.REPLACE : ScanAction.ADD;
            Read decided = new Read(read.scanKey(), read.locationSeqId(), read.productId(), read.lotManaged(), read.lotId(),
                    read.serialNumber(), read.quantity(), action);
            Optional<CountLine> line = counts.findLine(key);
            CountOutcome outcome = CountRecorder.record(options, decided, counts);
            if (outcome instanceof CountOutcome.Refused refused) {
                return new Refused(row, refused.labelKey(), List.of());
            }
            replaced.add(key);
            if (key.serialNumber() != null) {
                serials.put(serial, row.number());
            }
            BigDecimal after = ((CountOutcome.Recorded) outcome).line().countedQuantity();
            return new Recording(row, decided, options, line.map(CountLine::countedQuantity).orElse(null), after, line.isEmpty());
        }

        private ReadRequest request(ImportRow row, String scanKey) {
            return new ReadRequest(scanKey, row.locationSeqId(), row.code(), row.productId(), row.lotId(), row.serialNumber(),
                    row.quantity(), null);
        }

        private static Map<String, Object> fields(ImportRow row) {
            Map<String, Object> fields = new HashMap<>();
            fields.put("locationSeqId", row.locationSeqId());
            fields.put("productId", row.productId());
            fields.put("code", row.code());
            fields.put("lotId", row.lotId());
            fields.put("serialNumber", row.serialNumber());
            return fields;
        }
    }

    /**
     * The list's counts as the file's rows leave them, in memory: the lines the rows touched, over the directory's. The
     * counting rules decide on it as on the real store; nothing is stored.
     */
    private static final class PlannedCounts implements CountStore {

        private final Directory directory;
        private final Map<LineKey, CountLine> touched = new HashMap<>();

        PlannedCounts(Directory directory) {
            this.directory = directory;
        }

        @Override
        public Optional<CountOutcome.Recorded> findScan(String scanKey) {
            return Optional.empty(); // a row already imported is skipped before
        }

        @Override
        public Optional<CountLine> findLine(LineKey key) {
            CountLine line = touched.get(key);
            return line != null ? Optional.of(line) : directory.line(key);
        }

        @Override
        public boolean isSerialCountedElsewhere(LineKey key) {
            return directory.isSerialCountedElsewhere(key);
        }

        @Override
        public CountLine addUnlistedLine(LineKey key, BigDecimal counted) {
            CountLine line = new CountLine(null, key, null, counted, true);
            touched.put(key, line);
            return line;
        }

        @Override
        public CountLine setCounted(CountLine line, BigDecimal counted, boolean countStartsOver) {
            CountLine changed = new CountLine(line.lineSeqId(), line.key(), line.bookQuantity(), counted, line.unlisted());
            touched.put(line.key(), changed);
            return changed;
        }

        @Override
        public void logScan(Read read, CountLine line, ScanAction action, BigDecimal quantity) {
            // nothing is stored
        }
    }
}
