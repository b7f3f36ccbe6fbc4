package org.jewelers.competition.nomination;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jewelers.competition.image.TestImages;
import org.jewelers.memberfirms.MemberFirms;
import org.jewelers.testing.MailServer;
import org.jewelers.testing.TestClock;
import org.jewelers.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Nominations from draft to submit: by the nominee, or by a colleague with the nominee's consent by email. */
@QuarkusTest
class NominationFlowTest {

    @Inject
    TestClock clock;

    @Inject
    MemberFirms firms;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aSelfNominationIsSubmittedWithItsEvidenceAndMailedToItsNominator() {
        Nominees.Edition edition = Nominees.open();
        UUID firm = Nominees.firm(firms);
        Nominees.Nominator self = Nominees.nominator(firm);
        clock.fix(edition.duringWindow());

        String id = given().auth().oauth2(self.token()).contentType(ContentType.JSON)
                .body(Map.of("editionId", edition.id(), "nominatedBy", "self"))
                .post("/api/v1/nominations").then().statusCode(201)
                .body("status", equalTo("draft"))
                .body("nomineeEmail", equalTo(self.email()))
                .body("nomineeName", equalTo(self.name()))
                .body("employerMemberId", equalTo(firm.toString()))
                .body("dossierId", nullValue())
                .extract().path("id");

        // Incomplete: every missing piece is named at once.
        Nominees.submit(self.token(), id).then().statusCode(400)
                .body("errors.field", hasItem("dateOfBirth"))
                .body("errors.field", hasItem("jobTitle"))
                .body("errors.field", hasItem("fullTime"))
                .body("errors.field", hasItem("yearsInIndustry"))
                .body("errors.field", hasItem("essays.achievements"))
                .body("errors.field", hasItem("attested"))
                .body("errors.field", hasItem("photo"));

        Map<String, Object> rest = Nominees.complete(edition, "self");
        rest.remove("editionId");
        rest.remove("nominatedBy");
        given().auth().oauth2(self.token()).contentType(ContentType.JSON).body(rest)
                .patch("/api/v1/nominations/" + id).then().statusCode(200).body("jobTitle", equalTo("Custom Design Manager"));
        Nominees.photo(self.token(), id, TestImages.pngWithMetadata(), "me.jpg").then().statusCode(200)
                .body("mediaType", equalTo("image/png"));
        byte[] stored = given().auth().oauth2(self.token()).get("/api/v1/nominations/" + id + "/photo")
                .then().statusCode(200).contentType("image/png").extract().asByteArray();
        assertEquals(false, TestImages.contains(stored, TestImages.NAME), "identifying metadata removed");
        Nominees.photo(self.token(), id, TestImages.pdfWithMetadata(), "me.pdf").then().statusCode(415);

        Nominees.submit(self.token(), id).then().statusCode(200)
                .body("status", equalTo("submitted"))
                .body("list", equalTo("retail"))
                .body("submittedAt", notNullValue())
                .body("eligibility.rules.size()", equalTo(5))
                .body("eligibility.declared.attested", equalTo(true))
                .body("eligibility.ageOnCutoff", equalTo(30))
                .body("eligibility.employer.id", equalTo(firm.toString()));
        Nominees.submit(self.token(), id).then().statusCode(409);

        await().atMost(Nominees.PATIENCE).until(() -> !MailServer.get().to(self.email()).isEmpty());
        assertThat(MailServer.get().to(self.email()).get(0).text(), containsString("Nomination: " + id));

        given().auth().oauth2(Tokens.staff()).get("/api/v1/review/nominations/" + id).then().statusCode(200)
                .body("nominator", equalTo(self.subject()))
                .body("dossierId", notNullValue());
    }

