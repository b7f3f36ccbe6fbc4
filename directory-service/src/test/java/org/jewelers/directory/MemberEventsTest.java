package org.jewelers.directory;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jewelers.contracts.Contracts;
import org.jewelers.contracts.EventTypes;
import org.jewelers.contracts.Topics;
import org.jewelers.testing.Infrastructure;
import org.jewelers.testing.Tokens;
import org.jewelers.testing.TopicReader;
import org.junit.jupiter.api.Test;

/** What the directory publishes, read back from the real broker. */
@QuarkusTest
class MemberEventsTest {

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

    @Test
    void aNewMemberIsPublishedAsJoinedWithItsContractAndTheRequestsTrace() throws Exception {
        String id = given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON)
                .header("traceparent", "00-" + TRACE_ID + "-00f067aa0ba902b7-01")
                .body("""
                        {"number": "JA-EVENTS-1", "name": "Goldleaf Jewelers", "kind": "retailer", "standing": "grace",
                         "locations": [{"address": "9 Elm St", "city": "Portland", "state": "ME", "zip": "04101"}]}
                        """)
                .post("/api/v1/members")
                .then().statusCode(201).extract().path("id");

        List<ConsumerRecord<String, String>> records = TopicReader.readUntil(
                Infrastructure.kafka().bootstrapServers(), Topics.DIRECTORY_MEMBERS.name(),
                read -> read.stream().anyMatch(r -> id.equals(r.key())));
        ConsumerRecord<String, String> record = records.stream().filter(r -> id.equals(r.key())).findFirst().orElseThrow();
        assertEquals(1, records.stream().filter(r -> id.equals(r.key())).count());

        JsonNode event = new ObjectMapper().readTree(record.value());
        assertEquals("1.0", event.path("specversion").asText());
        assertEquals(EventTypes.MEMBER_JOINED, event.path("type").asText());
        assertEquals(id, event.path("subject").asText());
        assertEquals("/directory-service", event.path("source").asText());
        assertEquals("Goldleaf Jewelers", event.path("data").path("name").asText());
        assertEquals(true, event.path("data").path("goodStanding").asBoolean());
        new Contracts().validate(event.path("type").asText(), event.path("data"));

        String traceparent = new String(record.headers().lastHeader("traceparent").value(), StandardCharsets.UTF_8);
        assertEquals(TRACE_ID, traceparent.split("-")[1]);
    }
}
