package org.jewelers.competition.judging;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.jewelers.competition.judging.Panel.assign;
import static org.jewelers.competition.judging.RoundFixtures.preJudging;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.http.Header;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jewelers.competition.entry.AcceptedEntries;
import org.jewelers.competition.entry.AcceptedEntries.Seeded;
import org.jewelers.competition.entry.Fixtures;
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

/** Rounds, judges and their conflicts, blind views and scoring, over accepted entries of a CASE edition. */
@QuarkusTest
class JudgingTest {

    private static final String CATEGORY = RoundFixtures.CATEGORY;

    @Inject
    TestClock clock;

    @Inject
    MemberFirms firms;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    /** Five accepted entries in one category, each from a firm and entrant of its own. */
    private List<Seeded> acceptedEntries(Fixtures.Edition edition) {
        return AcceptedEntries.inCategory(clock, firms, edition, CATEGORY, 5);
    }

    @Test
    void automaticAssignmentIsBalancedAndConflictedJudgesNeverSeeTheirFirmsEntries() {
        Fixtures.Edition edition = Fixtures.openCase();
        List<Seeded> entries = acceptedEntries(edition);
        Instant opens = edition.duringWindow().plus(Duration.ofDays(60));
        String round = preJudging(edition, opens, opens.plus(Duration.ofDays(30)));
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON)
                .body(Map.of("editionId", edition.id(), "stage", "pre-judging", "opens", opens.toString(),
                        "closes", opens.plusSeconds(60).toString()))
                .post("/api/v1/rounds").then().statusCode(409);

        String suffix = UUID.randomUUID().toString();
        List<String> judges = List.of("judge-a-" + suffix, "judge-b-" + suffix, "judge-c-" + suffix);
        assign(round, Map.of("category", CATEGORY, "judges", judges, "judgesPerEntry", 2)).then().statusCode(200)
                .body("added", equalTo(10));
        Map<String, Integer> load = new HashMap<>();
        given().auth().oauth2(Tokens.staff()).queryParam("size", 100).get("/api/v1/rounds/" + round + "/assignments")
                .then().statusCode(200).body("total", equalTo(10)).extract().jsonPath().<String>getList("items.judge")
                .forEach(j -> load.merge(j, 1, Integer::sum));
        assertEquals(Set.copyOf(judges), load.keySet());
        int most = load.values().stream().max(Integer::compare).orElseThrow();
        int least = load.values().stream().min(Integer::compare).orElseThrow();
        assertTrue(most - least <= 1, "loads " + load);
        assertTrue(most <= (int) Math.ceil(5 * 2 / 3.0) + 1, "loads " + load);

        String conflicted = "judge-tied-" + suffix;
        Seeded tied = entries.get(0);
        given().auth().oauth2(Tokens.judge(conflicted)).contentType(ContentType.JSON)
                .body(Map.of("memberIds", List.of(tied.firm().toString()))).put("/api/v1/judging/conflicts")
                .then().statusCode(200).body("memberIds", equalTo(List.of(tied.firm().toString())));
        assign(round, Map.of("category", CATEGORY, "judge", conflicted)).then().statusCode(200).body("added", equalTo(4));
        given().auth().oauth2(Tokens.judge(conflicted)).get("/api/v1/judging/rounds/" + round + "/entries").then()
                .statusCode(200).body("total", equalTo(4)).body("items.id", not(hasItem(tied.entryId())));
        given().auth().oauth2(Tokens.judge(conflicted))
                .get("/api/v1/judging/rounds/" + round + "/entries/" + tied.entryId()).then().statusCode(404);

