package org.jewelers.systemtests;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jewelers.contracts.Topics;
import org.jewelers.systemtests.authorization.Callers;
import org.jewelers.testing.TopicReader;
import org.junit.jupiter.api.Test;

/**
 * A 20 Under 40 edition from nominations to published honorees, through the gateway on the real clock: self and
 * colleague nominations (consented from the emailed link), a panel of four judges of whom one works at a nominee's
 * firm and one declared a tie to another's, balanced assignment, blind dossiers, scores, standings per list, staff's
 * choice of honorees (outside the top places only with a reason), one award event per honoree, and the public
 * honorees from the publication time on, pictured only where the nominee agreed.
 */
class TwentyUnderFortyScenarioTest {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 6);

    /** A nominee as the scenario made them, with what it expects of their dossier. */
    private record Nominee(String name, String email, String employer, String list, boolean agreedToPhoto,
                           String dossier) {
    }

    private final String staff = RunningSystem.tokens().staff();
    private final List<Nominee> nominees = new ArrayList<>();

    @Test
    void nominationsBecomePublishedHonoreesThroughAPanelThatNeverSeesAConflictedNominee() {
        String benchFirm = CompetitionDesk.firm("Harbor Bench " + RUN, "retailer", "Missoula", "MT", "59801");
        String quarryFirm = CompetitionDesk.firm("Quarry Lane " + RUN, "retailer", "Bozeman", "MT", "59715");
        String gemFirm = CompetitionDesk.firm("Gemline Supply " + RUN, "supplier", "Providence", "RI", "02903");
        String castFirm = CompetitionDesk.firm("Castwell Findings " + RUN, "manufacturer", "Attleboro", "MA", "02703");
        String edition = CompetitionDesk.edition("20-under-40", "20 Under 40 panel scenario", List.of(
                Map.of("code", "retail", "name", "Retail", "honorees", 2),
                Map.of("code", "suppliers", "name", "Suppliers", "honorees", 2)));

        selfNomination(edition, "Avery Lindqvist", benchFirm, "retail", true, LocalDate.of(1991, 4, 13));
        selfNomination(edition, "Bea Marchetti", quarryFirm, "retail", false, LocalDate.of(1993, 9, 2));
        colleagueNomination(edition, "Cyrus Adeyemi", benchFirm, "retail", true, LocalDate.of(1990, 1, 27),
                "Nadia Fairbanks", benchFirm);
        colleagueNomination(edition, "Dara Holloway", gemFirm, "suppliers", false, LocalDate.of(1992, 6, 8),
                "Norris Penhaligon", gemFirm);
        selfNomination(edition, "Emil Sorensen", castFirm, "suppliers", true, LocalDate.of(1994, 11, 30));

        Map<String, String> judges = new LinkedHashMap<>();
        String judgeAtBench = judge(edition, "bench", benchFirm, judges);
        String judgeTiedToGem = judge(edition, "tied", null, judges);
        judge(edition, "three", null, judges);
        judge(edition, "four", null, judges);
        CompetitionDesk.as(judges.get(judgeTiedToGem)).contentType(ContentType.JSON)
                .body(Map.of("memberIds", List.of(gemFirm))).put("/api/v1/judging/conflicts").then().statusCode(200);

        Instant closes = Instant.now().plusSeconds(25);
        String round = CompetitionDesk.as(staff).contentType(ContentType.JSON)
                .body(Map.of("editionId", edition, "stage", "pre-judging",
                        "opens", Instant.now().minus(Duration.ofHours(1)).toString(), "closes", closes.toString()))
                .post("/api/v1/rounds").then().statusCode(201).extract().path("id");
        for (String list : List.of("retail", "suppliers")) {
            CompetitionDesk.as(staff).contentType(ContentType.JSON)
                    .body(Map.of("category", list, "judges", judges.keySet(), "judgesPerEntry", 2))
                    .post("/api/v1/rounds/" + round + "/assignments").then().statusCode(200);
        }
        Map<String, List<String>> dossiersByJudge = assignments(round);
        assertFalse(dossiersByJudge.get(judgeAtBench).stream().anyMatch(d -> employerOf(d).equals(benchFirm)),
                "the judge who works at Harbor Bench was given one of its nominees: " + dossiersByJudge);
        assertFalse(dossiersByJudge.get(judgeTiedToGem).stream().anyMatch(d -> employerOf(d).equals(gemFirm)),
                "the judge tied to Gemline was given one of its nominees: " + dossiersByJudge);
        Set<Integer> loads = dossiersByJudge.values().stream().map(List::size).collect(Collectors.toSet());
        assertTrue(loads.stream().mapToInt(i -> i).max().orElseThrow()
                - loads.stream().mapToInt(i -> i).min().orElseThrow() <= 1, "loads differ by more than one: " + dossiersByJudge);
        assertEquals(nominees.size() * 2, dossiersByJudge.values().stream().mapToInt(List::size).sum());

        List<String> criteria = CompetitionDesk.as(staff).get("/api/v1/rounds/" + round).then().statusCode(200)
                .extract().jsonPath().getList("criteria.code");
        dossiersByJudge.forEach((judge, dossiers) -> judgeTheirDossiers(judges.get(judge), round, dossiers, criteria));

        CompetitionDesk.awaitPast(closes);
        Map<String, List<String>> standings = standings(round);
        List<String> retail = standings.get("retail");
        assertEquals(3, retail.size(), () -> "the retail list's standings: " + standings);
        assertEquals(2, standings.get("suppliers").size(), () -> "the suppliers list's standings: " + standings);

        String outside = retail.get(2);
        confirm(outside, null).statusCode(422).body("type", endsWith("honoree-outside-standings"));
        Map<String, String> awards = new LinkedHashMap<>();
        awards.put(outside, confirm(outside, "The panel chair asked for the bench program to be honored")
                .statusCode(201).extract().path("awardId"));
        for (String dossier : List.of(retail.get(0), standings.get("suppliers").get(0), standings.get("suppliers").get(1))) {
            awards.put(dossier, confirm(dossier, null).statusCode(201).extract().path("awardId"));
        }

        assertOneGrantPerHonoree(awards.values());
        awards.forEach((dossier, award) -> confirm(dossier, null).statusCode(200).body("awardId", equalTo(award)));
        await().during(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(15))
                .until(() -> grantsOf(TopicReader.readAll(RunningSystem.kafkaBootstrap(),
                        Topics.COMPETITION_AWARDS.name()), awards.values()).values().stream().allMatch(n -> n == 1));

        Nominee pictured = awards.keySet().stream().map(this::nominee).filter(Nominee::agreedToPhoto).findFirst().orElseThrow();
        Nominee unpictured = awards.keySet().stream().map(this::nominee).filter(n -> !n.agreedToPhoto()).findFirst().orElseThrow();
        Instant publication = CompetitionDesk.publishAt(edition, Instant.now().plusSeconds(8));
        CompetitionDesk.as(null).get("/api/v1/editions/" + edition + "/results").then().statusCode(404);
        CompetitionDesk.as(null).get(photoOf(edition, awards.get(pictured.dossier()))).then().statusCode(404);

        CompetitionDesk.awaitPast(publication);
        JsonPath results = CompetitionDesk.as(null).get("/api/v1/editions/" + edition + "/results").then()
                .statusCode(200).extract().jsonPath();
        awards.forEach((dossier, award) -> assertPublished(results, edition, nominee(dossier), award));
        assertEquals(awards.size(), results.getList("lists.honorees.flatten()").size(), "honorees published");
        CompetitionDesk.as(null).get(photoOf(edition, awards.get(pictured.dossier()))).then().statusCode(200)
                .contentType(startsWith("image/"));
        CompetitionDesk.as(null).get(photoOf(edition, awards.get(unpictured.dossier()))).then().statusCode(404);
    }

    private void selfNomination(String edition, String name, String employer, String list, boolean publishPhoto,
                                LocalDate born) {
        String subject = "tuf-nominee-" + name.split(" ")[0].toLowerCase() + "-" + RUN;
        String token = Callers.named(subject, "entrant", employer, name);
        String nomination = CompetitionDesk.nominate(token, Map.of("editionId", edition, "nominatedBy", "self"),
                "Custom Design Manager", born, employer);
        CompetitionDesk.submitWithPhoto(token, nomination, publishPhoto);
        String email = subject + "@dev.jewelers.example";
        SeededPrivateFacts.add(subject, email, born.toString());
        nominees.add(new Nominee(name, email, employer, list, publishPhoto, CompetitionDesk.screenEligible(nomination)));
    }

    private void colleagueNomination(String edition, String name, String employer, String list, boolean publishPhoto,
                                     LocalDate born, String nominatorName, String nominatorFirm) {
        String nominator = "tuf-nominator-" + nominatorName.split(" ")[0].toLowerCase() + "-" + RUN;
        String token = Callers.named(nominator, "entrant", nominatorFirm, nominatorName);
        String email = name.split(" ")[0].toLowerCase() + "-" + RUN + "@example.com";
        String nomination = CompetitionDesk.nominate(token, Map.of("editionId", edition, "nominatedBy", "colleague",
                "nomineeName", name, "nomineeEmail", email), "Operations Lead", born, employer);
        CompetitionDesk.submitWithPhoto(token, nomination, false);
        CompetitionDesk.consent(email, publishPhoto);
        SeededPrivateFacts.add(nominator, nominator + "@dev.jewelers.example", nominatorName, email, born.toString());
        nominees.add(new Nominee(name, email, employer, list, publishPhoto, CompetitionDesk.screenEligible(nomination)));
    }

    /** Puts a judge on the edition's roster (working at {@code firm}, if any); their subject, their token kept. */
    private String judge(String edition, String who, String firm, Map<String, String> tokens) {
        String subject = "tuf-judge-" + who + "-" + RUN;
        Map<String, Object> enrolment = new HashMap<>(Map.of("name", "Judge " + who, "email", subject + "@example.com"));
        if (firm != null) {
            enrolment.put("memberId", firm);
        }
        CompetitionDesk.as(staff).contentType(ContentType.JSON).body(enrolment)
                .put("/api/v1/editions/" + edition + "/judges/" + subject).then().statusCode(201);
        tokens.put(subject, Callers.named(subject, "judge", firm, "Judge " + who));
        SeededPrivateFacts.add(subject);
        return subject;
    }

    /** The round's dossiers by judge, every rostered judge listed. */
    private Map<String, List<String>> assignments(String round) {
        JsonPath page = CompetitionDesk.as(staff).queryParam("size", 100).get("/api/v1/rounds/" + round + "/assignments")
                .then().statusCode(200).extract().jsonPath();
        Map<String, List<String>> byJudge = new LinkedHashMap<>();
        List<Map<String, Object>> items = page.getList("items");
        items.forEach(item -> byJudge.computeIfAbsent((String) item.get("judge"), j -> new ArrayList<>())
                .add((String) item.get("dossierId")));
        return byJudge;
    }

    /**
     * The judge reads their dossiers, which name nobody who nominated, and scores each by the nominee's place in
     * the scenario's order (earlier nominees score higher), the same on every criterion.
     */
    private void judgeTheirDossiers(String token, String round, List<String> dossiers, List<String> criteria) {
        String base = "/api/v1/judging/rounds/" + round + "/dossiers";
        List<String> listed = CompetitionDesk.as(token).queryParam("size", 100).get(base).then().statusCode(200)
                .extract().jsonPath().getList("items.id");
        assertEquals(Set.copyOf(dossiers), Set.copyOf(listed), "the judge's dossiers");
        for (String dossier : dossiers) {
            String body = CompetitionDesk.as(token).get(base + "/" + dossier).then().statusCode(200)
                    .body("nomineeName", equalTo(nominee(dossier).name())).extract().asString();
            for (String nominator : List.of("Nadia Fairbanks", "Norris Penhaligon", "tuf-nominator-")) {
                assertFalse(body.contains(nominator), () -> "a judge's dossier names a nominator: " + body);
            }
            int score = 10 - nominees.indexOf(nominee(dossier));
            Map<String, Integer> scores = criteria.stream().collect(Collectors.toMap(c -> c, c -> score));
            CompetitionDesk.as(token).contentType(ContentType.JSON).body(Map.of("scores", scores))
                    .put(base + "/" + dossier + "/scores").then().statusCode(200).body("complete", equalTo(true));
        }
    }

    /** Each list's dossiers, best first. */
    private Map<String, List<String>> standings(String round) {
        JsonPath results = CompetitionDesk.as(staff).get("/api/v1/rounds/" + round + "/results").then().statusCode(200)
                .extract().jsonPath();
        Map<String, List<String>> byList = new HashMap<>();
        List<Map<String, Object>> categories = results.getList("categories");
        for (Map<String, Object> category : categories) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> ranked = (List<Map<String, Object>>) category.get("entries");
            byList.put((String) category.get("category"), ranked.stream()
                    .sorted(Comparator.comparing(r -> (Integer) r.get("rank")))
                    .map(r -> (String) r.get("dossierId")).toList());
        }
        return byList;
    }

    private ValidatableResponse confirm(String dossier, String reason) {
        Map<String, String> choice = new HashMap<>(Map.of("citation", nominee(dossier).name() + " leads by example."));
        if (reason != null) {
            choice.put("reason", reason);
        }
        return CompetitionDesk.as(staff).contentType(ContentType.JSON).body(choice)
                .post("/api/v1/review/dossiers/" + dossier + "/honoree").then();
    }

    private static void assertOneGrantPerHonoree(Collection<String> awards) {
        List<ConsumerRecord<String, String>> records = TopicReader.readUntil(RunningSystem.kafkaBootstrap(),
                Topics.COMPETITION_AWARDS.name(), read -> grantsOf(read, awards).values().stream().allMatch(n -> n > 0));
        assertEquals(awards.stream().collect(Collectors.toMap(a -> a, a -> 1L)), grantsOf(records, awards),
                "award.granted events per honoree");
    }

    /** How many {@code competition.award.granted} events name each award. */
    private static Map<String, Long> grantsOf(List<ConsumerRecord<String, String>> records, Collection<String> awards) {
        return awards.stream().collect(Collectors.toMap(award -> award, award -> records.stream()
                .filter(r -> r.value().contains("competition.award.granted") && r.value().contains(award)).count()));
    }

    private void assertPublished(JsonPath results, String edition, Nominee nominee, String award) {
        Map<String, Object> honoree = results.getMap("lists.find { it.code == '" + nominee.list() + "' }.honorees"
                + ".find { it.honoreeId == '" + award + "' }");
        assertTrue(honoree != null, () -> nominee.name() + " is not among the " + nominee.list() + " honorees: "
                + results.prettify());
        assertEquals(nominee.name(), honoree.get("name"));
        if (nominee.agreedToPhoto()) {
            assertEquals(photoOf(edition, award), honoree.get("photo"), nominee.name() + "'s photo");
        } else {
            assertNull(honoree.get("photo"), nominee.name() + " did not agree to a published photo");
        }
    }

    private static String photoOf(String edition, String award) {
        return "/api/v1/editions/" + edition + "/results/honorees/" + award + "/photo";
    }

    private Nominee nominee(String dossier) {
        return nominees.stream().filter(n -> n.dossier().equals(dossier)).findFirst()
                .orElseThrow(() -> new AssertionError("no nominee of the scenario has dossier " + dossier));
    }

    private String employerOf(String dossier) {
        return nominee(dossier).employer();
    }
}
