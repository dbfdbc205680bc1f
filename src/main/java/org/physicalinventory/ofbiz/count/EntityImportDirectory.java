package org.physicalinventory.ofbiz.count;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.ofbiz.entity.Delegator;
import org.apache.ofbiz.entity.GenericEntityException;
import org.apache.ofbiz.entity.GenericValue;
import org.apache.ofbiz.entity.condition.EntityCondition;
import org.apache.ofbiz.entity.condition.EntityOperator;
import org.apache.ofbiz.entity.util.EntityListIterator;
import org.apache.ofbiz.entity.util.EntityQuery;
import org.physicalinventory.LabelledException;
import org.physicalinventory.barcode.ScannedCode;
import org.physicalinventory.count.CountImport;
import org.physicalinventory.count.CountLine;
import org.physicalinventory.count.CountingList;
import org.physicalinventory.count.ImportRow;
import org.physicalinventory.count.LineKey;
import org.physicalinventory.count.LotTracking;
import org.physicalinventory.ofbiz.Transactions;

/**
 * What an import's plan knows of OFBiz, read once per file: the list's lines (all of them, by key), the file's reads
 * already in the scan log, and each location and product the file names, looked up once however many rows name it. A
 * product is found by its id, else by its code as the handheld finds it (any good identification, GS1, barcode rules).
 */
final class EntityImportDirectory implements CountImport.Directory {

    private final Delegator delegator;
    private final GenericValue list;
    private final CountingList counting;
    private final Map<LineKey, CountLine> lines = new HashMap<>();
    private final Set<String> imported = new HashSet<>();
    private final Map<String, CountImport.Place> places = new HashMap<>();
    private final Map<String, Optional<CountImport.Product>> products = new HashMap<>();

    private EntityImportDirectory(Delegator delegator, GenericValue list, CountingList counting) {
        this.delegator = delegator;
        this.list = list;
        this.counting = counting;
    }

    /** The directory of a file (by its digest) for the list. */
    static EntityImportDirectory of(Delegator delegator, GenericValue list, CountingList counting, String fileDigest)
            throws GenericEntityException {
        EntityImportDirectory directory = new EntityImportDirectory(delegator, list, counting);
        Transactions.read(() -> {
            try (EntityListIterator rows = EntityQuery.use(delegator).from("PiCountLine").where("piListId", counting.piListId())
                    .select("lineSeqId", "productId", "locationSeqId", "lotId", "serialNumber", "bookQuantity", "countedQuantity", "unlisted")
                    .queryIterator()) {
                GenericValue line;
                while ((line = rows.next()) != null) {
                    directory.lines.put(CountLineRows.key(line), CountLineRows.toLine(line));
                }
            }
            // the list's scans narrow the search (the digest is of the list and the file: its reads are all on this list)
            try (EntityListIterator scans = EntityQuery.use(delegator).from("PiScanLog").where(
                    EntityCondition.makeCondition("piListId", counting.piListId()),
                    EntityCondition.makeCondition("scanKey", EntityOperator.LIKE, ImportRow.keyPrefix(fileDigest) + "%"))
                    .select("scanKey").queryIterator()) {
                GenericValue scan;
                while ((scan = scans.next()) != null) {
                    directory.imported.add(scan.getString("scanKey"));
                }
            }
            return null;
        });
        return directory;
    }

    @Override
    public CountImport.Place place(String locationSeqId) {
        return places.computeIfAbsent(locationSeqId, location -> {
            try {
                if (ScanResolver.location(delegator, counting.facilityId(), location) == null) {
                    return CountImport.Place.UNKNOWN;
                }
                return CountingLists.countsLocation(delegator, counting, location) ? CountImport.Place.COUNTED : CountImport.Place.NOT_IN_LIST;
            } catch (GenericEntityException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Override
    public Optional<CountImport.Product> product(ImportRow row) throws LabelledException {
        String name = row.productId() != null ? "id " + row.productId() : "code " + row.code();
        Optional<CountImport.Product> known = products.get(name);
        if (known != null) {
            return known;
        }
        try {
            ScannedCode scanned = row.productId() != null ? null : ScanResolver.read(delegator, row.code());
            GenericValue product = scanned != null ? ScanResolver.product(delegator, scanned) : ScanResolver.product(delegator, row.productId());
            Optional<CountImport.Product> found = product == null ? Optional.empty()
                    : Optional.of(new CountImport.Product(product.getString("productId"), LotTracking.of(product.getString("lotIdFilledIn")),
                            Pieces.of(delegator, product), scanned));
            products.put(name, found);
            return found;
        } catch (GenericEntityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Optional<CountLine> line(LineKey key) {
        return Optional.ofNullable(lines.get(key));
    }

    @Override
    public boolean isSerialCountedElsewhere(LineKey key) {
        try {
            return CountLineRows.isSerialCountedElsewhere(delegator, list, key);
        } catch (GenericEntityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public boolean isImported(String scanKey) {
        return imported.contains(scanKey);
    }
}
