package org.physicalinventory.lint;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Checks the component's cross-references without an OFBiz: services against Java methods and
 * entities, widgets against entities, requests, services and labels, the controller against its
 * views and screens, data files against the entity model, labels against the six languages, and the
 * services and requests named elsewhere: entity ECAs, the dispatcher calls in Java, the URLs of the
 * FreeMarker templates, scheduled jobs in data. OFBiz's own entities, services and widgets come from
 * ofbiz-reference.txt.
 */
public final class ComponentLint {

    /** One broken reference, where it is. */
    public record Problem(String file, int line, String message) {
        @Override
        public String toString() {
            return file + ":" + line + ": " + message;
        }
    }

    static final List<String> LANGUAGES = List.of("en", "it", "ro", "fr", "de", "es");
    private static final Set<String> STAMPS = Set.of("lastUpdatedStamp", "lastUpdatedTxStamp", "createdStamp", "createdTxStamp");
    private static final Pattern LABEL_USE = Pattern.compile("uiLabelMap\\.([A-Za-z0-9_]+)");
    private static final Pattern JAVA_LABEL = Pattern.compile("\"(PhysInv[A-Za-z0-9]+)\"");
    /** A dispatcher call naming its service by a literal: runSync, runSyncIgnore, runAsync, runAsyncWait, schedule... */
    private static final Pattern DISPATCH = Pattern.compile("\\.(runSync\\w*|runAsync\\w*|schedule\\w*)\\s*\\(((?:\\s*\"[^\"]*\"\\s*,)+)");
    private static final Pattern LITERAL = Pattern.compile("\"([^\"]*)\"");
    /** An {@code <@ofbizUrl>} and what it holds: the request, perhaps followed by parameters. */
    private static final Pattern OFBIZ_URL = Pattern.compile("<@ofbizUrl[^>]*>(.*?)</@ofbizUrl>", Pattern.DOTALL);

    private final Path root;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, Set<String>> entities = new HashMap<>();
    private final Map<String, XmlNode> services = new HashMap<>();
    private final Set<String> ofbizServices = new HashSet<>();
    private final Set<String> widgets = new HashSet<>();
    private final Set<String> ofbizControllers = new HashSet<>();
    private final Set<String> requests = new HashSet<>();
    private final Set<String> labels = new HashSet<>();
    private final Map<Path, XmlNode> parsed = new HashMap<>();
    private String componentName;
    private final Set<String> mainDecoratorLocations = new HashSet<>();

    private ComponentLint(Path root) {
        this.root = root;
    }

    /** All problems of the component whose ofbiz-component.xml is in {@code root}, in file order. */
    public static List<Problem> lint(Path root) throws IOException {
        ComponentLint lint = new ComponentLint(root);
        lint.run();
        return lint.problems;
    }

    private void run() throws IOException {
        readReference();
        XmlNode component = parse(root.resolve("ofbiz-component.xml"));
        if (component == null) {
            return;
        }
        componentName = component.attr("name");
        checkComponent(component);
        for (XmlNode resource : component.children("entity-resource")) {
            if ("model".equals(resource.attr("type"))) {
                readEntities(root.resolve(resource.attr("location")));
            }
        }
        for (XmlNode resource : component.children("service-resource")) {
            readServices(root.resolve(resource.attr("location")));
        }
        readLabels();
        readWidgetNames();
        readWebapps(component);
        services.values().forEach(this::checkService);
        checkWidgets();
        checkControllers(component);
        for (XmlNode resource : component.children("entity-resource")) {
            if ("data".equals(resource.attr("type"))) {
                checkData(root.resolve(resource.attr("location")));
            } else if ("eca".equals(resource.attr("type"))) {
                checkEntityEcas(root.resolve(resource.attr("location")));
            }
        }
        for (XmlNode suite : component.children("test-suite")) {
            checkTestSuite(root.resolve(suite.attr("location")));
        }
        checkCodeLabels();
        checkDispatcherCalls();
        checkTemplateUrls();
    }

    // ---- reading

