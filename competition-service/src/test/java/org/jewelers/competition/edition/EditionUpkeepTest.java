package org.jewelers.competition.edition;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jewelers.competition.entry.AcceptedEntries;
import org.jewelers.competition.entry.Fixtures;
import org.jewelers.competition.image.TestImages;
import org.jewelers.memberfirms.MemberFirms;
import org.jewelers.testing.TestClock;
import org.jewelers.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Staff's changes to an edition: each setting, the refusals that protect entrants, the history. */
@QuarkusTest
class EditionUpkeepTest {

    private static final String STRANDS = "https://jewelers.example/problems/edition-change-strands-submissions";

    @Inject
    TestClock clock;

    @Inject
    MemberFirms firms;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    static Response patch(String editionId, Object body) {
        return given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body(body)
                .patch("/api/v1/editions/" + editionId);
    }

    /** The edition's categories as staff send them back: the full list, each a map to change. */
    static List<Map<String, Object>> categories(String editionId) {
        List<Map<String, Object>> categories = new ArrayList<>();
        for (Map<String, Object> category : given().get("/api/v1/editions/" + editionId).then().statusCode(200)
                .extract().jsonPath().<Map<String, Object>>getList("categories")) {
            categories.add(new HashMap<>(category));
        }
        return categories;
    }

    private static Map<String, Object> category(List<Map<String, Object>> categories, String code) {
        return categories.stream().filter(c -> c.get("code").equals(code)).findFirst().orElseThrow();
    }

    /** A piece submitted (not yet screened) by an entrant of a retailer of its own. */
    private String submitted(Fixtures.Edition edition, String category, long retailValueCents) {
        String entrant = Fixtures.entrant(Fixtures.firm(firms, "active"));
        clock.fix(edition.duringWindow());
        String id = given().auth().oauth2(entrant).contentType(ContentType.JSON)
                .body(Fixtures.piece(edition, category, retailValueCents)).post("/api/v1/entries")
                .then().statusCode(201).extract().path("id");
        Fixtures.upload(entrant, id, TestImages.png(40, 30), "photo.png", "image/png", "photo").then().statusCode(201);
        Fixtures.submit(entrant, id).then().statusCode(200);
        return id;
    }

    @Test
    void removingACategoryWithSubmittedEntriesIsRefusedNamingThemAndChangesNothing() {
        Fixtures.Edition edition = Fixtures.openCase();
        String submitted = submitted(edition, "retailer-2001-5000", 300_000);
        String accepted = AcceptedEntries.one(clock, firms, edition, "retailer", "retailer-2001-5000", 400_000,
                edition.duringWindow().plusSeconds(1)).entryId();
        String entrant = Fixtures.entrant(Fixtures.firm(firms, "active"));
        String draft = given().auth().oauth2(entrant).contentType(ContentType.JSON)
                .body(Fixtures.piece(edition, "retailer-5001-10000", 700_000)).post("/api/v1/entries")
                .then().statusCode(201).extract().path("id");
        Fixtures.upload(entrant, draft, TestImages.png(40, 30), "photo.png", "image/png", "photo").then().statusCode(201);

        List<Map<String, Object>> without = categories(edition.id());
        without.removeIf(c -> c.get("code").equals("retailer-2001-5000"));
        patch(edition.id(), Map.of("categories", without)).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo(STRANDS))
                .body("entryIds", equalTo(List.of(submitted, accepted)));
        given().get("/api/v1/editions/" + edition.id()).then().body("categories.code", hasItem("retailer-2001-5000"));

