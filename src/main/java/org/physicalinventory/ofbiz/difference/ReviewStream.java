package org.physicalinventory.ofbiz.difference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.ofbiz.base.util.Debug;
import org.apache.ofbiz.entity.Delegator;
import org.apache.ofbiz.entity.GenericEntityException;
import org.apache.ofbiz.entity.GenericValue;
import org.apache.ofbiz.entity.condition.EntityCondition;
import org.apache.ofbiz.entity.condition.EntityOperator;
import org.apache.ofbiz.entity.util.EntityListIterator;
import org.apache.ofbiz.service.GenericServiceException;
import org.apache.ofbiz.service.LocalDispatcher;
import org.physicalinventory.count.LineKey;
import org.physicalinventory.difference.CountedLine;
import org.physicalinventory.difference.ReviewSlices;
import org.physicalinventory.difference.SlicedReview;
import org.physicalinventory.difference.SlicedReview.Reviewed;
import org.physicalinventory.difference.StockDifferenceParameters;
import org.physicalinventory.ofbiz.Transactions;
import org.physicalinventory.ofbiz.inventory.InventoryRows;

/**
 * The review of an inventory not posted yet, difference by difference as the core works it out slice by slice
 * ({@link SlicedReview}): its lines come through an EntityListIterator and the book stock of each slice is read for it,
 * so that no more than a slice of the facility's items is held whatever the size of the inventory; or, for an inventory of
 * most of its facility's items, the facility's items are read once and held while the review is read (one scan instead of a
 * join per slice). The inventory's lines of serial numbers are read once and held (a query per slice reads those products'
 * lines of every inventory on embedded Derby).
 */
final class ReviewStream {

    private static final String MODULE = ReviewStream.class.getName();
    /** Keys reviewed at once: the book stock of a slice is read in one query. */
    static final int KEYS_PER_SLICE = 1000;

    private ReviewStream() {
    }

    /**
     * Hands on every difference of the inventory in the order the review shows them, in one read transaction.
     *
     * @param holdItems the facility's items read at once and held while the review is read, rather than read slice by slice:
     *                  for an inventory of most of the facility's items
     */
    static void review(Delegator delegator, LocalDispatcher dispatcher, GenericValue inventory, boolean holdItems, Consumer<Reviewed> out)
            throws GenericEntityException, GenericServiceException {
        GenericValue facility = inventory.getRelatedOne("Facility", false);
        StockDifferenceParameters parameters = InventoryReview.toParameters(InventoryRows.stockDifferenceParameters(delegator, facility));
        ReviewBook book = new ReviewBook(delegator, dispatcher, inventory, facility, parameters);
        Transactions.read(() -> {
            try (EntityListIterator lines = ReviewBook.lineQuery(delegator, inventory).fetchSize(2000).queryIterator()) {
                long start = System.nanoTime();
                book.holdSerialLines();
                ReviewBook.read(() -> {
                    if (holdItems) {
                        book.holdFacilityItems();
                    }
                    SlicedReview.review(parameters, new Lines(lines), KEYS_PER_SLICE, book, out);
                    return null;
                });
                Debug.logInfo(String.format("Review of inventory %s read in %.3f s (book stock %.3f s, lines of serial numbers %.3f s)",
                        inventory.get("piInventoryId"), (System.nanoTime() - start) / 1e9, book.itemNanos / 1e9, book.serialNanos / 1e9), MODULE);
            } catch (GenericServiceException e) {
                throw new GenericEntityException(e);
            }
            return null;
        });
    }

    /**
     * The differences of these slices of a kept review reviewed again, each from its keys' lines alone (the lines of its
     * locations, of its keys), in one read transaction; null when a slice has a key without a location.
     */
    static Map<Integer, List<Reviewed>> again(Delegator delegator, LocalDispatcher dispatcher, GenericValue inventory, ReviewSlices kept,
            Set<Integer> slices, boolean itemsByLocation) throws GenericEntityException, GenericServiceException {
        GenericValue facility = inventory.getRelatedOne("Facility", false);
        StockDifferenceParameters parameters = InventoryReview.toParameters(InventoryRows.stockDifferenceParameters(delegator, facility));
        ReviewBook book = new ReviewBook(delegator, dispatcher, inventory, facility, parameters);
        if (itemsByLocation) {
            book.readItemsByLocation();
        }
        return Transactions.read(() -> {
            Map<Integer, List<Reviewed>> again = new HashMap<>();
            for (int slice : slices) {
                List<LineKey> keys = kept.keys(slice);
                if (keys.stream().anyMatch(k -> k.locationSeqId() == null)) {
                    return null;
                }
                List<CountedLine> lines = linesOf(delegator, inventory, keys, book.listIds());
                List<Reviewed> reviewed = new ArrayList<>();
                try {
                    ReviewBook.read(() -> {
                        SlicedReview.review(parameters, lines.iterator(), Integer.MAX_VALUE, book, reviewed::add);
                        return null;
                    });
                } catch (GenericServiceException e) {
                    throw new GenericEntityException(e);
                }
                again.put(slice, reviewed);
            }
            return again;
        });
    }

    /**
     * The lines of these keys (in the review's order: the first and the last bound their locations), in the same order; among the
     * lines of these lists of the inventory when there are any ({@link ReviewBook#listIds}).
     */
    private static List<CountedLine> linesOf(Delegator delegator, GenericValue inventory, List<LineKey> keys, List<String> listIds)
            throws GenericEntityException {
        Set<LineKey> own = Set.copyOf(keys);
        List<CountedLine> lines = new ArrayList<>();
        List<EntityCondition> conditions = new ArrayList<>(List.of(
                EntityCondition.makeCondition("locationSeqId", EntityOperator.GREATER_THAN_EQUAL_TO, keys.get(0).locationSeqId()),
                EntityCondition.makeCondition("locationSeqId", EntityOperator.LESS_THAN_EQUAL_TO, keys.get(keys.size() - 1).locationSeqId())));
        if (!listIds.isEmpty()) {
            conditions.add(EntityCondition.makeCondition("piListId", EntityOperator.IN, listIds));
        }
        for (GenericValue line : ReviewBook.lineQuery(delegator, inventory, conditions).queryList()) {
            CountedLine counted = ReviewBook.countedLine(line);
            if (own.contains(counted.key())) {
                lines.add(counted);
            }
        }
        return lines;
    }

    /** The lines as the core reads them, one row of the iterator at a time. */
    private static final class Lines implements Iterator<CountedLine> {
        private final EntityListIterator rows;
        private GenericValue next;

        Lines(EntityListIterator rows) {
            this.rows = rows;
        }

        @Override
        public boolean hasNext() {
            if (next == null) {
                next = rows.next();
            }
            return next != null;
        }

        @Override
        public CountedLine next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            CountedLine line = ReviewBook.countedLine(next);
            next = null;
            return line;
        }
    }
}
