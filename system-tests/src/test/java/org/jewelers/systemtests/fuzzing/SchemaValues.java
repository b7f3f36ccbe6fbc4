package org.jewelers.systemtests.fuzzing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Values for a schema of an operation's document, drawn from a seeded {@link Random}: within the schema (an
 * example it gives, an enum value, a string of a length at or between its bounds, a number at or between them),
 * or deliberately outside it (past a bound, of another type or format, unicode the schema allows but a database
 * may not, a huge string).
 */
final class SchemaValues {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Short and long, ASCII and not: letters of other scripts, an emoji, right-to-left text, a NUL. */
    private static final List<String> TEXTS = List.of("a", "Ring", "Hartwell & Sons", "Émeraude", "指輪", "💍💎",
            "שלום", " ", "O'Brien; DROP TABLE members", "<script>alert(1)</script>", "line\nbreak", "nul\u0000byte",
            "../../etc/passwd", "%00", "\uFEFFbom", "\u202Eright-to-left");
    private static final int HUGE = 70_000;

    private final Operation operation;
    private final Random random;

    SchemaValues(Operation operation, Random random) {
        this.operation = operation;
        this.random = random;
    }

    /** A value the schema allows, at a boundary of it one time in three. */
    JsonNode valid(JsonNode schema) {
        return valid(schema, 0);
    }

    /** A value of the schema's type that breaks one of its rules, or a value of another type when it has none. */
    JsonNode outside(JsonNode schema) {
        JsonNode resolved = operation.resolve(schema);
        String type = type(resolved);
        List<JsonNode> candidates = new ArrayList<>();
        if (resolved.has("enum")) {
            candidates.add(NODES.textNode("not-one-of-the-values"));
        }
        switch (type) {
            case "string" -> {
                if (resolved.has("maxLength")) {
                    candidates.add(NODES.textNode(letters(resolved.path("maxLength").asInt() + 1)));
                }
                if (resolved.path("minLength").asInt(0) > 0) {
                    candidates.add(NODES.textNode(letters(resolved.path("minLength").asInt() - 1)));
                }
                if (resolved.has("format") || resolved.has("pattern")) {
                    candidates.add(NODES.textNode(pick(List.of("not-a-" + resolved.path("format").asText("match"),
                            "2026-13-45", "00000000-0000-0000-0000-00000000000g", "yesterday", "1e309"))));
                }
                candidates.add(NODES.textNode(letters(HUGE)));
                candidates.add(NODES.textNode(pick(TEXTS)));
                candidates.add(NODES.numberNode(42));
            }
            case "integer", "number" -> {
                if (resolved.has("minimum")) {
                    candidates.add(NODES.numberNode(resolved.path("minimum").decimalValue().subtract(BigDecimal.ONE)));
                }
                if (resolved.has("maximum")) {
                    candidates.add(NODES.numberNode(resolved.path("maximum").decimalValue().add(BigDecimal.ONE)));
                }
                candidates.add(NODES.numberNode(new BigInteger("99999999999999999999999")));
                candidates.add(NODES.numberNode(-1));
                candidates.add(NODES.numberNode(new BigDecimal("1.5")));
                candidates.add(NODES.textNode("twelve"));
            }
            case "boolean" -> candidates.add(NODES.textNode("maybe"));
            case "array" -> {
                if (resolved.has("maxItems")) {
                    ArrayNode tooMany = NODES.arrayNode();
                    for (int i = 0; i <= resolved.path("maxItems").asInt(); i++) {
                        tooMany.add(valid(resolved.path("items"), 1));
                    }
                    candidates.add(tooMany);
                }
                candidates.add(NODES.arrayNode().add(NODES.objectNode().put("unexpected", true)));
                candidates.add(NODES.textNode("not-a-list"));
            }
            default -> candidates.add(NODES.arrayNode().add(1));
        }
        return pick(candidates);
    }

    /** Of a type no Jackson binding coerces into the schema's: an object for a scalar, a boolean for the rest. */
    JsonNode wrongType(JsonNode schema) {
        String type = type(operation.resolve(schema));
        return type.equals("object") || type.equals("array")
                ? NODES.booleanNode(true)
                : NODES.objectNode().set("unexpected", NODES.arrayNode().add(1));
    }

    /** Text of a path, query or header value: the schema's kind of value, or anything but. */
    String text(JsonNode schema, boolean withinSchema) {
        JsonNode value = withinSchema ? valid(schema) : outside(schema);
        return value.isValueNode() ? value.asText() : value.toString();
    }

    /** The names of an object schema's required properties. */
    List<String> required(JsonNode schema) {
        List<String> required = new ArrayList<>();
        operation.resolve(schema).path("required").forEach(name -> required.add(name.asText()));
        return required;
    }

    JsonNode property(JsonNode schema, String name) {
        JsonNode resolved = operation.resolve(schema);
        JsonNode property = resolved.path("properties").path(name);
        if (property.isMissingNode()) {
            for (JsonNode part : resolved.path("allOf")) {
                JsonNode inPart = operation.resolve(part).path("properties").path(name);
                if (!inPart.isMissingNode()) {
                    return inPart;
                }
            }
        }
        return property;
    }

