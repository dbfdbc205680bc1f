package org.physicalinventory.lint;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.Test;
import org.physicalinventory.valuation.ClosingStatus;
import org.physicalinventory.valuation.ValuationMethod;

/** What the screens of warehouse valorization read by name must exist: the closing statuses seeded, a label for every method. */
public class ValuationDataTest {

    private static final Path ROOT = ComponentRoot.path();

    @Test
    public void theSeededClosingStatusesAreTheCoresStatuses() throws Exception {
        Set<String> seeded = XmlNode.parse(ROOT.resolve("data/PhysInvValuationData.xml")).children("StatusItem").stream()
                .map(s -> s.attr("statusId")).collect(Collectors.toCollection(TreeSet::new));
        Set<String> core = Arrays.stream(ClosingStatus.values()).map(ClosingStatus::statusId).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(core, seeded);
    }

    @Test
    public void everyValuationMethodHasItsLabelInTheSixLanguages() throws Exception {
        // the templates name these labels as "PhysInv" + "Method" + the method's name
        List<XmlNode> properties = XmlNode.parse(ROOT.resolve("config/PhysicalInventoryUiLabels.xml")).children("property");
        for (ValuationMethod method : ValuationMethod.values()) {
            XmlNode label = properties.stream().filter(p -> ("PhysInvMethod" + method.name()).equals(p.attr("key"))).findFirst()
                    .orElseThrow(() -> new AssertionError("no label PhysInvMethod" + method.name()));
            Set<String> languages = label.children("value").stream().map(v -> v.attr("xml:lang")).collect(Collectors.toSet());
            assertTrue(method + ": " + languages, languages.containsAll(Set.of("en", "it", "ro", "fr", "de", "es")));
        }
    }
}
