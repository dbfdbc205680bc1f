package org.physicalinventory.ofbiz.test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.ofbiz.entity.GenericEntityException;
import org.apache.ofbiz.entity.GenericValue;
import org.apache.ofbiz.entity.util.EntityQuery;
import org.apache.ofbiz.service.ServiceUtil;

/**
 * Integration tests of the inventory and list services, run inside OFBiz by the testdef suite.
 * They live in src/main/java because OFBiz's test runner only sees the main classpath.
 */
public class InventoryServicesTests extends PhysInvTestCase {

    public InventoryServicesTests(String name) {
        super(name);
    }

    public void testInventoryGoesFromCreatedThroughCountingToClosed() throws Exception {
        String inventoryId = createInventory("PI_TF_STATUS", "pitest-admin");
        assertEquals("PI_INV_CREATED", inventory(inventoryId).getString("statusId"));
        String listId = createList(inventoryId);

        ok(call("changePiInventoryListStatus", "pitest-admin", "piListId", listId, "statusId", "PI_LIST_COUNTING"));
        assertEquals("opening a list starts the count", "PI_INV_COUNTING", inventory(inventoryId).getString("statusId"));

        String refusal = error(call("changePiInventoryStatus", "pitest-admin", "piInventoryId", inventoryId, "statusId", "PI_INV_COUNTED"));
        assertTrue(refusal, refusal.contains("still has lists that are not counted"));

        ok(call("changePiInventoryListStatus", "pitest-admin", "piListId", listId, "statusId", "PI_LIST_COUNTED"));
        ok(call("changePiInventoryStatus", "pitest-admin", "piInventoryId", inventoryId, "statusId", "PI_INV_COUNTED"));
        ok(call("closePiInventory", "pitest-admin", "piInventoryId", inventoryId));

        GenericValue closed = inventory(inventoryId);
        assertEquals("PI_INV_CLOSED", closed.getString("statusId"));
        assertEquals("pitest-admin", closed.getString("closedByUserLogin"));
        assertNotNull(closed.get("closedDate"));

        refusal = error(call("updatePiInventory", "pitest-admin", "piInventoryId", inventoryId, "description", "changed"));
        assertTrue(refusal, refusal.contains("cannot change"));
        assertFalse("a closed inventory keeps its description", "changed".equals(inventory(inventoryId).getString("description")));
        error(call("changePiInventoryStatus", "pitest-admin", "piInventoryId", inventoryId, "statusId", "PI_INV_COUNTING"));
        assertEquals("PI_INV_CLOSED", inventory(inventoryId).getString("statusId"));
    }

    public void testStatusChangesOutsideTheValidOnesAreRefused() throws Exception {
        String inventoryId = createInventory("PI_TF_STATUS", "pitest-admin");
        String refusal = error(call("closePiInventory", "pitest-admin", "piInventoryId", inventoryId));
        assertTrue(refusal, refusal.contains("cannot go from"));
        refusal = error(call("changePiInventoryStatus", "pitest-admin", "piInventoryId", inventoryId, "statusId", "PI_INV_POSTED"));
        assertTrue(refusal, refusal.contains("only by posting"));
        refusal = error(call("changePiInventoryStatus", "pitest-admin", "piInventoryId", inventoryId, "statusId", "NO_SUCH_STATUS"));
        assertTrue(refusal, refusal.contains("Unknown status"));
        assertEquals("PI_INV_CREATED", inventory(inventoryId).getString("statusId"));
        ok(call("cancelPiInventory", "pitest-admin", "piInventoryId", inventoryId));
    }

    public void testCancellingAnInventoryCancelsItsLists() throws Exception {
        String inventoryId = createInventory("PI_TF_LIST", "pitest-admin");
        String listId = createList(inventoryId);
        ok(call("changePiInventoryListStatus", "pitest-admin", "piListId", listId, "statusId", "PI_LIST_COUNTING"));
        ok(call("cancelPiInventory", "pitest-admin", "piInventoryId", inventoryId));
        assertEquals("PI_INV_CANCELLED", inventory(inventoryId).getString("statusId"));
        assertEquals("PI_LIST_CANCELLED", list(listId).getString("statusId"));
        String refusal = error(call("createPiInventoryList", "pitest-admin", "piInventoryId", inventoryId, "listTypeId", "PI_STANDARD"));
        assertTrue(refusal, refusal.contains("cannot change"));
    }

