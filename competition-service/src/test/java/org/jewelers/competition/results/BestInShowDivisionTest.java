package org.jewelers.competition.results;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jewelers.competition.entry.AcceptedEntries;
import org.jewelers.competition.entry.Fixtures;
import org.jewelers.memberfirms.MemberFirms;
import org.jewelers.testing.TestClock;
import org.jewelers.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Best in Show of a division goes only to a finalist of that division, with finalists of both in the finals. */
@QuarkusTest
class BestInShowDivisionTest {

    @Inject
    TestClock clock;

    @Inject
    MemberFirms firms;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void eachDivisionsBestInShowGoesToAFinalistOfThatDivisionOnly() {
        Fixtures.Edition edition = Fixtures.openCase();
        String retailer = AcceptedEntries.one(clock, firms, edition, "retailer", "retailer-up-to-2000", 150_000,
                edition.duringWindow()).entryId();
        String supplier = AcceptedEntries.one(clock, firms, edition, "manufacturer", "supplier-up-to-2000", 150_000,
                edition.duringWindow().plusSeconds(1)).entryId();
        Instant opens = edition.duringWindow().plus(Duration.ofDays(60));
        Instant closes = opens.plus(Duration.ofDays(10));
        String finals = given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON)
                .body(Map.of("editionId", edition.id(), "stage", "finals", "opens", opens.toString(),
                        "closes", closes.toString()))
                .post("/api/v1/rounds").then().statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON)
                .body(Map.of("entryIds", List.of(retailer, supplier)))
                .put("/api/v1/rounds/" + finals + "/finalists").then().statusCode(200);
        clock.fix(closes);

        confirm(finals, "retailer-best-in-show", supplier).then().statusCode(400)
                .body("errors.field", hasItem("winners"))
                .body("errors[0].message", equalTo("entry " + supplier + " is not a finalist of Best in Show, retailer"));
        confirm(finals, "supplier-best-in-show", retailer).then().statusCode(400)
                .body("errors[0].message", equalTo("entry " + retailer + " is not a finalist of Best in Show, supplier"));

        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON)
                .body(Map.of("winners", List.of(Map.of("category", "retailer-best-in-show", "entryId", retailer),
                        Map.of("category", "supplier-best-in-show", "entryId", supplier))))
                .post("/api/v1/rounds/" + finals + "/winners").then().statusCode(200)
                .body("find { it.category == 'retailer-best-in-show' }.entryId", equalTo(retailer))
                .body("find { it.category == 'supplier-best-in-show' }.entryId", equalTo(supplier));
    }

    private static Response confirm(String round, String category, String entryId) {
        return given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON)
                .body(Map.of("winners", List.of(Map.of("category", category, "entryId", entryId))))
                .post("/api/v1/rounds/" + round + "/winners");
    }
}
