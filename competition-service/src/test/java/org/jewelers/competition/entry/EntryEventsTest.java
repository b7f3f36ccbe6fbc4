package org.jewelers.competition.entry;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jewelers.contracts.Contracts;
import org.jewelers.contracts.EventTypes;
import org.jewelers.contracts.Topics;
import org.jewelers.memberfirms.MemberFirms;
import org.jewelers.testing.Infrastructure;
import org.jewelers.testing.TestClock;
import org.jewelers.testing.Tokens;
import org.jewelers.testing.TopicReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the competition publishes about entries, read back from the real broker and checked against the contract. */
@QuarkusTest
class EntryEventsTest {

    @Inject
    TestClock clock;

    @Inject
    MemberFirms firms;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void submittedScreenedAndWithdrawnAreAnnouncedInOrder() throws Exception {
        Fixtures.Edition edition = Fixtures.openCase();
        UUID firm = Fixtures.firm(firms, "active");
        String entrant = Fixtures.entrant(firm);
        clock.fix(edition.duringWindow());
        String id = Fixtures.draft(entrant, Fixtures.piece(edition, "retailer-up-to-2000", 150_000));
        Fixtures.submit(entrant, id).then().statusCode(200);
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON)
                .body(Map.of("eligible", false, "reason", "A hallmark shows in the description"))
                .post("/api/v1/review/entries/" + id + "/screening").then().statusCode(200);
        given().auth().oauth2(entrant).contentType(ContentType.JSON).post("/api/v1/entries/" + id + "/withdraw").then().statusCode(200);

        List<ConsumerRecord<String, String>> records = TopicReader.readUntil(Infrastructure.kafka().bootstrapServers(),
                Topics.COMPETITION_ENTRIES.name(), read -> read.stream().filter(r -> id.equals(r.key())).count() >= 3);
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> events = records.stream().filter(r -> id.equals(r.key())).map(r -> {
            try {
                return json.readTree(r.value());
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }).toList();
        assertEquals(List.of(EventTypes.ENTRY_SUBMITTED, EventTypes.ENTRY_SCREENED, EventTypes.ENTRY_WITHDRAWN),
                events.stream().map(e -> e.path("type").asText()).toList());
        assertEquals(List.of("submitted", "rejected", "withdrawn"),
                events.stream().map(e -> e.path("data").path("status").asText()).toList());
        Contracts contracts = new Contracts();
        for (JsonNode event : events) {
            contracts.validate(event.path("type").asText(), event.path("data"));
            assertEquals(id, event.path("subject").asText());
            assertEquals("/competition-service", event.path("source").asText());
            assertEquals(edition.id(), event.path("data").path("editionId").asText());
            assertEquals("case-awards", event.path("data").path("program").asText());
            assertEquals("retailer-up-to-2000", event.path("data").path("category").asText());
            assertEquals(firm.toString(), event.path("data").path("memberId").asText());
        }
        assertEquals("A hallmark shows in the description", events.get(1).path("data").path("reason").asText());
    }

    @Test
    void aFixRequestIsAnnouncedAsScreenedBackToDraftAndTheSubmitAgainAsSubmitted() throws Exception {
        Fixtures.Edition edition = Fixtures.openCase();
        UUID firm = Fixtures.firm(firms, "active");
        String entrant = Fixtures.entrant(firm);
        clock.fix(edition.duringWindow());
        String id = Fixtures.draft(entrant, Fixtures.piece(edition, "retailer-up-to-2000", 150_000));
        Fixtures.submit(entrant, id).then().statusCode(200);
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON)
                .body(Map.of("decision", "fix-requested", "reason", "Describe the setting"))
                .post("/api/v1/review/entries/" + id + "/screening").then().statusCode(200);
        Fixtures.submit(entrant, id).then().statusCode(200);
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body(Map.of("decision", "accepted"))
                .post("/api/v1/review/entries/" + id + "/screening").then().statusCode(200);

        List<ConsumerRecord<String, String>> records = TopicReader.readUntil(Infrastructure.kafka().bootstrapServers(),
                Topics.COMPETITION_ENTRIES.name(), read -> read.stream().filter(r -> id.equals(r.key())).count() >= 4);
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> events = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            if (id.equals(record.key())) {
                events.add(json.readTree(record.value()));
            }
        }
        assertEquals(List.of(EventTypes.ENTRY_SUBMITTED, EventTypes.ENTRY_SCREENED, EventTypes.ENTRY_SUBMITTED,
                EventTypes.ENTRY_SCREENED), events.stream().map(e -> e.path("type").asText()).toList());
        assertEquals(List.of("submitted", "draft", "submitted", "accepted"),
                events.stream().map(e -> e.path("data").path("status").asText()).toList());
        Contracts contracts = new Contracts();
        for (JsonNode event : events) {
            contracts.validate(event.path("type").asText(), event.path("data"));
        }
        assertEquals("Describe the setting", events.get(1).path("data").path("reason").asText());
        assertTrue(events.get(3).path("data").path("reason").isMissingNode(), events.get(3).toString());
    }
}