    private void readReference() throws IOException {
        try (var in = ComponentLint.class.getResourceAsStream("ofbiz-reference.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] words = line.trim().split("\\s+");
                if (words.length < 2 || words[0].startsWith("#")) {
                    continue;
                }
                switch (words[0]) {
                case "entity" -> entities.computeIfAbsent(words[1], k -> new HashSet<>()).addAll(List.of(words).subList(2, words.length));
                case "service" -> ofbizServices.add(words[1]);
                case "widget" -> widgets.add(words[1]);
                case "controller" -> ofbizControllers.add(words[1]);
                case "request" -> requests.add(words[1]);
                default -> throw new IllegalStateException("ofbiz-reference.txt: unknown line " + line);
                }
            }
        }
    }

    private void readEntities(Path file) {
        XmlNode model = parse(file);
        if (model == null) {
            return;
        }
        for (XmlNode entity : model.children("entity")) {
            Set<String> fields = new HashSet<>(STAMPS);
            entity.children("field").forEach(f -> fields.add(f.attr("name")));
            entities.put(entity.attr("entity-name"), fields);
            for (XmlNode relation : entity.children("relation")) {
                if (!entities.containsKey(relation.attr("rel-entity-name")) && !isOurs(model, relation.attr("rel-entity-name"))) {
                    report(file, relation, "relation to unknown entity " + relation.attr("rel-entity-name"));
                }
                for (XmlNode keyMap : relation.children("key-map")) {
                    if (!fields.contains(keyMap.attr("field-name"))) {
                        report(file, keyMap, "key-map field " + keyMap.attr("field-name") + " is not a field of " + entity.attr("entity-name"));
                    }
                }
            }
        }
        for (XmlNode view : model.children("view-entity")) {
            Map<String, String> members = new HashMap<>();
            view.children("member-entity").forEach(m -> members.put(m.attr("entity-alias"), m.attr("entity-name")));
            Set<String> fields = new HashSet<>();
            for (XmlNode aliasAll : view.children("alias-all")) {
                Set<String> memberFields = entities.get(members.get(aliasAll.attr("entity-alias")));
                if (memberFields == null) {
                    report(file, aliasAll, "alias-all of unknown member " + aliasAll.attr("entity-alias"));
                } else {
                    fields.addAll(memberFields);
                }
            }
            for (XmlNode alias : view.children("alias")) {
                if (!alias.children("complex-alias").isEmpty()) {
                    // a computed column: the fields it is made of are those to check
                    alias.children("complex-alias").forEach(complex -> checkComplexAlias(file, complex, members));
                    fields.add(alias.attr("name"));
                    continue;
                }
                String field = alias.attr("field") != null ? alias.attr("field") : alias.attr("name");
                Set<String> memberFields = entities.get(members.get(alias.attr("entity-alias")));
                if (memberFields == null || !memberFields.contains(field)) {
                    report(file, alias, "alias " + alias.attr("name") + " names no field of its member entity");
                }
                fields.add(alias.attr("name"));
            }
            entities.put(view.attr("entity-name"), fields);
        }
    }

    /** Each field a complex alias is made of (at any depth) must be a field of its member entity. */
    private void checkComplexAlias(Path file, XmlNode complex, Map<String, String> members) {
        for (XmlNode field : complex.children("complex-alias-field")) {
            Set<String> memberFields = entities.get(members.get(field.attr("entity-alias")));
            if (memberFields == null || !memberFields.contains(field.attr("field"))) {
                report(file, field, "complex alias field " + field.attr("field") + " names no field of its member entity");
            }
        }
        complex.children("complex-alias").forEach(inner -> checkComplexAlias(file, inner, members));
    }

    private static boolean isOurs(XmlNode model, String entityName) {
        return model.children("entity").stream().anyMatch(e -> entityName.equals(e.attr("entity-name")));
    }

    private void readServices(Path file) {
        XmlNode definitions = parse(file);
        if (definitions != null) {
            definitions.children("service").forEach(s -> services.put(s.attr("name"), s));
        }
    }

