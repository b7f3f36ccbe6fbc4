package org.jewelers.systemtests.fuzzing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One operation of an app's OpenAPI document, with the document it comes from to resolve its references. */
record Operation(String app, String method, String path, JsonNode node, JsonNode document) {

    static List<Operation> of(String app, JsonNode document) {
        List<Operation> operations = new ArrayList<>();
        document.path("paths").properties().forEach(item -> item.getValue().properties().forEach(entry -> {
            if (!entry.getKey().equals("parameters") && entry.getValue().isObject()) {
                operations.add(new Operation(app, entry.getKey().toUpperCase(), item.getKey(),
                        withPathLevelParameters(entry.getValue(), item.getValue()), document));
            }
        }));
        return operations;
    }

    /** "METHOD path", as the authorization matrix and the served routes name operations. */
    String name() {
        return method + " " + path;
    }

    List<JsonNode> parameters(String in) {
        List<JsonNode> parameters = new ArrayList<>();
        node.path("parameters").forEach(parameter -> {
            JsonNode resolved = resolve(parameter);
            if (resolved.path("in").asText().equals(in)) {
                parameters.add(resolved);
            }
        });
        return parameters;
    }

    /** The request body's media types, each with its schema. */
    Optional<JsonNode> requestContent() {
        JsonNode body = resolve(node.path("requestBody"));
        return body.has("content") ? Optional.of(body.path("content")) : Optional.empty();
    }

    /** Follows a local {@code $ref} (to components) until a node that is not one. */
    JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int hops = 0; current.has("$ref") && hops < 10; hops++) {
            String ref = current.path("$ref").asText();
            if (!ref.startsWith("#")) {
                throw new IllegalStateException(name() + " refers outside its document: " + ref);
            }
            current = document.at(ref.substring(1));
        }
        return current;
    }

    private static JsonNode withPathLevelParameters(JsonNode operation, JsonNode item) {
        if (!item.has("parameters")) {
            return operation;
        }
        ObjectNode merged = operation.deepCopy();
        ArrayNode parameters = merged.withArray("parameters");
        item.path("parameters").forEach(parameters::add);
        return merged;
    }
}