    public void testOnlyOneOpenInventoryPerFacility() throws Exception {
        String first = createInventory("PI_TF_OPEN", "pitest-admin");
        String refusal = error(call("createPiInventory", "pitest-admin", "facilityId", "PI_TF_OPEN"));
        assertTrue(refusal, refusal.contains("already has an open physical inventory"));
        assertEquals(1, openInventories("PI_TF_OPEN"));

        ok(call("savePiStockDiffParam", "pitest-admin", "organizationPartyId", "PI_TEST_ORG", "facilityId", "PI_TF_OPEN",
                "allowConcurrent", "Y"));
        String second = createInventory("PI_TF_OPEN", "pitest-admin");
        assertEquals("the parameters allow a second open inventory", 2, openInventories("PI_TF_OPEN"));

        ok(call("savePiStockDiffParam", "pitest-admin", "organizationPartyId", "PI_TEST_ORG", "facilityId", "PI_TF_OPEN",
                "allowConcurrent", "N"));
        ok(call("cancelPiInventory", "pitest-admin", "piInventoryId", first));
        ok(call("cancelPiInventory", "pitest-admin", "piInventoryId", second));
        createInventory("PI_TF_OPEN", "pitest-admin");
        assertEquals("a cancelled inventory no longer blocks the facility", 1, openInventories("PI_TF_OPEN"));
    }

    /** Two managers create an inventory of one facility at the same moment, again and again: one is created, the other refused. */
    public void testTwoInventoriesCreatedAtOnceLeaveOneOpen() throws Exception {
        ExecutorService managers = Executors.newFixedThreadPool(2);
        for (int round = 0; round < 10; round++) {
            CyclicBarrier together = new CyclicBarrier(2);
            List<Future<Map<String, Object>>> creates = new ArrayList<>();
            for (int manager = 0; manager < 2; manager++) {
                creates.add(managers.submit(() -> {
                    together.await();
                    return call("createPiInventory", "pitest-admin", "facilityId", "PI_TF_RACE");
                }));
            }
            String created = null;
            for (Future<Map<String, Object>> create : creates) {
                Map<String, Object> result = create.get();
                if (ServiceUtil.isSuccess(result)) {
                    assertNull("round " + round + ": created twice", created);
                    created = (String) result.get("piInventoryId");
                } else {
                    assertTrue(error(result), error(result).contains("already has an open physical inventory"));
                }
            }
            assertNotNull("round " + round + ": one created", created);
            assertEquals(1, openInventories("PI_TF_RACE"));
            ok(call("cancelPiInventory", "pitest-admin", "piInventoryId", created));
        }
        managers.shutdown();
    }

    public void testUsersWithoutPermissionAreRefusedAndNothingChanges() throws Exception {
        String refusal = error(call("createPiInventory", "pitest-nobody", "facilityId", "PI_TF_PERM"));
        assertTrue(refusal, refusal.contains("PHYSINV_CREATE"));
        refusal = error(call("createPiInventory", "pitest-viewer", "facilityId", "PI_TF_PERM"));
        assertTrue(refusal, refusal.contains("PHYSINV_CREATE"));
        assertEquals(0, EntityQuery.use(getDelegator()).from("PiInventory").where("facilityId", "PI_TF_PERM").queryCount());

        String inventoryId = createInventory("PI_TF_PERM", "pitest-admin");
        refusal = error(call("cancelPiInventory", "pitest-viewer", "piInventoryId", inventoryId));
        assertTrue(refusal, refusal.contains("PHYSINV_UPDATE"));
        error(call("createPiListType", "pitest-viewer", "listTypeId", "PI_TEST_TYPE", "description", "test"));
        assertNull(EntityQuery.use(getDelegator()).from("PiListType").where("listTypeId", "PI_TEST_TYPE").queryOne());
        assertEquals("PI_INV_CREATED", inventory(inventoryId).getString("statusId"));
        ok(call("cancelPiInventory", "pitest-admin", "piInventoryId", inventoryId));
    }

    /** A refusal for want of permission names the permission once, PHYSINV_ADMIN beside it when that is another, and the act. */
    public void testARefusalForWantOfPermissionNamesThePermissionAndTheAct() throws Exception {
        String refusal = error(call("createPiInventory", "pitest-viewer", "facilityId", "PI_TF_PERM"));
        assertTrue(refusal, refusal.contains("To create physical inventories, inventory lists and list types you need the permission "
                + "PHYSINV_CREATE (or PHYSINV_ADMIN)."));
        Map<String, Object> admin = ok(callIn(Locale.GERMAN, "piAdminPermissionCheck", "pitest-viewer"));
        assertEquals(Boolean.FALSE, admin.get("hasPermission"));
        String message = (String) admin.get("failMessage");
        assertEquals(message, "Um die Verwaltungs- und Benchmark-Werkzeuge zu verwenden, benötigen Sie die Berechtigung PHYSINV_ADMIN.", message);
        Map<String, Object> unnamed = ok(call("piPermissionCheck", "pitest-viewer"));
        assertEquals("no action named: PHYSINV_ADMIN only", Boolean.FALSE, unnamed.get("hasPermission"));
        assertTrue((String) unnamed.get("failMessage"), ((String) unnamed.get("failMessage")).contains("PHYSINV_ADMIN."));
        assertEquals(Boolean.TRUE, ok(call("piPermissionCheck", "pitest-admin")).get("hasPermission"));
        assertEquals(Boolean.TRUE, ok(call("piPermissionCheck", "pitest-viewer", "mainAction", "VIEW")).get("hasPermission"));
    }