    private void readLabels() throws IOException {
        try (Stream<Path> files = Files.list(root.resolve("config"))) {
            for (Path file : files.filter(f -> f.toString().endsWith("Labels.xml")).sorted().collect(Collectors.toList())) {
                XmlNode resource = parse(file);
                if (resource == null) {
                    continue;
                }
                for (XmlNode property : resource.children("property")) {
                    labels.add(property.attr("key"));
                    Set<String> languages = property.children("value").stream()
                            .filter(v -> !v.text.toString().isBlank()).map(v -> v.attr("xml:lang")).collect(Collectors.toSet());
                    for (String language : LANGUAGES) {
                        if (!languages.contains(language)) {
                            report(file, property, "label " + property.attr("key") + " has no " + language + " text");
                        }
                    }
                }
            }
        }
    }

    private void readWidgetNames() throws IOException {
        for (Path file : widgetFiles()) {
            XmlNode widgetFile = parse(file);
            if (widgetFile != null) {
                for (XmlNode widget : widgetFile.children) {
                    widgets.add(location(file) + "#" + widget.attr("name"));
                }
            }
        }
    }

    private void readWebapps(XmlNode component) {
        for (XmlNode webapp : component.children("webapp")) {
            XmlNode webXml = parse(root.resolve(webapp.attr("location")).resolve("WEB-INF/web.xml"));
            if (webXml == null) {
                continue;
            }
            String mainDecoratorLocation = null;
            for (XmlNode param : webXml.children("context-param")) {
                if ("mainDecoratorLocation".equals(text(param, "param-name"))) {
                    mainDecoratorLocation = text(param, "param-value");
                    mainDecoratorLocations.add(mainDecoratorLocation);
                }
            }
            if (mainDecoratorLocation == null) {
                report(root.resolve(webapp.attr("location")).resolve("WEB-INF/web.xml"), webXml,
                        "no mainDecoratorLocation context-param: OFBiz's login page fails without it");
            }
            for (XmlNode controller : controllers(webapp).values()) {
                controller.children("request-map").forEach(r -> requests.add(r.attr("uri")));
            }
        }
    }

    // ---- checks

    private void checkComponent(XmlNode component) throws IOException {
        Path file = root.resolve("ofbiz-component.xml");
        Set<String> dataFiles = new HashSet<>();
        component.walk(node -> {
            String location = node.attr("location");
            if (location != null && !"classpath".equals(node.name) && !Files.exists(root.resolve(location))) {
                report(file, node, node.name + " location " + location + " does not exist");
            }
            if ("entity-resource".equals(node.name) && "data".equals(node.attr("type"))) {
                dataFiles.add(location);
            }
        });
        try (Stream<Path> data = Files.list(root.resolve("data"))) {
            for (Path dataFile : data.filter(f -> f.toString().endsWith(".xml")).sorted().collect(Collectors.toList())) {
                if (!dataFiles.contains("data/" + dataFile.getFileName())) {
                    report(dataFile, 1, "data file is not referenced from ofbiz-component.xml");
                }
            }
        }
    }

    private void checkService(XmlNode service) {
        Path file = serviceFile(service);
        String name = service.attr("name");
        String engine = service.attr("engine");
        if ("java".equals(engine)) {
            checkJavaMethod(file, service, service.attr("location"), service.attr("invoke"));
        } else if ("entity-auto".equals(engine) && !entities.containsKey(service.attr("default-entity-name"))) {
            report(file, service, "service " + name + ": entity-auto on unknown entity " + service.attr("default-entity-name"));
        }
        Set<String> attributes = new HashSet<>();
        for (XmlNode auto : service.children("auto-attributes")) {
            String entityName = auto.attr("entity-name") != null ? auto.attr("entity-name") : service.attr("default-entity-name");
            Set<String> fields = entities.get(entityName);
            if (fields == null) {
                report(file, auto, "service " + name + ": auto-attributes of unknown entity " + entityName);
                continue;
            }
            fields.stream().filter(f -> !STAMPS.contains(f)).forEach(attributes::add);
            for (XmlNode exclude : auto.children("exclude")) {
                if (!fields.contains(exclude.attr("field-name"))) {
                    report(file, exclude, "service " + name + ": excluded field " + exclude.attr("field-name") + " is not in " + entityName);
                }
            }
        }
        Set<String> declared = new HashSet<>();
        for (XmlNode attribute : service.children("attribute")) {
            if (!declared.add(attribute.attr("name"))) {
                report(file, attribute, "service " + name + ": attribute " + attribute.attr("name") + " is declared twice (use INOUT)");
            }
        }
        attributes.addAll(declared);
        for (XmlNode override : service.children("override")) {
            if (!attributes.contains(override.attr("name"))) {
                report(file, override, "service " + name + ": override of unknown attribute " + override.attr("name"));
            }
        }
        for (XmlNode reference : children(service, "implements", "permission-service")) {
            String other = reference.attr("service") != null ? reference.attr("service") : reference.attr("service-name");
            checkServiceName(file, reference, other);
        }
    }

