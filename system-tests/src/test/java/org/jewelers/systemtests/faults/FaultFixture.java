package org.jewelers.systemtests.faults;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.is;

import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.jewelers.devstack.App;
import org.jewelers.devstack.DevTokens;
import org.jewelers.systemtests.RunningSystem;
import org.jewelers.systemtests.authorization.Bodies;

/**
 * What the clients write to, made before any fault: member firms whose standing staff change, an employer that
 * posts jobs, drafts ready to submit, and submitted entries a judge scores in an open round.
 */
final class FaultFixture {

    static final List<String> CATEGORIES = List.of("retailer-up-to-2000", "retailer-rings", "retailer-brooches",
            "retailer-pendants");
    static final String CRITERION = "overall-design";
    static final String JUDGE = "fault-judge";
    static final int STANDING_CLIENTS = 3;
    static final int FIRMS_PER_STANDING_CLIENT = 4;
    /** Each firm may enter four pieces an edition; with one submit every two seconds they last the whole schedule. */
    private static final int SUBMITTING_FIRMS = 20;
    private static final int JUDGED_YEAR = 2150;
    private static final int SUBMIT_YEAR = 2151;

    /** A complete entry waiting to be submitted by its entrant. */
    record Draft(UUID entry, String entrantToken) {
    }

    final String staff;
    final List<List<UUID>> standingFirms = new ArrayList<>();
    final UUID probeFirm;
    final String employerToken;
    final UUID probeJob;
    final List<Draft> drafts = new ArrayList<>();
    final UUID round;
    final List<UUID> judgedEntries = new ArrayList<>();
    final String judgeToken;
    final String judgedEntrantToken;

    private final LocalDate today = LocalDate.now();
    private final byte[] photo = Bodies.png();
    private int firms;

    FaultFixture(DevTokens tokens, ServiceTables tables) {
        this.staff = tokens.staff();
        List<UUID> everyFirm = new ArrayList<>();
        for (int client = 0; client < STANDING_CLIENTS; client++) {
            List<UUID> owned = IntStream.range(0, FIRMS_PER_STANDING_CLIENT).mapToObj(i -> firm()).toList();
            standingFirms.add(owned);
            everyFirm.addAll(owned);
        }
        probeFirm = firm();
        UUID employer = firm();
        UUID judgedFirm = firm();
        List<UUID> submitting = IntStream.range(0, SUBMITTING_FIRMS).mapToObj(i -> firm()).toList();
        everyFirm.addAll(List.of(probeFirm, employer, judgedFirm));
        everyFirm.addAll(submitting);
        // Careers and the competition vouch for a firm only once the directory's events reached them.
        await("careers and competition hear of every firm").atMost(Duration.ofSeconds(120)).until(() ->
                tables.memberFirmStandings(App.CAREERS).keySet().containsAll(strings(everyFirm))
                        && tables.memberFirmStandings(App.COMPETITION).keySet().containsAll(strings(everyFirm)));

        employerToken = tokens.mint("fault-employer", "member", employer.toString());
        probeJob = UUID.fromString(created(send(employerToken).contentType(ContentType.JSON)
                .body(Clients.job("Probe posting")).post("/api/v1/jobs")));

        judgedEntrantToken = tokens.mint("fault-entrant-judged", "entrant", judgedFirm.toString());
        judgeToken = tokens.mint(JUDGE, "judge", null);
        String judgedEdition = edition(JUDGED_YEAR);
        for (String category : CATEGORIES) {
            UUID entry = completeEntry(judgedEntrantToken, judgedEdition, category);
            send(judgedEntrantToken).contentType(ContentType.JSON).header("Idempotency-Key", "fixture-" + entry)
                    .body(Map.of()).post("/api/v1/entries/" + entry + "/submit").then().statusCode(200);
            send(staff).contentType(ContentType.JSON).body(Map.of("eligible", true))
                    .post("/api/v1/review/entries/" + entry + "/screening").then().statusCode(200);
            judgedEntries.add(entry);
        }
        Instant now = Instant.now();
        round = UUID.fromString(created(send(staff).contentType(ContentType.JSON).body(Map.of(
                "editionId", judgedEdition, "stage", "pre-judging",
                "opens", now.minus(Duration.ofHours(1)).toString(), "closes", now.plus(Duration.ofDays(7)).toString()))
                .post("/api/v1/rounds")));
        // Rounds assign only the judges on the edition's roster.
        send(staff).contentType(ContentType.JSON).body(Map.of("name", "Fault Judge", "email", JUDGE + "@judges.example"))
                .put("/api/v1/editions/" + judgedEdition + "/judges/" + JUDGE).then().statusCode(anyOf(is(200), is(201)));
        for (String category : CATEGORIES) {
            send(staff).contentType(ContentType.JSON).body(Map.of("category", category, "judge", JUDGE))
                    .post("/api/v1/rounds/" + round + "/assignments").then().statusCode(200);
        }

        String submitEdition = edition(SUBMIT_YEAR);
        for (int i = 0; i < submitting.size(); i++) {
            String entrant = tokens.mint("fault-entrant-" + i, "entrant", submitting.get(i).toString());
            for (String category : CATEGORIES) {
                drafts.add(new Draft(completeEntry(entrant, submitEdition, category), entrant));
            }
        }
    }

    static RequestSpecification send(String token) {
        return given().spec(RunningSystem.gateway()).auth().oauth2(token);
    }

    private UUID firm() {
        firms++;
        String number = "JA-72" + String.format("%04d", firms);
        return UUID.fromString(created(send(staff).contentType(ContentType.JSON).body(Map.of(
                "number", number, "name", "Fault Firm " + firms + " Jewelers", "kind", "retailer",
                "locations", List.of(Map.of("address", firms + " Fault Line", "city", "Providence", "state", "RI",
                        "zip", "02903")))).post("/api/v1/members")));
    }

    private String edition(int year) {
        return created(send(staff).contentType(ContentType.JSON).body(Map.of("program", "case-awards", "year", year,
                "title", "CASE Awards " + year + " (fault suite)", "timeZone", "America/New_York",
                "opens", today.minusDays(1) + "T00:00", "closes", today.plusDays(30) + "T23:59",
                "categories", CATEGORIES.stream().map(code -> Map.of("code", code, "name", "Retailer: " + code,
                        "division", "retailer", "minValueCents", 0, "maxValueCents", 200_000)).toList()))
                .post("/api/v1/editions"));
    }

    private UUID completeEntry(String entrant, String edition, String category) {
        UUID entry = UUID.fromString(created(send(entrant).contentType(ContentType.JSON).body(Map.of(
                "editionId", edition, "category", category, "title", "Fault suite piece in " + category,
                "description", "A piece made for the fault suite.",
                "materialsAndTechniques", "Sterling silver, hand-forged", "retailValueCents", 150_000,
                "noMakersMarkVisible", true)).post("/api/v1/entries")));
        send(entrant).multiPart("file", "photo.png", photo, "image/png").multiPart("kind", "photo")
                .post("/api/v1/entries/" + entry + "/images").then().statusCode(201);
        return entry;
    }

    private static String created(Response response) {
        ExtractableResponse<Response> answer = response.then().extract();
        if (answer.statusCode() != 201) {
            throw new IllegalStateException("setting up the fault suite: " + answer.statusCode() + " "
                    + answer.body().asString());
        }
        return answer.path("id");
    }

    private static List<String> strings(List<UUID> ids) {
        return ids.stream().map(UUID::toString).toList();
    }
}
