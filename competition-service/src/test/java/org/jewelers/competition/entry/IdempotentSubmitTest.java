package org.jewelers.competition.entry;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

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

/** A retried submit under the same Idempotency-Key is answered with the first receipt and changes nothing. */
@QuarkusTest
class IdempotentSubmitTest {

    @Inject
    TestClock clock;

    @Inject
    MemberFirms firms;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void theSameKeyTwiceSubmitsOnceAndAnswersTheSameReceipt() {
        Fixtures.Edition edition = Fixtures.openCase();
        String entrant = Fixtures.entrant(Fixtures.firm(firms, "active"));
        clock.fix(edition.duringWindow());
        String id = Fixtures.draft(entrant, Fixtures.piece(edition, "retailer-up-to-2000", 150_000));
        String key = UUID.randomUUID().toString();

        // Version 1: the draft as created, then its photo.
        String first = given().auth().oauth2(entrant).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(Map.of("version", 1)).post("/api/v1/entries/" + id + "/submit")
                .then().statusCode(200).header("Idempotent-Replayed", "false").extract().asString();
        clock.fix(edition.duringWindow().plusSeconds(90));
        String again = given().auth().oauth2(entrant).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(Map.of("version", 1)).post("/api/v1/entries/" + id + "/submit")
                .then().statusCode(200).header("Idempotent-Replayed", "true").extract().asString();
        assertEquals(first, again);

        given().auth().oauth2(entrant).get("/api/v1/entries").then().body("total", equalTo(1));
        given().auth().oauth2(Tokens.staff()).get("/api/v1/review/entries/" + id + "/history").then().statusCode(200)
                .body("items.action", equalTo(List.of("submitted", "created")));
    }

    @Test
    void theSameKeyWithAnotherRequestAnswers422() {
        Fixtures.Edition edition = Fixtures.openCase();
        String entrant = Fixtures.entrant(Fixtures.firm(firms, "active"));
        clock.fix(edition.duringWindow());
        String id = Fixtures.draft(entrant, Fixtures.piece(edition, "retailer-up-to-2000", 150_000));
        String other = Fixtures.draft(entrant, Fixtures.piece(edition, "supplier-up-to-2000", 150_000));
        String key = UUID.randomUUID().toString();

        given().auth().oauth2(entrant).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(Map.of("version", 1)).post("/api/v1/entries/" + id + "/submit").then().statusCode(200);
        given().auth().oauth2(entrant).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(Map.of("version", 2)).post("/api/v1/entries/" + id + "/submit").then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://jewelers.example/problems/idempotency-key-reused"));
        given().auth().oauth2(entrant).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .post("/api/v1/entries/" + other + "/submit").then().statusCode(422)
                .body("type", equalTo("https://jewelers.example/problems/idempotency-key-reused"));
        given().auth().oauth2(entrant).get("/api/v1/entries/" + other).then().body("status", equalTo("draft"));

        // Keys are the entrant's own: another entrant's same key is another request.
        String colleague = Fixtures.entrant(Fixtures.firm(firms, "active"));
        String theirs = Fixtures.draft(colleague, Fixtures.piece(edition, "retailer-up-to-2000", 150_000));
        given().auth().oauth2(colleague).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .post("/api/v1/entries/" + theirs + "/submit").then().statusCode(200);
    }

    @Test
    void aRefusedSubmitLeavesTheKeyFree() {
        Fixtures.Edition edition = Fixtures.openCase();
        String entrant = Fixtures.entrant(Fixtures.firm(firms, "active"));
        clock.fix(edition.duringWindow());
        String id = Fixtures.draft(entrant, Fixtures.piece(edition, "retailer-up-to-2000", 900_000));
        String key = UUID.randomUUID().toString();

        given().auth().oauth2(entrant).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .post("/api/v1/entries/" + id + "/submit").then().statusCode(422)
                .body("type", equalTo("https://jewelers.example/problems/entry-ineligible"));
        given().auth().oauth2(entrant).contentType(ContentType.JSON).body(Map.of("retailValueCents", 150_000))
                .patch("/api/v1/entries/" + id).then().statusCode(200);
        given().auth().oauth2(entrant).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .post("/api/v1/entries/" + id + "/submit").then().statusCode(200);
    }
}