    /** A java service is a public static Map method taking (DispatchContext, Map) — OFBiz's service signature. */
    private void checkJavaMethod(Path file, XmlNode service, String className, String method) {
        Path source = root.resolve("src/main/java").resolve(className.replace('.', '/') + ".java");
        if (!Files.exists(source)) {
            report(file, service, "service " + service.attr("name") + ": class " + className + " not found in src/main/java");
            return;
        }
        Pattern signature = Pattern.compile("public\\s+static\\s+Map\\s*<\\s*String\\s*,\\s*Object\\s*>\\s+" + Pattern.quote(method)
                + "\\s*\\(\\s*DispatchContext\\s+\\w+\\s*,\\s*Map\\s*<\\s*String\\s*,\\s*\\?\\s+extends\\s+Object\\s*>\\s+\\w+\\s*\\)");
        if (!signature.matcher(read(source)).find()) {
            report(file, service, "service " + service.attr("name") + ": " + className + " has no method " + method
                    + "(DispatchContext, Map<String, ? extends Object>) returning Map<String, Object>");
        }
    }

    private void checkServiceName(Path file, XmlNode node, String serviceName) {
        if (!services.containsKey(serviceName) && !ofbizServices.contains(serviceName)) {
            report(file, node, "unknown service " + serviceName);
        }
    }

    private void checkWidgets() throws IOException {
        for (Path file : widgetFiles()) {
            XmlNode widgetFile = parse(file);
            if (widgetFile != null) {
                widgetFile.walk(node -> checkWidgetNode(file, node));
            }
        }
    }

    private void checkWidgetNode(Path file, XmlNode node) {
        for (Map.Entry<String, String> attribute : node.attributes.entrySet()) {
            checkLabelUses(file, node, attribute.getValue());
        }
        checkLabelUses(file, node, node.text.toString());
        String entityName = node.attr("entity-name") != null ? node.attr("entity-name") : node.attr("default-entity-name");
        if (entityName != null && !entityName.contains("${")) {
            Set<String> fields = entities.get(entityName);
            if (fields == null) {
                report(file, node, "unknown entity " + entityName);
            } else {
                for (XmlNode child : children(node, "condition-expr", "order-by", "entity-order-by", "field-map")) {
                    checkField(file, child, entityName, fields, child.attr("field-name"));
                }
                node.walk(child -> {
                    if ("condition-list".equals(child.name)) {
                        child.children("condition-expr").forEach(c -> checkField(file, c, entityName, fields, c.attr("field-name")));
                    }
                });
                node.children("entity-constraint").forEach(c -> checkField(file, c, entityName, fields, c.attr("name")));
                if ("entity-options".equals(node.name) || "display-entity".equals(node.name)) {
                    checkField(file, node, entityName, fields, node.attr("key-field-name"));
                }
            }
        }
        switch (node.name) {
        case "include-screen", "include-form", "include-grid", "include-menu", "decorator-screen" ->
                checkWidgetReference(file, node, node.attr("location"), node.attr("name"));
        case "menu" -> {
            if (node.attr("extends") != null) {
                checkWidgetReference(file, node, node.attr("extends-resource"), node.attr("extends"));
            }
        }
        case "form", "grid" -> {
            if (node.attr("extends") != null) {
                checkWidgetReference(file, node, node.attr("extends-resource"), node.attr("extends"));
            }
            checkRequest(file, node, node.attr("target"));
            checkRequest(file, node, node.attr("paginate-target"));
        }
        case "link", "hyperlink" -> checkRequest(file, node, node.attr("target"));
        case "service" -> checkServiceName(file, node, node.attr("service-name"));
        case "html-template" -> checkComponentFile(file, node, node.attr("location"));
        default -> {
        }
        }
    }

