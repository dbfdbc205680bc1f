package org.physicalinventory.count;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The counts of one list in memory, keyed as the entities are: lines by key, scans by scan key. */
final class MemoryCountStore implements CountStore {

    final Map<LineKey, CountLine> lines = new LinkedHashMap<>();
    final Map<String, CountOutcome.Recorded> scans = new LinkedHashMap<>();
    final List<String> log = new ArrayList<>();
    /** The lines whose book quantity was read again, in order. */
    final List<LineKey> bookReadAgain = new ArrayList<>();

    MemoryCountStore listed(String productId, String location, String lot, String serial, String book) {
        LineKey key = new LineKey(productId, location, lot, serial);
        lines.put(key, new CountLine(String.valueOf(lines.size() + 1), key, new BigDecimal(book), null, false));
        return this;
    }

    BigDecimal counted(String productId, String location, String lot) {
        CountLine line = lines.get(new LineKey(productId, location, lot, null));
        return line == null ? null : line.countedQuantity();
    }

    @Override
    public Optional<CountOutcome.Recorded> findScan(String scanKey) {
        return Optional.ofNullable(scans.get(scanKey)).map(r -> new CountOutcome.Recorded(lines.get(r.line().key()),
                r.action(), r.quantity(), true));
    }

    @Override
    public Optional<CountLine> findLine(LineKey key) {
        return Optional.ofNullable(lines.get(key));
    }

    @Override
    public boolean isSerialCountedElsewhere(LineKey key) {
        return lines.values().stream().anyMatch(l -> l.isCounted() && l.countedQuantity().signum() > 0 && !l.key().equals(key)
                && key.productId().equals(l.key().productId()) && key.serialNumber().equals(l.key().serialNumber()));
    }

    @Override
    public CountLine addUnlistedLine(LineKey key, BigDecimal counted) {
        CountLine line = new CountLine(String.valueOf(lines.size() + 1), key, BigDecimal.ZERO, counted, true);
        lines.put(key, line);
        return line;
    }

    @Override
    public CountLine setCounted(CountLine line, BigDecimal counted, boolean countStartsOver) {
        if (countStartsOver) {
            bookReadAgain.add(line.key());
        }
        CountLine changed = new CountLine(line.lineSeqId(), line.key(), line.bookQuantity(), counted, line.unlisted());
        lines.put(line.key(), changed);
        return changed;
    }

    @Override
    public void logScan(Read read, CountLine line, ScanAction action, BigDecimal quantity) {
        if (scans.containsKey(read.scanKey())) {
            throw new IllegalStateException("duplicate scan key " + read.scanKey()); // the primary key would refuse it
        }
        scans.put(read.scanKey(), new CountOutcome.Recorded(line, action, quantity, false));
        log.add(read.scanKey() + " " + action + " " + quantity);
    }
}
