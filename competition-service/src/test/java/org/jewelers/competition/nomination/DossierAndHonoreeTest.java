package org.jewelers.competition.nomination;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

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

/** Nominations of one person share a dossier; staff screen them and see their history. */
@QuarkusTest
class DossierAndHonoreeTest {

    @Inject
    TestClock clock;

    @Inject
    MemberFirms firms;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void twoNominationsOfOnePersonBecomeOneDossier() {
        Nominees.Edition edition = Nominees.open();
        UUID firm = Nominees.firm(firms);
        Nominees.Nominator self = Nominees.nominator(firm);
        Nominees.Nominator colleague = Nominees.nominator(firm);
        clock.fix(edition.duringWindow());

        String own = Nominees.draft(self, Nominees.complete(edition, "self"));
        Nominees.submit(self.token(), own).then().statusCode(200);
        // The colleague writes the same address in capitals: it is the same person.
        String theirs = Nominees.draft(colleague, Nominees.colleague(edition, self.name(), self.email().toUpperCase()));
        Nominees.submit(colleague.token(), theirs).then().statusCode(200);
        given().post("/api/v1/nominations/consent/" + Nominees.consentToken(self.email())).then().statusCode(200);

        String dossier = given().auth().oauth2(Tokens.staff()).get("/api/v1/review/nominations/" + own)
                .then().statusCode(200).extract().path("dossierId");
        given().auth().oauth2(Tokens.staff()).get("/api/v1/review/nominations/" + theirs)
                .then().statusCode(200).body("dossierId", equalTo(dossier));
        given().auth().oauth2(Tokens.staff()).get("/api/v1/review/dossiers/" + dossier).then().statusCode(200)
                .body("nomineeEmail", equalTo(self.email()))
                .body("list", equalTo("retail"))
                .body("nominations.id", containsInAnyOrder(own, theirs))
                .body("nominations.nominatedBy", containsInAnyOrder("self", "colleague"))
                .body("honoree", equalTo(false));
        given().auth().oauth2(Tokens.staff()).queryParam("edition", edition.id())
                .get("/api/v1/review/dossiers").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].nominations.size()", equalTo(2));
    }

    @Test
    void staffFilterScreenAndSeeTheHistory() {
        Nominees.Edition edition = Nominees.open();
        UUID firm = Nominees.firm(firms);
        clock.fix(edition.duringWindow());
        String retail = Nominees.submitted(edition, firm, "retail");
        String suppliers = Nominees.submitted(edition, firm, "suppliers");
        Nominees.Nominator drafter = Nominees.nominator(firm);
        String draft = Nominees.draft(drafter, Nominees.complete(edition, "self"));

        given().auth().oauth2(Tokens.staff()).queryParam("edition", edition.id()).get("/api/v1/review/nominations")
                .then().statusCode(200).body("total", equalTo(3));
        given().auth().oauth2(Tokens.staff()).queryParam("edition", edition.id()).queryParam("list", "suppliers")
                .get("/api/v1/review/nominations").then().body("items.id", equalTo(List.of(suppliers)));
        given().auth().oauth2(Tokens.staff()).queryParam("edition", edition.id()).queryParam("status", "draft")
                .get("/api/v1/review/nominations").then().body("items.id", equalTo(List.of(draft)));

        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body(Map.of("eligible", false))
                .post("/api/v1/review/nominations/" + retail + "/screening").then().statusCode(400)
                .body("errors.field", hasItem("reason"));
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON)
                .body(Map.of("eligible", false, "reason", "Works 20 hours a week"))
                .post("/api/v1/review/nominations/" + retail + "/screening").then().statusCode(200)
                .body("status", equalTo("rejected")).body("screeningReason", equalTo("Works 20 hours a week"));
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body(Map.of("eligible", true))
                .post("/api/v1/review/nominations/" + suppliers + "/screening").then().statusCode(200)
                .body("status", equalTo("accepted"));
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body(Map.of("eligible", true))
                .post("/api/v1/review/nominations/" + draft + "/screening").then().statusCode(409);

        given().auth().oauth2(Tokens.staff()).queryParam("edition", edition.id()).queryParam("eligible", true)
                .get("/api/v1/review/nominations").then().body("items.id", equalTo(List.of(suppliers)));
        given().auth().oauth2(Tokens.staff()).queryParam("edition", edition.id()).queryParam("eligible", false)
                .get("/api/v1/review/nominations").then().body("items.id", equalTo(List.of(retail)));
        given().auth().oauth2(Tokens.staff()).get("/api/v1/review/nominations/" + retail + "/history").then()
                .body("items.action", equalTo(List.of("screened", "submitted", "created")))
                .body("items[0].actor", equalTo("staff-1"))
                .body("items[0].from", equalTo("submitted"))
                .body("items[0].to", equalTo("rejected"))
                .body("items[0].reason", equalTo("Works 20 hours a week"));
        given().auth().oauth2(Tokens.staff()).get("/api/v1/review/nominations/" + suppliers + "/photo/thumbnail")
                .then().statusCode(200).contentType("image/jpeg");
        given().auth().oauth2(Tokens.entrant("e", firm.toString())).get("/api/v1/review/nominations").then().statusCode(403);
    }
}