    @Test
    void aColleaguesNominationWaitsForTheNomineesConsentAskedByEmail() {
        Nominees.Edition edition = Nominees.open();
        UUID firm = Nominees.firm(firms);
        Nominees.Nominator colleague = Nominees.nominator(firm);
        String nominee = Nominees.uniqueEmail("maya");
        clock.fix(edition.duringWindow());
        String id = Nominees.draft(colleague, Nominees.colleague(edition, "Maya Okafor", nominee));

        Nominees.submit(colleague.token(), id).then().statusCode(200)
                .body("status", equalTo("awaiting-consent"))
                .body("consentExpiresAt", notNullValue())
                .body("submittedAt", nullValue());
        MailServer.ReceivedMail request = awaitMail(nominee);
        assertThat(request.subject(), containsString("20 Under 40, class of " + edition.year()));
        assertThat(request.text(), containsString(colleague.name() + " has nominated you"));
        String token = Nominees.consentToken(nominee);

        // The nominee reads what they are asked to consent to, without a login, as often as they like.
        for (int i = 0; i < 2; i++) {
            given().get("/api/v1/nominations/consent/" + token).then().statusCode(200)
                    .body("nomineeName", equalTo("Maya Okafor"))
                    .body("nominatorName", equalTo(colleague.name()))
                    .body("essays.vision", equalTo("Traceable, recycled metals as the norm."));
        }
        given().auth().oauth2(Tokens.staff()).queryParam("edition", edition.id()).queryParam("status", "awaiting-consent")
                .get("/api/v1/review/nominations").then().statusCode(200).body("items.id", equalTo(List.of(id)));

        given().post("/api/v1/nominations/consent/" + token).then().statusCode(200)
                .body("nominationId", equalTo(id)).body("status", equalTo("submitted"));
        // The link works once.
        given().post("/api/v1/nominations/consent/" + token).then().statusCode(404)
                .contentType("application/problem+json");
        given().post("/api/v1/nominations/consent/" + token + "/decline").then().statusCode(404);

        given().auth().oauth2(colleague.token()).get("/api/v1/nominations/" + id).then().statusCode(200)
                .body("status", equalTo("submitted"))
                .body("consentedAt", notNullValue())
                .body("submittedAt", notNullValue());
        assertThat(awaitMail(colleague.email()).text(), containsString("Nomination: " + id));
        given().auth().oauth2(Tokens.staff()).get("/api/v1/review/nominations/" + id + "/history").then().statusCode(200)
                .body("items.action", equalTo(List.of("consented", "consent-requested", "created")))
                .body("items.actor", equalTo(List.of("nominee", colleague.subject(), colleague.subject())))
                .body("items.to", equalTo(List.of("submitted", "awaiting-consent", "draft")));
    }

    @Test
    void theNomineeMayDeclineAndTheLinkExpires() {
        Nominees.Edition edition = Nominees.open();
        UUID firm = Nominees.firm(firms);
        Nominees.Nominator colleague = Nominees.nominator(firm);
        clock.fix(edition.duringWindow());

        String declining = Nominees.uniqueEmail("declines");
        String id = Nominees.draft(colleague, Nominees.colleague(edition, "Sam Rivera", declining));
        Nominees.submit(colleague.token(), id).then().statusCode(200);
        String token = Nominees.consentToken(declining);
        given().post("/api/v1/nominations/consent/" + token + "/decline").then().statusCode(200)
                .body("status", equalTo("consent-declined"));
        given().post("/api/v1/nominations/consent/" + token).then().statusCode(404);
        given().auth().oauth2(colleague.token()).get("/api/v1/nominations/" + id).then()
                .body("status", equalTo("consent-declined"));

        String late = Nominees.uniqueEmail("late");
        String other = Nominees.draft(colleague, Nominees.colleague(edition, "Lee Chen", late));
        Nominees.submit(colleague.token(), other).then().statusCode(200);
        String expiring = Nominees.consentToken(late);
        clock.fix(edition.duringWindow().plus(Duration.ofDays(14)));
        given().post("/api/v1/nominations/consent/" + expiring).then().statusCode(410)
                .contentType("application/problem+json")
                .body("type", equalTo("https://jewelers.example/problems/consent-link-expired"));
        given().get("/api/v1/nominations/consent/" + expiring).then().statusCode(410);
        given().get("/api/v1/nominations/consent/not-a-token").then().statusCode(404);
    }

