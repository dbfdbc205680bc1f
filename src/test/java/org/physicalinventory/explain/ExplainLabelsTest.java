package org.physicalinventory.explain;

import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.Test;
import org.physicalinventory.reconciliation.Document;

/** The labels the screens name by a kind's key (which the component lint cannot follow) are defined. */
public class ExplainLabelsTest {

    private static String labels() throws IOException {
        return Files.readString(Path.of("config/PhysicalInventoryUiLabels.xml"));
    }

    private static void assertDefined(String labels, String key) {
        assertTrue(key + " is defined", labels.contains("<property key=\"" + key + "\">"));
    }

    @Test
    public void everyCauseHasItsLabelAndItsHelp() throws IOException {
        String labels = labels();
        for (CauseKind kind : CauseKind.values()) {
            assertDefined(labels, kind.labelKey());
            assertDefined(labels, kind.labelKey() + "Help");
        }
    }

    @Test
    public void everyKindOfMovementStartAndDocumentHasItsLabel() throws IOException {
        String labels = labels();
        for (MovementKind kind : MovementKind.values()) {
            assertDefined(labels, kind.labelKey());
        }
        for (Story.SinceKind kind : Story.SinceKind.values()) {
            assertDefined(labels, kind.labelKey());
        }
        for (Document.Kind kind : Document.Kind.values()) {
            assertDefined(labels, kind.labelKey());
        }
    }
}
