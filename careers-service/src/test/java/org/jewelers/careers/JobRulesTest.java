package org.jewelers.careers;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jewelers.careers.job.JobExpiry;
import org.jewelers.contracts.EventTypes;
import org.jewelers.events.envelope.EventEnvelope;
import org.jewelers.memberfirms.MemberFirms;
import org.jewelers.testing.TestClock;
import org.jewelers.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Who may post, and how postings close: by their employer, by lapse and by expiry, each announced exactly once. */
@QuarkusTest
class JobRulesTest {

    private static final ZoneId MISSOULA = ZoneId.of("America/Denver");

    @Inject
    MemberFirms firms;

    @Inject
    TestClock clock;

    @Inject
    JobExpiry expiry;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aLapsedEmployerCannotPost() {
        UUID lapsed = DirectoryFirms.joined(firms, "Lapsed Jewelers", "lapsed");
        given().auth().oauth2(Tokens.member("owner-1", lapsed.toString())).contentType(ContentType.JSON)
                .body(job("Sales Associate", "59801", LocalDate.now(MISSOULA).plusDays(30)))
                .post("/api/v1/jobs").then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://jewelers.example/problems/employer-not-in-good-standing"));
        // Nor can staff on its behalf, nor anyone for a firm careers has never heard of.
        Map<String, Object> forLapsed = job("Sales Associate", "59801", LocalDate.now(MISSOULA).plusDays(30));
        forLapsed.put("memberId", lapsed.toString());
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body(forLapsed)
                .post("/api/v1/jobs").then().statusCode(422);
        given().auth().oauth2(Tokens.member("owner-2", UUID.randomUUID().toString())).contentType(ContentType.JSON)
                .body(job("Sales Associate", "59801", LocalDate.now(MISSOULA).plusDays(30)))
                .post("/api/v1/jobs").then().statusCode(422);
    }

    @Test
    void membersPostAndCloseOnlyForTheirOwnFirm() {
        UUID own = DirectoryFirms.joined(firms, "Own Jewelers", "active");
        UUID other = DirectoryFirms.joined(firms, "Other Jewelers", "grace");
        String owner = Tokens.member("owner-3", own.toString());

        Map<String, Object> forOther = job("Bench Jeweler", "59801", LocalDate.now(MISSOULA).plusDays(30));
        forOther.put("memberId", other.toString());
        given().auth().oauth2(owner).contentType(ContentType.JSON).body(forOther)
                .post("/api/v1/jobs").then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON)
                .body(job("Bench Jeweler", "59801", LocalDate.now(MISSOULA).plusDays(30)))
                .post("/api/v1/jobs").then().statusCode(400).body("errors[0].field", equalTo("memberId"));
        given().contentType(ContentType.JSON).body(job("Bench Jeweler", "59801", LocalDate.now(MISSOULA).plusDays(30)))
                .post("/api/v1/jobs").then().statusCode(401);

        String otherJob = given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body(forOther)
                .post("/api/v1/jobs").then().statusCode(201).body("employerName", equalTo("Other Jewelers"))
                .extract().path("id");
        String ownJob = post(owner, job("Bench Jeweler", "59801", LocalDate.now(MISSOULA).plusDays(30)));

        given().auth().oauth2(owner).contentType(ContentType.JSON).body(Map.of("closeReason", "filled"))
                .patch("/api/v1/jobs/" + otherJob).then().statusCode(403);
        given().auth().oauth2(owner).contentType(ContentType.JSON).body(Map.of("title", "Senior Bench Jeweler"))
                .patch("/api/v1/jobs/" + ownJob).then().statusCode(200).body("title", equalTo("Senior Bench Jeweler"));
        given().auth().oauth2(owner).contentType(ContentType.JSON).body(Map.of("closeReason", "expired"))
                .patch("/api/v1/jobs/" + ownJob).then().statusCode(400).body("errors[0].field", equalTo("closeReason"));
        given().auth().oauth2(owner).contentType(ContentType.JSON).body(Map.of("closeReason", "filled", "title", "x"))
                .patch("/api/v1/jobs/" + ownJob).then().statusCode(400).body("errors[0].field", equalTo("closeReason"));
        given().auth().oauth2(owner).contentType(ContentType.JSON).body(Map.of("closeReason", "filled"))
                .patch("/api/v1/jobs/" + ownJob).then().statusCode(200)
                .body("status", equalTo("closed")).body("closeReason", equalTo("filled"));
        given().auth().oauth2(owner).contentType(ContentType.JSON).body(Map.of("closeReason", "withdrawn"))
                .patch("/api/v1/jobs/" + ownJob).then().statusCode(409);

        // Closed: gone for the public, still there for its firm and for staff.
        given().get("/api/v1/jobs/" + ownJob).then().statusCode(404);
        given().auth().oauth2(owner).get("/api/v1/jobs/" + ownJob).then().statusCode(200).body("status", equalTo("closed"));
        given().auth().oauth2(Tokens.member("owner-4", other.toString())).get("/api/v1/jobs/" + ownJob).then().statusCode(404);

