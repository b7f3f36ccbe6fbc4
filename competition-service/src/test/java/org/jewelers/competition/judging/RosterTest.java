package org.jewelers.competition.judging;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jewelers.competition.entry.AcceptedEntries;
import org.jewelers.competition.entry.Fixtures;
import org.jewelers.memberfirms.MemberFirms;
import org.jewelers.testing.TestClock;
import org.jewelers.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The judges of an edition: staff keep them, rounds assign only them, and their firm's entries never reach them. */
@QuarkusTest
class RosterTest {

    private static final String CATEGORY = "retailer-up-to-2000";
    private static final String NOT_ON_ROSTER = "https://jewelers.example/problems/judge-not-on-roster";

    @Inject
    TestClock clock;

    @Inject
    MemberFirms firms;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private static String round(Fixtures.Edition edition, Instant opens) {
        return given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON)
                .body(Map.of("editionId", edition.id(), "stage", "pre-judging", "opens", opens.toString(),
                        "closes", opens.plus(Duration.ofDays(30)).toString()))
                .post("/api/v1/rounds").then().statusCode(201).extract().path("id");
    }

    @Test
    void staffKeepTheRosterAndRoundsAssignOnlyFromIt() {
        Fixtures.Edition edition = Fixtures.openCase();
        String judges = "/api/v1/editions/" + edition.id() + "/judges";
        String judge = "judge-roster-" + UUID.randomUUID();
        UUID firm = UUID.randomUUID();
        Panel.enrol(edition.id(), judge, null).then().statusCode(201)
                .body("subject", equalTo(judge)).body("email", equalTo(judge + "@judges.example"));
        Panel.enrol(edition.id(), judge, firm).then().statusCode(200).body("memberId", equalTo(firm.toString()));
        given().auth().oauth2(Tokens.staff()).get(judges).then().statusCode(200).body("total", equalTo(1))
                .body("items[0].name", equalTo("Judge " + judge)).body("items[0].memberId", equalTo(firm.toString()));
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON)
                .body(Map.of("name", "No Mail", "email", "not an address")).put(judges + "/judge-x").then().statusCode(400);
        given().auth().oauth2(Tokens.staff()).get("/api/v1/editions/" + UUID.randomUUID() + "/judges").then()
                .statusCode(404);
        for (String token : List.of(Tokens.judge(judge), Tokens.entrant("e-" + judge, firm.toString()))) {
            given().auth().oauth2(token).get(judges).then().statusCode(403);
            given().auth().oauth2(token).contentType(ContentType.JSON)
                    .body(Map.of("name", "Me", "email", "me@example.com")).put(judges + "/" + judge).then().statusCode(403);
            given().auth().oauth2(token).delete(judges + "/" + judge).then().statusCode(403);
        }

        String round = round(edition, edition.duringWindow().plus(Duration.ofDays(60)));
        String stranger = "judge-stranger-" + UUID.randomUUID();
        Panel.assignUnenrolled(round, Map.of("category", CATEGORY, "judge", stranger)).then().statusCode(409)
                .body("type", equalTo(NOT_ON_ROSTER)).body("detail", containsString(stranger));
        Panel.assignUnenrolled(round, Map.of("category", CATEGORY, "judges", List.of(judge, stranger),
                        "judgesPerEntry", 1)).then().statusCode(409)
                .body("type", equalTo(NOT_ON_ROSTER)).body("detail", containsString(stranger))
                .body("detail", not(containsString(judge)));
        Panel.assignUnenrolled(round, Map.of("category", CATEGORY, "judge", judge)).then().statusCode(200);

        given().auth().oauth2(Tokens.staff()).delete(judges + "/" + judge).then().statusCode(204);
        given().auth().oauth2(Tokens.staff()).get(judges).then().body("total", equalTo(0));
        given().auth().oauth2(Tokens.staff()).delete(judges + "/" + judge).then().statusCode(404);
    }

    /**
     * The firm a judge works at, as the roster or their token says, is kept from them: the roster's when assigning,
     * both when showing. A judge who scored stays on the roster; one who did not leaves with their assignments.
     */
    @Test
    void aJudgeNeverGetsNorSeesTheEntriesOfTheFirmTheyWorkAt() {
        Fixtures.Edition edition = Fixtures.openCase();
        List<AcceptedEntries.Seeded> entries = AcceptedEntries.inCategory(clock, firms, edition, CATEGORY, 3);
        AcceptedEntries.Seeded own = entries.get(0);
        Instant opens = edition.duringWindow().plus(Duration.ofDays(60));
        String round = round(edition, opens);

        String employed = "judge-employed-" + UUID.randomUUID();
        Panel.enrol(edition.id(), employed, own.firm()).then().statusCode(201);
        Panel.assignUnenrolled(round, Map.of("category", CATEGORY, "judge", employed)).then().statusCode(200)
                .body("added", equalTo(2));
        String automatic = "judge-automatic-" + UUID.randomUUID();
        Panel.enrol(edition.id(), automatic, own.firm()).then().statusCode(201);
        Panel.assignUnenrolled(round, Map.of("category", CATEGORY, "judges", List.of(automatic), "judgesPerEntry", 2))
                .then().statusCode(200).body("added", equalTo(2));
        given().auth().oauth2(Tokens.staff()).queryParam("size", 100).get("/api/v1/rounds/" + round + "/assignments")
                .then().body("items.findAll { it.entryId == '" + own.entryId() + "' }.judge",
                        not(hasItem(employed)))
                .body("items.findAll { it.entryId == '" + own.entryId() + "' }.judge", not(hasItem(automatic)));

        // The token names the firm though the roster does not: assigned everything, shown nothing of the firm.
        String tokened = "judge-tokened-" + UUID.randomUUID();
        Panel.assign(round, Map.of("category", CATEGORY, "judge", tokened)).then().statusCode(200)
                .body("added", equalTo(3));
        String token = Tokens.token(tokened, Set.of("judge"), own.firm().toString());
        String list = "/api/v1/judging/rounds/" + round + "/entries";
        given().auth().oauth2(token).get(list).then().statusCode(200).body("total", equalTo(2))
                .body("items.id", not(hasItem(own.entryId())));
        given().auth().oauth2(token).get(list + "/" + own.entryId()).then().statusCode(404);
        given().auth().oauth2(Tokens.judge(tokened)).get(list).then().body("total", equalTo(3));

        clock.fix(opens.plus(Duration.ofDays(1)));
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("scores", Map.of("overall-design", 7)))
                .put(list + "/" + own.entryId() + "/scores").then().statusCode(404);
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("scores", Map.of("overall-design", 7)))
                .put(list + "/" + entries.get(1).entryId() + "/scores").then().statusCode(200);
        String judges = "/api/v1/editions/" + edition.id() + "/judges/";
        given().auth().oauth2(Tokens.staff()).delete(judges + tokened).then().statusCode(409);
        given().auth().oauth2(Tokens.staff()).delete(judges + employed).then().statusCode(204);
        given().auth().oauth2(Tokens.staff()).queryParam("size", 100).get("/api/v1/rounds/" + round + "/assignments")
                .then().body("items.judge", not(hasItem(employed))).body("items.judge", hasItem(tokened));
    }
}
