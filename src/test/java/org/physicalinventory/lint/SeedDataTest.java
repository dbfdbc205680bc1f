package org.physicalinventory.lint;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.Test;
import org.physicalinventory.inventory.InventoryStatus;
import org.physicalinventory.inventory.ListStatus;

/** The seed data OFBiz's screens read must say what the core enforces. */
public class SeedDataTest {

    private static final Path TYPE_DATA = ComponentRoot.path().resolve("data/PhysInvTypeData.xml");

    @Test
    public void seededStatusChangesAreExactlyTheCoresTransitions() throws Exception {
        Set<String> seeded = new TreeSet<>();
        Set<String> statuses = new TreeSet<>();
        for (XmlNode row : XmlNode.parse(TYPE_DATA).children) {
            if ("StatusValidChange".equals(row.name)) {
                seeded.add(row.attr("statusId") + ">" + row.attr("statusIdTo"));
            } else if ("StatusItem".equals(row.name)) {
                statuses.add(row.attr("statusId"));
            }
        }
        Set<String> core = new TreeSet<>();
        for (InventoryStatus from : InventoryStatus.values()) {
            from.next().forEach(to -> core.add(from.statusId() + ">" + to.statusId()));
        }
        for (ListStatus from : ListStatus.values()) {
            from.next().forEach(to -> core.add(from.statusId() + ">" + to.statusId()));
        }
        assertEquals(core, seeded);
        Set<String> coreStatuses = new TreeSet<>();
        Arrays.stream(InventoryStatus.values()).map(InventoryStatus::statusId).forEach(coreStatuses::add);
        Arrays.stream(ListStatus.values()).map(ListStatus::statusId).forEach(coreStatuses::add);
        assertEquals(coreStatuses, statuses);
    }

    @Test
    public void theUsualListTypesAreSeeded() throws Exception {
        Set<String> types = XmlNode.parse(TYPE_DATA).children("PiListType").stream().map(t -> t.attr("listTypeId"))
                .collect(Collectors.toSet());
        assertTrue(types.containsAll(Set.of("PI_STANDARD", "PI_BLIND", "PI_SCAN_EACH", "PI_STRICT")));
    }
}
