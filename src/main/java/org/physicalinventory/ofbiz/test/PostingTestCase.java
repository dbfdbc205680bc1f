package org.physicalinventory.ofbiz.test;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.ofbiz.entity.GenericEntityException;
import org.apache.ofbiz.entity.GenericValue;
import org.apache.ofbiz.entity.condition.EntityCondition;
import org.apache.ofbiz.entity.condition.EntityOperator;
import org.apache.ofbiz.entity.util.EntityQuery;

/** The flow of a posting test, as a user drives it: an inventory of a test facility, a list, counts, counted; and what to check after. */
abstract class PostingTestCase extends PhysInvTestCase {

    /** The organisation that keeps a ledger with one open fiscal year (testdef/data/PhysInvPostingTestData.xml). */
    static final String ORG = "PI_TACCT";

    PostingTestCase(String name) {
        super(name);
    }

    String inventory(TestStock stock) throws Exception {
        return (String) ok(call("createPiInventory", "pitest-admin", "facilityId", stock.facilityId)).get("piInventoryId");
    }

    /** A list of the inventory, assigned to PI_TEST_EMP (pitest-counter) and open for counting. */
    String list(String inventoryId, String from, String thru) throws Exception {
        String listId = (String) ok(call("createPiInventoryList", "pitest-admin", "piInventoryId", inventoryId, "listTypeId", "PI_STANDARD",
                "fromLocationSeqId", from, "thruLocationSeqId", thru)).get("piListId");
        ok(call("assignPiInventoryList", "pitest-admin", "piListId", listId, "partyId", "PI_TEST_EMP"));
        ok(call("changePiInventoryListStatus", "pitest-admin", "piListId", listId, "statusId", "PI_LIST_COUNTING"));
        return listId;
    }

    void count(String listId, String productId, String location, String lotId, String quantity) throws Exception {
        count(listId, productId, location, lotId, null, quantity);
    }

    void count(String listId, String productId, String location, String lotId, String serial, String quantity) throws Exception {
        ok(call("setPiCountedQuantity", "pitest-admin", "piListId", listId, "productId", productId, "locationSeqId", location,
                "lotId", lotId, "serialNumber", serial, "countedQuantity", quantity));
    }

    /**
     * An inventory of the stock, dated {@code inventoryDate} when given, with one list whose lines come from the book,
     * counted: {@code counts} are product, location and quantity, three by three.
     */
    String countedInventory(TestStock stock, Timestamp inventoryDate, String... counts) throws Exception {
        String inventoryId = inventory(stock);
        if (inventoryDate != null) {
            ok(call("updatePiInventory", "pitest-admin", "piInventoryId", inventoryId, "inventoryDate", inventoryDate));
        }
        String listId = list(inventoryId, null, null);
        ok(call("generatePiCountLines", "pitest-admin", "piListId", listId));
        for (int i = 0; i < counts.length; i += 3) {
            count(listId, counts[i], counts[i + 1], null, counts[i + 2]);
        }
        counted(inventoryId, listId);
        return inventoryId;
    }

    /** Posts the inventory as a job (with the posting's other fields) and waits up to a minute for it to end: DONE or FAILED. */
    String postAsJob(String inventoryId, Object... fields) throws Exception {
        Object[] all = new Object[fields.length + 4];
        System.arraycopy(new Object[] {"piInventoryId", inventoryId, "asJob", Boolean.TRUE}, 0, all, 0, 4);
        System.arraycopy(fields, 0, all, 4, fields.length);
        assertNull("not posted yet when the job starts", ok(call("startPiPosting", "pitest-admin", all)).get("physicalInventoryId"));
        String status = null;
        for (int i = 0; i < 120 && !"DONE".equals(status) && !"FAILED".equals(status); i++) {
            Thread.sleep(500);
            status = (String) ok(call("getPiPostingProgress", "pitest-admin", "piInventoryId", inventoryId)).get("runStatusId");
        }
        return status;
    }

    void counted(String inventoryId, String... listIds) throws Exception {
        for (String listId : listIds) {
            ok(call("changePiInventoryListStatus", "pitest-admin", "piListId", listId, "statusId", "PI_LIST_COUNTED"));
        }
        ok(call("changePiInventoryStatus", "pitest-admin", "piInventoryId", inventoryId, "statusId", "PI_INV_COUNTED"));
    }

    void assertUntouched(String inventoryId, TestStock stock, String item, String onHand) throws GenericEntityException {
        GenericValue inventory = inventoryRow(inventoryId);
        assertNull("no OFBiz physical inventory", inventory.get("physicalInventoryId"));
        assertNumber(onHand, stock.onHand(item));
        assertEquals("no variance", 0, EntityQuery.use(getDelegator()).from("InventoryItemDetail").where(EntityCondition.makeCondition(
                EntityCondition.makeCondition("inventoryItemId", item),
                EntityCondition.makeCondition("physicalInventoryId", EntityOperator.NOT_EQUAL, null))).queryCount());
    }

    GenericValue inventoryRow(String inventoryId) throws GenericEntityException {
        return EntityQuery.use(getDelegator()).from("PiInventory").where("piInventoryId", inventoryId).queryOne();
    }

    GenericValue line(String listId, String productId, String location) throws GenericEntityException {
        return EntityQuery.use(getDelegator()).from("PiCountLine").where("piListId", listId, "productId", productId, "locationSeqId", location)
                .queryFirst();
    }

    /** Debit minus credit per GL account over the transactions. */
    Map<String, BigDecimal> balances(List<String> acctgTransIds) throws GenericEntityException {
        Map<String, BigDecimal> balances = new HashMap<>();
        for (GenericValue entry : EntityQuery.use(getDelegator()).from("AcctgTransEntry")
                .where(EntityCondition.makeCondition("acctgTransId", EntityOperator.IN, acctgTransIds)).queryList()) {
            BigDecimal amount = entry.getBigDecimal("amount");
            balances.merge(entry.getString("glAccountId"), "D".equals(entry.getString("debitCreditFlag")) ? amount : amount.negate(),
                    BigDecimal::add);
        }
        return balances;
    }

    static void assertNumber(String expected, BigDecimal actual) {
        assertNumber("", expected, actual);
    }

    static void assertNumber(String message, String expected, BigDecimal actual) {
        assertNotNull(message + ": expected " + expected, actual);
        assertEquals(message + ": expected " + expected + " but was " + actual, 0, new BigDecimal(expected).compareTo(actual));
    }
}
