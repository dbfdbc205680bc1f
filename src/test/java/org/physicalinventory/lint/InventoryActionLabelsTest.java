package org.physicalinventory.lint;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.Test;
import org.physicalinventory.inventory.InventoryStatus;

/**
 * The words an inventory's statuses and actions use, in every language: archiving (a posted inventory put away, or a
 * counted one with nothing to post) must never read as posting, nor as the stock closing seed 004 and the accountant
 * know; and no two statuses or actions of an inventory read alike.
 */
public class InventoryActionLabelsTest {

    private static final Path LABELS = ComponentRoot.path().resolve("config/PhysicalInventoryUiLabels.xml");
    private static final Path TYPE_DATA = ComponentRoot.path().resolve("data/PhysInvTypeData.xml");
    private static final List<String> LANGUAGES = List.of("en", "it", "ro", "fr", "de", "es");
    /** Per language, the stems of posting and of closing: "Clôturer" is the step that leads to the stock update in seed 004. */
    private static final Map<String, List<String>> POSTING_OR_CLOSING = Map.of(
            "en", List.of("post", "clos"),
            "it", List.of("regist", "contabil", "chiu"),
            "ro", List.of("înregistr", "contab", "închi"),
            "fr", List.of("comptabil", "clôtur", "clos", "ferm"),
            "de", List.of("buch", "abschl", "schlie"),
            "es", List.of("contabil", "cerr", "cierr"));

    @Test
    public void archivingNeverReadsAsPostingNorAsAClosingInAnyLanguage() throws Exception {
        Map<String, Map<String, String>> labels = labels();
        for (String key : List.of(InventoryStatus.CLOSED.statusId(), "PhysInvActionClose", "PhysInvClosed", "PhysInvClosedBy")) {
            for (String language : LANGUAGES) {
                String text = labels.get(key).get(language).toLowerCase(Locale.ROOT);
                for (String stem : POSTING_OR_CLOSING.get(language)) {
                    assertFalse(key + " in " + language + " reads \"" + text + "\"", text.contains(stem));
                }
            }
        }
    }

    @Test
    public void noTwoStatusesOfAnInventoryReadAlike() throws Exception {
        Map<String, Map<String, String>> labels = labels();
        for (String language : LANGUAGES) {
            Set<String> words = new LinkedHashSet<>();
            for (InventoryStatus status : InventoryStatus.values()) {
                words.add(labels.get(status.statusId()).get(language));
            }
            assertEquals(language + ": " + words, InventoryStatus.values().length, words.size());
        }
    }

    @Test
    public void noTwoActionsOfAnInventoryReadAlike() throws Exception {
        Set<String> actions = new LinkedHashSet<>();
        for (XmlNode change : XmlNode.parse(TYPE_DATA).children("StatusValidChange")) {
            if (change.attr("statusId").startsWith("PI_INV_")) {
                actions.add(change.attr("transitionName"));
            }
        }
        Map<String, Map<String, String>> labels = labels();
        for (String language : LANGUAGES) {
            Set<String> words = new LinkedHashSet<>();
            actions.forEach(key -> words.add(labels.get(key).get(language)));
            assertEquals(language + ": " + words, actions.size(), words.size());
        }
    }

    /** Every label: key, then language, then text. */
    private static Map<String, Map<String, String>> labels() throws Exception {
        Map<String, Map<String, String>> labels = new HashMap<>();
        for (XmlNode property : XmlNode.parse(LABELS).children("property")) {
            Map<String, String> values = new HashMap<>();
            for (XmlNode value : property.children("value")) {
                values.put(value.attr("xml:lang"), value.text.toString().trim());
            }
            labels.put(property.attr("key"), values);
        }
        return labels;
    }
}
