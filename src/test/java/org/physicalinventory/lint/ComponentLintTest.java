package org.physicalinventory.lint;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class ComponentLintTest {

    @Rule
    public TemporaryFolder temp = new TemporaryFolder();

    @Test
    public void theComponentHasNoBrokenReference() throws IOException {
        List<ComponentLint.Problem> problems = ComponentLint.lint(ComponentRoot.path());
        assertEquals(problems.stream().map(Object::toString).collect(Collectors.joining("\n")), List.of(), problems);
    }

    @Test
    public void aServiceNamingAMissingMethodIsReportedWithFileAndLine() throws IOException {
        Path copy = copyOfComponent();
        int line = replaceOnce(copy.resolve("servicedef/services_inventory.xml"), "invoke=\"createInventory\"", "invoke=\"createInventry\"");
        assertEquals(List.of("servicedef/services_inventory.xml:" + line + ": service createPiInventory: "
                + "org.physicalinventory.ofbiz.inventory.InventoryServices has no method createInventry"
                + "(DispatchContext, Map<String, ? extends Object>) returning Map<String, Object>"), lint(copy));
    }

    @Test
    public void aServiceNamingAMissingClassIsReported() throws IOException {
        Path copy = copyOfComponent();
        int line = replaceOnce(copy.resolve("servicedef/services_count.xml"), "ofbiz.count.LineGenerationServices", "ofbiz.count.Nowhere");
        assertEquals(List.of("servicedef/services_count.xml:" + line + ": service generatePiCountLines: class "
                + "org.physicalinventory.ofbiz.count.Nowhere not found in src/main/java"), lint(copy));
    }

    @Test
    public void aFieldTheModelDoesNotHaveIsReportedInDataFiles() throws IOException {
        Path copy = copyOfComponent();
        int line = replaceOnce(copy.resolve("data/PhysInvTypeData.xml"), "keepLocation=\"Y\" blindCount=\"N\" allowUnlisted=\"Y\"",
                "keepLocation=\"Y\" blindCount=\"N\" allowUnlistedItems=\"Y\"");
        assertEquals(List.of("data/PhysInvTypeData.xml:" + line + ": allowUnlistedItems is not a field of PiListType"), lint(copy));
    }

    @Test
    public void aMissingTranslationIsReported() throws IOException {
        Path copy = copyOfComponent();
        Path labels = copy.resolve("config/PhysicalInventoryUiLabels.xml");
        replaceOnce(labels, "<value xml:lang=\"ro\">Numărați, înregistrați și evaluați stocul</value>", "");
        List<String> problems = lint(copy);
        assertEquals(1, problems.size());
        assertTrue(problems.get(0), problems.get(0).matches("config/PhysicalInventoryUiLabels.xml:\\d+: label PhysInvApplicationSubtitle has no ro text"));
    }

    @Test
    public void aViewWithoutScreenAndAStateChangingGetAreReported() throws IOException {
        Path copy = copyOfComponent();
        Path controller = copy.resolve("webapp/physinv/WEB-INF/controller.xml");
        int getLine = replaceOnce(controller, "<request-map uri=\"createPiInventory\" method=\"post\">", "<request-map uri=\"createPiInventory\">");
        int viewLine = replaceOnce(controller, "InventoryScreens.xml#FindInventory\"", "InventoryScreens.xml#FindInventories\"");
        assertEquals(List.of(
                "webapp/physinv/WEB-INF/controller.xml:" + getLine + ": request createPiInventory runs an event but accepts GET: add method=\"post\"",
                "webapp/physinv/WEB-INF/controller.xml:" + viewLine + ": screen component://physical-inventory/widget/inventory/InventoryScreens.xml#FindInventories does not exist"),
                lint(copy));
    }

    @Test
    public void anUnknownEntityFieldInAFormAndAnUndefinedLabelAreReported() throws IOException {
        Path copy = copyOfComponent();
        Path forms = copy.resolve("widget/inventory/InventoryForms.xml");
        int fieldLine = replaceOnce(forms, "<condition-expr field-name=\"piInventoryId\" from-field=\"inventory.piInventoryId\"/>",
                "<condition-expr field-name=\"inventoryId\" from-field=\"inventory.piInventoryId\"/>");
        int labelLine = replaceOnce(forms, "${uiLabelMap.PhysInvAddList}\" widget-style", "${uiLabelMap.PhysInvAddALists}\" widget-style");
        assertEquals(List.of(
                "widget/inventory/InventoryForms.xml:" + fieldLine + ": inventoryId is not a field of PiInventoryList",
                "widget/inventory/InventoryForms.xml:" + labelLine + ": label PhysInvAddALists is not defined"), lint(copy));
    }

    @Test
    public void anIntegrationTestClassOutsideSrcMainJavaIsReported() throws IOException {
        Path copy = copyOfComponent();
        int line = replaceOnce(copy.resolve("testdef/PhysInvTests.xml"), "ofbiz.test.InventoryServicesTests", "ofbiz.test.ElsewhereTests");
        List<String> problems = lint(copy);
        assertEquals(1, problems.size());
        assertTrue(problems.get(0), problems.get(0).startsWith("testdef/PhysInvTests.xml:" + line + ": test class"));
    }

    @Test
    public void aMalformedDataFileIsReportedWithItsLine() throws IOException {
        Path copy = copyOfComponent();
        int line = replaceOnce(copy.resolve("data/PhysInvDemoData.xml"), "<Lot lotId=\"L2026-001\"", "<Lot lotId=L2026-001");
        List<String> problems = lint(copy);
        assertEquals(1, problems.size());
        assertTrue(problems.get(0), problems.get(0).startsWith("data/PhysInvDemoData.xml:" + line + ": not well-formed"));
    }

    @Test
    public void aServiceAnEntityEcaRunsIsChecked() throws IOException {
        Path copy = copyOfComponent();
        int line = replaceOnce(copy.resolve("entitydef/eecas.xml"), "service=\"checkPiStockFreezeForItem\"", "service=\"checkPiStockFreezeForItems\"");
        assertEquals(List.of("entitydef/eecas.xml:" + line + ": unknown service checkPiStockFreezeForItems"), lint(copy));
    }

    @Test
    public void aServiceJavaRunsByNameIsChecked() throws IOException {
        Path copy = copyOfComponent();
        Path benchmark = copy.resolve("src/main/java/org/physicalinventory/ofbiz/bench/PostingBenchmark.java");
        int ofbizLine = replaceOnce(benchmark, "runSync(\"createPhysicalInventoryAndVariance\"", "runSync(\"createPhysicalInventoryAndVariances\"");
        // a schedule names its pool first: the pool is no service
        int ourLine = replaceOnce(benchmark, "runSync(\"postPiInventory\"", "schedule(\"pool\", \"postPiInventories\"");
        String file = "src/main/java/org/physicalinventory/ofbiz/bench/PostingBenchmark.java:";
        assertEquals(List.of(file + ofbizLine + ": unknown service createPhysicalInventoryAndVariances",
                file + ourLine + ": unknown service postPiInventories"), lint(copy));
    }

    @Test
    public void theRequestOfAnOfbizUrlInATemplateIsChecked() throws IOException {
        Path copy = copyOfComponent();
        int plainLine = replaceOnce(copy.resolve("template/handheld/Handheld.ftl"), "<@ofbizUrl>recordPiCount</@ofbizUrl>",
                "<@ofbizUrl>recordPiCounts</@ofbizUrl>");
        int withParametersLine = replaceOnce(copy.resolve("template/valuation/ValorizedReport.ftl"), "<@ofbizUrl>ValorizedReport.csv?${query}</@ofbizUrl>",
                "<@ofbizUrl>ValorizedReport.cvs?${query}</@ofbizUrl>");
        assertEquals(List.of("template/handheld/Handheld.ftl:" + plainLine + ": request recordPiCounts is not in the controller",
                "template/valuation/ValorizedReport.ftl:" + withParametersLine + ": request ValorizedReport.cvs is not in the controller"), lint(copy));
    }

    @Test
    public void theServiceOfAScheduledJobInDataIsChecked() throws IOException {
        Path copy = copyOfComponent();
        int line = replaceOnce(copy.resolve("data/PhysInvScheduledServices.xml"), "serviceName=\"computePiAbcClassesForAll\"",
                "serviceName=\"computePiAbcClassForAll\"");
        assertEquals(List.of("data/PhysInvScheduledServices.xml:" + line + ": unknown service computePiAbcClassForAll"), lint(copy));
    }

    private static List<String> lint(Path component) throws IOException {
        return ComponentLint.lint(component).stream().map(Object::toString).collect(Collectors.toList());
    }

    /** Copies the component's own files (not build output) into a temporary folder. */
    private Path copyOfComponent() throws IOException {
        Path target = temp.newFolder("physical-inventory").toPath();
        Path source = ComponentRoot.path();
        for (String top : List.of("ofbiz-component.xml", "entitydef", "servicedef", "widget", "webapp", "config", "data", "testdef", "template", "src/main/java")) {
            try (Stream<Path> files = Files.walk(source.resolve(top))) {
                for (Path file : files.collect(Collectors.toList())) {
                    Path copy = target.resolve(source.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(copy);
                    } else {
                        Files.createDirectories(copy.getParent());
                        Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
        return target;
    }

    /** Replaces the one occurrence of {@code from}; answers its line number. */
    private static int replaceOnce(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        int at = text.indexOf(from);
        assertTrue(from + " not in " + file, at >= 0 && text.indexOf(from, at + 1) < 0);
        Files.writeString(file, text.substring(0, at) + to + text.substring(at + from.length()));
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }
}
