package org.physicalinventory.lint;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.Test;
import org.physicalinventory.count.QuantityReader;

/** The demo a new user loads: both lists ready to count, amounts written as decimals. */
public class DemoDataTest {

    private static final Path DEMO = ComponentRoot.path().resolve("data/PhysInvDemoData.xml");

    @Test
    public void everyDemoListOpenForCountingHasItsLinesAndProgress() throws Exception {
        List<XmlNode> rows = XmlNode.parse(DEMO).children;
        Map<String, Integer> lines = new TreeMap<>();
        Map<String, String> progress = new HashMap<>();
        for (XmlNode row : rows) {
            if ("PiInventoryList".equals(row.name) && "PI_LIST_COUNTING".equals(row.attr("statusId"))) {
                lines.putIfAbsent(row.attr("piListId"), 0);
            } else if ("PiCountLine".equals(row.name)) {
                lines.merge(row.attr("piListId"), 1, Integer::sum);
            } else if ("PiListProgress".equals(row.name)) {
                progress.put(row.attr("piListId"), row.attr("lineCount"));
            }
        }
        assertTrue("the demo has lists open for counting", lines.size() >= 2);
        lines.forEach((list, count) -> {
            assertTrue(list + " has lines to count", count > 0);
            assertEquals(list + "'s progress counts its lines", String.valueOf(count), progress.get(list));
        });
    }

    @Test
    public void amountsAreDecimalsAsPeopleWriteThemNotBinaryFloatNoise() throws Exception {
        List<String> noisy = new ArrayList<>();
        for (XmlNode row : XmlNode.parse(DEMO).children) {
            for (Map.Entry<String, String> field : row.attributes.entrySet()) {
                if (field.getValue().matches("-?\\d+\\.\\d+")
                        && new BigDecimal(field.getValue()).stripTrailingZeros().scale() > QuantityReader.DECIMALS) {
                    noisy.add(row.name + "." + field.getKey() + "=" + field.getValue());
                }
            }
        }
        assertEquals(List.of(), noisy);
    }
}
