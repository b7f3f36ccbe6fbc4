package org.jewelers.competition.honoree;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jewelers.competition.judging.Panel;
import org.jewelers.competition.nomination.Nominees;
import org.jewelers.contracts.Topics;
import org.jewelers.memberfirms.MemberFirms;
import org.jewelers.testing.Infrastructure;
import org.jewelers.testing.TestClock;
import org.jewelers.testing.Tokens;
import org.jewelers.testing.TopicReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A 20 Under 40 edition judged by a panel: dossiers assigned without conflicted judges, shown without their
 * nominators, scored and ranked per list; honorees confirmed from the standings, each announced once.
 */
@QuarkusTest
class PanelTest {

    private static final String LIST = "retail";
    private static final List<String> RUBRIC = List.of("success-in-field", "leadership-and-innovation",
            "community-potential", "code-of-practices");

    @Inject
    TestClock clock;

    @Inject
    MemberFirms firms;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    /** A nominee's dossier, the firm employing them, and what would identify their nominator. */
    record Nominee(String dossier, UUID employer, List<String> nominator) {
    }

    /** Nominated by a colleague at another firm, consented, screened eligible. */
    private Nominee nominee(Nominees.Edition edition, int i) {
        UUID employer = Nominees.firm(firms);
        UUID nominatorFirm = Nominees.firm(firms);
        Nominees.Nominator nominator = Nominees.nominator(nominatorFirm);
        String email = Nominees.uniqueEmail("nominee");
        Map<String, Object> body = Nominees.colleague(edition, "Nominee " + i + " " + UUID.randomUUID(), email);
        body.put("list", LIST);
        body.put("employerMemberId", employer.toString());
        String id = Nominees.draft(nominator, body);
        Nominees.submit(nominator.token(), id).then().statusCode(200);
        given().post("/api/v1/nominations/consent/" + Nominees.consentToken(email)).then().statusCode(200);
        Nominees.screenEligible(id);
        return new Nominee(Nominees.dossierOf(id), employer, List.of(nominator.subject(), nominator.name(),
                nominator.email(), nominatorFirm.toString()));
    }

    @Test
    void aPanelJudgesTheDossiersOfAListAndStaffConfirmHonoreesFromTheStandings() {
        Nominees.Edition edition = Nominees.withHonorees(2);
        clock.fix(edition.duringWindow());
        List<Nominee> nominees = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            nominees.add(nominee(edition, i));
        }
        List<String> dossiers = nominees.stream().map(Nominee::dossier).toList();
        // Submitted, not screened: not judged.
        String unscreened = Nominees.dossierOf(Nominees.submitted(edition, Nominees.firm(firms), LIST));

