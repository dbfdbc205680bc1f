package org.physicalinventory.count;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The counting rules of seed 002: a read is stored at once; a second read of a counted line asks
 * Add or Replace (a list counting one per scan adds); an item not on the list is added only when
 * the list type allows it; a lot is required for lot-managed products; a serial number counts once.
 */
public final class CountRecorder {

    private CountRecorder() {
    }

    public static CountOutcome record(ListOptions options, Read read, CountStore store) {
        Optional<CountOutcome.Recorded> earlier = store.findScan(read.scanKey());
        if (earlier.isPresent()) {
            return earlier.get();
        }
        if (Read.blankToNull(read.locationSeqId()) == null) {
            return new CountOutcome.Refused("PhysInvErrorScanLocationFirst");
        }
        BigDecimal quantity = options.quantityPerScan() != null ? options.quantityPerScan() : read.quantity();
        if (quantity == null) {
            return new CountOutcome.Refused("PhysInvErrorQuantityRequired");
        }
        if (quantity.signum() < 0) {
            return new CountOutcome.Refused("PhysInvErrorNegativeQuantity");
        }
        LineKey key = read.lineKey();
        if (read.lotManaged() && options.lotRequired() && key.lotId() == null) {
            return new CountOutcome.Refused("PhysInvErrorLotRequired");
        }
        if (key.serialNumber() != null) {
            if (quantity.compareTo(BigDecimal.ONE) > 0) {
                return new CountOutcome.Refused("PhysInvErrorSerialQuantity");
            }
            // before the line is locked: a store looks at other lines here, and must not wait for them while holding one
            if (store.isSerialCountedElsewhere(key)) {
                return new CountOutcome.Refused("PhysInvErrorSerialCounted");
            }
        }
        Optional<CountLine> found = store.findLine(key);
        // a serial counted on this line counts once, unless the read replaces that count
        if (key.serialNumber() != null && found.isPresent() && found.get().isCounted() && found.get().countedQuantity().signum() > 0
                && read.action() != ScanAction.REPLACE) {
            return new CountOutcome.Refused("PhysInvErrorSerialCounted");
        }
        CountLine line;
        // on a line not counted yet, Add and Replace come to the same; the log keeps what was asked
        ScanAction action = read.action() != null ? read.action() : ScanAction.ADD;
        if (found.isEmpty()) {
            if (!options.allowUnlisted()) {
                return new CountOutcome.Refused("PhysInvErrorItemNotOnList");
            }
            line = store.addUnlistedLine(key, quantity);
        } else if (!found.get().isCounted()) {
            line = store.setCounted(found.get(), quantity, true);
        } else {
            action = options.quantityPerScan() != null ? ScanAction.ADD : read.action();
            if (action == null) {
                return new CountOutcome.AskAddOrReplace(found.get());
            }
            BigDecimal counted = action == ScanAction.ADD ? found.get().countedQuantity().add(quantity) : quantity;
            line = store.setCounted(found.get(), counted, action == ScanAction.REPLACE);
        }
        store.logScan(read, line, action, quantity);
        return new CountOutcome.Recorded(line, action, quantity, false);
    }
}
