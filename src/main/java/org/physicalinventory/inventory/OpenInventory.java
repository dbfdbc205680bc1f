package org.physicalinventory.inventory;

/** An open inventory of a facility, as the rule on new ones sees it: its number and whether it is a cycle inventory. */
public record OpenInventory(String piInventoryId, boolean cycleCount) {
}
