package org.physicalinventory.lint;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.Test;
import org.physicalinventory.count.QuantityReader;
import org.physicalinventory.cycle.AbcClass;
import org.physicalinventory.cycle.AbcClassifier;
import org.physicalinventory.cycle.AbcShares;
import org.physicalinventory.cycle.ProductClass;
import org.physicalinventory.cycle.ProductUsage;

/** The cycle-count demo warehouse: its movement history gives all three classes, and the classes it stores are what that history gives. */
public class CycleDemoDataTest {

    private static final Path DEMO = ComponentRoot.path().resolve("data/PhysInvCycleDemoData.xml");

    @Test
    public void theStoredClassesAreWhatTheIssuesOfTheDemoGiveAndAllThreeOccur() throws Exception {
        List<XmlNode> rows = XmlNode.parse(DEMO).children;
        Map<String, String[]> items = new HashMap<>();
        Map<String, String> stored = new TreeMap<>();
        for (XmlNode row : rows) {
            if ("InventoryItem".equals(row.name)) {
                items.put(row.attr("inventoryItemId"), new String[] {row.attr("productId"), row.attr("unitCost")});
            } else if ("PiAbcClass".equals(row.name)) {
                stored.put(row.attr("productId"), row.attr("abcClass"));
            }
        }
        List<ProductUsage> usage = new ArrayList<>();
        Set<String> stocked = new HashSet<>();
        for (XmlNode row : rows) {
            if ("InventoryItemDetail".equals(row.name)) {
                String[] item = items.get(row.attr("inventoryItemId"));
                stocked.add(item[0]);
                if (row.attr("itemIssuanceId") != null) {
                    BigDecimal quantity = new BigDecimal(row.attr("quantityOnHandDiff")).negate();
                    usage.add(new ProductUsage(item[0], quantity, quantity.multiply(new BigDecimal(item[1]))));
                }
            }
        }
        Map<String, String> computed = new TreeMap<>();
        for (ProductClass product : AbcClassifier.classify(usage, Set.of(), AbcShares.DEFAULT)) {
            computed.put(product.productId(), product.abcClass().name());
        }
        stored.keySet().stream().filter(p -> !computed.containsKey(p)).forEach(p -> computed.put(p, AbcClass.C.name()));
        assertEquals(computed, stored);
        assertTrue("every product of the warehouse has a class", stored.keySet().containsAll(stocked));
        for (AbcClass abcClass : AbcClass.values()) {
            assertTrue("the demo has " + abcClass + " products", stored.containsValue(abcClass.name()));
        }
    }

    @Test
    public void everyListHasItsProgressAndAmountsAreDecimals() throws Exception {
        Map<String, Integer> lines = new TreeMap<>();
        Map<String, String> progress = new HashMap<>();
        List<String> noisy = new ArrayList<>();
        for (XmlNode row : XmlNode.parse(DEMO).children) {
            if ("PiCountLine".equals(row.name)) {
                lines.merge(row.attr("piListId"), 1, Integer::sum);
            } else if ("PiListProgress".equals(row.name)) {
                progress.put(row.attr("piListId"), row.attr("lineCount"));
            }
            row.attributes.forEach((field, value) -> {
                if (value.matches("-?\\d+\\.\\d+") && new BigDecimal(value).stripTrailingZeros().scale() > QuantityReader.DECIMALS) {
                    noisy.add(row.name + "." + field + "=" + value);
                }
            });
        }
        assertTrue(lines.size() >= 5);
        lines.forEach((list, count) -> assertEquals(list + "'s progress counts its lines", String.valueOf(count), progress.get(list)));
        assertEquals(List.of(), noisy);
    }
}
