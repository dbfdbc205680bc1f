package org.physicalinventory.ofbiz.count;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.ofbiz.entity.Delegator;
import org.apache.ofbiz.entity.GenericEntityException;
import org.apache.ofbiz.entity.GenericValue;
import org.physicalinventory.count.BookStock;
import org.physicalinventory.inventory.StartScope;
import org.physicalinventory.lines.LineException;
import org.physicalinventory.ofbiz.Transactions;

/**
 * The lines of a one-step start: the book stock of its whole scope read once, then each list's share of it written as
 * the line generation writes lines ({@code generatePiCountLines}), in the caller's transaction.
 */
final class StartLines {

    /** The book of a start's scope, and for each of its products the categories of the scope it is in. */
    record ScopeBook(BookStock stock, Map<String, List<String>> categories) {
    }

    private StartLines() {
    }

    /** Reads the facility's items holding stock in the scope: its range, its categories' products, its supplier's. */
    static ScopeBook read(Delegator delegator, String facilityId, StartScope scope) throws GenericEntityException {
        Map<String, List<String>> categories = scope.productCategoryIds().isEmpty() ? null
                : BookRows.categoryMembers(delegator, scope.productCategoryIds());
        Set<String> products = BookRows.products(delegator, categories, scope.supplierPartyId());
        BookStock stock = new BookStock();
        Transactions.read(() -> {
            BookRows.readScope(delegator, facilityId, scope.fromLocationSeqId(), scope.thruLocationSeqId(), products, stock);
            return null;
        });
        return new ScopeBook(stock, categories == null ? Map.of() : categories);
    }

    /** Writes a new list's lines, its share of the book; answers how many. */
    static int write(Delegator delegator, GenericValue list, GenericValue inventory, BookStock share)
            throws GenericEntityException, LineException {
        return LineGenerationServices.generate(delegator, list, inventory, share).created();
    }
}