    @Test
    void anotherEntrantsNominationAnswers404() {
        Nominees.Edition edition = Nominees.open();
        UUID firm = Nominees.firm(firms);
        Nominees.Nominator owner = Nominees.nominator(firm);
        Nominees.Nominator stranger = Nominees.nominator(firm);
        clock.fix(edition.duringWindow());
        String id = Nominees.draft(owner, Nominees.complete(edition, "self"));

        given().auth().oauth2(stranger.token()).get("/api/v1/nominations/" + id).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(stranger.token()).contentType(ContentType.JSON).body(Map.of("jobTitle", "Thief"))
                .patch("/api/v1/nominations/" + id).then().statusCode(404);
        Nominees.photo(stranger.token(), id, TestImages.png(10, 10), "x.png").then().statusCode(404);
        given().auth().oauth2(stranger.token()).get("/api/v1/nominations/" + id + "/photo").then().statusCode(404);
        Nominees.submit(stranger.token(), id).then().statusCode(404);
        given().auth().oauth2(stranger.token()).delete("/api/v1/nominations/" + id).then().statusCode(404);
        given().auth().oauth2(stranger.token()).get("/api/v1/nominations").then().statusCode(200)
                .body("total", equalTo(0));
        given().get("/api/v1/nominations/" + id).then().statusCode(401);
        given().auth().oauth2(Tokens.judge("judge-1")).get("/api/v1/nominations/" + id).then().statusCode(403);

        // Its owner may delete the draft, photo and all.
        given().auth().oauth2(owner.token()).get("/api/v1/nominations/" + id).then().statusCode(200);
        given().auth().oauth2(owner.token()).delete("/api/v1/nominations/" + id).then().statusCode(204);
        given().auth().oauth2(owner.token()).get("/api/v1/nominations/" + id).then().statusCode(404);
        given().auth().oauth2(Tokens.staff()).get("/api/v1/review/nominations/" + id + "/photo").then().statusCode(404);
    }

    @Test
    void badInputIsRefusedWithEveryOffendingField() {
        Nominees.Edition edition = Nominees.open();
        UUID firm = Nominees.firm(firms);
        Nominees.Nominator nominator = Nominees.nominator(firm);
        clock.fix(edition.duringWindow());

        given().auth().oauth2(nominator.token()).contentType(ContentType.JSON)
                .body(Map.of("editionId", edition.id(), "nomineeEmail", "not an email", "yearsInIndustry", -1,
                        "dateOfBirth", "2999-01-01"))
                .post("/api/v1/nominations").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("nominatedBy"))
                .body("errors.field", hasItem("nomineeEmail"))
                .body("errors.field", hasItem("yearsInIndustry"))
                .body("errors.field", hasItem("dateOfBirth"));
        given().auth().oauth2(nominator.token()).contentType(ContentType.JSON)
                .body(Map.of("editionId", edition.id(), "nominatedBy", "colleague"))
                .post("/api/v1/nominations").then().statusCode(400)
                .body("errors.field", equalTo(List.of("nomineeName", "nomineeEmail")));
        given().auth().oauth2(nominator.token()).contentType(ContentType.JSON)
                .body(Map.of("editionId", edition.id(), "nominatedBy", "colleague", "nomineeName", "Me",
                        "nomineeEmail", nominator.email().toUpperCase()))
                .post("/api/v1/nominations").then().statusCode(400).body("errors.field", hasItem("nomineeEmail"));
        given().auth().oauth2(nominator.token()).contentType(ContentType.JSON)
                .body(Map.of("editionId", edition.id(), "nominatedBy", "self", "nomineeEmail", "someone@example.com"))
                .post("/api/v1/nominations").then().statusCode(400).body("errors.field", hasItem("nomineeEmail"));
        given().auth().oauth2(nominator.token()).contentType(ContentType.JSON)
                .body(Map.of("editionId", edition.id(), "nominatedBy", "self", "list", "platinum"))
                .post("/api/v1/nominations").then().statusCode(400).body("errors.field", hasItem("list"));
        given().auth().oauth2(nominator.token()).contentType(ContentType.JSON)
                .body(Map.of("editionId", edition.id(), "nominatedBy", "boss"))
                .post("/api/v1/nominations").then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(nominator.token()).contentType(ContentType.JSON)
                .body(Map.of("editionId", UUID.randomUUID(), "nominatedBy", "self"))
                .post("/api/v1/nominations").then().statusCode(400).body("errors.field", hasItem("editionId"));
        given().auth().oauth2(nominator.token()).get("/api/v1/nominations/not-a-uuid").then().statusCode(400)
                .contentType("application/problem+json");
        given().auth().oauth2(Tokens.staff()).queryParam("status", "honored")
                .get("/api/v1/review/nominations").then().statusCode(400).body("errors.field", hasItem("status"));
        given().auth().oauth2(Tokens.staff()).queryParam("sort", "dateOfBirth")
                .get("/api/v1/review/nominations").then().statusCode(400).body("errors.field", hasItem("sort"));
    }

    private static MailServer.ReceivedMail awaitMail(String address) {
        await().atMost(Nominees.PATIENCE).until(() -> !MailServer.get().to(address).isEmpty());
        return MailServer.get().to(address).get(0);
    }
}
