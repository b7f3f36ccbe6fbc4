package org.jewelers.contracts;

import java.util.Comparator;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jewelers.contracts.awards.AwardGranted;
import org.jewelers.contracts.members.PublicMember;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The records of event data against their schemas: a record that gains a field its schema lacks, or a schema that is
 * reopened, fails here; and consumers reading the records tolerate fields they do not know.
 */
class EventRecordsTest {

    static Stream<String> types() {
        return Examples.types();
    }

    @ParameterizedTest
    @MethodSource("types")
    void hasARecordWithExactlyThePropertiesOfItsSchemaAtEveryLevel(String type) {
        JsonNode schema = Examples.schema(type);
        Class<?> data = record(type);
        assertEquals(properties(schema), components(data), type + ": " + data.getSimpleName() + " against its schema");
        List<JsonNode> objects = objectSchemas(schema);
        for (Class<?> nested : nestedRecords(data)) {
            assertTrue(objects.stream().anyMatch(object -> properties(object).equals(components(nested))),
                    () -> type + ": no object of its schema has exactly the properties of " + nested.getName()
                            + " " + components(nested));
        }
    }

    @ParameterizedTest
    @MethodSource("types")
    void closesEveryObjectOfItsSchema(String type) {
        for (JsonNode object : objectSchemas(Examples.schema(type))) {
            assertEquals(false, object.path("additionalProperties").asBoolean(true),
                    () -> type + " leaves an object open to unknown properties: " + properties(object));
        }
    }

    @ParameterizedTest
    @MethodSource("types")
    void writesItsExampleBackUnchanged(String type) {
        ObjectNode example = Examples.example(type);
        assertSameJson(example, EventJson.write(EventJson.read(example, record(type))));
    }

    /** Forward compatibility: a newer producer's fields, at any depth, are ignored, not refused. */
    @ParameterizedTest
    @MethodSource("types")
    void readsDataWithFieldsItDoesNotKnow(String type) {
        ObjectNode example = Examples.example(type);
        ObjectNode newer = example.deepCopy();
        Examples.objectsIn(newer).forEach(object -> object.put("addedLater", "by a newer producer"));
        assertSameJson(example, EventJson.write(EventJson.read(newer, record(type))));
    }

    /** Equal as JSON: a number is its value, whichever Java type (an int, a long of cents) wrote it. */
    private static void assertSameJson(JsonNode expected, JsonNode actual) {
        Comparator<JsonNode> values = (a, b) -> a.isNumber() && b.isNumber()
                ? a.decimalValue().compareTo(b.decimalValue()) : a.equals(b) ? 0 : 1;
        assertTrue(expected.equals(values, actual), () -> "expected " + expected + " but was " + actual);
    }

    @Test
    void tellsTheCitationOfEachProgramByItsFields() {
        AwardGranted honoree = EventJson.read(Examples.example(EventTypes.AWARD_GRANTED), AwardGranted.class);
        assertInstanceOf(AwardGranted.HonoreeCitation.class, honoree.citation());
        ObjectNode winner = Examples.example(EventTypes.AWARD_GRANTED).put("program", "case-awards");
        winner.putObject("citation").put("pieceTitle", "Tidepool Cuff").put("designerName", "Ana Ruiz")
                .put("addedLater", "by a newer producer");
        AwardGranted.PieceCitation piece = assertInstanceOf(AwardGranted.PieceCitation.class,
                EventJson.read(winner, AwardGranted.class).citation());
        assertEquals("Tidepool Cuff", piece.pieceTitle());
    }

    @Test
    void refusesDataOfTheWrongShape() {
        ObjectNode member = Examples.example(EventTypes.MEMBER_JOINED).put("locations", "Austin, TX");
        assertThrows(IllegalArgumentException.class, () -> EventJson.read(member, PublicMember.class));
    }

    private static Class<? extends EventData> record(String type) {
        Class<? extends EventData> data = EventTypes.dataOf(type).orElseThrow(() -> new AssertionError(type + " has no record"));
        assertTrue(data.isRecord(), data::getName);
        return data;
    }

    private static Set<String> components(Class<?> record) {
        return Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> properties(JsonNode schema) {
        Set<String> names = new TreeSet<>();
        schema.path("properties").fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** The records a record's data holds: in its components, in lists of them, and each kind of a sealed one. */
    private static Set<Class<?>> nestedRecords(Class<?> record) {
        Set<Class<?>> found = new LinkedHashSet<>();
        for (RecordComponent component : record.getRecordComponents()) {
            collectRecords(component.getGenericType(), found);
        }
        return found;
    }

    private static void collectRecords(Type type, Set<Class<?>> found) {
        if (type instanceof ParameterizedType parameterized) {
            Arrays.stream(parameterized.getActualTypeArguments()).forEach(argument -> collectRecords(argument, found));
        } else if (type instanceof Class<?> c && c.isSealed()) {
            Arrays.stream(c.getPermittedSubclasses()).forEach(kind -> collectRecords(kind, found));
        } else if (type instanceof Class<?> c && c.isRecord() && found.add(c)) {
            found.addAll(nestedRecords(c));
        }
    }

    /**
     * Every schema of an object that names its properties, at any depth, but not the conditions of an {@code if},
     * which describe a part of the data and must not close it.
     */
    private static List<JsonNode> objectSchemas(JsonNode schema) {
        List<JsonNode> objects = new ArrayList<>();
        collectObjectSchemas(schema, objects);
        return objects;
    }

    private static void collectObjectSchemas(JsonNode node, List<JsonNode> objects) {
        if ("object".equals(node.path("type").asText()) && node.has("properties")) {
            objects.add(node);
        }
        node.fields().forEachRemaining(field -> {
            if (!field.getKey().equals("if")) {
                collectObjectSchemas(field.getValue(), objects);
            }
        });
        if (node.isArray()) {
            node.elements().forEachRemaining(element -> collectObjectSchemas(element, objects));
        }
    }
}