        List<JsonNode> events = JobEvents.of(ownJob, 2);
        assertEquals(List.of(EventTypes.JOB_OPENED, EventTypes.JOB_CLOSED), types(events));
        assertEquals("filled", events.get(1).path("data").path("reason").asText());
        assertEquals("Senior Bench Jeweler", events.get(1).path("data").path("title").asText());
        assertTrue(events.get(1).path("aggregateversion").asLong() > events.get(0).path("aggregateversion").asLong());
    }

    @Test
    void aLapsingEmployerLosesItsOpenPostingsWithOneEventEach() {
        UUID firm = DirectoryFirms.joined(firms, "Fading Jewelers", "active");
        UUID neighbor = DirectoryFirms.joined(firms, "Steady Jewelers", "active");
        String first = post(Tokens.member("owner-5", firm.toString()), job("Bench Jeweler", "59801", LocalDate.now(MISSOULA).plusDays(30)));
        String second = post(Tokens.member("owner-5", firm.toString()), job("Sales Associate", "59802", LocalDate.now(MISSOULA).plusDays(60)));
        String unaffected = post(Tokens.member("owner-6", neighbor.toString()), job("Sales Associate", "59801", LocalDate.now(MISSOULA).plusDays(30)));

        EventEnvelope lapse = DirectoryFirms.standingChanged(firm, 2, "Fading Jewelers", "lapsed");
        await().atMost(DirectoryFirms.PATIENCE).untilAsserted(() -> {
            given().get("/api/v1/jobs/" + first).then().statusCode(404);
            given().get("/api/v1/jobs/" + second).then().statusCode(404);
        });
        given().auth().oauth2(Tokens.staff()).get("/api/v1/jobs/" + first).then()
                .body("status", equalTo("closed")).body("closeReason", equalTo("employer-lapsed"));
        given().get("/api/v1/jobs/" + unaffected).then().statusCode(200);
        given().auth().oauth2(Tokens.member("owner-5", firm.toString())).contentType(ContentType.JSON)
                .body(job("Bench Jeweler", "59801", LocalDate.now(MISSOULA).plusDays(30)))
                .post("/api/v1/jobs").then().statusCode(422);

        // The same lapse delivered again, and a further fall (suspended), close nothing more; once the later event
        // is in, the redelivered one before it on the same partition has been handled too.
        DirectoryFirms.redeliver(lapse);
        DirectoryFirms.standingChanged(firm, 3, "Fading Jewelers", "suspended");
        await().atMost(DirectoryFirms.PATIENCE).until(() -> firms.find(firm).orElseThrow().standing().equals("suspended"));

        for (String job : List.of(first, second)) {
            List<JsonNode> events = JobEvents.of(job, 2);
            assertEquals(List.of(EventTypes.JOB_OPENED, EventTypes.JOB_CLOSED), types(events), "events of " + job);
            assertEquals("employer-lapsed", events.get(1).path("data").path("reason").asText());
            assertEquals(firm.toString(), events.get(1).path("data").path("memberId").asText());
        }
        assertEquals(List.of(EventTypes.JOB_OPENED), types(JobEvents.of(unaffected, 1)));
    }

    @Test
    void aPostingPastItsValidThroughDateClosesByItselfOnce() {
        UUID firm = DirectoryFirms.joined(firms, "Seasonal Jewelers", "active");
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        clock.fix(start);
        LocalDate lastDay = LocalDate.ofInstant(start, MISSOULA).plusDays(1);
        String job = post(Tokens.member("owner-7", firm.toString()), job("Holiday Sales Associate", "59801", lastDay));
        given().accept("application/ld+json").get("/api/v1/jobs/" + job).then().statusCode(200)
                .body("validThrough", startsWith(lastDay + "T23:59:59-0"));

        // Still open on its last day, in Missoula's time; closed a minute after that day ends there.
        Instant lastMinute = lastDay.plusDays(1).atStartOfDay(MISSOULA).toInstant().minusSeconds(60);
        clock.fix(lastMinute);
        expiry.sweep();
        given().get("/api/v1/jobs/" + job).then().statusCode(200);

        clock.fix(lastMinute.plusSeconds(120));
        given().get("/api/v1/jobs/" + job).then().statusCode(404);
        assertTrue(expiry.sweep() >= 1);
        expiry.sweep();
        given().auth().oauth2(Tokens.staff()).get("/api/v1/jobs/" + job).then()
                .body("status", equalTo("closed")).body("closeReason", equalTo("expired"));

        List<JsonNode> events = JobEvents.of(job, 2);
        assertEquals(List.of(EventTypes.JOB_OPENED, EventTypes.JOB_CLOSED), types(events));
        assertEquals("expired", events.get(1).path("data").path("reason").asText());
        assertEquals(lastDay.toString(), events.get(1).path("data").path("validThrough").asText());
    }

    static Map<String, Object> job(String title, String zip, LocalDate validThrough) {
        Map<String, Object> job = new HashMap<>();
        job.put("title", title);
        job.put("area", "design-and-production");
        job.put("employmentType", "full-time");
        job.put("description", "Size, repair and set stones at our bench.\n\nTwo years of experience.");
        job.put("howToApply", "Send your portfolio to jobs@example.com");
        job.put("zip", zip);
        job.put("validThrough", validThrough.toString());
        return job;
    }

    static String post(String token, Map<String, Object> job) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(job)
                .post("/api/v1/jobs").then().statusCode(201).extract().path("id");
    }

    private static List<String> types(List<JsonNode> events) {
        return events.stream().map(e -> e.path("type").asText()).toList();
    }
}