        // A tie declared after assignment, before the judge is shown any entry, removes the assignment too.
        String late = judges.get(0);
        String lateEntry = given().auth().oauth2(Tokens.staff()).queryParam("size", 100)
                .get("/api/v1/rounds/" + round + "/assignments").then()
                .extract().path("items.find { it.judge == '" + late + "' }.entryId");
        UUID lateFirm = entries.stream().filter(s -> s.entryId().equals(lateEntry)).findFirst().orElseThrow().firm();
        given().auth().oauth2(Tokens.judge(late)).contentType(ContentType.JSON)
                .body(Map.of("memberIds", List.of(lateFirm.toString()))).put("/api/v1/judging/conflicts")
                .then().statusCode(200);
        given().auth().oauth2(Tokens.judge(late)).get("/api/v1/judging/rounds/" + round + "/entries/" + lateEntry)
                .then().statusCode(404);
        given().auth().oauth2(Tokens.staff()).queryParam("size", 100).get("/api/v1/rounds/" + round + "/assignments")
                .then().body("items.findAll { it.judge == '" + late + "' }.entryId", not(hasItem(lateEntry)));
        given().auth().oauth2(Tokens.entrant("e-" + suffix, null)).get("/api/v1/rounds/" + round).then().statusCode(403);
    }

    /**
     * Once a judge has been shown the entries (they listed them, or the round opened), a declared tie would make the
     * firm's entries vanish from their list and so name them: it is refused, and the judge recuses per entry instead.
     */
    @Test
    void aJudgeWhoWasShownTheEntriesRecusesInsteadOfDeclaringATie() {
        Fixtures.Edition edition = Fixtures.openCase();
        List<Seeded> entries = acceptedEntries(edition);
        Instant opens = edition.duringWindow().plus(Duration.ofDays(60));
        String round = preJudging(edition, opens, opens.plus(Duration.ofDays(30)));
        String looked = "judge-looked-" + UUID.randomUUID();
        String waited = "judge-waited-" + UUID.randomUUID();
        for (String judge : List.of(looked, waited)) {
            assign(round, Map.of("category", CATEGORY, "judge", judge)).then().statusCode(200).body("added", equalTo(5));
        }
        String list = "/api/v1/judging/rounds/" + round + "/entries";
        List<String> shown = given().auth().oauth2(Tokens.judge(looked)).get(list).then().statusCode(200)
                .body("total", equalTo(5)).extract().jsonPath().getList("items.id");
        Seeded tied = entries.get(2);
        Map<String, Object> tie = Map.of("memberIds", List.of(tied.firm().toString()));

        String detail = given().auth().oauth2(Tokens.judge(looked)).contentType(ContentType.JSON).body(tie)
                .put("/api/v1/judging/conflicts").then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://jewelers.example/problems/conflicts-after-entries-shown"))
                .extract().path("detail");
        assertTrue(detail.contains("/recusal"), detail);
        assertNoSecret("the refusal", given().auth().oauth2(Tokens.judge(looked)).contentType(ContentType.JSON)
                .body(tie).put("/api/v1/judging/conflicts"), entries.stream().flatMap(s -> s.secrets().stream())
                .filter(secret -> !secret.equals(tied.firm().toString())).toList());
        given().auth().oauth2(Tokens.judge(looked)).get(list).then().statusCode(200)
                .body("items.id", equalTo(shown));
        given().auth().oauth2(Tokens.judge(looked)).get("/api/v1/judging/conflicts").then()
                .body("memberIds.size()", equalTo(0));
        // Declaring again what was declared changes nothing and is no news.
        given().auth().oauth2(Tokens.judge(looked)).contentType(ContentType.JSON).body(Map.of("memberIds", List.of()))
                .put("/api/v1/judging/conflicts").then().statusCode(200);
        recuse(round, tied.entryId(), looked);
        given().auth().oauth2(Tokens.judge(looked)).get(list).then().body("total", equalTo(4));

        // A judge who never looked is refused all the same once the round has opened.
        clock.fix(opens);
        given().auth().oauth2(Tokens.judge(waited)).contentType(ContentType.JSON).body(tie)
                .put("/api/v1/judging/conflicts").then().statusCode(409)
                .body("type", equalTo("https://jewelers.example/problems/conflicts-after-entries-shown"));
        given().auth().oauth2(Tokens.staff()).queryParam("size", 100).get("/api/v1/rounds/" + round + "/assignments")
                .then().body("items.findAll { it.judge == '" + waited + "' }.size()", equalTo(5));
    }

    @Test
    void judgesScoreUntilTheRoundClosesAndStaffSeeProgress() {
        Fixtures.Edition edition = Fixtures.openCase();
        List<Seeded> entries = acceptedEntries(edition);
        Instant opens = edition.duringWindow().plus(Duration.ofDays(60));
        Instant closes = opens.plus(Duration.ofDays(30));
        String round = preJudging(edition, opens, closes);
        String judge = "judge-" + UUID.randomUUID();
        assign(round, Map.of("category", CATEGORY, "judge", judge)).then().statusCode(200).body("added", equalTo(5));
        String entry = entries.get(1).entryId();
        String scores = "/api/v1/judging/rounds/" + round + "/entries/" + entry + "/scores";
        Map<String, Object> all = Map.of("scores", Map.of("overall-design", 8, "marketability", 7,
                "practicality-and-wearability", 6, "quality-of-manufacture", 9));

        clock.fix(opens.minusSeconds(1));
        given().auth().oauth2(Tokens.judge(judge)).contentType(ContentType.JSON).body(all).put(scores).then().statusCode(409);
        clock.fix(opens.plus(Duration.ofDays(1)));
        given().auth().oauth2(Tokens.judge(judge)).contentType(ContentType.JSON)
                .body(Map.of("scores", Map.of("overall-design", 11))).put(scores).then().statusCode(400)
                .body("errors.field", hasItem("scores.overall-design"));
        given().auth().oauth2(Tokens.judge(judge)).contentType(ContentType.JSON)
                .body(Map.of("scores", Map.of("charm", 5))).put(scores).then().statusCode(400);
        given().auth().oauth2(Tokens.judge(judge)).contentType(ContentType.JSON)
                .body(Map.of("scores", Map.of("overall-design", 5))).put(scores).then().statusCode(200)
                .body("complete", equalTo(false));
        given().auth().oauth2(Tokens.staff()).get("/api/v1/rounds/" + round + "/progress").then().statusCode(200)
                .body("judges[0].key", equalTo(judge)).body("judges[0].assigned", equalTo(5))
                .body("judges[0].scored", equalTo(0));
        given().auth().oauth2(Tokens.judge(judge)).contentType(ContentType.JSON).body(all).put(scores).then()
                .statusCode(200).body("complete", equalTo(true)).body("scores.overall-design", equalTo(8));
        given().auth().oauth2(Tokens.judge(judge)).post("/api/v1/judging/rounds/" + round + "/entries/"
                + entries.get(2).entryId() + "/recusal").then().statusCode(204);
        given().auth().oauth2(Tokens.staff()).get("/api/v1/rounds/" + round + "/progress").then().statusCode(200)
                .body("judges[0].assigned", equalTo(4)).body("judges[0].scored", equalTo(1))
                .body("judges[0].recused", equalTo(1))
                .body("categories[0].key", equalTo(CATEGORY)).body("categories[0].scored", equalTo(1));

        clock.fix(closes);
        given().auth().oauth2(Tokens.judge(judge)).contentType(ContentType.JSON).body(all).put(scores).then()
                .statusCode(409);
        given().auth().oauth2(Tokens.judge(judge)).get("/api/v1/judging/rounds/" + round + "/entries/" + entry).then()
                .statusCode(200).body("scores.marketability", equalTo(7));
    }

    @Test
    void theFinalsJudgeOnlyTheFinalistsStaffChose() {
        Fixtures.Edition edition = Fixtures.openCase();
        List<Seeded> entries = acceptedEntries(edition);
        Instant opens = edition.duringWindow().plus(Duration.ofDays(60));
        String preJudging = preJudging(edition, opens, opens.plus(Duration.ofDays(30)));
        String finals = given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON)
                .body(Map.of("editionId", edition.id(), "stage", "finals", "opens", opens.plus(Duration.ofDays(40)).toString(),
                        "closes", opens.plus(Duration.ofDays(50)).toString(),
                        "rubric", Map.of("scaleMin", 0, "scaleMax", 5, "criteria", List.of(
                                Map.of("code", "design", "name", "Design", "weight", 2),
                                Map.of("code", "craft", "name", "Craft", "weight", 1)))))
                .post("/api/v1/rounds").then().statusCode(201).body("criteria.code", equalTo(List.of("design", "craft")))
                .extract().path("id");
        List<String> chosen = List.of(entries.get(1).entryId(), entries.get(3).entryId());
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body(Map.of("entryIds", chosen))
                .put("/api/v1/rounds/" + preJudging + "/finalists").then().statusCode(409);
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON)
                .body(Map.of("entryIds", List.of(UUID.randomUUID().toString())))
                .put("/api/v1/rounds/" + finals + "/finalists").then().statusCode(400).body("errors.field", hasItem("entryIds"));
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body(Map.of("entryIds", chosen))
                .put("/api/v1/rounds/" + finals + "/finalists").then().statusCode(200);
        given().auth().oauth2(Tokens.staff()).queryParam("edition", edition.id()).get("/api/v1/rounds").then()
                .statusCode(200).body("total", equalTo(2)).body("items.stage", equalTo(List.of("pre-judging", "finals")));
        String judge = "judge-" + UUID.randomUUID();
        assign(finals, Map.of("category", CATEGORY, "judge", judge)).then().statusCode(200).body("added", equalTo(2));
        given().auth().oauth2(Tokens.judge(judge)).get("/api/v1/judging/rounds/" + finals + "/entries").then()
                .statusCode(200).body("items.id", equalTo(chosen));
        assign(finals, Map.of("category", "retailer-best-in-show", "judge", judge)).then().statusCode(400);
    }

    /** Gives every criterion of the standard rubric the same score, so that the weighted mean is that score. */
    private static void score(String round, String entry, String judge, int value) {
        given().auth().oauth2(Tokens.judge(judge)).contentType(ContentType.JSON)
                .body(Map.of("scores", Map.of("overall-design", value, "marketability", value,
                        "practicality-and-wearability", value, "quality-of-manufacture", value)))
                .put("/api/v1/judging/rounds/" + round + "/entries/" + entry + "/scores").then().statusCode(200);
    }

    private static void recuse(String round, String entry, String judge) {
        given().auth().oauth2(Tokens.judge(judge))
                .post("/api/v1/judging/rounds/" + round + "/entries/" + entry + "/recusal").then().statusCode(204);
    }

    /**
     * A lenient judge (scores 8 to 10) and a strict one (2 to 8) see overlapping entries. E1, seen only by the
     * lenient judge, has the best raw mean (9) but is merely that judge's average; normalised, E2 (the strict
     * judge's best) and E3 (best of both, after E1 for the lenient) pass it.
     */
    @Test
    void normalisationCorrectsALenientJudge() {
        Fixtures.Edition edition = Fixtures.openCase();
        List<String> e = acceptedEntries(edition).stream().map(Seeded::entryId).toList();
        Instant opens = edition.duringWindow().plus(Duration.ofDays(60));
        String round = preJudging(edition, opens, opens.plus(Duration.ofDays(30)));
        String lenient = "judge-lenient-" + UUID.randomUUID();
        String strict = "judge-strict-" + UUID.randomUUID();
        assign(round, Map.of("category", CATEGORY, "judge", lenient)).then().statusCode(200);
        assign(round, Map.of("category", CATEGORY, "judge", strict)).then().statusCode(200);
        clock.fix(opens.plus(Duration.ofDays(1)));
        recuse(round, e.get(1), lenient);
        recuse(round, e.get(0), strict);
        score(round, e.get(0), lenient, 9);
        score(round, e.get(2), lenient, 10);
        score(round, e.get(3), lenient, 8);
        score(round, e.get(4), lenient, 9);
        score(round, e.get(1), strict, 8);
        score(round, e.get(2), strict, 6);
        score(round, e.get(3), strict, 2);
        score(round, e.get(4), strict, 4);

        var results = given().auth().oauth2(Tokens.staff()).get("/api/v1/rounds/" + round + "/results").then()
                .statusCode(200).body("uncalibratedJudges", equalTo(List.of())).extract().jsonPath();
        assertEquals(List.of(e.get(1), e.get(2), e.get(0), e.get(4), e.get(3)),
                results.getList("categories[0].entries.entryId"));
        assertEquals(List.of(1, 2, 3, 4, 5), results.getList("categories[0].entries.rank"));
        assertEquals(9.0, results.getDouble("categories[0].entries.find { it.entryId == '" + e.get(0) + "' }.weightedMean"));
        assertEquals(0.0, results.getDouble("categories[0].entries.find { it.entryId == '" + e.get(0) + "' }.normalisedScore"));
    }

    /**
     * A judge with 2 scores and one who gives every entry 7 cannot be calibrated: their means sit around the middle
     * of the scale (5.5) in half-ranges (4.5). Three entries then tie, and all of them advance at a cut-off of 2.
     */
    @Test
    void uncalibratedJudgesAreRescaledAndTiesAtTheCutOffAllAdvance() {
        Fixtures.Edition edition = Fixtures.openCase();
        List<String> e = acceptedEntries(edition).stream().map(Seeded::entryId).toList();
        Instant opens = edition.duringWindow().plus(Duration.ofDays(60));
        String round = preJudging(edition, opens, opens.plus(Duration.ofDays(30)));
        String few = "judge-few-" + UUID.randomUUID();
        String flat = "judge-flat-" + UUID.randomUUID();
        assign(round, Map.of("category", CATEGORY, "judge", few)).then().statusCode(200);
        assign(round, Map.of("category", CATEGORY, "judge", flat)).then().statusCode(200);
        clock.fix(opens.plus(Duration.ofDays(1)));
        e.subList(2, 5).forEach(entry -> recuse(round, entry, few));
        score(round, e.get(0), few, 10);
        score(round, e.get(1), few, 1);
        e.forEach(entry -> score(round, entry, flat, 7));

        var results = given().auth().oauth2(Tokens.staff()).get("/api/v1/rounds/" + round + "/results").then()
                .statusCode(200).extract().jsonPath();
        assertEquals(Map.of(few, "fewer-than-3-scores", flat, "no-spread"), Map.of(
                results.getString("uncalibratedJudges[0].judge"), results.getString("uncalibratedJudges[0].reason"),
                results.getString("uncalibratedJudges[1].judge"), results.getString("uncalibratedJudges[1].reason")));
        assertEquals(e.get(0), results.getString("categories[0].entries[0].entryId"));
        assertEquals(0.666667, results.getDouble("categories[0].entries[0].normalisedScore"), 1e-9);
        assertEquals(List.of(1, 2, 2, 2, 5), results.getList("categories[0].entries.rank"));
        assertEquals(e.get(1), results.getString("categories[0].entries[4].entryId"));

        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body(Map.of("perCategory", 2))
                .post("/api/v1/rounds/" + round + "/advance").then().statusCode(409);
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON)
                .body(Map.of("editionId", edition.id(), "stage", "finals", "opens", opens.plus(Duration.ofDays(40)).toString(),
                        "closes", opens.plus(Duration.ofDays(50)).toString()))
                .post("/api/v1/rounds").then().statusCode(201);
        List<String> finalists = given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON)
                .body(Map.of("perCategory", 2)).post("/api/v1/rounds/" + round + "/advance").then().statusCode(200)
                .extract().jsonPath().getList("entryIds");
        assertEquals(Set.of(e.get(0), e.get(2), e.get(3), e.get(4)), Set.copyOf(finalists));
    }

    @Test
    void confirmedWinnersAreAnnouncedOnceAndPublished() throws Exception {
        // Results published as the finals close (published.PublishedResultsTest tests the publication time itself).
        Fixtures.Edition edition = Fixtures.openCase("08-07T12:00");
        List<Seeded> seeded = acceptedEntries(edition);
        List<String> e = seeded.stream().map(Seeded::entryId).toList();
        Instant opens = edition.duringWindow().plus(Duration.ofDays(60));
        Instant closes = opens.plus(Duration.ofDays(10));
        String finals = given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON)
                .body(Map.of("editionId", edition.id(), "stage", "finals", "opens", opens.toString(),
                        "closes", closes.toString()))
                .post("/api/v1/rounds").then().statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body(Map.of("entryIds", e.subList(0, 3)))
                .put("/api/v1/rounds/" + finals + "/finalists").then().statusCode(200);
        Map<String, Object> choice = Map.of("winners", List.of(Map.of("category", CATEGORY, "entryId", e.get(0)),
                Map.of("category", "retailer-best-in-show", "entryId", e.get(1))));
        String winners = "/api/v1/rounds/" + finals + "/winners";

        clock.fix(closes.minusSeconds(1));
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body(choice).post(winners).then().statusCode(409);
        given().get("/api/v1/editions/" + edition.id() + "/results").then().statusCode(404);
        clock.fix(closes);
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON)
                .body(Map.of("winners", List.of(Map.of("category", CATEGORY, "entryId", e.get(3)))))
                .post(winners).then().statusCode(400).body("errors.field", hasItem("winners"));
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON)
                .body(Map.of("winners", List.of(Map.of("category", "supplier-best-in-show", "entryId", e.get(1)))))
                .post(winners).then().statusCode(400);
        List<String> awards = given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body(choice)
                .post(winners).then().statusCode(200)
                .body("category", equalTo(List.of("retailer-best-in-show", CATEGORY)))
                .body("designerName[1]", equalTo(seeded.get(0).secrets().get(1)))
                .extract().jsonPath().getList("id");
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON)
                .body(Map.of("winners", List.of(Map.of("category", CATEGORY, "entryId", e.get(2))))).post(winners)
                .then().statusCode(200).body("id", equalTo(awards));

        String category = "categories.find { it.code == '" + CATEGORY + "' }";
        given().get("/api/v1/editions/" + edition.id() + "/results").then().statusCode(200)
                .body("categories.find { it.code == 'retailer-best-in-show' }.winner.entryId", equalTo(e.get(1)))
                .body(category + ".winner.entryId", equalTo(e.get(0)))
                .body(category + ".winner.pieceTitle", equalTo("Tidepool Cuff"))
                .body(category + ".finalists.entryId", containsInAnyOrder(e.get(1), e.get(2)));
        given().auth().oauth2(Tokens.staff()).get("/api/v1/review/entries/" + e.get(4)).then()
                .body("status", equalTo("not-selected"));

        ObjectMapper json = new ObjectMapper();
        Contracts contracts = new Contracts();
        List<JsonNode> granted = TopicReader.readUntil(Infrastructure.kafka().bootstrapServers(),
                        Topics.COMPETITION_AWARDS.name(), read -> read.stream().filter(r -> awards.contains(r.key()))
                                .map(ConsumerRecord::key).distinct().count() == awards.size())
                .stream().filter(r -> awards.contains(r.key())).map(r -> read(json, r.value())).toList();
        assertEquals(awards.size(), granted.size(), "one award event per winner");
        for (JsonNode event : granted) {
            assertEquals(EventTypes.AWARD_GRANTED, event.path("type").asText());
            contracts.validate(event.path("type").asText(), event.path("data"));
            assertEquals(edition.year(), event.path("data").path("editionYear").asInt());
            assertEquals("Tidepool Cuff", event.path("data").path("citation").path("pieceTitle").asText());
        }
        assertEquals(seeded.get(0).firm().toString(), granted.stream()
                .filter(g -> g.path("data").path("category").asText().equals(CATEGORY)).findFirst().orElseThrow()
                .path("data").path("memberId").asText());

        Map<String, String> decided = new HashMap<>();
        TopicReader.readUntil(Infrastructure.kafka().bootstrapServers(), Topics.COMPETITION_ENTRIES.name(),
                        read -> read.stream().filter(r -> e.contains(r.key()) && r.value().contains(EventTypes.ENTRY_RESULT_DECIDED))
                                .count() >= e.size())
                .stream().filter(r -> e.contains(r.key())).map(r -> read(json, r.value()))
                .filter(event -> event.path("type").asText().equals(EventTypes.ENTRY_RESULT_DECIDED))
                .forEach(event -> {
                    contracts.validate(event.path("type").asText(), event.path("data"));
                    assertEquals(null, decided.put(event.path("subject").asText(), event.path("data").path("status").asText()));
                });
        assertEquals(Map.of(e.get(0), "winner", e.get(1), "winner", e.get(2), "finalist", e.get(3), "not-selected",
                e.get(4), "not-selected"), decided);
    }

    private static JsonNode read(ObjectMapper json, String value) {
        try {
            return json.readTree(value);
        } catch (Exception failure) {
            throw new AssertionError(failure);
        }
    }

    /** Every judge operation in the service's OpenAPI document, as "METHOD /path/{template}". */
    private static final Set<String> JUDGE_OPERATIONS = Set.of("GET /api/v1/judging/rounds",
            "GET /api/v1/judging/rounds/{roundId}/entries", "GET /api/v1/judging/rounds/{roundId}/entries/{entryId}",
            "GET /api/v1/judging/rounds/{roundId}/entries/{entryId}/images/{imageId}",
            "GET /api/v1/judging/rounds/{roundId}/entries/{entryId}/images/{imageId}/thumbnail",
            "PUT /api/v1/judging/rounds/{roundId}/entries/{entryId}/scores",
            "POST /api/v1/judging/rounds/{roundId}/entries/{entryId}/recusal",
            "GET /api/v1/judging/conflicts", "PUT /api/v1/judging/conflicts",
            "GET /api/v1/judging/rounds/{roundId}/dossiers", "GET /api/v1/judging/rounds/{roundId}/dossiers/{dossierId}",
            "GET /api/v1/judging/rounds/{roundId}/dossiers/{dossierId}/photo",
            "PUT /api/v1/judging/rounds/{roundId}/dossiers/{dossierId}/scores",
            "POST /api/v1/judging/rounds/{roundId}/dossiers/{dossierId}/recusal");

    /**
     * Walks every judge operation the service documents, as an assigned judge, and looks for anything that
     * identifies an entrant in every body and header; then walks them again as a judge tied to one entrant's firm,
     * aimed at that entry, which no operation may reach. An operation the walk does not know fails the test, so a
     * new route cannot escape it.
     */
    @Test
    void noJudgingAnswerIdentifiesAnEntrantOrReachesAConflictedJudge() throws Exception {
        Fixtures.Edition edition = Fixtures.openCase();
        List<Seeded> entries = acceptedEntries(edition);
        Instant opens = edition.duringWindow().plus(Duration.ofDays(60));
        String round = preJudging(edition, opens, opens.plus(Duration.ofDays(30)));
        Seeded first = entries.get(0);
        String subject = "judge-" + UUID.randomUUID();
        String tiedSubject = "judge-tied-" + UUID.randomUUID();
        Map<String, Object> tie = Map.of("memberIds", List.of(first.firm().toString()));
        given().auth().oauth2(Tokens.judge(tiedSubject)).contentType(ContentType.JSON).body(tie)
                .put("/api/v1/judging/conflicts").then().statusCode(200);
        assign(round, Map.of("category", CATEGORY, "judge", subject)).then().statusCode(200);
        assign(round, Map.of("category", CATEGORY, "judge", tiedSubject)).then().statusCode(200);
        clock.fix(opens.plus(Duration.ofDays(1)));
        String image = given().auth().oauth2(Tokens.judge(subject))
                .get("/api/v1/judging/rounds/" + round + "/entries/" + first.entryId())
                .then().statusCode(200).extract().path("images[0].id");
        // A CASE round judges no dossier: every dossier of it answers 404.
        Map<String, String> ids = Map.of("roundId", round, "entryId", first.entryId(), "imageId", image,
                "dossierId", UUID.randomUUID().toString());
        Map<String, Object> score = Map.of("scores", Map.of("overall-design", 7));
        List<String> secrets = entries.stream().flatMap(s -> s.secrets().stream()).toList();

        Map<String, Response> free = walk(Tokens.judge(subject), ids, Map.of(
                "/api/v1/judging/rounds/{roundId}/entries/{entryId}/scores", score,
                "/api/v1/judging/rounds/{roundId}/dossiers/{dossierId}/scores", score,
                "/api/v1/judging/conflicts", Map.of("memberIds", List.of(UUID.randomUUID().toString()))));
        assertEquals(JUDGE_OPERATIONS, free.keySet());
        free.forEach((operation, response) -> {
            // Shown the entries, the judge can no longer declare a new tie: they recuse instead.
            if (operation.equals("PUT /api/v1/judging/conflicts")) {
                assertEquals(409, response.statusCode(), operation);
            } else if (operation.contains("{dossierId}")) {
                assertEquals(404, response.statusCode(), operation);
            } else {
                assertTrue(response.statusCode() < 300, operation + " answered " + response.statusCode());
            }
            assertNoSecret(operation, response, secrets);
        });

        Map<String, Response> tied = walk(Tokens.judge(tiedSubject), ids, Map.of(
                "/api/v1/judging/rounds/{roundId}/entries/{entryId}/scores", score,
                "/api/v1/judging/rounds/{roundId}/dossiers/{dossierId}/scores", score, "/api/v1/judging/conflicts", tie));
        assertEquals(JUDGE_OPERATIONS, tied.keySet());
        // The tied judge's own declaration names the firm they named; nothing else may.
        List<String> undeclared = secrets.stream().filter(secret -> !secret.equals(first.firm().toString())).toList();
        tied.forEach((operation, response) -> {
            assertNoSecret(operation, response, operation.endsWith("/conflicts") ? undeclared : secrets);
            if (operation.contains("{entryId}") || operation.contains("{dossierId}")) {
                assertEquals(404, response.statusCode(), operation);
            } else {
                assertTrue(response.statusCode() < 300, operation + " answered " + response.statusCode());
                assertFalse(response.asString().contains(first.entryId()), operation + " shows the conflicted entry");
            }
        });
    }

    /** Calls every judging operation of the OpenAPI document as the judge; recusals last, since they end a view. */
    private static Map<String, Response> walk(String judge, Map<String, String> ids, Map<String, Object> bodies)
            throws Exception {
        JsonNode document = new ObjectMapper().readTree(given().queryParam("format", "json").get("/q/openapi").asString());
        Map<String, Response> answers = new LinkedHashMap<>();
        List<String[]> recusals = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (!path.getKey().startsWith("/api/v1/judging")) {
                continue;
            }
            String url = path.getKey();
            for (Map.Entry<String, String> id : ids.entrySet()) {
                url = url.replace("{" + id.getKey() + "}", id.getValue());
            }
            for (Iterator<String> methods = path.getValue().fieldNames(); methods.hasNext(); ) {
                String method = methods.next().toUpperCase();
                if (method.equals("POST")) {
                    recusals.add(new String[] {path.getKey(), url});
                    continue;
                }
                var request = given().auth().oauth2(judge);
                if (method.equals("PUT")) {
                    request = request.contentType(ContentType.JSON).body(bodies.get(path.getKey()));
                }
                answers.put(method + " " + path.getKey(), request.request(method, url));
            }
        }
        for (String[] recusal : recusals) {
            answers.put("POST " + recusal[0], given().auth().oauth2(judge).post(recusal[1]));
        }
        return answers;
    }

    private static void assertNoSecret(String call, Response response, Collection<String> secrets) {
        String body = response.asString();
        for (String secret : secrets) {
            assertFalse(body.contains(secret), call + " shows " + secret);
            for (Header header : response.headers()) {
                assertFalse(header.getValue().contains(secret), call + " shows " + secret + " in " + header.getName());
            }
        }
    }
}
