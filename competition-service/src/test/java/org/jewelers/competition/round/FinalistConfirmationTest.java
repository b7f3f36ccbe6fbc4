package org.jewelers.competition.round;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jewelers.competition.entry.AcceptedEntries;
import org.jewelers.competition.entry.AcceptedEntries.Seeded;
import org.jewelers.competition.entry.Fixtures;
import org.jewelers.competition.judging.RoundFixtures;
import org.jewelers.memberfirms.MemberFirms;
import org.jewelers.testing.TestClock;
import org.jewelers.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The finals' finalists confirmed once: then only added to, or removed from with a reason kept in the history. */
@QuarkusTest
class FinalistConfirmationTest {

    @Inject
    TestClock clock;

    @Inject
    MemberFirms firms;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void theConfirmationIsOneWayAndLaterChangesAreConfirmedOrExplained() {
        Fixtures.Edition edition = Fixtures.openCase();
        List<String> e = AcceptedEntries.inCategory(clock, firms, edition, RoundFixtures.CATEGORY, 5).stream()
                .map(Seeded::entryId).toList();
        Instant opens = edition.duringWindow().plus(Duration.ofDays(60));
        String preJudging = RoundFixtures.preJudging(edition, opens, opens.plus(Duration.ofDays(30)));
        Instant finalsClose = opens.plus(Duration.ofDays(50));
        String finals = RoundFixtures.finals(edition, opens.plus(Duration.ofDays(40)), finalsClose);
        String round = "/api/v1/rounds/" + finals;

        staff().post("/api/v1/rounds/" + preJudging + "/finalists/confirmation").then().statusCode(409);
        staff().post(round + "/finalists/confirmation").then().statusCode(409); // nobody to confirm yet
        staff().contentType(ContentType.JSON).body(Map.of("entryIds", e.subList(0, 2))).put(round + "/finalists")
                .then().statusCode(200);
        // Before the confirmation the set is chosen, not added to or explained away.
        staff().contentType(ContentType.JSON).body(Map.of("entryIds", List.of(e.get(2)))).post(round + "/finalists")
                .then().statusCode(409);
        staff().queryParam("reason", "sold").delete(round + "/finalists/" + e.get(0)).then().statusCode(409);
        staff().get(round).then().statusCode(200).body("finalistsConfirmedAt", equalTo(null))
                .body("finalists.confirmedAt", equalTo(Arrays.asList(null, null)));

        Instant confirmed = opens.plus(Duration.ofDays(35)).truncatedTo(ChronoUnit.SECONDS);
        clock.fix(confirmed);
        JsonPath first = staff().post(round + "/finalists/confirmation").then().statusCode(200)
                .body("finalistsConfirmedAt", equalTo(confirmed.toString()))
                .body("finalists.confirmedAt", equalTo(List.of(confirmed.toString(), confirmed.toString())))
                .extract().jsonPath();
        assertEquals(Set.copyOf(e.subList(0, 2)), Set.copyOf(first.getList("finalists.entryId")));

        clock.fix(confirmed.plus(Duration.ofHours(1)));
        JsonPath again = staff().post(round + "/finalists/confirmation").then().statusCode(200).extract().jsonPath();
        assertEquals(first.getString("finalistsConfirmedAt"), again.getString("finalistsConfirmedAt"));
        assertEquals(first.getList("finalists"), again.getList("finalists"));
        staff().get(round + "/history").then().statusCode(200).body("total", equalTo(1))
                .body("items[0].action", equalTo("finalists-confirmed"));

        // The set can no longer be replaced, by hand or by advancing.
        staff().contentType(ContentType.JSON).body(Map.of("entryIds", e.subList(2, 4))).put(round + "/finalists")
                .then().statusCode(409);
        staff().contentType(ContentType.JSON).body(Map.of("perCategory", 1))
                .post("/api/v1/rounds/" + preJudging + "/advance").then().statusCode(409);

        Instant added = confirmed.plus(Duration.ofDays(2));
        clock.fix(added);
        staff().contentType(ContentType.JSON).body(Map.of("entryIds", List.of(UUID.randomUUID().toString())))
                .post(round + "/finalists").then().statusCode(400).body("errors.field", hasItem("entryIds"));
        staff().contentType(ContentType.JSON).body(Map.of("entryIds", List.of(e.get(2), e.get(0))))
                .post(round + "/finalists").then().statusCode(200)
                .body("finalistsConfirmedAt", equalTo(confirmed.toString()))
                .body("finalists.find { it.entryId == '" + e.get(2) + "' }.confirmedAt", equalTo(added.toString()))
                .body("finalists.find { it.entryId == '" + e.get(0) + "' }.confirmedAt", equalTo(confirmed.toString()));

        String removed = e.get(1);
        staff().delete(round + "/finalists/" + removed).then().statusCode(400);
        staff().queryParam("reason", "  ").delete(round + "/finalists/" + removed).then().statusCode(400);
        String reason = "The piece was sold before the finals";
        staff().queryParam("reason", reason).delete(round + "/finalists/" + removed).then().statusCode(200)
                .body("finalists.entryId", not(hasItem(removed)))
                .body("finalists.size()", equalTo(2));
        staff().queryParam("reason", reason).delete(round + "/finalists/" + removed).then().statusCode(404);

        staff().get(round + "/history").then().statusCode(200)
                .body("items.action", equalTo(List.of("finalist-removed", "finalists-added", "finalists-confirmed")))
                .body("items[0].reason", equalTo(reason))
                .body("items[0].actor", equalTo("staff-1"))
                .body("items[0].changes.finalists.from", hasItem(removed))
                .body("items[0].changes.finalists.to", not(hasItem(removed)));
        staff().get("/api/v1/review/entries/" + removed + "/history").then().statusCode(200)
                .body("items[0].action", equalTo("finalist-removed"))
                .body("items[0].reason", equalTo(reason))
                .body("items[1].action", equalTo("finalist-confirmed"));

        // A finalist removed before the winners cannot win; one added after the confirmation can.
        clock.fix(finalsClose);
        staff().contentType(ContentType.JSON).body(Map.of("winners", List.of(
                        Map.of("category", RoundFixtures.CATEGORY, "entryId", removed))))
                .post(round + "/winners").then().statusCode(400);
        staff().contentType(ContentType.JSON).body(Map.of("winners", List.of(
                        Map.of("category", RoundFixtures.CATEGORY, "entryId", e.get(2)))))
                .post(round + "/winners").then().statusCode(200);
        staff().get("/api/v1/review/entries/" + removed).then().body("status", equalTo("not-selected"));
        // Once the winners are confirmed the finalists stay as they are.
        staff().contentType(ContentType.JSON).body(Map.of("entryIds", List.of(e.get(3)))).post(round + "/finalists")
                .then().statusCode(409);
    }

    @Test
    void onlyStaffConfirmAddRemoveAndReadTheHistory() {
        String round = "/api/v1/rounds/" + UUID.randomUUID();
        String entry = UUID.randomUUID().toString();
        for (String token : List.of(Tokens.entrant("entrant-" + UUID.randomUUID(), null),
                Tokens.judge("judge-" + UUID.randomUUID()))) {
            given().auth().oauth2(token).post(round + "/finalists/confirmation").then().statusCode(403);
            given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("entryIds", List.of(entry)))
                    .post(round + "/finalists").then().statusCode(403);
            given().auth().oauth2(token).queryParam("reason", "no").delete(round + "/finalists/" + entry).then()
                    .statusCode(403);
            given().auth().oauth2(token).get(round + "/history").then().statusCode(403);
        }
        given().post(round + "/finalists/confirmation").then().statusCode(401);
        staff().post(round + "/finalists/confirmation").then().statusCode(404);
    }

    private static RequestSpecification staff() {
        return given().auth().oauth2(Tokens.staff());
    }
}