    public void testListScopeAndEmployeesAreChecked() throws Exception {
        String inventoryId = createInventory("PI_TF_LIST", "pitest-admin");
        String refusal = error(call("createPiInventoryList", "pitest-admin", "piInventoryId", inventoryId, "listTypeId", "PI_STANDARD",
                "fromLocationSeqId", "L03", "thruLocationSeqId", "L01"));
        assertTrue(refusal, refusal.contains("reversed"));
        refusal = error(call("createPiInventoryList", "pitest-admin", "piInventoryId", inventoryId, "listTypeId", "PI_STANDARD",
                "fromLocationSeqId", "NOWHERE"));
        assertTrue(refusal, refusal.contains("does not exist in facility"));

        String listId = createList(inventoryId);
        refusal = error(call("assignPiInventoryList", "pitest-admin", "piListId", listId, "partyId", "PI_TEST_CUSTOMER"));
        assertTrue(refusal, refusal.contains("not an employee"));
        ok(call("assignPiInventoryList", "pitest-admin", "piListId", listId, "partyId", "PI_TEST_EMP"));
        ok(call("assignPiInventoryList", "pitest-admin", "piListId", listId, "partyId", "PI_TEST_EMP"));
        assertEquals("assigning twice keeps one assignment", 1, activeAssignments(listId));

        ok(call("unassignPiInventoryList", "pitest-admin", "piListId", listId, "partyId", "PI_TEST_EMP"));
        assertEquals(0, activeAssignments(listId));
        refusal = error(call("unassignPiInventoryList", "pitest-admin", "piListId", listId, "partyId", "PI_TEST_EMP"));
        assertTrue(refusal, refusal.contains("is not assigned"));
        ok(call("cancelPiInventory", "pitest-admin", "piInventoryId", inventoryId));
    }

    public void testScriptInNotesAndNegativeTolerancesAreRefused() throws Exception {
        String refusal = error(call("createPiInventory", "pitest-admin", "facilityId", "PI_TF_PERM",
                "notes", "<script>alert(1)</script>"));
        assertFalse(refusal.isEmpty());
        assertEquals(0, EntityQuery.use(getDelegator()).from("PiInventory").where("facilityId", "PI_TF_PERM",
                "statusId", "PI_INV_CREATED").queryCount());
        refusal = error(call("savePiStockDiffParam", "pitest-admin", "organizationPartyId", "PI_TEST_ORG",
                "toleranceQuantity", new java.math.BigDecimal("-1")));
        assertTrue(refusal, refusal.contains("cannot be negative"));
    }

    private String createInventory(String facilityId, String userLoginId) throws Exception {
        Map<String, Object> result = ok(call("createPiInventory", userLoginId, "facilityId", facilityId, "description", "test"));
        return (String) result.get("piInventoryId");
    }

    private String createList(String inventoryId) throws Exception {
        Map<String, Object> result = ok(call("createPiInventoryList", "pitest-admin", "piInventoryId", inventoryId,
                "listTypeId", "PI_STANDARD", "description", "test list"));
        return (String) result.get("piListId");
    }

    private GenericValue inventory(String inventoryId) throws GenericEntityException {
        return EntityQuery.use(getDelegator()).from("PiInventory").where("piInventoryId", inventoryId).queryOne();
    }

    private GenericValue list(String listId) throws GenericEntityException {
        return EntityQuery.use(getDelegator()).from("PiInventoryList").where("piListId", listId).queryOne();
    }

    private long openInventories(String facilityId) throws GenericEntityException {
        return EntityQuery.use(getDelegator()).from("PiInventory").where("facilityId", facilityId).queryList().stream()
                .filter(i -> !"PI_INV_CANCELLED".equals(i.getString("statusId")) && !"PI_INV_CLOSED".equals(i.getString("statusId")))
                .count();
    }

    private long activeAssignments(String listId) throws GenericEntityException {
        return EntityQuery.use(getDelegator()).from("PiListAssignment").where("piListId", listId).filterByDate().queryCount();
    }
}
