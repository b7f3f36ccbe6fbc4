package org.jewelers.competition.nomination;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.jewelers.competition.entry.Fixtures;
import org.jewelers.memberfirms.MemberFirms;
import org.jewelers.testing.TestClock;
import org.jewelers.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Reading, editing and deleting one's own draft answer alike for entries and nominations: only the owner reaches
 * it, a missing body is refused, and a deleted draft is gone. (The nomination tests' package, for its fixtures.)
 */
@QuarkusTest
class OwnDraftsTest {

    @Inject
    TestClock clock;

    @Inject
    MemberFirms firms;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void anEntryDraftIsReachedByItsOwnerOnly() {
        Fixtures.Edition edition = Fixtures.openCase();
        String owner = Fixtures.entrant(Fixtures.firm(firms, "active"));
        clock.fix(edition.duringWindow());
        String id = given().auth().oauth2(owner).contentType(ContentType.JSON)
                .body(Map.of("editionId", edition.id(), "category", "retailer-up-to-2000", "title", "Tidepool Cuff"))
                .post("/api/v1/entries").then().statusCode(201).extract().path("id");

        reachedByItsOwnerOnly("/api/v1/entries/" + id, owner, Map.of("title", "Tidepool Cuff, second try"), "title");
    }

    @Test
    void aNominationDraftIsReachedByItsOwnerOnly() {
        Nominees.Edition edition = Nominees.open();
        Nominees.Nominator owner = Nominees.nominator(Nominees.firm(firms));
        clock.fix(edition.duringWindow());
        String id = given().auth().oauth2(owner.token()).contentType(ContentType.JSON)
                .body(Map.of("editionId", edition.id(), "nominatedBy", "self"))
                .post("/api/v1/nominations").then().statusCode(201).extract().path("id");

        reachedByItsOwnerOnly("/api/v1/nominations/" + id, owner.token(), Map.of("jobTitle", "Bench Jeweler"), "jobTitle");
    }

    private static void reachedByItsOwnerOnly(String draft, String owner, Map<String, Object> edit, String edited) {
        String stranger = Tokens.entrant("stranger-" + UUID.randomUUID(), UUID.randomUUID().toString());

        given().get(draft).then().statusCode(401);
        given().contentType(ContentType.JSON).body(edit).patch(draft).then().statusCode(401);
        given().delete(draft).then().statusCode(401);
        given().auth().oauth2(Tokens.staff()).get(draft).then().statusCode(403);
        given().auth().oauth2(stranger).get(draft).then().statusCode(404).contentType(startsWith("application/problem+json"));
        given().auth().oauth2(stranger).contentType(ContentType.JSON).body(edit).patch(draft).then().statusCode(404);
        given().auth().oauth2(stranger).delete(draft).then().statusCode(404);

        given().auth().oauth2(owner).accept("image/png").get(draft).then().statusCode(406);
        given().auth().oauth2(owner).contentType(ContentType.JSON).patch(draft).then().statusCode(400);
        given().auth().oauth2(owner).contentType(ContentType.TEXT).body("title=x").patch(draft).then().statusCode(415);
        given().auth().oauth2(owner).contentType(ContentType.JSON).body(edit).patch(draft).then().statusCode(200)
                .contentType(ContentType.JSON).body(edited, equalTo(edit.get(edited)));
        given().auth().oauth2(owner).get(draft).then().statusCode(200).body(edited, equalTo(edit.get(edited)));

        given().auth().oauth2(owner).delete(draft).then().statusCode(204);
        given().auth().oauth2(owner).get(draft).then().statusCode(404);
    }
}