        Instant opens = edition.duringWindow().plus(Duration.ofDays(90));
        Instant closes = opens.plus(Duration.ofDays(30));
        String round = given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON)
                .body(Map.of("editionId", edition.id(), "stage", "pre-judging", "opens", opens.toString(),
                        "closes", closes.toString()))
                .post("/api/v1/rounds").then().statusCode(201).body("criteria.code", equalTo(RUBRIC))
                .extract().path("id");

        String suffix = UUID.randomUUID().toString();
        List<String> panel = List.of("panel-a-" + suffix, "panel-b-" + suffix, "panel-c-" + suffix, "panel-d-" + suffix);
        Panel.assign(round, Map.of("category", LIST, "judges", panel, "judgesPerEntry", 2)).then().statusCode(200)
                .body("added", equalTo(8));
        JsonPath assigned = given().auth().oauth2(Tokens.staff()).queryParam("size", 100)
                .get("/api/v1/rounds/" + round + "/assignments").then().statusCode(200).extract().jsonPath();
        assertEquals(Set.copyOf(dossiers), Set.copyOf(assigned.getList("items.dossierId")));
        assertEquals(List.of(), assigned.getList("items.findAll { it.entryId != null }"));
        Map<String, Integer> load = new HashMap<>();
        assigned.<String>getList("items.judge").forEach(j -> load.merge(j, 1, Integer::sum));
        assertEquals(Map.of(panel.get(0), 2, panel.get(1), 2, panel.get(2), 2, panel.get(3), 2), load);

        // Conflicts by the roster's firm, by declaration and by the token's firm.
        String employed = "panel-employed-" + suffix;
        Panel.enrol(edition.id(), employed, nominees.get(0).employer()).then().statusCode(201);
        Panel.assignUnenrolled(round, Map.of("category", LIST, "judge", employed)).then().body("added", equalTo(3));
        String declared = "panel-declared-" + suffix;
        given().auth().oauth2(Tokens.judge(declared)).contentType(ContentType.JSON)
                .body(Map.of("memberIds", List.of(nominees.get(1).employer().toString())))
                .put("/api/v1/judging/conflicts").then().statusCode(200);
        Panel.assign(round, Map.of("category", LIST, "judge", declared)).then().body("added", equalTo(3));
        String tokened = "panel-tokened-" + suffix;
        Panel.assign(round, Map.of("category", LIST, "judge", tokened)).then().body("added", equalTo(4));
        given().auth().oauth2(Tokens.staff()).queryParam("size", 100).get("/api/v1/rounds/" + round + "/assignments")
                .then().body("items.findAll { it.judge == '" + employed + "' }.dossierId", not(hasItem(dossiers.get(0))))
                .body("items.findAll { it.judge == '" + declared + "' }.dossierId", not(hasItem(dossiers.get(1))))
                .body("items.dossierId", not(hasItem(unscreened)));
        String token = Tokens.token(tokened, Set.of("judge"), nominees.get(2).employer().toString());
        String judging = "/api/v1/judging/rounds/" + round + "/dossiers";
        given().auth().oauth2(token).get(judging).then().statusCode(200).body("total", equalTo(3))
                .body("items.id", not(hasItem(dossiers.get(2))));
        given().auth().oauth2(token).get(judging + "/" + dossiers.get(2)).then().statusCode(404);
        given().auth().oauth2(token).get(judging + "/" + dossiers.get(2) + "/photo").then().statusCode(404);

        // The judge's view: the nominee, never the nominator.
        List<String> secrets = nominees.stream().flatMap(n -> n.nominator().stream()).toList();
        String judge = panel.get(0);
        Response mine = given().auth().oauth2(Tokens.judge(judge)).get(judging);
        mine.then().statusCode(200).body("total", equalTo(2)).body("items[0].list", equalTo(LIST))
                .body("items[0].listName", equalTo("Retail"))
                .body("items[0].jobTitle", equalTo("Custom Design Manager"))
                .body("items[0].employerName", containsString("Hartwell Jewelers"))
                .body("items[0].essays[0].achievements", containsString("custom design studio"));
        String seen = mine.path("items[0].id");
        List<Response> answers = List.of(mine, given().auth().oauth2(Tokens.judge(judge)).get(judging + "/" + seen));
        for (Response answer : answers) {
            secrets.forEach(secret -> assertFalse(answer.asString().contains(secret), "shows " + secret));
        }
        given().auth().oauth2(Tokens.judge(judge)).get(judging + "/" + seen + "/photo").then().statusCode(200)
                .contentType("image/jpeg");
        given().auth().oauth2(Tokens.judge(judge)).get("/api/v1/judging/rounds/" + round + "/entries").then()
                .statusCode(200).body("total", equalTo(0));

        // Every panel judge gives dossier i the same mean: 9, 7, 5, 3.
        clock.fix(opens.plus(Duration.ofDays(1)));
        for (String member : panel) {
            for (String dossier : assigned.<String>getList("items.findAll { it.judge == '" + member + "' }.dossierId")) {
                int value = 9 - 2 * dossiers.indexOf(dossier);
                Map<String, Integer> scores = new HashMap<>();
                RUBRIC.forEach(c -> scores.put(c, value));
                given().auth().oauth2(Tokens.judge(member)).contentType(ContentType.JSON).body(Map.of("scores", scores))
                        .put(judging + "/" + dossier + "/scores").then().statusCode(200).body("complete", equalTo(true));
            }
        }
        given().auth().oauth2(Tokens.staff()).get("/api/v1/rounds/" + round + "/progress").then().statusCode(200)
                .body("categories[0].key", equalTo(LIST)).body("categories[0].assigned", equalTo(18))
                .body("categories[0].scored", equalTo(8));
        // Two scores each: no judge can be calibrated, so every mean sits around the scale's middle alike.
        JsonPath standings = given().auth().oauth2(Tokens.staff()).get("/api/v1/rounds/" + round + "/results").then()
                .statusCode(200).extract().jsonPath();
        assertEquals(LIST, standings.getString("categories[0].category"));
        assertEquals(dossiers, standings.getList("categories[0].entries.dossierId"));
        assertEquals(List.of(1, 2, 3, 4), standings.getList("categories[0].entries.rank"));
        assertEquals(0.777778, standings.getDouble("categories[0].entries[0].normalisedScore"), 1e-9);
        assertEquals(Set.copyOf(panel), Set.copyOf(standings.getList("uncalibratedJudges.judge")));
        assertEquals(Set.of("fewer-than-3-scores"), Set.copyOf(standings.getList("uncalibratedJudges.reason")));

        // Honorees: the list has two places; the third is confirmed only with a reason.
        clock.fix(closes);
        String third = dossiers.get(2);
        honor(third, null).then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://jewelers.example/problems/honoree-outside-standings"))
                .body("detail", containsString("ranks 3"));
        String reason = "The panel chair asked for a nominee from the smaller stores";
        String thirdAward = honor(third, reason).then().statusCode(201).body("citation", equalTo("Citation of " + third))
                .extract().path("awardId");
        given().auth().oauth2(Tokens.staff()).get("/api/v1/review/dossiers/" + third + "/history").then()
                .statusCode(200).body("items[0].action", equalTo("honored"))
                .body("items[0].actor", equalTo("staff-1"))
                .body("items[0].reason", containsString(reason));
        String firstAward = honor(dossiers.get(0), null).then().statusCode(201).extract().path("awardId");
        honor(dossiers.get(0), null).then().statusCode(200).body("awardId", equalTo(firstAward));
        honor(dossiers.get(1), null).then().statusCode(409);

        List<String> awards = List.of(firstAward, thirdAward);
        List<String> granted = TopicReader.readUntil(Infrastructure.kafka().bootstrapServers(),
                        Topics.COMPETITION_AWARDS.name(), read -> read.stream().filter(r -> awards.contains(r.key()))
                                .map(r -> r.key()).distinct().count() == awards.size())
                .stream().filter(r -> awards.contains(r.key())).map(r -> r.key()).toList();
        assertEquals(awards.size(), granted.size(), "one award event per honoree: " + granted);
        assertTrue(granted.containsAll(awards));
    }

    private static Response honor(String dossier, String reason) {
        Map<String, Object> body = new HashMap<>(Map.of("citation", "Citation of " + dossier));
        if (reason != null) {
            body.put("reason", reason);
        }
        return given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/review/dossiers/" + dossier + "/honoree");
    }
}
