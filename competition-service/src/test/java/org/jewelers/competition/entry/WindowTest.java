package org.jewelers.competition.entry;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jewelers.memberfirms.MemberFirms;
import org.jewelers.testing.TestClock;
import org.jewelers.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The entry window closes at 23:59 on June 28 in New York, whatever the server's zone; staff can extend it for one entrant. */
@QuarkusTest
class WindowTest {

    @Inject
    TestClock clock;

    @Inject
    MemberFirms firms;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aSubmitOneMinuteBeforeTheCloseIsTaken() throws Exception {
        Fixtures.Edition edition = Fixtures.openCase();
        String entrant = Fixtures.entrant(Fixtures.firm(firms, "active"));
        clock.fix(edition.duringWindow());
        String id = Fixtures.draft(entrant, Fixtures.piece(edition, "retailer-up-to-2000", 150_000));

        clock.fix(edition.onDeadlineDay("23:58"));
        assertEquals(200, Fixtures.bareSubmit(entrant, id));
        given().auth().oauth2(entrant).get("/api/v1/entries/" + id).then()
                .body("status", equalTo("submitted"))
                .body("receipt.submittedAt", equalTo(edition.year() + "-06-29T03:58:00Z"));
    }

    @Test
    void aSubmitOneMinuteAfterTheCloseIsRefusedWithTheDeadlineInTheEditionsZone() {
        Fixtures.Edition edition = Fixtures.openCase();
        String entrant = Fixtures.entrant(Fixtures.firm(firms, "active"));
        clock.fix(edition.duringWindow());
        String id = Fixtures.draft(entrant, Fixtures.piece(edition, "retailer-up-to-2000", 150_000));

        clock.fix(edition.onDeadlineDay("23:59").plusSeconds(60));
        Fixtures.submit(entrant, id).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://jewelers.example/problems/entry-window-closed"))
                .body("detail", containsString(edition.year() + "-06-28T23:59 America/New_York"))
                .body("deadline.instant", equalTo(edition.year() + "-06-29T03:59:00Z"))
                .body("deadline.local", equalTo(edition.year() + "-06-28T23:59:00"))
                .body("deadline.timeZone", equalTo("America/New_York"));
        given().auth().oauth2(entrant).get("/api/v1/entries/" + id).then().body("status", equalTo("draft"));
        // No new drafts after the close either.
        given().auth().oauth2(entrant).contentType(ContentType.JSON)
                .body(Fixtures.piece(edition, "supplier-up-to-2000", 150_000))
                .post("/api/v1/entries").then().statusCode(409)
                .body("type", equalTo("https://jewelers.example/problems/entry-window-closed"));
    }

    @Test
    void anExtensionKeepsTheWindowOpenForThatEntrantOnly() {
        Fixtures.Edition edition = Fixtures.openCase();
        UUID firm = Fixtures.firm(firms, "active");
        String subject = "late-" + UUID.randomUUID();
        String late = Tokens.entrant(subject, firm.toString());
        String other = Fixtures.entrant(firm);
        clock.fix(edition.duringWindow());
        String lateEntry = Fixtures.draft(late, Fixtures.piece(edition, "retailer-up-to-2000", 150_000));
        String otherEntry = Fixtures.draft(other, Fixtures.piece(edition, "supplier-up-to-2000", 150_000));

        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON)
                .body(Map.of("subject", subject, "until", edition.year() + "-07-02T23:59"))
                .post("/api/v1/review/editions/" + edition.id() + "/extensions").then().statusCode(201)
                .body("until", equalTo(edition.year() + "-07-03T03:59:00Z"))
                .body("untilLocal", equalTo(edition.year() + "-07-02T23:59:00"))
                .body("grantedBy", equalTo("staff-1"));
        given().auth().oauth2(Tokens.staff()).get("/api/v1/review/editions/" + edition.id() + "/extensions")
                .then().statusCode(200).body("subject", equalTo(List.of(subject)));
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON)
                .body(Map.of("subject", subject, "until", edition.year() + "-06-28T23:59"))
                .post("/api/v1/review/editions/" + edition.id() + "/extensions").then().statusCode(400)
                .body("errors.field", equalTo(List.of("until")));
        given().auth().oauth2(late).contentType(ContentType.JSON)
                .body(Map.of("subject", subject, "until", edition.year() + "-07-02T23:59"))
                .post("/api/v1/review/editions/" + edition.id() + "/extensions").then().statusCode(403);

        clock.fix(edition.onDeadlineDay("23:59").plusSeconds(3600));
        Fixtures.submit(other, otherEntry).then().statusCode(409)
                .body("type", equalTo("https://jewelers.example/problems/entry-window-closed"));
        Fixtures.submit(late, lateEntry).then().statusCode(200);

        String afterExtension = Fixtures.draft(late, Fixtures.piece(edition, "retailer-2001-5000", 300_000));
        clock.fix(LocalDateTime.parse(edition.year() + "-07-03T00:00").atZone(Fixtures.NEW_YORK).toInstant());
        Fixtures.submit(late, afterExtension).then().statusCode(409)
                .body("deadline.local", equalTo(edition.year() + "-07-02T23:59:00"));
    }

    @Test
    void aSubmitBeforeTheWindowOpensIsRefused() {
        Fixtures.Edition edition = Fixtures.openCase();
        String entrant = Fixtures.entrant(Fixtures.firm(firms, "active"));
        clock.fix(LocalDateTime.parse(edition.year() + "-02-28T23:00").atZone(Fixtures.NEW_YORK).toInstant());
        String id = Fixtures.draft(entrant, Fixtures.piece(edition, "retailer-up-to-2000", 150_000));
        Fixtures.submit(entrant, id).then().statusCode(409)
                .body("type", equalTo("https://jewelers.example/problems/entry-window-not-open"));
    }
}
