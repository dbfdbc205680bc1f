package org.physicalinventory.lint;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.Test;

/**
 * The counting API's error codes are a contract: every refusal the counting code can answer has its
 * code listed in openapi.json (the code is the label key without PhysInvError, in capitals).
 */
public class CountApiContractTest {

    private static final Pattern REFUSAL = Pattern.compile("\"PhysInv(Error|Barcode)([A-Za-z0-9]+)\"");
    /** Refusals of the back office (its grid, its import of counts) and of the barcode rules screen, which the counting API never answers. */
    private static final Set<String> NOT_API = Set.of("LINE_NOT_FOUND", "LOCATION_NOT_FOUND", "BARCODE_RULE_INVALID",
            "BARCODE_RULE_NO_PRODUCT", "IMPORT_COLUMNS", "IMPORT_EMPTY", "IMPORT_TOO_MANY_ROWS", "IMPORT_UNREADABLE", "IMPORT_NO_LOCATION",
            "IMPORT_NO_PRODUCT", "IMPORT_SERIAL_TWICE");

    @Test
    public void everyRefusalOfTheCountingCodeHasItsCodeInOpenApi() throws IOException {
        Path root = ComponentRoot.path();
        String document = Files.readString(root.resolve("webapp/physinvcount/openapi.json"));
        Matcher enumeration = Pattern.compile("\"ErrorCode\"\\s*:\\s*\\{[^}]*?\"enum\"\\s*:\\s*\\[([^\\]]*)\\]", Pattern.DOTALL).matcher(document);
        assertTrue("openapi.json has an ErrorCode enum", enumeration.find());
        Set<String> documented = new TreeSet<>();
        Matcher quoted = Pattern.compile("\"([A-Z0-9_]+)\"").matcher(enumeration.group(1));
        while (quoted.find()) {
            documented.add(quoted.group(1));
        }
        Set<String> answered = new TreeSet<>();
        try (Stream<Path> sources = Stream.of("src/main/java/org/physicalinventory/count", "src/main/java/org/physicalinventory/barcode")
                .flatMap(dir -> list(root.resolve(dir)))) {
            Stream.concat(sources, Stream.of(root.resolve("src/main/java/org/physicalinventory/ofbiz/count/CountServices.java"),
                    root.resolve("src/main/java/org/physicalinventory/ofbiz/count/CountApiEvents.java"),
                    root.resolve("src/main/java/org/physicalinventory/ofbiz/count/EmptyLocationServices.java"),
                    root.resolve("src/main/java/org/physicalinventory/ofbiz/count/ReadUndoServices.java"),
                    root.resolve("src/main/java/org/physicalinventory/ofbiz/count/RecentReadServices.java"))).forEach(file -> {
                        Matcher key = REFUSAL.matcher(read(file));
                        while (key.find()) {
                            String name = ("Barcode".equals(key.group(1)) ? "Barcode" : "") + key.group(2);
                            answered.add(name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT));
                        }
                    });
        }
        answered.removeAll(NOT_API);
        answered.removeAll(documented);
        assertEquals("error codes the counting API can answer but openapi.json does not list", Set.of(), answered);
    }

    private static Stream<Path> list(Path dir) {
        try {
            return Files.list(dir).filter(f -> f.toString().endsWith(".java"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
