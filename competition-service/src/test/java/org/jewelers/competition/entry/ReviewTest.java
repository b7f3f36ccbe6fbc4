package org.jewelers.competition.entry;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jewelers.memberfirms.MemberFirms;
import org.jewelers.testing.TestClock;
import org.jewelers.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Staff's side: finding entries, screening them with a history, and exporting an edition. */
@QuarkusTest
class ReviewTest {

    @Inject
    TestClock clock;

    @Inject
    MemberFirms firms;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void staffFilterScreenAndReadTheHistory() {
        Fixtures.Edition edition = Fixtures.openCase();
        UUID firm = Fixtures.firm(firms, "active");
        String entrant = Fixtures.entrant(firm);
        clock.fix(edition.duringWindow());
        String small = Fixtures.draft(entrant, Fixtures.piece(edition, "retailer-up-to-2000", 150_000));
        clock.fix(edition.duringWindow().plusSeconds(1));
        String large = Fixtures.draft(entrant, Fixtures.piece(edition, "retailer-10001-50000", 2_000_000));
        clock.fix(edition.duringWindow().plusSeconds(2));
        String draft = Fixtures.draft(entrant, Fixtures.piece(edition, "supplier-up-to-2000", 150_000));
        Fixtures.submit(entrant, small).then().statusCode(200);
        Fixtures.submit(entrant, large).then().statusCode(200);

        String staff = Tokens.staff();
        given().auth().oauth2(staff).queryParam("edition", edition.id()).get("/api/v1/review/entries").then()
                .statusCode(200).body("total", equalTo(3)).body("items.id", equalTo(List.of(small, large, draft)));
        given().auth().oauth2(staff).queryParam("edition", edition.id()).queryParam("status", "submitted")
                .queryParam("sort", "-retailValueCents").get("/api/v1/review/entries").then()
                .body("items.id", equalTo(List.of(large, small)));
        given().auth().oauth2(staff).queryParam("edition", edition.id()).queryParam("category", "retailer-10001-50000")
                .get("/api/v1/review/entries").then().body("items.id", equalTo(List.of(large)));
        given().auth().oauth2(staff).queryParam("edition", edition.id()).queryParam("status", "draft")
                .get("/api/v1/review/entries").then().body("items.id", equalTo(List.of(draft)));
        given().auth().oauth2(staff).queryParam("status", "lost").get("/api/v1/review/entries").then()
                .statusCode(400).body("errors.field", hasItem("status"));
        given().auth().oauth2(staff).queryParam("sort", "owner").get("/api/v1/review/entries").then()
                .statusCode(400).body("errors.field", hasItem("sort"));
        given().auth().oauth2(entrant).get("/api/v1/review/entries").then().statusCode(403);

        given().auth().oauth2(staff).get("/api/v1/review/entries/" + small).then().statusCode(200)
                .body("entrant", containsString("entrant-"))
                .body("memberId", equalTo(firm.toString()))
                .body("receiptSha256", equalTo(given().auth().oauth2(entrant).get("/api/v1/entries/" + small)
                        .then().extract().path("receipt.sha256")));
        given().auth().oauth2(staff).get("/api/v1/review/entries/" + UUID.randomUUID()).then().statusCode(404);

        given().auth().oauth2(staff).contentType(ContentType.JSON).body(Map.of("eligible", false))
                .post("/api/v1/review/entries/" + small + "/screening").then().statusCode(400)
                .body("errors.field", hasItem("reason"));
        given().auth().oauth2(staff).contentType(ContentType.JSON).body(Map.of("eligible", true))
                .post("/api/v1/review/entries/" + draft + "/screening").then().statusCode(409);
        given().auth().oauth2(staff).contentType(ContentType.JSON)
                .body(Map.of("eligible", false, "reason", "The hallmark is visible in the description"))
                .post("/api/v1/review/entries/" + small + "/screening").then().statusCode(200)
                .body("status", equalTo("rejected"))
                .body("screeningReason", equalTo("The hallmark is visible in the description"));
        given().auth().oauth2(staff).contentType(ContentType.JSON).body(Map.of("eligible", true))
                .post("/api/v1/review/entries/" + large + "/screening").then().statusCode(200)
                .body("status", equalTo("accepted"));
        given().auth().oauth2(staff).queryParam("edition", edition.id()).queryParam("status", "accepted")
                .queryParam("status", "rejected").queryParam("flagged", false).get("/api/v1/review/entries").then()
                .body("items.id", equalTo(List.of(small, large)));

        given().auth().oauth2(staff).get("/api/v1/review/entries/" + small + "/history").then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.action", equalTo(List.of("screened", "submitted", "created")))
                .body("items[2].from", equalTo(null))
                .body("items[2].to", equalTo("draft"))
                .body("items[1].from", equalTo("draft"))
                .body("items[1].to", equalTo("submitted"))
                .body("items[1].actor", equalTo(given().auth().oauth2(staff).get("/api/v1/review/entries/" + small)
                        .then().extract().<String>path("entrant")))
                .body("items[0].actor", equalTo("staff-1"))
                .body("items[0].from", equalTo("submitted"))
                .body("items[0].to", equalTo("rejected"))
                .body("items[0].reason", equalTo("The hallmark is visible in the description"))
                .body("items[0].at", equalTo(edition.duringWindow().plusSeconds(2).toString()));
    }

