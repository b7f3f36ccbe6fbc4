package org.jewelers.contracts;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContractsTest {

    private static final ObjectMapper JSON = Examples.JSON;

    private final Contracts contracts = new Contracts();

    static Stream<String> types() {
        return Examples.types();
    }

    @ParameterizedTest
    @MethodSource("types")
    void acceptsItsExample(String type) {
        assertDoesNotThrow(() -> contracts.validate(type, example(type)));
    }

    @ParameterizedTest
    @MethodSource("types")
    void rejectsAnExampleMissingARequiredField(String type) {
        ObjectNode example = example(type);
        example.fieldNames().forEachRemaining(field -> {
            ObjectNode incomplete = example.deepCopy();
            incomplete.remove(field);
            ContractViolation violation = assertThrows(ContractViolation.class, () -> contracts.validate(type, incomplete),
                    () -> type + " accepted data without " + field);
            assertTrue(violation.getMessage().contains(field), violation::getMessage);
        });
    }

    /** Closed schemas: a producer cannot leak a field its contract does not name, at any depth of the data. */
    @ParameterizedTest
    @MethodSource("types")
    void rejectsAFieldItsContractDoesNotName(String type) {
        ObjectNode example = example(type);
        for (int i = 0; i < Examples.objectsIn(example).size(); i++) {
            ObjectNode leaking = example.deepCopy();
            Examples.objectsIn(leaking).get(i).put("internalNote", "staff only");
            ContractViolation violation = assertThrows(ContractViolation.class, () -> contracts.validate(type, leaking),
                    () -> type + " accepted an unknown field in " + leaking);
            assertTrue(violation.getMessage().contains("internalNote"), violation::getMessage);
        }
    }

    @ParameterizedTest
    @MethodSource("types")
    void isRoutedToATopicOfAtLeastThreePartitions(String type) {
        assertTrue(contracts.topicOf(type).partitions() >= 3);
    }

    @Test
    void rejectsValuesOutsideAnEnum() {
        assertViolation(Topics.DIRECTORY_MEMBERS.eventTypes().iterator().next(), "kind", "jeweler");
        assertViolation(EventTypes.MEMBER_STANDING_CHANGED, "standing", "expired");
        assertViolation(EventTypes.ENTRY_SCREENED, "status", "winner");
        assertViolation(EventTypes.ENTRY_SUBMITTED, "program", "oscars");
        assertViolation(EventTypes.JOB_CLOSED, "reason", "fired");
    }

    @Test
    void rejectsMalformedIdsAndDates() {
        assertViolation(EventTypes.MEMBER_JOINED, "id", "not-a-uuid");
        assertViolation(EventTypes.JOB_OPENED, "validThrough", "30/09/2026");
        assertViolation(EventTypes.MEMBER_JOINED, "goodStanding", "yes");
    }

    @Test
    void rejectsALocationWithoutZip() {
        ObjectNode member = example(EventTypes.MEMBER_UPDATED);
        ((ObjectNode) member.withArray("locations").get(0)).remove("zip");
        assertThrows(ContractViolation.class, () -> contracts.validate(EventTypes.MEMBER_UPDATED, member));
    }

    @Test
    void requiresTheCitationOfTheAwardsProgram() {
        ObjectNode award = example(EventTypes.AWARD_GRANTED);
        award.put("program", "case-awards");
        ContractViolation violation = assertThrows(ContractViolation.class, () -> contracts.validate(EventTypes.AWARD_GRANTED, award));
        assertTrue(violation.getMessage().contains("pieceTitle"), violation::getMessage);
    }

    @Test
    void listsEveryViolation() {
        ObjectNode member = example(EventTypes.MEMBER_JOINED);
        member.remove("name");
        member.put("kind", "jeweler");
        ContractViolation violation = assertThrows(ContractViolation.class, () -> contracts.validate(EventTypes.MEMBER_JOINED, member));
        assertEquals(2, violation.violations().size(), violation::getMessage);
        assertEquals(EventTypes.MEMBER_JOINED, violation.type());
    }

    @Test
    void rejectsAnUnknownType() {
        ContractViolation violation = assertThrows(ContractViolation.class,
                () -> contracts.validate("org.jewelers.directory.member.vanished.v1", JSON.createObjectNode()));
        assertTrue(violation.getMessage().contains("unknown event type"), violation::getMessage);
        assertThrows(ContractViolation.class, () -> contracts.validate("../../etc/passwd", JSON.createObjectNode()));
        assertThrows(ContractViolation.class, () -> contracts.topicOf("org.jewelers.directory.member.vanished.v1"));
    }

    @Test
    void loadsTypesAddedByAnotherModuleFromTheClasspath() {
        String type = "org.jewelers.test.thing.happened.v1";
        Contracts routed = new Contracts(List.of(new Topic("test.things.v1", 3, false, Set.of(type))));
        assertDoesNotThrow(() -> routed.validate(type, JSON.createObjectNode().put("name", "ring")));
        assertThrows(ContractViolation.class, () -> routed.validate(type, JSON.createObjectNode()));
        assertEquals("test.things.v1", routed.topicOf(type).name());
    }

    @Test
    void keepsMemberEventsOnACompactedTopic() {
        assertTrue(contracts.topicOf(EventTypes.MEMBER_LEFT).compacted());
        assertEquals("directory.members.v1", contracts.topicOf(EventTypes.MEMBER_LEFT).name());
    }

    private void assertViolation(String type, String field, String value) {
        ObjectNode data = example(type);
        data.put(field, value);
        assertThrows(ContractViolation.class, () -> contracts.validate(type, data), () -> type + " accepted " + field + "=" + value);
    }

    private static ObjectNode example(String type) {
        return Examples.example(type);
    }
}