    private void checkComponentFile(Path file, XmlNode node, String location) {
        String prefix = "component://" + componentName + "/";
        if (location == null || !location.startsWith(prefix) || !Files.exists(root.resolve(location.substring(prefix.length())))) {
            report(file, node, "file " + location + " does not exist");
        }
    }

    private void checkField(Path file, XmlNode node, String entityName, Set<String> fields, String field) {
        // an order-by may sort descending with a leading "-"
        String name = field != null && field.startsWith("-") && node.name.endsWith("order-by") ? field.substring(1) : field;
        if (name != null && !name.contains("${") && !fields.contains(name)) {
            report(file, node, field + " is not a field of " + entityName);
        }
    }

    private void checkWidgetReference(Path file, XmlNode node, String location, String name) {
        boolean found = location == null ? widgets.contains(location(file) + "#" + name)
                : location.equals("${parameters.mainDecoratorLocation}")
                        ? mainDecoratorLocations.stream().anyMatch(decorators -> widgets.contains(decorators + "#" + name))
                        : widgets.contains(location + "#" + name);
        if (!found) {
            report(file, node, node.name + " " + name + " not found in " + (location == null ? "this file" : location));
        }
    }

    private void checkRequest(Path file, XmlNode node, String target) {
        if (target != null && !target.contains("${") && !target.contains("/") && !target.contains(":")
                && !requests.contains(target)) {
            report(file, node, "request " + target + " is not in the controller");
        }
    }

    private void checkLabelUses(Path file, XmlNode node, String text) {
        Matcher matcher = LABEL_USE.matcher(text);
        while (matcher.find()) {
            if (!labels.contains(matcher.group(1))) {
                report(file, node, "label " + matcher.group(1) + " is not defined");
            }
        }
    }

    private void checkControllers(XmlNode component) {
        for (XmlNode webapp : component.children("webapp")) {
            Map<Path, XmlNode> controllers = controllers(webapp);
            Set<String> views = controllers.values().stream().flatMap(c -> c.children("view-map").stream()).map(v -> v.attr("name"))
                    .collect(Collectors.toSet());
            for (Map.Entry<Path, XmlNode> entry : controllers.entrySet()) {
                checkController(entry.getKey(), entry.getValue(), views);
            }
        }
    }

    private void checkController(Path file, XmlNode controller, Set<String> views) {
        for (XmlNode include : controller.children("include")) {
            Path own = ownFile(include.attr("location"));
            if (own == null ? !ofbizControllers.contains(include.attr("location")) : !Files.exists(own)) {
                report(file, include, "included controller " + include.attr("location")
                        + (own == null ? " is not in ofbiz-reference.txt" : " does not exist"));
            }
        }
        for (XmlNode request : controller.children("request-map")) {
            for (XmlNode event : request.children("event")) {
                if ("service".equals(event.attr("type"))) {
                    checkServiceName(file, event, event.attr("invoke"));
                }
                if (!"post".equals(request.attr("method"))) {
                    report(file, request, "request " + request.attr("uri") + " runs an event but accepts GET: add method=\"post\"");
                }
                if (request.children("security").stream().anyMatch(sec -> "false".equals(sec.attr("csrf-token")))) {
                    report(file, request, "request " + request.attr("uri") + " runs an event without the CSRF token check");
                }
            }
            for (XmlNode response : request.children("response")) {
                String type = response.attr("type");
                if ("view".equals(type) && !views.contains(response.attr("value"))) {
                    report(file, response, "view " + response.attr("value") + " has no view-map");
                } else if (type != null && type.startsWith("request") && !requests.contains(response.attr("value"))) {
                    report(file, response, "request " + response.attr("value") + " is not in the controller");
                }
            }
        }
        for (XmlNode view : controller.children("view-map")) {
            if ("screen".equals(view.attr("type")) && !widgets.contains(view.attr("page"))) {
                report(file, view, "screen " + view.attr("page") + " does not exist");
            }
        }
    }

