package org.jewelers.competition.published;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jewelers.competition.entry.AcceptedEntries;
import org.jewelers.competition.entry.AcceptedEntries.Seeded;
import org.jewelers.competition.entry.Fixtures;
import org.jewelers.competition.image.TestImages;
import org.jewelers.memberfirms.MemberFirms;
import org.jewelers.testing.TestClock;
import org.jewelers.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** CASE Awards results as the public sees them: from the publication time, with the images staff chose. */
@QuarkusTest
class PublishedResultsTest {

    private static final String CATEGORY = "retailer-up-to-2000";
    private static final String BEST_IN_SHOW = "retailer-best-in-show";
    private static final String PUBLISH = "12-01T18:00";
    private static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"Brooch\")";

    @Inject
    TestClock clock;

    @Inject
    MemberFirms firms;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void resultsAndTheirImagesArePublicFromThePublicationTimeWithWinnersFinalistsFirmsAndChosenImages() {
        Fixtures.Edition edition = Fixtures.openCase(PUBLISH);
        Instant publish = edition.inYear(PUBLISH);
        Seeded winner = AcceptedEntries.accept(clock, firms, edition, Fixtures.piece(edition, CATEGORY, 150_000), 0,
                TestImages.jpegWithMetadata(), TestImages.pngWithMetadata());
        Map<String, Object> formula = Fixtures.piece(edition, CATEGORY, 120_000);
        formula.put("title", FORMULA);
        Seeded finalist = AcceptedEntries.accept(clock, firms, edition, formula, 1);
        Seeded notSelected = AcceptedEntries.accept(clock, firms, edition, Fixtures.piece(edition, CATEGORY, 90_000), 2);
        List<String> winnerImages = imagesOf(winner);
        String jpeg = winnerImages.get(1);
        String png = winnerImages.get(2);
        String notSelectedImage = imagesOf(notSelected).get(0);

        // Staff choose before the results are decided; a choice names only the entry's own images.
        choose(winner, List.of(png, jpeg)).then().statusCode(200).body("imageIds", equalTo(List.of(jpeg, png)));
        choose(notSelected, List.of(notSelectedImage)).then().statusCode(200);
        choose(finalist, List.of(notSelectedImage)).then().statusCode(400).body("errors.field", equalTo(List.of("imageIds")));
        choose(finalist, List.of(UUID.randomUUID().toString())).then().statusCode(400);
        given().auth().oauth2(finalist.token()).contentType(ContentType.JSON).body(Map.of("imageIds", List.of()))
                .put("/api/v1/review/entries/" + finalist.entryId() + "/published-images").then().statusCode(403);

        Instant closes = edition.duringWindow().plus(Duration.ofDays(70));
        String finals = given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON)
                .body(Map.of("editionId", edition.id(), "stage", "finals",
                        "opens", closes.minus(Duration.ofDays(10)).toString(), "closes", closes.toString()))
                .post("/api/v1/rounds").then().statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON)
                .body(Map.of("entryIds", List.of(winner.entryId(), finalist.entryId())))
                .put("/api/v1/rounds/" + finals + "/finalists").then().statusCode(200);

        // Past the publication time, a CASE edition's results still wait for the confirmed winners.
        clock.fix(publish.plusSeconds(1));
        results(edition).then().statusCode(404).contentType("application/problem+json");
        image(edition, jpeg, "").then().statusCode(404);
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON)
                .body(Map.of("winners", List.of(Map.of("category", CATEGORY, "entryId", winner.entryId()),
                        Map.of("category", BEST_IN_SHOW, "entryId", finalist.entryId()))))
                .post("/api/v1/rounds/" + finals + "/winners").then().statusCode(200);

        clock.fix(publish.minusSeconds(1));
        results(edition).then().statusCode(404);
        image(edition, jpeg, "").then().statusCode(404);
        image(edition, jpeg, "/thumbnail").then().statusCode(404);

        clock.fix(publish.plusSeconds(1));
        String category = "categories.find { it.code == '" + CATEGORY + "' }";
        String bestInShow = "categories.find { it.code == '" + BEST_IN_SHOW + "' }";
        String base = "/api/v1/editions/" + edition.id() + "/results/images/";
        Response answer = results(edition);
        answer.then().statusCode(200)
                .header("Cache-Control", containsString("max-age"))
                .body("editionId", equalTo(edition.id())).body("program", equalTo("case-awards"))
                .body("year", equalTo(edition.year())).body("title", equalTo("CASE Awards " + edition.year()))
                .body("$", not(hasKey("lists")))
                .body("categories.size()", equalTo(10))
                .body(category + ".name", equalTo("retailer, up-to-2000"))
                .body(category + ".division", equalTo("retailer"))
                .body(category + ".winner.entryId", equalTo(winner.entryId()))
                .body(category + ".winner.pieceTitle", equalTo("Tidepool Cuff"))
                .body(category + ".winner.designerName", equalTo(winner.designerName()))
                .body(category + ".winner.firmName", equalTo("Entrant Jewelers " + winner.firm().toString().substring(0, 4)))
                .body(category + ".winner.city", equalTo("Austin"))
                .body(category + ".winner.state", equalTo("TX"))
                .body(category + ".winner.images.id", equalTo(List.of(jpeg, png)))
                .body(category + ".winner.images[0].mediaType", equalTo("image/jpeg"))
                .body(category + ".winner.images[0].width", equalTo(640))
                .body(category + ".winner.images[0].height", equalTo(480))
                .body(category + ".winner.images[0].file", equalTo(base + jpeg))
                .body(category + ".winner.images[0].thumbnail", equalTo(base + jpeg + "/thumbnail"))
                .body(category + ".finalists.entryId", equalTo(List.of(finalist.entryId())))
                .body(category + ".finalists[0].pieceTitle", equalTo(FORMULA))
                .body(category + ".finalists[0].images.size()", equalTo(0))
                .body(bestInShow + ".winner.entryId", equalTo(finalist.entryId()))
                .body(bestInShow + ".finalists.size()", equalTo(0))
                .body("categories.find { it.code == 'supplier-up-to-2000' }.winner", nullValue())
                .body("categories.find { it.code == 'supplier-up-to-2000' }.finalists.size()", equalTo(0));
        given().header("If-None-Match", answer.header("ETag")).get("/api/v1/editions/" + edition.id() + "/results")
                .then().statusCode(304);

        String body = answer.asString();
        assertFalse(body.contains(notSelected.entryId()), "a piece that was not selected is not published");
        for (Seeded seeded : List.of(winner, finalist, notSelected)) {
            // Subject, email, firm id and number, the photo's original name: never public. (Designer and firm
            // name are the citation.)
            for (String secret : List.of(seeded.secrets().get(0), seeded.secrets().get(2), seeded.secrets().get(3),
                    seeded.secrets().get(4), seeded.secrets().get(6))) {
                assertFalse(body.contains(secret), "the results show " + secret);
            }
        }

        Response file = image(edition, jpeg, "");
        file.then().statusCode(200).contentType("image/jpeg").header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", containsString("max-age"));
        byte[] served = file.asByteArray();
        assertArrayEquals(storedFile(winner, jpeg), served, "the stored bytes, as cleaned at intake");
        assertFalse(TestImages.contains(served, TestImages.NAME), "no EXIF, XMP, IPTC or comment");
        assertFalse(TestImages.contains(served, "Exif"));
        assertFalse(TestImages.contains(served, "http://ns.adobe.com/xap/1.0/"));
        given().header("If-None-Match", file.header("ETag")).get(base + jpeg).then().statusCode(304);
        byte[] servedPng = image(edition, png, "").then().statusCode(200).contentType("image/png")
                .extract().asByteArray();
        assertFalse(TestImages.contains(servedPng, TestImages.NAME));
        for (String chunk : List.of("tEXt", "iTXt", "zTXt", "eXIf")) {
            assertFalse(TestImages.contains(servedPng, chunk), chunk);
        }
        byte[] thumbnail = image(edition, jpeg, "/thumbnail").then().statusCode(200).contentType("image/jpeg")
                .extract().asByteArray();
        assertFalse(TestImages.contains(thumbnail, TestImages.NAME));

        // Chosen but not a finalist, a finalist's image not chosen, an image unknown: none is served.
        image(edition, notSelectedImage, "").then().statusCode(404);
        image(edition, notSelectedImage, "/thumbnail").then().statusCode(404);
        image(edition, winnerImages.get(0), "").then().statusCode(404);
        image(edition, UUID.randomUUID().toString(), "").then().statusCode(404);

        String csv = given().auth().oauth2(Tokens.staff()).get("/api/v1/review/editions/" + edition.id() + "/results.csv")
                .then().statusCode(200).contentType("text/csv")
                .header("Content-Disposition", containsString("case-awards-" + edition.year() + "-results.csv"))
                .extract().asString();
        assertTrue(csv.startsWith("category,categoryName,result,entryId,pieceTitle,designerName,honoreeId,"
                + "honoreeName,jobTitle,firm,city,state"), csv);
        List<Map<String, String>> rows = CsvRows.of(csv);
        assertEquals(List.of(CATEGORY + " winner " + winner.entryId(), CATEGORY + " finalist " + finalist.entryId(),
                BEST_IN_SHOW + " winner " + finalist.entryId()), rows.stream()
                .map(r -> r.get("category") + " " + r.get("result") + " " + r.get("entryId")).toList());
        assertEquals("'" + FORMULA, rows.get(1).get("pieceTitle"), "read as text, not as a formula");
        assertEquals(winner.designerName(), rows.get(0).get("designerName"));
        assertEquals(List.of("Entrant Jewelers " + winner.firm().toString().substring(0, 4), "Austin", "TX"),
                List.of(rows.get(0).get("firm"), rows.get(0).get("city"), rows.get(0).get("state")));
        given().auth().oauth2(finalist.token()).get("/api/v1/review/editions/" + edition.id() + "/results.csv")
                .then().statusCode(403);
        given().get("/api/v1/review/editions/" + edition.id() + "/results.csv").then().statusCode(401);
    }

    @Test
    void withoutAPublicationTimeConfirmedWinnersStayUnpublished() {
        Fixtures.Edition edition = Fixtures.openCase();
        Seeded winner = AcceptedEntries.accept(clock, firms, edition, Fixtures.piece(edition, CATEGORY, 150_000), 0);
        String image = imagesOf(winner).get(0);
        choose(winner, List.of(image)).then().statusCode(200);
        Instant closes = edition.duringWindow().plus(Duration.ofDays(70));
        String finals = given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON)
                .body(Map.of("editionId", edition.id(), "stage", "finals",
                        "opens", closes.minus(Duration.ofDays(10)).toString(), "closes", closes.toString()))
                .post("/api/v1/rounds").then().statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON)
                .body(Map.of("entryIds", List.of(winner.entryId()))).put("/api/v1/rounds/" + finals + "/finalists")
                .then().statusCode(200);
        clock.fix(closes);
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON)
                .body(Map.of("winners", List.of(Map.of("category", CATEGORY, "entryId", winner.entryId()))))
                .post("/api/v1/rounds/" + finals + "/winners").then().statusCode(200);

        clock.fix(closes.plus(Duration.ofDays(3650)));
        results(edition).then().statusCode(404);
        image(edition, image, "").then().statusCode(404);
        // Staff's export does not wait for the publication.
        given().auth().oauth2(Tokens.staff()).get("/api/v1/review/editions/" + edition.id() + "/results.csv")
                .then().statusCode(200).body(containsString(winner.entryId()));
        given().get("/api/v1/editions/" + UUID.randomUUID() + "/results").then().statusCode(404);
    }

    private static Response results(Fixtures.Edition edition) {
        return given().get("/api/v1/editions/" + edition.id() + "/results");
    }

    private static Response image(Fixtures.Edition edition, String image, String suffix) {
        return given().get("/api/v1/editions/" + edition.id() + "/results/images/" + image + suffix);
    }

    private static Response choose(Seeded entry, List<String> images) {
        return given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body(Map.of("imageIds", images))
                .put("/api/v1/review/entries/" + entry.entryId() + "/published-images");
    }

    private static List<String> imagesOf(Seeded entry) {
        return given().auth().oauth2(Tokens.staff()).get("/api/v1/review/entries/" + entry.entryId()).then()
                .statusCode(200).extract().jsonPath().getList("images.id");
    }

    private static byte[] storedFile(Seeded entry, String image) {
        return given().auth().oauth2(Tokens.staff())
                .get("/api/v1/review/entries/" + entry.entryId() + "/images/" + image).then().statusCode(200)
                .extract().asByteArray();
    }
}
