package org.jewelers.competition.nomination;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.jewelers.competition.nomination.Nominees.dossierOf;
import static org.jewelers.competition.nomination.Nominees.honor;
import static org.jewelers.competition.nomination.Nominees.screenEligible;
import static org.jewelers.competition.nomination.Nominees.submitted;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
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

/** Nominations of one person share a dossier; staff screen them and confirm honorees, 20 per list, each once. */
@QuarkusTest
class DossierAndHonoreeTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    TestClock clock;

    @Inject
    MemberFirms firms;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void twoNominationsOfOnePersonBecomeOneDossier() {
        Nominees.Edition edition = Nominees.open();
        UUID firm = Nominees.firm(firms);
        Nominees.Nominator self = Nominees.nominator(firm);
        Nominees.Nominator colleague = Nominees.nominator(firm);
        clock.fix(edition.duringWindow());

        String own = Nominees.draft(self, Nominees.complete(edition, "self"));
        Nominees.submit(self.token(), own).then().statusCode(200);
        // The colleague writes the same address in capitals: it is the same person.
        String theirs = Nominees.draft(colleague, Nominees.colleague(edition, self.name(), self.email().toUpperCase()));
        Nominees.submit(colleague.token(), theirs).then().statusCode(200);
        given().post("/api/v1/nominations/consent/" + Nominees.consentToken(self.email())).then().statusCode(200);

        String dossier = given().auth().oauth2(Tokens.staff()).get("/api/v1/review/nominations/" + own)
                .then().statusCode(200).extract().path("dossierId");
        given().auth().oauth2(Tokens.staff()).get("/api/v1/review/nominations/" + theirs)
                .then().statusCode(200).body("dossierId", equalTo(dossier));
        given().auth().oauth2(Tokens.staff()).get("/api/v1/review/dossiers/" + dossier).then().statusCode(200)
                .body("nomineeEmail", equalTo(self.email()))
                .body("list", equalTo("retail"))
                .body("nominations.id", containsInAnyOrder(own, theirs))
                .body("nominations.nominatedBy", containsInAnyOrder("self", "colleague"))
                .body("honoree", equalTo(false));
        given().auth().oauth2(Tokens.staff()).queryParam("edition", edition.id())
                .get("/api/v1/review/dossiers").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].nominations.size()", equalTo(2));
    }

    @Test
    void staffFilterScreenAndSeeTheHistory() {
        Nominees.Edition edition = Nominees.open();
        UUID firm = Nominees.firm(firms);
        clock.fix(edition.duringWindow());
        String retail = submitted(edition, firm, "retail");
        String suppliers = submitted(edition, firm, "suppliers");
        Nominees.Nominator drafter = Nominees.nominator(firm);
        String draft = Nominees.draft(drafter, Nominees.complete(edition, "self"));

        given().auth().oauth2(Tokens.staff()).queryParam("edition", edition.id()).get("/api/v1/review/nominations")
                .then().statusCode(200).body("total", equalTo(3));
        given().auth().oauth2(Tokens.staff()).queryParam("edition", edition.id()).queryParam("list", "suppliers")
                .get("/api/v1/review/nominations").then().body("items.id", equalTo(List.of(suppliers)));
        given().auth().oauth2(Tokens.staff()).queryParam("edition", edition.id()).queryParam("status", "draft")
                .get("/api/v1/review/nominations").then().body("items.id", equalTo(List.of(draft)));

        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body(Map.of("eligible", false))
                .post("/api/v1/review/nominations/" + retail + "/screening").then().statusCode(400)
                .body("errors.field", hasItem("reason"));
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON)
                .body(Map.of("eligible", false, "reason", "Works 20 hours a week"))
                .post("/api/v1/review/nominations/" + retail + "/screening").then().statusCode(200)
                .body("status", equalTo("rejected")).body("screeningReason", equalTo("Works 20 hours a week"));
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body(Map.of("eligible", true))
                .post("/api/v1/review/nominations/" + suppliers + "/screening").then().statusCode(200)
                .body("status", equalTo("accepted"));
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body(Map.of("eligible", true))
                .post("/api/v1/review/nominations/" + draft + "/screening").then().statusCode(409);

        given().auth().oauth2(Tokens.staff()).queryParam("edition", edition.id()).queryParam("eligible", true)
                .get("/api/v1/review/nominations").then().body("items.id", equalTo(List.of(suppliers)));
        given().auth().oauth2(Tokens.staff()).queryParam("edition", edition.id()).queryParam("eligible", false)
                .get("/api/v1/review/nominations").then().body("items.id", equalTo(List.of(retail)));
        given().auth().oauth2(Tokens.staff()).get("/api/v1/review/nominations/" + retail + "/history").then()
                .body("items.action", equalTo(List.of("screened", "submitted", "created")))
                .body("items[0].actor", equalTo("staff-1"))
                .body("items[0].from", equalTo("submitted"))
                .body("items[0].to", equalTo("rejected"))
                .body("items[0].reason", equalTo("Works 20 hours a week"));
        given().auth().oauth2(Tokens.staff()).get("/api/v1/review/nominations/" + suppliers + "/photo/thumbnail")
                .then().statusCode(200).contentType("image/jpeg");
        given().auth().oauth2(Tokens.entrant("e", firm.toString())).get("/api/v1/review/nominations").then().statusCode(403);
    }

    @Test
    void confirmingAnHonoreeGrantsOneAwardWithTheCitationCareersReads() {
        Nominees.Edition edition = Nominees.open();
        UUID firm = Nominees.firm(firms);
        clock.fix(edition.duringWindow());
        String honoree = "Priya " + UUID.randomUUID().toString().substring(0, 8);
        Nominees.Nominator self = Nominees.nominator(firm);
        Map<String, Object> body = Nominees.complete(edition, "self");
        body.put("nomineeName", honoree);
        body.put("jobTitle", "Director of E-commerce");
        String id = Nominees.draft(self, body);
        Nominees.submit(self.token(), id).then().statusCode(200);
        String dossier = given().auth().oauth2(Tokens.staff()).get("/api/v1/review/nominations/" + id)
                .then().extract().path("dossierId");

        // Only a dossier with a nomination screened eligible is confirmed.
        given().auth().oauth2(Tokens.staff()).post("/api/v1/review/dossiers/" + dossier + "/honoree").then()
                .statusCode(409);
        screenEligible(id);
        String award = given().auth().oauth2(Tokens.staff()).post("/api/v1/review/dossiers/" + dossier + "/honoree")
                .then().statusCode(201).body("honoree", equalTo(true)).body("honoredBy", equalTo("staff-1"))
                .extract().path("awardId");
        given().auth().oauth2(Tokens.staff()).post("/api/v1/review/dossiers/" + dossier + "/honoree").then()
                .statusCode(200).body("awardId", equalTo(award));

        List<JsonNode> granted = TopicReader.readUntil(Infrastructure.kafka().bootstrapServers(),
                        Topics.COMPETITION_AWARDS.name(), read -> read.stream().anyMatch(r -> r.value().contains(honoree)))
                .stream().map(ConsumerRecord::value).filter(v -> v.contains(honoree)).map(DossierAndHonoreeTest::read)
                .toList();
        assertEquals(1, granted.size(), "one award event, however often the honoree is confirmed");
        JsonNode event = granted.get(0);
        assertEquals(EventTypes.AWARD_GRANTED, event.path("type").asText());
        assertEquals(award, event.path("subject").asText());
        JsonNode data = event.path("data");
        new Contracts().validate(EventTypes.AWARD_GRANTED, data);
        assertEquals("20-under-40", data.path("program").asText());
        assertEquals(edition.year(), data.path("editionYear").asInt());
        assertEquals("retail", data.path("category").asText());
        assertEquals(firm.toString(), data.path("memberId").asText());
        assertEquals(honoree, data.path("citation").path("honoreeName").asText());
        assertEquals("Director of E-commerce", data.path("citation").path("jobTitle").asText());
        assertEquals("Hartwell Jewelers " + firm.toString().substring(0, 4), data.path("citation").path("employerName").asText());
        assertEquals("Missoula", data.path("citation").path("employerCity").asText());

        given().auth().oauth2(Tokens.staff()).queryParam("edition", edition.id()).queryParam("honoree", true)
                .get("/api/v1/review/dossiers").then().body("items.id", equalTo(List.of(dossier)));
    }

    @Test
    void aListHasAtMostTwentyHonorees() {
        Nominees.Edition edition = Nominees.open();
        UUID firm = Nominees.firm(firms);
        clock.fix(edition.duringWindow());
        for (int i = 0; i < Honorees.PER_LIST; i++) {
            honor(dossierOf(screenEligible(submitted(edition, firm, "suppliers")))).then().statusCode(201);
        }
        String twentyFirst = dossierOf(screenEligible(submitted(edition, firm, "suppliers")));
        honor(twentyFirst).then().statusCode(409).contentType("application/problem+json");
        // The other list has room.
        honor(dossierOf(screenEligible(submitted(edition, firm, "retail")))).then().statusCode(201);
        given().auth().oauth2(Tokens.staff()).queryParam("edition", edition.id()).queryParam("honoree", true)
                .queryParam("size", 100).get("/api/v1/review/dossiers").then()
                .body("total", equalTo(Honorees.PER_LIST + 1))
                .body("items.id", not(hasItem(twentyFirst)));
    }

    private static JsonNode read(String value) {
        try {
            return JSON.readTree(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
