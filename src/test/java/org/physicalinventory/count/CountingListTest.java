package org.physicalinventory.count;

import static org.junit.Assert.assertEquals;
import static org.physicalinventory.Refusals.assertRefused;

import java.math.BigDecimal;
import java.util.List;

import org.junit.Test;
import org.physicalinventory.inventory.InventoryStatus;
import org.physicalinventory.inventory.ListScope;
import org.physicalinventory.inventory.ListStatus;

public class CountingListTest {

    private static CountingList list(boolean open) {
        return new CountingList("L1", "WH", open, new ListScope("A01", "A09"), false, new ListOptions(true, false, true, true, BigDecimal.ONE));
    }

    @Test
    public void countersCountWhileBothTheListAndItsInventoryAreCounting() {
        for (ListStatus list : ListStatus.values()) {
            for (InventoryStatus inventory : InventoryStatus.values()) {
                assertEquals(list + " in " + inventory, list == ListStatus.COUNTING && inventory == InventoryStatus.COUNTING,
                        CountingList.isOpen(list, inventory));
            }
        }
    }

    @Test
    public void aListNotThereOrNotAssignedOrNotOpenIsRefusedNamingIt() throws Exception {
        CountingList.requireFound(new Object(), "L1");
        assertRefused(() -> CountingList.requireFound(null, "L7"), "PhysInvErrorListNotFound", "L7");
        CountingList.requireAssigned("L1", true);
        assertRefused(() -> CountingList.requireAssigned("L1", false), "PhysInvErrorNotYourList", "L1");
        list(true).requireOpen();
        assertRefused(() -> list(false).requireOpen(), "PhysInvErrorListNotOpen", "L1");
    }

    @Test
    public void aLocationTheListDoesNotCountIsRefusedNamingItAndTheList() throws Exception {
        list(true).requireLocation("A05", true);
        assertRefused(() -> list(true).requireLocation("B01", false), "PhysInvErrorLocationNotInList", "B01", "L1");
    }
}
