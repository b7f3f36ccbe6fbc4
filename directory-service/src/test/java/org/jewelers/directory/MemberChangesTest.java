package org.jewelers.directory;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jewelers.contracts.Contracts;
import org.jewelers.contracts.EventTypes;
import org.jewelers.contracts.Topics;
import org.jewelers.contracts.awards.AwardGranted;
import org.jewelers.contracts.jobs.JobClosed;
import org.jewelers.contracts.jobs.JobOpened;
import org.jewelers.events.envelope.CloudEventCodec;
import org.jewelers.events.envelope.EventEnvelope;
import org.jewelers.events.envelope.EventFactory;
import org.jewelers.testing.Infrastructure;
import org.jewelers.testing.Tokens;
import org.jewelers.testing.TopicReader;
import org.jewelers.testing.TopicWriter;
import org.junit.jupiter.api.Test;

/** Changes to members: their events, their history, self-service, and what other services' events add. */
@QuarkusTest
class MemberChangesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Test
    void aStandingChangeProducesExactlyOneEventMatchingItsContract() throws Exception {
        String id = Firms.named("Standing Jewelers").at("1 Rule St", "Missoula", "MT", "59801").create();
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body(Map.of("standing", "grace"))
                .post("/api/v1/members/" + id + "/standing").then().statusCode(200).body("standing", equalTo("grace"));
        // Setting the same standing again is no change, and announces nothing.
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body(Map.of("standing", "grace"))
                .post("/api/v1/members/" + id + "/standing").then().statusCode(200);

        List<JsonNode> events = eventsOf(id, 2);
        assertEquals(List.of(EventTypes.MEMBER_JOINED, EventTypes.MEMBER_STANDING_CHANGED),
                events.stream().map(e -> e.path("type").asText()).toList());
        JsonNode changed = events.get(1);
        new Contracts().validate(changed.path("type").asText(), changed.path("data"));
        assertEquals("grace", changed.path("data").path("standing").asText());
        assertTrue(changed.path("aggregateversion").asLong() > events.get(0).path("aggregateversion").asLong());
    }

    @Test
    void aFirmThatLeavesIsAnnouncedOnceAndNeverListedAgain() throws Exception {
        String id = Firms.named("Farewell Jewelers").at("1 Last St", "Missoula", "MT", "59801").create();
        for (int i = 0; i < 2; i++) {
            given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body(Map.of("reason", "Retired"))
                    .post("/api/v1/members/" + id + "/leave").then().statusCode(200).body("goodStanding", equalTo(false));
        }
        given().get("/api/v1/members/" + id).then().statusCode(404);
        given().queryParam("q", "Farewell Jewelers").get("/api/v1/members").then()
                .body("items.member.id", org.hamcrest.Matchers.not(hasItem(id)));
        List<JsonNode> events = eventsOf(id, 2);
        assertEquals(List.of(EventTypes.MEMBER_JOINED, EventTypes.MEMBER_LEFT),
                events.stream().map(e -> e.path("type").asText()).toList());
        new Contracts().validate(events.get(1).path("type").asText(), events.get(1).path("data"));
        given().auth().oauth2(Tokens.staff()).get("/api/v1/members/" + id + "/history").then()
                .body("items[0].action", equalTo("left"))
                .body("items[0].reason", equalTo("Retired"));
    }

    @Test
    void everyChangeIsInTheHistoryWithWhoWhenAndWhat() {
        String id = Firms.named("History Jewelers").at("1 Past St", "Missoula", "MT", "59801").create();
        given().auth().oauth2(Tokens.token("staff-7", java.util.Set.of("staff"), null)).contentType(ContentType.JSON)
                .body(Map.of("name", "History & Sons Jewelers", "website", "https://history.example"))
                .patch("/api/v1/members/" + id).then().statusCode(200).body("name", equalTo("History & Sons Jewelers"));
        given().auth().oauth2(Tokens.staff()).get("/api/v1/members/" + id + "/history").then().statusCode(200)
                .body("total", equalTo(2))
                .body("items[0].actor", equalTo("staff-7"))
                .body("items[0].action", equalTo("updated"))
                .body("items[0].changes.name.from", equalTo("History Jewelers"))
                .body("items[0].changes.name.to", equalTo("History & Sons Jewelers"))
                .body("items[0].changes.website.to", equalTo("https://history.example"))
                .body("items[1].action", equalTo("joined"));
        given().auth().oauth2(Tokens.member("m-1", id)).get("/api/v1/members/" + id + "/history").then().statusCode(403);
    }

    @Test
    void staffReplaceAFirmsLocations() {
        String id = Firms.named("Moving Jewelers").at("1 Old St", "Missoula", "MT", "59801")
                .at("2 Gone St", "Helena", "MT", "59601").create();
        String staying = given().get("/api/v1/members/" + id).then().extract().path("locations[0].id");
        Map<String, Object> opened = Map.of("address", "3 New St", "city", "Bozeman", "state", "MT", "zip", "59715");
        Map<String, Object> kept = Map.of("address", "1 Old St", "city", "Missoula", "state", "MT", "zip", "59801");
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON)
                .body(Map.of("locations", List.of(opened, kept)))
                .patch("/api/v1/members/" + id).then().statusCode(200)
                .body("locations.city", contains("Bozeman", "Missoula"))
                .body("locations[1].id", equalTo(staying));
        given().get("/api/v1/members?city=Bozeman").then().statusCode(200).body("items.member.id", contains(id));
        given().get("/api/v1/members?city=Helena").then().statusCode(200)
                .body("items.member.id", org.hamcrest.Matchers.not(hasItem(id)));

        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON)
                .body(Map.of("locations", List.of(kept, opened)))
                .patch("/api/v1/members/" + id).then().statusCode(200)
                .body("locations.city", contains("Missoula", "Bozeman"))
                .body("locations[0].id", equalTo(staying));
    }

    @Test
    void aMemberEditsItsOwnListingAndNoOneElses() {
        String own = Firms.named("Selfserve Jewelers").at("1 Own St", "Missoula", "MT", "59801").create();
        String other = Firms.named("Neighbor Jewelers").at("2 Own St", "Missoula", "MT", "59801").create();
        String locationId = given().get("/api/v1/members/" + own).then().extract().path("locations[0].id");
        String owner = Tokens.member("owner-1", own);

        given().auth().oauth2(owner).contentType(ContentType.JSON)
                .body(Map.of("description", "Family jewelers since 1950", "services", List.of("repair", "engraving"),
                        "visibility", Map.of("phone", false),
                        "hours", List.of(Map.of("locationId", locationId,
                                "hours", List.of(Map.of("day", 6, "opens", "10:00", "closes", "14:00"))))))
                .patch("/api/v1/members/" + own + "/listing").then().statusCode(200)
                .body("description", equalTo("Family jewelers since 1950"))
                .body("services", contains("engraving", "repair"))
                .body("locations[0].hours[0].day", equalTo(6));

        given().auth().oauth2(owner).contentType(ContentType.JSON).body(Map.of("description", "Hijacked"))
                .patch("/api/v1/members/" + other + "/listing").then().statusCode(403)
                .contentType("application/problem+json");
        given().get("/api/v1/members/" + other).then().body("description", org.hamcrest.Matchers.nullValue());
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body(Map.of("description", "Staff are not the firm"))
                .patch("/api/v1/members/" + own + "/listing").then().statusCode(403);

        given().auth().oauth2(owner).contentType(ContentType.JSON).body(Map.of("optedOut", true))
                .patch("/api/v1/members/" + own + "/listing").then().statusCode(200);
        given().get("/api/v1/members/" + own).then().statusCode(404);
    }

    @Test
    void openJobsFromCareersMakeAListingHiringOncePerJob() {
        String id = Firms.named("Hiring Jewelers").at("1 Work St", "Missoula", "MT", "59801").create();
        String jobId = UUID.randomUUID().toString();
        EventFactory careers = new EventFactory("/careers-service");
        EventEnvelope opened = careers.create(EventTypes.JOB_OPENED, jobId, 1, job(jobId, id));
        publish(Topics.CAREERS_JOBS.name(), opened);
        await().atMost(PATIENCE).untilAsserted(() -> given().get("/api/v1/members/" + id).then()
                .body("openPositions", equalTo(1)).body("hiring", equalTo(true)));

        publish(Topics.CAREERS_JOBS.name(), opened);
        String secondJob = UUID.randomUUID().toString();
        publish(Topics.CAREERS_JOBS.name(), careers.create(EventTypes.JOB_OPENED, secondJob, 1, job(secondJob, id)));
        await().atMost(PATIENCE).untilAsserted(() -> given().get("/api/v1/members/" + id).then().body("openPositions", equalTo(2)));

        JobOpened first = job(jobId, id);
        JobClosed closed = new JobClosed(first.jobId(), first.memberId(), first.title(), first.area(), first.city(),
                first.state(), first.validThrough(), "filled");
        publish(Topics.CAREERS_JOBS.name(), careers.create(EventTypes.JOB_CLOSED, jobId, 2, closed));
        await().atMost(PATIENCE).untilAsserted(() -> given().get("/api/v1/members/" + id).then().body("openPositions", equalTo(1)));
        given().queryParam("hiring", "true").queryParam("city", "Missoula").get("/api/v1/members").then()
                .body("items.member.id", hasItem(id));
    }

    @Test
    void awardsFromTheCompetitionBecomeHonors() {
        String id = Firms.named("Honored Jewelers").at("1 Prize St", "Missoula", "MT", "59801").create();
        String awardId = UUID.randomUUID().toString();
        EventEnvelope granted = new EventFactory("/competition-service").create(EventTypes.AWARD_GRANTED, awardId, 1,
                new AwardGranted(UUID.fromString(awardId), "case-awards", 2026, "retailer-up-to-2000", UUID.fromString(id),
                        UUID.randomUUID(), new AwardGranted.PieceCitation("River Stone Ring", "Mia Chen")));
        publish(Topics.COMPETITION_AWARDS.name(), granted);
        publish(Topics.COMPETITION_AWARDS.name(), granted);
        await().atMost(PATIENCE).untilAsserted(() -> given().get("/api/v1/members/" + id).then()
                .body("honors.size()", equalTo(1))
                .body("honors[0].program", equalTo("case-awards"))
                .body("honors[0].title", org.hamcrest.Matchers.containsString("River Stone Ring")));
        given().queryParam("honor", "case-awards").queryParam("city", "Missoula").get("/api/v1/members").then()
                .body("items.member.id", contains(id))
                .body("facets.honors.case-awards", equalTo(1));
    }

    private static JobOpened job(String jobId, String memberId) {
        return new JobOpened(UUID.fromString(jobId), UUID.fromString(memberId), "Bench Jeweler", "design-and-production",
                "Missoula", "MT", LocalDate.of(2027, 1, 31));
    }

    private static void publish(String topic, EventEnvelope event) {
        new Contracts().validate(event.type(), event.data());
        TopicWriter.write(Infrastructure.kafka().bootstrapServers(), topic, event.subject(), CloudEventCodec.encode(event));
    }

    private static List<JsonNode> eventsOf(String memberId, int expected) throws Exception {
        List<ConsumerRecord<String, String>> records = TopicReader.readUntil(Infrastructure.kafka().bootstrapServers(),
                Topics.DIRECTORY_MEMBERS.name(), read -> read.stream().filter(r -> memberId.equals(r.key())).count() >= expected);
        List<JsonNode> events = new java.util.ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            if (memberId.equals(record.key())) {
                events.add(JSON.readTree(record.value()));
            }
        }
        return events;
    }
}