    String type(JsonNode schema) {
        JsonNode resolved = operation.resolve(schema);
        JsonNode type = resolved.path("type");
        if (type.isArray()) {
            for (JsonNode one : type) {
                if (!one.asText().equals("null")) {
                    return one.asText();
                }
            }
        }
        if (type.isTextual()) {
            return type.asText();
        }
        if (resolved.has("properties") || resolved.has("allOf")) {
            return "object";
        }
        for (String alternative : List.of("oneOf", "anyOf")) {
            if (resolved.has(alternative)) {
                return type(resolved.path(alternative).path(0));
            }
        }
        return resolved.has("items") ? "array" : "string";
    }

    private JsonNode valid(JsonNode schema, int depth) {
        JsonNode resolved = operation.resolve(schema);
        for (String alternative : List.of("oneOf", "anyOf")) {
            if (resolved.has(alternative) && resolved.path(alternative).size() > 0) {
                JsonNode options = resolved.path(alternative);
                return valid(options.get(random.nextInt(options.size())), depth);
            }
        }
        if (resolved.has("enum")) {
            return pick(resolved.path("enum"));
        }
        if (resolved.has("const")) {
            return resolved.path("const");
        }
        JsonNode examples = resolved.path("examples");
        if (examples.isArray() && examples.size() > 0 && random.nextBoolean()) {
            return pick(examples);
        }
        if (resolved.has("example") && random.nextBoolean()) {
            return resolved.path("example");
        }
        return switch (type(resolved)) {
            case "object" -> object(resolved, depth);
            case "array" -> array(resolved, depth);
            case "integer" -> NODES.numberNode(integer(resolved));
            case "number" -> NODES.numberNode(BigDecimal.valueOf(integer(resolved)).add(random.nextBoolean()
                    ? BigDecimal.ZERO : new BigDecimal("0.25")).min(bound(resolved, "maximum", BigDecimal.valueOf(Long.MAX_VALUE))));
            case "boolean" -> NODES.booleanNode(random.nextBoolean());
            default -> NODES.textNode(string(resolved));
        };
    }

    private JsonNode object(JsonNode schema, int depth) {
        ObjectNode object = NODES.objectNode();
        List<String> required = required(schema);
        List<String> names = new ArrayList<>();
        schema.path("properties").fieldNames().forEachRemaining(names::add);
        schema.path("allOf").forEach(part -> operation.resolve(part).path("properties").fieldNames()
                .forEachRemaining(names::add));
        schema.path("allOf").forEach(part -> required.addAll(required(part)));
        for (String name : names) {
            JsonNode property = property(schema, name);
            if ((required.contains(name) || random.nextInt(3) > 0) && depth < 4
                    && !operation.resolve(property).path("readOnly").asBoolean(false)) {
                object.set(name, valid(property, depth + 1));
            }
        }
        return object;
    }

    private JsonNode array(JsonNode schema, int depth) {
        int min = schema.path("minItems").asInt(0);
        int max = Math.min(schema.path("maxItems").asInt(min + 3), min + 3);
        int size = depth >= 4 ? min : min + random.nextInt(max - min + 1);
        ArrayNode array = NODES.arrayNode();
        for (int i = 0; i < size; i++) {
            array.add(valid(schema.path("items"), depth + 1));
        }
        return array;
    }

    private long integer(JsonNode schema) {
        long min = bound(schema, "minimum", BigDecimal.valueOf(Integer.MIN_VALUE)).longValue();
        long max = bound(schema, "maximum", BigDecimal.valueOf(Integer.MAX_VALUE)).longValue();
        if (schema.has("exclusiveMinimum")) {
            min = schema.path("exclusiveMinimum").asLong() + 1;
        }
        if (schema.has("exclusiveMaximum")) {
            max = schema.path("exclusiveMaximum").asLong() - 1;
        }
        return switch (random.nextInt(6)) {
            case 0 -> min;
            case 1 -> max;
            case 2 -> Math.max(min, Math.min(max, 0));
            case 3 -> Math.max(min, Math.min(max, 1));
            default -> min + (long) (random.nextDouble() * ((double) max - min));
        };
    }

    private static BigDecimal bound(JsonNode schema, String name, BigDecimal otherwise) {
        return schema.has(name) ? schema.path(name).decimalValue() : otherwise;
    }

    private String string(JsonNode schema) {
        String format = schema.path("format").asText("");
        switch (format) {
            case "uuid":
                return UUID.randomUUID().toString();
            case "date":
                return LocalDate.now().plusDays(random.nextInt(4000) - 2000).toString();
            case "date-time":
                return Instant.now().plus(random.nextInt(4000) - 2000, ChronoUnit.DAYS).toString();
            case "email":
                return "fuzz" + random.nextInt(10_000) + "@dev.jewelers.example";
            case "uri", "url":
                return "https://fuzz.example/" + random.nextInt(10_000);
            default:
                break;
        }
        int min = schema.path("minLength").asInt(random.nextBoolean() ? 0 : 1);
        int max = schema.path("maxLength").asInt(Math.max(min, 40));
        return switch (random.nextInt(4)) {
            case 0 -> letters(min);
            case 1 -> letters(max);
            case 2 -> {
                String text = pick(TEXTS);
                yield text.length() >= min && text.length() <= max ? text : letters(min);
            }
            default -> letters(min + random.nextInt(Math.max(1, Math.min(max, min + 40) - min + 1)));
        };
    }

    private String letters(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append((char) ('a' + random.nextInt(26)));
        }
        return text.toString();
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private JsonNode pick(JsonNode values) {
        return values.get(random.nextInt(values.size()));
    }
}
