package org.physicalinventory;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import java.util.List;

/** Asserts that the core refuses some work with a label key and the arguments of its message. */
public final class Refusals {

    /** Work the core may refuse. */
    public interface Work {
        void run() throws LabelledException;
    }

    private Refusals() {
    }

    /** The work is refused with this key; and with these arguments, when any are given. */
    public static void assertRefused(Work work, String labelKey, Object... arguments) {
        try {
            work.run();
            fail("refused with " + labelKey);
        } catch (LabelledException e) {
            assertEquals(labelKey, e.labelKey());
            if (arguments.length > 0) {
                assertEquals(List.of(arguments), List.of(e.arguments()));
            }
        }
    }
}
