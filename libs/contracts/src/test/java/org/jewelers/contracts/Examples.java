package org.jewelers.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Every platform event type with a valid example of its data, and the JSON documents of its contract. */
final class Examples {

    static final ObjectMapper JSON = new ObjectMapper();

    private Examples() {
    }

    static Stream<String> types() {
        return Topics.ALL.stream().flatMap(topic -> topic.eventTypes().stream()).sorted();
    }

    static ObjectNode example(String type) {
        return (ObjectNode) read("/examples/" + type + ".json");
    }

    /** The type's schema, its {@code $ref} to a shared definition replaced by that definition. */
    static JsonNode schema(String type) {
        JsonNode schema = read("/contracts/" + type + ".json");
        return schema.has("$ref") ? read("/contracts/" + schema.get("$ref").asText()) : schema;
    }

    /** Every object of the data, the data itself first, then those nested in it (in arrays too). */
    static List<ObjectNode> objectsIn(ObjectNode data) {
        List<ObjectNode> objects = new ArrayList<>();
        collectObjects(data, objects);
        return objects;
    }

    private static void collectObjects(JsonNode node, List<ObjectNode> objects) {
        if (node instanceof ObjectNode object) {
            objects.add(object);
        }
        node.elements().forEachRemaining(child -> collectObjects(child, objects));
    }

    private static JsonNode read(String resource) {
        try (InputStream in = Examples.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no resource " + resource);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