        // A draft holds nothing: its category goes, and its submit is refused by the rules as they are then.
        without.removeIf(c -> c.get("code").equals("retailer-5001-10000"));
        without.add(category(categories(edition.id()), "retailer-2001-5000"));
        patch(edition.id(), Map.of("categories", without)).then().statusCode(200)
                .body("categories.code", not(hasItem("retailer-5001-10000")));
        Fixtures.submit(entrant, draft).then().statusCode(422)
                .body("errors[0].message", equalTo("category-enterable: the edition no longer has the category "
                        + "'retailer-5001-10000'"));
    }

    @Test
    void narrowingABandPastASubmittedEntryIsRefusedAndUpToItIsNot() {
        Fixtures.Edition edition = Fixtures.openCase();
        String entry = submitted(edition, "retailer-2001-5000", 300_000);
        List<Map<String, Object>> categories = categories(edition.id());
        category(categories, "retailer-2001-5000").put("maxValueCents", 299_999);
        patch(edition.id(), Map.of("categories", categories)).then().statusCode(409)
                .body("type", equalTo(STRANDS))
                .body("detail", equalTo("1 submitted entry would lose its category or fall outside its value band"))
                .body("entryIds", equalTo(List.of(entry)));
        category(categories, "retailer-2001-5000").put("maxValueCents", 300_000);
        category(categories, "retailer-2001-5000").put("minValueCents", 300_000);
        patch(edition.id(), Map.of("categories", categories)).then().statusCode(200)
                .body("categories.find { it.code == 'retailer-2001-5000' }.minValueCents", equalTo(300_000))
                .body("categories.find { it.code == 'retailer-2001-5000' }.maxValueCents", equalTo(300_000));
    }

    @Test
    void movingTheClosePastAnExtensionsEndIsRefusedNamingIt() {
        Fixtures.Edition edition = Fixtures.openCase();
        String subject = "late-" + UUID.randomUUID();
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON)
                .body(Map.of("subject", subject, "until", edition.year() + "-07-02T23:59"))
                .post("/api/v1/review/editions/" + edition.id() + "/extensions").then().statusCode(201);

        patch(edition.id(), Map.of("closes", edition.year() + "-07-03T00:00")).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://jewelers.example/problems/close-past-extensions"))
                .body("extensions", hasSize(1))
                .body("extensions[0].subject", equalTo(subject))
                .body("extensions[0].untilLocal", equalTo(edition.year() + "-07-02T23:59:00"));
        given().get("/api/v1/editions/" + edition.id()).then().body("closes.local", equalTo(edition.year() + "-06-28T23:59:00"));

        // Up to the extension's end, the entrant's deadline is no earlier than anyone's.
        patch(edition.id(), Map.of("closes", edition.year() + "-07-02T23:59")).then().statusCode(200)
                .body("closes.instant", equalTo(edition.year() + "-07-03T03:59:00Z"));
    }

    @Test
    void staffChangeEachKindOfSetting() {
        Fixtures.Edition edition = Fixtures.openCase();
        int year = edition.year();
        List<Map<String, Object>> categories = categories(edition.id());
        categories.removeIf(c -> c.get("code").equals("supplier-10001-50000"));
        category(categories, "retailer-up-to-2000").put("name", "Retailer, up to $2,000 retail");
        category(categories, "retailer-up-to-2000").put("maxValueCents", 250_000);
        category(categories, "supplier-best-in-show").put("enterable", true);
        categories.add(Map.of("code", "retailer-over-50000", "name", "Retailer, over $50,000", "division", "retailer",
                "minValueCents", 5_000_100));
        Map<String, Object> body = new HashMap<>();
        body.put("title", "  CASE Awards " + year + " (extended)  ");
        body.put("opens", year + "-02-15T09:00");
        body.put("closes", year + "-07-05T23:59");
        body.put("resultsPublish", year + "-12-01T18:00");
        body.put("ageCutoff", year + "-03-31");
        body.put("milestones", List.of(Map.of("name", "Finalists announced", "at", year + "-09-01T12:00"),
                Map.of("name", "Winners announced", "at", year + "-11-20T18:00")));
        body.put("categories", categories);

        patch(edition.id(), body).then().statusCode(200)
                .header("ETag", not(nullValue()))
                .body("title", equalTo("CASE Awards " + year + " (extended)"))
                .body("opens.local", equalTo(year + "-02-15T09:00:00"))
                .body("closes.instant", equalTo(year + "-07-06T03:59:00Z"))
                .body("resultsPublish.local", equalTo(year + "-12-01T18:00:00"))
                .body("ageCutoff", equalTo(year + "-03-31"));
        given().get("/api/v1/editions/" + edition.id()).then().statusCode(200)
                .body("title", equalTo("CASE Awards " + year + " (extended)"))
                .body("resultsPublish.instant", equalTo(year + "-12-01T23:00:00Z"))
                .body("milestones.name", equalTo(List.of("Finalists announced", "Winners announced")))
                .body("milestones[1].at.local", equalTo(year + "-11-20T18:00:00"))
                .body("categories.code", not(hasItem("supplier-10001-50000")))
                .body("categories.size()", equalTo(10))
                .body("categories[-1].code", equalTo("retailer-over-50000"))
                .body("categories[-1].enterable", equalTo(true))
                .body("categories.find { it.code == 'retailer-up-to-2000' }.name", equalTo("Retailer, up to $2,000 retail"))
                .body("categories.find { it.code == 'retailer-up-to-2000' }.maxValueCents", equalTo(250_000))
                .body("categories.find { it.code == 'supplier-best-in-show' }.enterable", equalTo(true));
    }

    @Test
    void invalidInputIsRefusedWholeAndChangesNothing() {
        Fixtures.Edition edition = Fixtures.openCase();
        String etag = given().get("/api/v1/editions/" + edition.id()).then().extract().header("ETag");
        List<Map<String, Object>> categories = categories(edition.id());
        categories.add(new HashMap<>(category(categories, "retailer-up-to-2000")));
        category(categories, "retailer-2001-5000").put("minValueCents", 600_000);

        patch(edition.id(), Map.of("title", "A new title", "closes", edition.year() + "-02-01T00:00"))
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("closes")));
        patch(edition.id(), Map.of("title", "A new title", "categories", categories)).then().statusCode(400)
                .body("errors.field", equalTo(List.of("categories[1].maxValueCents", "categories[10].code")));
        patch(edition.id(), Map.of("title", "   ")).then().statusCode(400).body("errors.field", hasItem("title"));
        patch(edition.id(), Map.of("categories", List.of(Map.of("code", "Not A Code", "name", "x")))).then()
                .statusCode(400).body("errors.field", hasItem("categories[0].code"));
        patch(edition.id(), Map.of("opens", "the first of March")).then().statusCode(400);

        given().get("/api/v1/editions/" + edition.id()).then().header("ETag", equalTo(etag));
        given().auth().oauth2(Tokens.staff()).get("/api/v1/editions/" + edition.id() + "/history").then()
                .body("items.action", equalTo(List.of("opened")));
    }

    @Test
    void onlyStaffChangeAnEditionOrReadItsHistory() {
        Fixtures.Edition edition = Fixtures.openCase();
        String entrant = Fixtures.entrant(null);
        given().auth().oauth2(entrant).contentType(ContentType.JSON).body(Map.of("title", "Mine"))
                .patch("/api/v1/editions/" + edition.id()).then().statusCode(403);
        given().auth().oauth2(Tokens.judge("judge-" + UUID.randomUUID())).get("/api/v1/editions/" + edition.id() + "/history")
                .then().statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("title", "Mine")).patch("/api/v1/editions/" + edition.id())
                .then().statusCode(401);
        given().get("/api/v1/editions/" + edition.id()).then().body("title", equalTo("CASE Awards " + edition.year()));
    }

    @Test
    void ifMatchChangesOnlyTheCopyRead() {
        Fixtures.Edition edition = Fixtures.openCase();
        String read = given().get("/api/v1/editions/" + edition.id()).then().extract().header("ETag");
        String changed = given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).header("If-Match", read)
                .body(Map.of("title", "First change")).patch("/api/v1/editions/" + edition.id())
                .then().statusCode(200).extract().header("ETag");
        given().get("/api/v1/editions/" + edition.id()).then().header("ETag", equalTo(changed));

        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).header("If-Match", read)
                .body(Map.of("title", "Second change, from a stale copy")).patch("/api/v1/editions/" + edition.id())
                .then().statusCode(412).contentType("application/problem+json")
                .body("type", equalTo("https://jewelers.example/problems/precondition-failed"));
        given().get("/api/v1/editions/" + edition.id()).then().body("title", equalTo("First change"));
    }

    @Test
    void theHistoryKeepsEveryChangeNewestFirstAndAChangeOfNothingIsNone() {
        Fixtures.Edition edition = Fixtures.openCase();
        int year = edition.year();
        clock.fix(edition.duringWindow());
        patch(edition.id(), Map.of("title", "CASE Awards " + year + ", renamed")).then().statusCode(200);
        clock.fix(edition.duringWindow().plus(Duration.ofMinutes(5)));
        patch(edition.id(), Map.of("closes", year + "-06-30T23:59", "title", "CASE Awards " + year + ", renamed"))
                .then().statusCode(200);
        patch(edition.id(), Map.of("closes", year + "-06-30T23:59")).then().statusCode(200);

        given().auth().oauth2(Tokens.staff()).queryParam("size", 10).get("/api/v1/editions/" + edition.id() + "/history")
                .then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.action", equalTo(List.of("updated", "updated", "opened")))
                .body("items[0].actor", equalTo("staff-1"))
                .body("items[0].at", equalTo(edition.duringWindow().plus(Duration.ofMinutes(5)).toString()))
                .body("items[0].changes.keySet()", equalTo(java.util.Set.of("closes")))
                .body("items[0].changes.closes.from", equalTo(year + "-06-28T23:59:00"))
                .body("items[0].changes.closes.to", equalTo(year + "-06-30T23:59:00"))
                .body("items[1].changes.title.from", equalTo("CASE Awards " + year))
                .body("items[1].changes.title.to", equalTo("CASE Awards " + year + ", renamed"))
                .body("items[2].changes.categories.to", hasSize(10));
        given().auth().oauth2(Tokens.staff()).queryParam("size", 1).queryParam("page", 2)
                .get("/api/v1/editions/" + edition.id() + "/history").then().statusCode(200)
                .body("items.action", equalTo(List.of("opened")));
        given().auth().oauth2(Tokens.staff()).get("/api/v1/editions/" + UUID.randomUUID() + "/history")
                .then().statusCode(404);
        assertEquals(404, patch(UUID.randomUUID().toString(), Map.of("title", "x")).statusCode());
    }
}
