package org.jewelers.competition.entry;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import org.jewelers.competition.image.TestImages;
import org.jewelers.memberfirms.MemberFirms;
import org.jewelers.testing.TestClock;
import org.jewelers.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** An entrant's entries from draft to withdrawal, seen only by their owner. */
@QuarkusTest
class EntrantFlowTest {

    @Inject
    TestClock clock;

    @Inject
    MemberFirms firms;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void draftEditSubmitWithdraw() throws Exception {
        Fixtures.Edition edition = Fixtures.openCase();
        UUID firm = Fixtures.firm(firms, "active");
        String entrant = Fixtures.entrant(firm);
        clock.fix(edition.duringWindow());

        String id = given().auth().oauth2(entrant).contentType(ContentType.JSON)
                .body(Map.of("editionId", edition.id(), "category", "retailer-up-to-2000", "title", "  First try "))
                .post("/api/v1/entries").then().statusCode(201)
                .body("status", equalTo("draft"))
                .body("title", equalTo("First try"))
                .body("program", equalTo("case-awards"))
                .body("currency", equalTo("USD"))
                .body("receipt", nullValue())
                .extract().path("id");

        // Incomplete: every missing piece is named at once.
        Fixtures.submit(entrant, id).then().statusCode(400)
                .body("errors.field", hasItem("description"))
                .body("errors.field", hasItem("materialsAndTechniques"))
                .body("errors.field", hasItem("retailValueCents"))
                .body("errors.field", hasItem("noMakersMarkVisible"))
                .body("errors.field", hasItem("images"));

        Map<String, Object> complete = Fixtures.piece(edition, "retailer-2001-5000", 450_000);
        complete.remove("editionId");
        complete.put("title", "Tidepool \"Cuff\"\n");
        given().auth().oauth2(entrant).contentType(ContentType.JSON).body(complete)
                .patch("/api/v1/entries/" + id).then().statusCode(200)
                .body("category", equalTo("retailer-2001-5000"))
                .body("retailValueCents", equalTo(450_000));
        given().auth().oauth2(entrant).contentType(ContentType.JSON).body(Map.of("category", "platinum"))
                .patch("/api/v1/entries/" + id).then().statusCode(400).body("errors.field", hasItem("category"));

        String photo = Fixtures.upload(entrant, id, TestImages.jpeg(64, 48), "cuff.jpg", "image/jpeg", "photo")
                .then().statusCode(201).extract().path("sha256");
        String rendering = Fixtures.upload(entrant, id, TestImages.png(64, 48), "cuff.png", "image/png", "rendering")
                .then().statusCode(201).extract().path("sha256");

        JsonPath receipt = Fixtures.submit(entrant, id).then().statusCode(200)
                .body("entryId", equalTo(id))
                .body("submittedAt", equalTo(edition.duringWindow().toString()))
                .extract().jsonPath();
        // The receipt's checksum, recomputed by hand from the documented canonical form.
        String canonical = "{\"category\":\"retailer-2001-5000\",\"currency\":\"USD\","
                + "\"description\":\"A hinged cuff whose surface follows the ripples of a tidepool.\","
                + "\"editionId\":\"" + edition.id() + "\",\"entryId\":\"" + id + "\","
                + "\"files\":[{\"kind\":\"photo\",\"sha256\":\"" + photo + "\"},"
                + "{\"kind\":\"rendering\",\"sha256\":\"" + rendering + "\"}],"
                + "\"materialsAndTechniques\":\"18k recycled gold, hand-raised; tourmaline cabochons\","
                + "\"noMakersMarkVisible\":true,\"retailValueCents\":450000,\"title\":\"Tidepool \\\"Cuff\\\"\"}";
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(canonical.getBytes(StandardCharsets.UTF_8))), receipt.getString("sha256"));

        given().auth().oauth2(entrant).get("/api/v1/entries/" + id).then().statusCode(200)
                .body("status", equalTo("submitted"))
                .body("receipt.sha256", equalTo(receipt.getString("sha256")));
        given().auth().oauth2(entrant).contentType(ContentType.JSON).body(Map.of("title", "Later"))
                .patch("/api/v1/entries/" + id).then().statusCode(409);
        given().auth().oauth2(entrant).delete("/api/v1/entries/" + id).then().statusCode(409);
        Fixtures.submit(entrant, id).then().statusCode(409);

        given().auth().oauth2(entrant).contentType(ContentType.JSON).body(Map.of("reason", "Sold"))
                .post("/api/v1/entries/" + id + "/withdraw").then().statusCode(200)
                .body("status", equalTo("withdrawn"));
    }

    @Test
    void entrantsSeeOnlyTheirOwnEntries() {
        Fixtures.Edition edition = Fixtures.openCase();
        UUID firm = UUID.randomUUID();
        String mine = Tokens.entrant("owner-" + UUID.randomUUID(), firm.toString());
        String theirs = Tokens.entrant("other-" + UUID.randomUUID(), firm.toString());
        clock.fix(edition.duringWindow());
        String id = Fixtures.draft(mine, Fixtures.piece(edition, "retailer-up-to-2000", 150_000));
        String second = Fixtures.draft(mine, Fixtures.piece(edition, "supplier-up-to-2000", 150_000));

        given().auth().oauth2(mine).queryParam("size", 1).get("/api/v1/entries").then().statusCode(200)
                .body("total", equalTo(2)).body("page", equalTo(0)).body("size", equalTo(1))
                .body("items", hasSize(1));
        given().auth().oauth2(theirs).get("/api/v1/entries").then().statusCode(200)
                .body("total", equalTo(0)).body("items.id", not(hasItem(id)));

        given().auth().oauth2(theirs).get("/api/v1/entries/" + id).then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://jewelers.example/problems/not-found"));
        given().auth().oauth2(theirs).contentType(ContentType.JSON).body(Map.of("title", "Mine now"))
                .patch("/api/v1/entries/" + id).then().statusCode(404);
        given().auth().oauth2(theirs).delete("/api/v1/entries/" + id).then().statusCode(404);
        Fixtures.submit(theirs, id).then().statusCode(404);
        given().auth().oauth2(theirs).contentType(ContentType.JSON).post("/api/v1/entries/" + id + "/withdraw").then().statusCode(404);

        given().auth().oauth2(mine).delete("/api/v1/entries/" + second).then().statusCode(204);
        given().auth().oauth2(mine).get("/api/v1/entries/" + second).then().statusCode(404);
        given().auth().oauth2(mine).get("/api/v1/entries/" + id).then().statusCode(200).body("id", equalTo(id));
        given().auth().oauth2(Tokens.staff()).get("/api/v1/entries").then().statusCode(403);
        given().get("/api/v1/entries").then().statusCode(401);
        given().auth().oauth2(mine).get("/api/v1/entries/not-a-uuid").then().statusCode(400);
    }

    @Test
    void draftsAreForCaseEditionsAndKnownCategories() {
        Fixtures.Edition edition = Fixtures.openCase();
        String entrant = Fixtures.entrant(UUID.randomUUID());
        clock.fix(edition.duringWindow());
        given().auth().oauth2(entrant).contentType(ContentType.JSON)
                .body(Map.of("editionId", edition.id(), "category", "retailer-platinum"))
                .post("/api/v1/entries").then().statusCode(400).body("errors.field", hasItem("category"));
        given().auth().oauth2(entrant).contentType(ContentType.JSON)
                .body(Map.of("editionId", UUID.randomUUID().toString(), "category", "retailer-up-to-2000"))
                .post("/api/v1/entries").then().statusCode(400).body("errors.field", hasItem("editionId"));
        given().auth().oauth2(entrant).contentType(ContentType.JSON)
                .body(Map.of("editionId", edition.id(), "category", "retailer-up-to-2000", "retailValueCents", -1))
                .post("/api/v1/entries").then().statusCode(400).body("errors.field", hasItem("retailValueCents"));
        given().auth().oauth2(entrant).contentType(ContentType.JSON)
                .body(Map.of("editionId", edition.id(), "category", "retailer-up-to-2000"))
                .post("/api/v1/entries").then().statusCode(201).header("Location", notNullValue());
    }
}
