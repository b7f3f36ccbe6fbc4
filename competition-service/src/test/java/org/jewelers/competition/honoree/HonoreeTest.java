package org.jewelers.competition.honoree;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.jewelers.competition.nomination.Nominees.honor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jewelers.competition.nomination.Nominees;
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

/** Staff confirm honorees, each once, at most the list's number; here without standings, so with a reason. */
@QuarkusTest
class HonoreeTest {

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
        String dossier = Nominees.dossierOf(id);

        // Only a dossier with a nomination screened eligible is confirmed.
        honor(dossier).then().statusCode(409);
        Nominees.screenEligible(id);
        String award = honor(dossier).then().statusCode(201).body("citation", equalTo("Citation of " + dossier)).body("honoree", equalTo(true)).body("honoredBy", equalTo("staff-1"))
                .extract().path("awardId");
        honor(dossier).then().statusCode(200).body("awardId", equalTo(award));

        List<JsonNode> granted = TopicReader.readUntil(Infrastructure.kafka().bootstrapServers(),
                        Topics.COMPETITION_AWARDS.name(), read -> read.stream().anyMatch(r -> r.value().contains(honoree)))
                .stream().map(ConsumerRecord::value).filter(v -> v.contains(honoree)).map(HonoreeTest::read)
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
        for (int i = 0; i < HonoreeStandings.PER_LIST; i++) {
            honor(Nominees.dossierOf(Nominees.screenEligible(Nominees.submitted(edition, firm, "suppliers")))).then().statusCode(201);
        }
        String twentyFirst = Nominees.dossierOf(Nominees.screenEligible(Nominees.submitted(edition, firm, "suppliers")));
        honor(twentyFirst).then().statusCode(409).contentType("application/problem+json");
        // The other list has room.
        honor(Nominees.dossierOf(Nominees.screenEligible(Nominees.submitted(edition, firm, "retail")))).then().statusCode(201);
        given().auth().oauth2(Tokens.staff()).queryParam("edition", edition.id()).queryParam("honoree", true)
                .queryParam("size", 100).get("/api/v1/review/dossiers").then()
                .body("total", equalTo(HonoreeStandings.PER_LIST + 1))
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
