package org.jewelers.systemtests.uploads;

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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jewelers.devstack.DevTokens;
import org.jewelers.systemtests.RunningSystem;

/**
 * Where the corpus is sent, made through the gateway as their owners make them: a member firm with one entrant,
 * a CASE edition with a draft entry that takes every attack, a draft for files that are taken (each removed again
 * after its check), and a 20 Under 40 draft nomination whose photo stays unset; and, for what judges and staff get,
 * a pre-judging round with one judge.
 */
final class UploadDesk {

    static final String ENTRANT = "upload-corpus-entrant";
    static final String JUDGE = "upload-corpus-judge";
    /** The entrant's token says so, as {@link DevTokens} mints every entrant. */
    static final String ENTRANT_NAME = "Dev entrant";
    static final String ENTRANT_EMAIL = ENTRANT + "@dev.jewelers.example";
    static final String JUDGED_CATEGORY = "retailer-pendants";

    private static final int CASE_YEAR = 2177;
    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final List<String> CATEGORIES = List.of("retailer-up-to-2000", "retailer-rings", JUDGED_CATEGORY);

    final String staff;
    final String entrant;
    final String judge;
    final String edition;
    final String twentyEdition;
    /** Every attack is sent here; nothing may ever be stored on it. */
    final String attackedEntry;
    /** Files the service may take; each is removed after its check, so the entry never fills up. */
    final String scratchEntry;
    /** Its photo is never set: every attack on it must leave it so. */
    final String attackedNomination;

    private UploadDesk() {
        DevTokens tokens = RunningSystem.tokens();
        staff = tokens.staff();
        String firm = post(staff, "/api/v1/members", Map.of("number", "JA-720401", "name", "Upload Corpus Jewelers",
                "kind", "retailer", "locations", List.of(Map.of("address", "9 Bench Street", "city", "New York",
                        "state", "NY", "zip", "10001"))), 201);
        entrant = tokens.mint(ENTRANT, "entrant", firm);
        judge = tokens.mint(JUDGE, "judge", null);
        LocalDate today = LocalDate.now();
        edition = post(staff, "/api/v1/editions", Map.of("program", "case-awards", "year", CASE_YEAR,
                "title", "CASE Awards " + CASE_YEAR + " (upload corpus)", "timeZone", "America/New_York",
                "opens", today.minusDays(1) + "T00:00", "closes", today.plusDays(30) + "T23:59",
                "categories", CATEGORIES.stream().map(code -> Map.of("code", code, "name", "Retailer: " + code,
                        "division", "retailer", "minValueCents", 0, "maxValueCents", 200_000)).toList()), 201);
        twentyEdition = twentyUnderFortyEdition(today);
        attackedEntry = entry("Attacked Brooch", CATEGORIES.get(0));
        scratchEntry = entry("Scratch Ring", CATEGORIES.get(1));
        attackedNomination = post(entrant, "/api/v1/nominations", Map.of("editionId", twentyEdition,
                "nominatedBy", "colleague", "nomineeName", "Rowan Corpus",
                "nomineeEmail", "rowan.corpus@dev.jewelers.example", "jobTitle", "Bench Jeweler"), 201);
    }

    static UploadDesk open() {
        return new UploadDesk();
    }

    RequestSpecification as(String token) {
        return given().spec(RunningSystem.gateway()).auth().oauth2(token);
    }

    String entry(String title, String category) {
        return post(entrant, "/api/v1/entries", Map.of("editionId", edition, "category", category, "title", title,
                "description", "A piece made for the upload corpus.", "materialsAndTechniques", "Sterling silver",
                "retailValueCents", 150_000, "noMakersMarkVisible", true), 201);
    }

    Response uploadImage(String entry, String fileName, byte[] file, String declaredType) {
        return as(entrant).multiPart("file", fileName, file, declaredType).multiPart("kind", "photo")
                .post("/api/v1/entries/" + entry + "/images");
    }

    Response uploadPhoto(String nomination, String fileName, byte[] file, String declaredType) {
        return as(entrant).multiPart("file", fileName, file, declaredType)
                .put("/api/v1/nominations/" + nomination + "/photo");
    }

    /** The entry's images and version, as its entrant sees them: what "nothing stored" compares. */
    String entryState(String entry) {
        ExtractableResponse<Response> answer = as(entrant).get("/api/v1/entries/" + entry).then().statusCode(200)
                .extract();
        return "images=" + answer.path("images.id") + " version=" + answer.path("version");
    }