    @Test
    void theExportEscapesFormulas() throws Exception {
        Fixtures.Edition edition = Fixtures.openCase();
        UUID firm = Fixtures.firm(firms, "active");
        String entrant = Fixtures.entrant(firm);
        clock.fix(edition.duringWindow());
        Map<String, Object> hostile = Fixtures.piece(edition, "retailer-up-to-2000", 150_000);
        hostile.put("title", "=HYPERLINK(\"https://evil.example\",\"Click\")");
        hostile.put("description", "+1, then \"quoted\"\nand a second line");
        hostile.put("materialsAndTechniques", "@SUM(A1:A9)");
        String id = Fixtures.draft(entrant, hostile);
        Fixtures.submit(entrant, id).then().statusCode(200);
        Map<String, Object> plain = Fixtures.piece(edition, "supplier-up-to-2000", 150_000);
        plain.put("title", "-42 carats");
        String supplier = Fixtures.entrant(Fixtures.firm(firms, "active", "supplier"));
        String second = Fixtures.draft(supplier, plain);
        Fixtures.submit(supplier, second).then().statusCode(200);
        Fixtures.draft(entrant, Fixtures.piece(edition, "retailer-2001-5000", 300_000));

        String csv = given().auth().oauth2(Tokens.staff()).get("/api/v1/review/editions/" + edition.id() + "/entries.csv")
                .then().statusCode(200).contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("case-awards-" + edition.year() + "-entries.csv"))
                .extract().asString();
        List<Map<String, String>> rows;
        try (MappingIterator<Map<String, String>> read = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
            rows = read.readAll();
        }
        assertEquals(2, rows.size(), "drafts are not exported");
        Map<String, String> row = rows.get(0);
        assertEquals(id, row.get("entryId"));
        assertEquals("'=HYPERLINK(\"https://evil.example\",\"Click\")", row.get("title"));
        assertEquals("'+1, then \"quoted\"\nand a second line", row.get("description"));
        assertEquals("'@SUM(A1:A9)", row.get("materialsAndTechniques"));
        assertEquals("150000", row.get("retailValueCents"));
        assertEquals("submitted", row.get("status"));
        assertEquals(firm.toString(), row.get("memberId"));
        assertEquals("Entrant Jewelers " + firm.toString().substring(0, 4), row.get("memberName"));
        assertEquals("'-42 carats", rows.get(1).get("title"));
        given().auth().oauth2(entrant).get("/api/v1/review/editions/" + edition.id() + "/entries.csv").then().statusCode(403);
    }
}
