package org.jewelers.competition.nomination;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jewelers.memberfirms.MemberFirms;
import org.jewelers.testing.TestClock;
import org.jewelers.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The nominee's choice whether their photo may be published with the results: at submit for a self-nomination, with
 * the consent for a colleague's; never assumed. And the nominator's name and email, kept from each write of theirs.
 */
@QuarkusTest
class PhotoPublicationTest {

    @Inject
    TestClock clock;

    @Inject
    MemberFirms firms;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aSelfNomineeChoosesAtSubmit() {
        Nominees.Edition edition = Nominees.open();
        UUID firm = Nominees.firm(firms);
        clock.fix(edition.duringWindow());

        Nominees.Nominator publishing = Nominees.nominator(firm);
        String published = Nominees.draft(publishing, Nominees.complete(edition, "self"));
        given().auth().oauth2(publishing.token()).queryParam("publishPhoto", true)
                .post("/api/v1/nominations/" + published + "/submit").then().statusCode(200)
                .body("status", equalTo("submitted")).body("publishPhoto", equalTo(true));
        staffView(published).body("publishPhoto", equalTo(true));

        Nominees.Nominator silent = Nominees.nominator(firm);
        String unpublished = Nominees.draft(silent, Nominees.complete(edition, "self"));
        given().auth().oauth2(silent.token()).get("/api/v1/nominations/" + unpublished).then()
                .body("publishPhoto", equalTo(false));
        Nominees.submit(silent.token(), unpublished).then().statusCode(200)
                .body("status", equalTo("submitted")).body("publishPhoto", equalTo(false));
        staffView(unpublished).body("publishPhoto", equalTo(false));
    }

    @Test
    void aColleaguesNomineeChoosesWithTheirConsent() {
        Nominees.Edition edition = Nominees.open();
        UUID firm = Nominees.firm(firms);
        Nominees.Nominator colleague = Nominees.nominator(firm);
        clock.fix(edition.duringWindow());

        String nominee = Nominees.uniqueEmail("maya");
        String id = Nominees.draft(colleague, Nominees.colleague(edition, "Maya Okafor", nominee));
        // The nominator cannot choose for the nominee.
        given().auth().oauth2(colleague.token()).queryParam("publishPhoto", true)
                .post("/api/v1/nominations/" + id + "/submit").then().statusCode(400)
                .body("errors.field", hasItem("publishPhoto"));
        Nominees.submit(colleague.token(), id).then().statusCode(200).body("status", equalTo("awaiting-consent"));
        String token = Nominees.consentToken(nominee);
        given().get("/api/v1/nominations/consent/" + token).then().statusCode(200)
                .body("publishPhoto", equalTo(false));
        given().queryParam("publishPhoto", true)
                .post("/api/v1/nominations/consent/" + token).then().statusCode(200)
                .body("status", equalTo("submitted")).body("publishPhoto", equalTo(true));
        given().auth().oauth2(colleague.token()).get("/api/v1/nominations/" + id).then().statusCode(200)
                .body("publishPhoto", equalTo(true));
        staffView(id).body("publishPhoto", equalTo(true));

        String other = Nominees.uniqueEmail("sam");
        String second = Nominees.draft(colleague, Nominees.colleague(edition, "Sam Reyes", other));
        Nominees.submit(colleague.token(), second).then().statusCode(200);
        given().post("/api/v1/nominations/consent/" + Nominees.consentToken(other)).then().statusCode(200)
                .body("status", equalTo("submitted")).body("publishPhoto", equalTo(false));
        staffView(second).body("publishPhoto", equalTo(false));
    }

    @Test
    void theNominatorsNameAndEmailComeFromEachWriteOfTheirs() {
        Nominees.Edition edition = Nominees.open();
        UUID firm = Nominees.firm(firms);
        Nominees.Nominator nominator = Nominees.nominator(firm);
        clock.fix(edition.duringWindow());
        String id = Nominees.draft(nominator, Nominees.colleague(edition, "Maya Okafor", Nominees.uniqueEmail("maya")));
        staffView(id).body("nominatorName", equalTo(nominator.name()))
                .body("nominatorEmail", equalTo(nominator.email()));

        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String name = "Jordan Renamed " + suffix;
        String email = "jordan.renamed-" + suffix + "@example.com";
        String renamed = Tokens.withContact(nominator.subject(), Set.of("entrant"), firm.toString(), name, email);
        given().auth().oauth2(renamed).contentType(ContentType.JSON).body(Map.of("jobTitle", "Studio Director"))
                .patch("/api/v1/nominations/" + id).then().statusCode(200)
                .body("nominatorName", equalTo(null)); // staff only
        staffView(id).body("nominatorName", equalTo(name)).body("nominatorEmail", equalTo(email));

        String bare = Tokens.withContact(nominator.subject(), Set.of("entrant"), firm.toString(), null, null);
        Nominees.submit(bare, id).then().statusCode(200);
        staffView(id).body("nominatorName", equalTo(name)).body("nominatorEmail", equalTo(email));
    }

    private static io.restassured.response.ValidatableResponse staffView(String id) {
        return given().auth().oauth2(Tokens.staff()).get("/api/v1/review/nominations/" + id).then().statusCode(200);
    }
}