    int nominationPhotoStatus(String nomination) {
        return as(entrant).get("/api/v1/nominations/" + nomination + "/photo").then().extract().statusCode();
    }

    byte[] download(String token, String path) {
        return as(token).get(path).then().statusCode(200).extract().asByteArray();
    }

    void removeImage(String entry, String image) {
        as(entrant).delete("/api/v1/entries/" + entry + "/images/" + image).then().statusCode(204);
    }

    /** Submits the entry once the competition knows the firm, screens it eligible, and has the judge judge it. */
    String submitForJudging(String entry) {
        await().atMost(PATIENCE).until(() -> as(entrant).contentType(ContentType.JSON)
                .header("Idempotency-Key", "upload-corpus-" + entry).body(Map.of())
                .post("/api/v1/entries/" + entry + "/submit").then().extract().statusCode() == 200);
        as(staff).contentType(ContentType.JSON).body(Map.of("eligible", true))
                .post("/api/v1/review/entries/" + entry + "/screening").then().statusCode(200);
        Instant now = Instant.now();
        String round = post(staff, "/api/v1/rounds", Map.of("editionId", edition, "stage", "pre-judging",
                "opens", now.minus(Duration.ofHours(1)).toString(), "closes", now.plus(Duration.ofDays(7)).toString()),
                201);
        // Rounds assign only the judges on the edition's roster; enrolling again changes nothing that matters here.
        as(staff).contentType(ContentType.JSON).body(Map.of("name", "Upload Judge", "email", JUDGE + "@judges.example"))
                .put("/api/v1/editions/" + edition + "/judges/" + JUDGE).then().statusCode(anyOf(is(200), is(201)));
        as(staff).contentType(ContentType.JSON).body(Map.of("category", JUDGED_CATEGORY, "judge", JUDGE))
                .post("/api/v1/rounds/" + round + "/assignments").then().statusCode(200);
        return round;
    }

    /** A self-nomination with this photo, submitted once the competition knows the firm, as staff then see it. */
    String submittedSelfNomination(byte[] photo) {
        Map<String, Object> body = new HashMap<>();
        body.put("editionId", twentyEdition);
        body.put("nominatedBy", "self");
        body.put("list", "retail");
        body.put("nomineeName", ENTRANT_NAME);
        body.put("jobTitle", "Store Manager");
        body.put("dateOfBirth", LocalDate.now().minusYears(32).toString());
        body.put("fullTime", true);
        body.put("yearsInIndustry", 8);
        body.put("attested", true);
        body.put("essays", Map.of("achievements", "Grew the store's custom design business.",
                "contribution", "Teaches CAD at the community college.", "vision", "Recycled metals as the norm."));
        String nomination = post(entrant, "/api/v1/nominations", body, 201);
        uploadPhoto(nomination, "me.jpg", photo, "image/jpeg").then().statusCode(200);
        await().atMost(PATIENCE).until(() -> {
            as(entrant).post("/api/v1/nominations/" + nomination + "/submit");
            return "submitted".equals(as(entrant).get("/api/v1/nominations/" + nomination).path("status"));
        });
        return nomination;
    }

    /** Another suite opens 20 Under 40 editions in years of its own; a year already taken is skipped. */
    private String twentyUnderFortyEdition(LocalDate today) {
        for (int year = CASE_YEAR; year > CASE_YEAR - 20; year--) {
            ExtractableResponse<Response> answer = as(staff).contentType(ContentType.JSON).body(Map.of(
                    "program", "20-under-40", "year", year, "title", "20 Under 40, class of " + year + " (upload corpus)",
                    "timeZone", "America/New_York", "opens", today.minusDays(1) + "T00:00",
                    "closes", today.plusDays(30) + "T23:59", "ageCutoff", today.plusDays(30).toString(),
                    "categories", List.of(Map.of("code", "retail", "name", "Retail: 20 honorees"))))
                    .post("/api/v1/editions").then().extract();
            if (answer.statusCode() == 201) {
                return answer.path("id");
            }
            if (answer.statusCode() != 409) {
                throw new IllegalStateException("a 20 Under 40 edition answered " + answer.statusCode() + ": "
                        + answer.body().asString());
            }
        }
        throw new IllegalStateException("every year from " + (CASE_YEAR - 19) + " to " + CASE_YEAR
                + " already has a 20 Under 40 edition");
    }

    private String post(String token, String path, Object body, int status) {
        return as(token).contentType(ContentType.JSON).body(body).post(path).then().statusCode(status)
                .extract().path("id");
    }
}