    private void checkData(Path file) {
        XmlNode data = parse(file);
        if (data == null) {
            return;
        }
        Set<String> ourStatusTypes = new HashSet<>();
        Set<String> ourEnumTypes = new HashSet<>();
        for (XmlNode row : data.children) {
            Set<String> fields = entities.get(row.name);
            if (fields == null) {
                report(file, row, "unknown entity " + row.name);
                continue;
            }
            for (String field : row.attributes.keySet()) {
                if (!fields.contains(field)) {
                    report(file, row, field + " is not a field of " + row.name);
                }
            }
            // rows our screens show through labels named like their ids
            switch (row.name) {
            case "StatusType" -> ourStatusTypes.add(row.attr("statusTypeId"));
            case "EnumerationType" -> ourEnumTypes.add(row.attr("enumTypeId"));
            case "StatusItem" -> requireLabel(file, row, ourStatusTypes.contains(row.attr("statusTypeId")), row.attr("statusId"));
            case "Enumeration" -> requireLabel(file, row, ourEnumTypes.contains(row.attr("enumTypeId")), row.attr("enumId"));
            case "StatusValidChange" -> requireLabel(file, row, true, row.attr("transitionName"));
            case "JobSandbox" -> checkServiceName(file, row, row.attr("serviceName"));
            default -> {
            }
            }
        }
    }

    private void requireLabel(Path file, XmlNode row, boolean required, String key) {
        if (required && !labels.contains(key)) {
            report(file, row, "label " + key + " is not defined (the screens show this row through it)");
        }
    }

    /** The services an entity ECA runs. */
    private void checkEntityEcas(Path file) {
        XmlNode ecas = parse(file);
        if (ecas != null) {
            for (XmlNode eca : ecas.children("eca")) {
                eca.children("action").forEach(action -> checkServiceName(file, action, action.attr("service")));
            }
        }
    }

    private void checkTestSuite(Path file) {
        XmlNode suite = parse(file);
        if (suite == null) {
            return;
        }
        suite.walk(node -> {
            if ("entity-xml".equals(node.name)) {
                String url = node.attr("entity-xml-url");
                Path data = url.startsWith("component://" + componentName + "/")
                        ? root.resolve(url.substring(("component://" + componentName + "/").length())) : null;
                if (data == null || !Files.exists(data)) {
                    report(file, node, "test data " + url + " does not exist");
                } else {
                    checkData(data);
                }
            }
            if ("junit-test-suite".equals(node.name)) {
                String path = node.attr("class-name").replace('.', '/') + ".java";
                if (!Files.exists(root.resolve("src/main/java").resolve(path))) {
                    report(file, node, "test class " + node.attr("class-name") + " must be in src/main/java: OFBiz's test runner"
                            + " does not see src/test/java and would count zero tests");
                }
            }
        });
    }

    /** Label keys named in Java (refusals) and in FreeMarker templates. */
    private void checkCodeLabels() throws IOException {
        List<Path> sources = new ArrayList<>(sources("src/main/java", ".java"));
        sources.addAll(sources("template", ".ftl"));
        for (Path source : sources) {
            String[] lines = read(source).split("\n");
            for (int i = 0; i < lines.length; i++) {
                for (Pattern pattern : List.of(JAVA_LABEL, LABEL_USE)) {
                    Matcher matcher = pattern.matcher(lines[i]);
                    while (matcher.find()) {
                        if (!labels.contains(matcher.group(1))) {
                            report(source, i + 1, "label " + matcher.group(1) + " is not defined");
                        }
                    }
                }
            }
        }
    }

    /**
     * Services our Java runs by a literal name: the first literal of a runSync or runAsync, the last of the leading
     * literals of a schedule (whose pool and job names may come first). Names held in variables are not followed.
     */
    private void checkDispatcherCalls() throws IOException {
        for (Path source : sources("src/main/java", ".java")) {
            String text = read(source);
            Matcher call = DISPATCH.matcher(text);
            while (call.find()) {
                List<MatchResult> literals = LITERAL.matcher(call.group(2)).results().collect(Collectors.toList());
                MatchResult name = call.group(1).startsWith("schedule") ? literals.get(literals.size() - 1) : literals.get(0);
                int at = call.start(2) + name.start(1);
                if (!services.containsKey(name.group(1)) && !ofbizServices.contains(name.group(1))) {
                    report(source, lineAt(text, at), "unknown service " + name.group(1));
                }
            }
        }
    }

