package org.physicalinventory.ofbiz.difference;

import org.apache.ofbiz.entity.GenericEntityException;
import org.apache.ofbiz.service.GenericServiceException;
import org.physicalinventory.difference.Difference;

/**
 * Writes the stock movements of a posting in the posting's transaction: the header first, then the movements
 * of each difference that changes the stock, then once what follows from them per item and product.
 * {@link PostingWriter} writes OFBiz's rows; {@link Posting#post} is given the writer to write through.
 */
public interface MovementWriter {

    /** What every movement of the posting refers to (OFBiz's PhysicalInventory). */
    void writeHeader() throws GenericEntityException;

    /** The movements of one difference, and what its line records of them. */
    void write(Difference difference) throws GenericEntityException;

    /** What follows from all the movements: item totals, last inventory counts, reservations. */
    void finish() throws GenericEntityException, GenericServiceException;
}
