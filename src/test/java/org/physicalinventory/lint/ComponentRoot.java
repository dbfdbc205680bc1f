package org.physicalinventory.lint;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The component's folder, for tests that read its files: the working folder under Maven, or
 * plugins/physical-inventory when OFBiz's own Gradle build runs the tests from the OFBiz folder.
 */
public final class ComponentRoot {

    private ComponentRoot() {
    }

    public static Path path() {
        for (Path candidate : new Path[] {Path.of("."), Path.of("plugins", "physical-inventory")}) {
            if (Files.exists(candidate.resolve("ofbiz-component.xml")) && Files.exists(candidate.resolve("data/PhysInvTypeData.xml"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("Run the tests from the component folder or from the OFBiz folder");
    }
}