    /** The requests of {@code <@ofbizUrl>} in templates: the literal name before any parameter; a name made of variables is not followed. */
    private void checkTemplateUrls() throws IOException {
        for (Path template : sources("template", ".ftl")) {
            String text = read(template);
            Matcher url = OFBIZ_URL.matcher(text);
            while (url.find()) {
                String request = url.group(1).trim().split("[?#]", 2)[0];
                if (!request.isEmpty() && !request.contains("${") && !request.contains("/") && !request.contains(":")
                        && !requests.contains(request)) {
                    report(template, lineAt(text, url.start(1)), "request " + request + " is not in the controller");
                }
            }
        }
    }

    // ---- helpers

    /** The files of a folder of the component whose names end so, sorted; none when the folder is missing. */
    private List<Path> sources(String folder, String ending) throws IOException {
        if (!Files.isDirectory(root.resolve(folder))) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root.resolve(folder))) {
            return files.filter(f -> f.toString().endsWith(ending)).sorted().collect(Collectors.toList());
        }
    }

    private static int lineAt(String text, int offset) {
        return (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
    }

    /** A webapp's controller and the controllers of this component it includes, in order. */
    private Map<Path, XmlNode> controllers(XmlNode webapp) {
        Map<Path, XmlNode> controllers = new LinkedHashMap<>();
        Path main = root.resolve(webapp.attr("location")).resolve("WEB-INF/controller.xml");
        XmlNode controller = parse(main);
        if (controller != null) {
            controllers.put(main, controller);
            for (XmlNode include : controller.children("include")) {
                Path own = ownFile(include.attr("location"));
                XmlNode included = own != null && Files.exists(own) ? parse(own) : null;
                if (included != null) {
                    controllers.put(own, included);
                }
            }
        }
        return controllers;
    }

    /** The file of a component:// location of this component, or null for another component's. */
    private Path ownFile(String location) {
        String prefix = "component://" + componentName + "/";
        return location != null && location.startsWith(prefix) ? root.resolve(location.substring(prefix.length())) : null;
    }

    private List<Path> widgetFiles() throws IOException {
        try (Stream<Path> files = Files.walk(root.resolve("widget"))) {
            return files.filter(f -> f.toString().endsWith(".xml")).sorted().collect(Collectors.toList());
        }
    }

    private String location(Path file) {
        return "component://" + componentName + "/" + root.relativize(file).toString().replace('\\', '/');
    }

    private Path serviceFile(XmlNode service) {
        return parsed.entrySet().stream().filter(e -> e.getValue() != null && e.getValue().children.contains(service))
                .map(Map.Entry::getKey).findFirst().orElse(root.resolve("servicedef"));
    }

    private static List<XmlNode> children(XmlNode node, String... names) {
        Set<String> wanted = new LinkedHashSet<>(List.of(names));
        return node.children.stream().filter(c -> wanted.contains(c.name)).collect(Collectors.toList());
    }

    private static String text(XmlNode node, String child) {
        return node.children(child).stream().findFirst().map(c -> c.text.toString().trim()).orElse(null);
    }

    /** The parsed file, read once; null (and a problem reported once) when missing or malformed. */
    private XmlNode parse(Path file) {
        if (parsed.containsKey(file)) {
            return parsed.get(file);
        }
        XmlNode node = null;
        if (!Files.exists(file)) {
            report(file, 0, "file does not exist");
        } else {
            try {
                node = XmlNode.parse(file);
            } catch (SAXParseException e) {
                report(file, e.getLineNumber(), "not well-formed: " + e.getMessage());
            } catch (SAXException | IOException e) {
                report(file, 0, "cannot be read: " + e.getMessage());
            }
        }
        parsed.put(file, node);
        return node;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void report(Path file, XmlNode node, String message) {
        report(file, node.line, message);
    }

    private void report(Path file, int line, String message) {
        problems.add(new Problem(root.relativize(file).toString().replace('\\', '/'), line, message));
    }

    /** Prints the problems of the component in the given folder (default: the current one); exits 1 if any. */
    public static void main(String[] args) throws IOException {
        List<Problem> found = lint(Path.of(args.length > 0 ? args[0] : "."));
        found.forEach(System.out::println);
        System.exit(found.isEmpty() ? 0 : 1);
    }
}
