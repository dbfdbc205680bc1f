package org.physicalinventory.ofbiz.test;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.apache.ofbiz.base.component.ComponentConfig;
import org.apache.ofbiz.base.component.ComponentException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Checks a JSON answer against openapi.json, the counting API's contract, with the part of JSON
 * Schema the document uses: $ref, type, properties, required, additionalProperties false, enum, items.
 */
final class OpenApiCheck {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final JsonNode document;

    OpenApiCheck() throws IOException, ComponentException {
        String root = ComponentConfig.getRootLocation("physical-inventory");
        document = JSON.readTree(new File(root, "webapp/physinvcount/openapi.json"));
    }

    /** The schema of an operation's answer with that HTTP status. */
    JsonNode answerSchema(String operation, int status) {
        JsonNode answer = document.at("/paths/~1" + operation + "/post/responses/" + status + "/content/application~1json/schema");
        if (answer.isMissingNode()) {
            throw new AssertionError(operation + " documents no answer with status " + status);
        }
        return answer;
    }

    /** What in the answer breaks the document's schema for it; empty when it matches. */
    List<String> problems(String operation, int status, Map<String, Object> body) {
        List<String> problems = new ArrayList<>();
        check(answerSchema(operation, status), JSON.valueToTree(body), operation, problems);
        return problems;
    }

    private void check(JsonNode schema, JsonNode value, String path, List<String> problems) {
        if (schema.has("$ref")) {
            check(document.at(schema.get("$ref").asText().substring(1)), value, path, problems);
            return;
        }
        String type = schema.path("type").asText();
        boolean typeOk = switch (type) {
        case "object" -> value.isObject();
        case "array" -> value.isArray();
        case "string" -> value.isTextual();
        case "boolean" -> value.isBoolean();
        case "integer" -> value.isIntegralNumber();
        case "number" -> value.isNumber();
        default -> true;
        };
        if (!typeOk) {
            problems.add(path + ": " + value + " is not of type " + type);
            return;
        }
        if (schema.has("enum")) {
            boolean listed = false;
            for (JsonNode option : schema.get("enum")) {
                listed |= option.equals(value);
            }
            if (!listed) {
                problems.add(path + ": " + value + " is not one of " + schema.get("enum"));
            }
        }
        if (value.isObject()) {
            JsonNode properties = schema.path("properties");
            for (JsonNode required : schema.path("required")) {
                if (!value.has(required.asText())) {
                    problems.add(path + ": " + required.asText() + " is missing");
                }
            }
            for (Iterator<Map.Entry<String, JsonNode>> fields = value.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (properties.has(field.getKey())) {
                    check(properties.get(field.getKey()), field.getValue(), path + "." + field.getKey(), problems);
                } else if (schema.path("additionalProperties").isBoolean() && !schema.get("additionalProperties").asBoolean()) {
                    problems.add(path + ": " + field.getKey() + " is not documented");
                }
            }
        }
        if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                check(schema.path("items"), value.get(i), path + "[" + i + "]", problems);
            }
        }
    }
}
