package org.jewelers.competition.entry;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.jewelers.contracts.EventTypes;
import org.jewelers.memberfirms.MemberFirms;
import org.jewelers.testing.TestClock;
import org.jewelers.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A member firm lapsing, announced by the directory on the real broker, before the deadline. */
@QuarkusTest
class FirmLapseTest {

    @Inject
    TestClock clock;

    @Inject
    MemberFirms firms;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aLapseFlagsTheFirmsSubmittedEntriesAndRefusesItsNewSubmits() {
        Fixtures.Edition edition = Fixtures.openCase();
        UUID firm = Fixtures.firm(firms, "active");
        String entrant = Fixtures.entrant(firm);
        String colleague = Fixtures.entrant(firm);
        clock.fix(edition.duringWindow());
        String submitted = Fixtures.draft(entrant, Fixtures.piece(edition, "retailer-up-to-2000", 150_000));
        Fixtures.submit(entrant, submitted).then().statusCode(200);
        String pending = Fixtures.draft(colleague, Fixtures.piece(edition, "retailer-2001-5000", 300_000));
        given().auth().oauth2(Tokens.staff()).get("/api/v1/review/entries/" + submitted).then().body("flagged", equalTo(false));

        Fixtures.publish(EventTypes.MEMBER_STANDING_CHANGED, firm, 1, "lapsed");

        await().atMost(Duration.ofSeconds(60)).until(() -> given().auth().oauth2(Tokens.staff())
                .get("/api/v1/review/entries/" + submitted).then().extract().<Boolean>path("flagged"));
        given().auth().oauth2(Tokens.staff()).get("/api/v1/review/entries/" + submitted).then()
                .body("status", equalTo("submitted"))
                .body("flagReason", containsString("lapsed"));
        given().auth().oauth2(Tokens.staff()).queryParam("edition", edition.id()).queryParam("flagged", true)
                .get("/api/v1/review/entries").then().body("items.id", equalTo(List.of(submitted)));
        given().auth().oauth2(Tokens.staff()).get("/api/v1/review/entries/" + submitted + "/history").then()
                .body("items.action", hasItem("flagged"))
                .body("items.find { it.action == 'flagged' }.actor", equalTo("directory"));

        Fixtures.submit(colleague, pending).then().statusCode(422)
                .body("type", equalTo("https://jewelers.example/problems/entry-ineligible"))
                .body("errors.message", hasItem(startsWith("member-in-good-standing: ")))
                .body("errors.message", hasItem(containsString("lapsed")));
    }
}
