package org.physicalinventory.reconciliation;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import org.junit.Test;
import org.physicalinventory.reconciliation.Document.Kind;
import org.physicalinventory.reconciliation.Document.MovementOrigin;
import org.physicalinventory.reconciliation.Document.TransactionOrigin;

/** Which document a movement and a transaction name: the two sides of one event are paired by it. */
public class DocumentTest {

    @Test
    public void aMovementNamesItsPhysicalInventoryFirstThenTheShipmentOfItsReceiptOrIssuanceThenTheRest() {
        Object[][] cases = {
            // physical inventory, receipt, receipt's shipment, issuance's shipment, fixed asset, work effort -> kind, id
            {"PI1", "R1", "S1", null, null, null, Kind.PHYSICAL_INVENTORY, "PI1"},
            {null, "R1", "S1", null, null, null, Kind.SHIPMENT, "S1"},
            {null, "R1", null, null, null, null, Kind.RECEIPT, "R1"},
            {null, null, null, "S2", null, null, Kind.SHIPMENT, "S2"},
            {null, null, null, null, "FA1", "WE1", Kind.FIXED_ASSET, "FA1"},
            {null, null, null, null, null, "WE1", Kind.WORK_EFFORT, "WE1"},
            {null, null, null, null, null, null, Kind.NONE, "P1"},
        };
        for (Object[] c : cases) {
            Document document = Document.ofMovement(new MovementOrigin((String) c[0], (String) c[1], (String) c[2], (String) c[3], (String) c[4],
                    (String) c[5]), "P1");
            assertEquals(java.util.Arrays.toString(c), new Document((Kind) c[6], (String) c[7]), document);
        }
    }

    @Test
    public void aTransactionNamesWhatOfbizPostingsNameAndAManualEntryNamesNothing() {
        Object[][] cases = {
            // type, physical inventory, shipment, receipt, work effort, fixed asset, item -> kind, id
            {"ITEM_VARIANCE", "PI1", null, null, null, null, null, Kind.PHYSICAL_INVENTORY, "PI1"},
            {"SHIPMENT_RECEIPT", null, "S1", null, null, null, null, Kind.SHIPMENT, "S1"},
            {"SALES_SHIPMENT", null, "S2", null, null, null, "II1", Kind.SHIPMENT, "S2"},
            {"INVENTORY", null, null, null, "WE1", null, null, Kind.WORK_EFFORT, "WE1"},
            {"INVENTORY", null, null, null, null, "FA1", null, Kind.FIXED_ASSET, "FA1"},
            {"SHIPMENT_RECEIPT", null, null, "R1", null, null, null, Kind.RECEIPT, "R1"},
            {"INVENTORY", null, null, null, null, null, "II1", Kind.ITEM, "II1"},
            {"SHIPMENT_RECEIPT", null, null, null, null, null, null, Kind.RECEIPT, null},
        };
        for (Object[] c : cases) {
            Document document = Document.ofTransaction(new TransactionOrigin((String) c[0], (String) c[1], (String) c[2], (String) c[3],
                    (String) c[4], (String) c[5], (String) c[6]));
            assertEquals(java.util.Arrays.toString(c), new Document((Kind) c[7], (String) c[8]), document);
        }
        assertNull("a manual journal entry", Document.ofTransaction(new TransactionOrigin("INTERNAL_ACCTG_TRANS", null, null, null, null, null, null)));
        assertNull("a purchase invoice", Document.ofTransaction(new TransactionOrigin("PURCHASE_INVOICE", null, null, null, null, null, null)));
    }

    @Test
    public void onlyAReceiptTransactionNamingNothingIsUnnamedAndMovementsWithoutADocumentAreNeverPosted() {
        assertTrue(Document.unnamedReceipt().isUnnamed());
        assertFalse(new Document(Kind.RECEIPT, "R1").isUnnamed());
        assertFalse(new Document(Kind.NONE, "P1").isPosted());
        assertTrue(new Document(Kind.SHIPMENT, "S1").isPosted());
    }
}
