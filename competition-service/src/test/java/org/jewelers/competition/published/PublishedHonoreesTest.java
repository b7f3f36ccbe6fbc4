package org.jewelers.competition.published;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.jewelers.competition.nomination.Nominees.dossierOf;
import static org.jewelers.competition.nomination.Nominees.honor;
import static org.jewelers.competition.nomination.Nominees.screenEligible;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jewelers.competition.nomination.Nominees;
import org.jewelers.memberfirms.MemberFirms;
import org.jewelers.testing.TestClock;
import org.jewelers.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** 20 Under 40 honorees as the public sees them: by list, from the publication time, pictured only with consent. */
@QuarkusTest
class PublishedHonoreesTest {

    private static final String PUBLISH = "06-01T18:00";
    private static final String FORMULA = "=1+1 Buyer";

    @Inject
    TestClock clock;

    @Inject
    MemberFirms firms;

    @Inject
    EntityManager entities;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void honoreesArePublicByListFromThePublicationTimeWithAPhotoOnlyWhenTheyAgreed() {
        Nominees.Edition edition = Nominees.publishingAt(PUBLISH);
        Instant publish = edition.inYear(PUBLISH);
        UUID firm = Nominees.firm(firms, "active", "retailer", "Missoula", "MT");
        String employer = "Hartwell Jewelers " + firm.toString().substring(0, 4);
        clock.fix(edition.duringWindow());
        List<String> secrets = new ArrayList<>();

        // A self-nomination on the retail list, whose nominee agrees that their photo be published.
        Nominees.Nominator self = Nominees.nominator(firm);
        String pictured = "Amara Okafor " + UUID.randomUUID().toString().substring(0, 6);
        Map<String, Object> own = Nominees.complete(edition, "self");
        own.put("nomineeName", pictured);
        own.put("jobTitle", "Director of E-commerce");
        String ownId = Nominees.draft(self, own);
        Nominees.submit(self.token(), ownId).then().statusCode(200);
        // A colleague's nomination on the suppliers list, whose nominee consents to it but not to the photo.
        Nominees.Nominator colleague = Nominees.nominator(firm);
        String unpictured = "Bea Lindqvist " + UUID.randomUUID().toString().substring(0, 6);
        String unpicturedEmail = Nominees.uniqueEmail("bea");
        Map<String, Object> theirs = Nominees.colleague(edition, unpictured, unpicturedEmail);
        theirs.put("list", "suppliers");
        theirs.put("jobTitle", FORMULA);
        String theirsId = Nominees.draft(colleague, theirs);
        Nominees.submit(colleague.token(), theirsId).then().statusCode(200);
        given().post("/api/v1/nominations/consent/" + Nominees.consentToken(unpicturedEmail)).then().statusCode(200);
        // Nominated, not honored.
        String notHonored = Nominees.submitted(edition, firm, "retail");
        secrets.addAll(List.of(self.subject(), self.email(), self.name(), colleague.subject(), colleague.email(),
                colleague.name(), unpicturedEmail, edition.cutoff().minusYears(30).toString(),
                "Built the custom design studio", notHonored, dossierOf(notHonored)));

        String pictureAward = honor(dossierOf(screenEligible(ownId))).then().statusCode(201).extract().path("awardId");
        String plainAward = honor(dossierOf(screenEligible(theirsId))).then().statusCode(201).extract().path("awardId");
        // The choice is the consent page's and the self-nomination's (another change); set here in the database.
        agreeToPhotoPublication(ownId);
        String photo = "/api/v1/editions/" + edition.id() + "/results/honorees/" + pictureAward + "/photo";
        String unconsented = "/api/v1/editions/" + edition.id() + "/results/honorees/" + plainAward + "/photo";

        clock.fix(publish.minusSeconds(1));
        results(edition).then().statusCode(404).contentType("application/problem+json");
        given().get(photo).then().statusCode(404);
        given().get(photo + "/thumbnail").then().statusCode(404);

        clock.fix(publish.plusSeconds(1));
        String retail = "lists.find { it.code == 'retail' }";
        String suppliers = "lists.find { it.code == 'suppliers' }";
        Response answer = results(edition);
        answer.then().statusCode(200).header("ETag", not(nullValue()))
                .body("program", equalTo("20-under-40")).body("year", equalTo(edition.year()))
                .body("$", not(hasKey("categories")))
                .body("lists.code", equalTo(List.of("retail", "suppliers")))
                .body(retail + ".name", equalTo("Retail"))
                .body(retail + ".honorees.size()", equalTo(1))
                .body(retail + ".honorees[0].honoreeId", equalTo(pictureAward))
                .body(retail + ".honorees[0].name", equalTo(pictured))
                .body(retail + ".honorees[0].jobTitle", equalTo("Director of E-commerce"))
                .body(retail + ".honorees[0].employer", equalTo(employer))
                .body(retail + ".honorees[0].city", equalTo("Missoula"))
                .body(retail + ".honorees[0].state", equalTo("MT"))
                .body(retail + ".honorees[0]", hasKey("citation"))
                .body(retail + ".honorees[0].photo", equalTo(photo))
                .body(suppliers + ".honorees.honoreeId", equalTo(List.of(plainAward)))
                .body(suppliers + ".honorees[0].name", equalTo(unpictured))
                .body(suppliers + ".honorees[0]", not(hasKey("photo")));
        String body = answer.asString();
        for (String secret : secrets) {
            assertFalse(body.contains(secret), "the results show " + secret);
        }

        byte[] served = given().get(photo).then().statusCode(200).contentType("image/jpeg")
                .header("Cache-Control", containsString("max-age")).extract().asByteArray();
        byte[] stored = given().auth().oauth2(Tokens.staff()).get("/api/v1/review/nominations/" + ownId + "/photo")
                .then().statusCode(200).extract().asByteArray();
        assertArrayEquals(stored, served, "the photo as stored, cleaned at intake");
        given().get(photo + "/thumbnail").then().statusCode(200).contentType("image/jpeg");
        given().get(unconsented).then().statusCode(404);
        given().get(unconsented + "/thumbnail").then().statusCode(404);
        given().get("/api/v1/editions/" + edition.id() + "/results/honorees/" + UUID.randomUUID() + "/photo")
                .then().statusCode(404);

        List<Map<String, String>> results = CsvRows.of(given().auth().oauth2(Tokens.staff())
                .get("/api/v1/review/editions/" + edition.id() + "/results.csv").then().statusCode(200)
                .contentType("text/csv").extract().asString());
        assertEquals(List.of("retail honoree " + pictureAward, "suppliers honoree " + plainAward), results.stream()
                .map(r -> r.get("category") + " " + r.get("result") + " " + r.get("honoreeId")).toList());
        assertEquals(List.of(pictured, employer, "Missoula", "MT"), List.of(results.get(0).get("honoreeName"),
                results.get(0).get("firm"), results.get(0).get("city"), results.get(0).get("state")));
        assertEquals("'" + FORMULA, results.get(1).get("jobTitle"), "read as text, not as a formula");
    }

    @Test
    void staffExportEverySubmittedNominationFormulaSafe() {
        Nominees.Edition edition = Nominees.open();
        UUID firm = Nominees.firm(firms);
        clock.fix(edition.duringWindow());
        Nominees.Nominator colleague = Nominees.nominator(firm);
        Map<String, Object> body = Nominees.colleague(edition, "@Nominee " + UUID.randomUUID().toString().substring(0, 6),
                Nominees.uniqueEmail("nominee"));
        body.put("jobTitle", FORMULA);
        String consented = Nominees.draft(colleague, body);
        Nominees.submit(colleague.token(), consented).then().statusCode(200);
        given().post("/api/v1/nominations/consent/" + Nominees.consentToken((String) body.get("nomineeEmail")))
                .then().statusCode(200);
        String pending = Nominees.draft(colleague, Nominees.colleague(edition, "Pending Nominee",
                Nominees.uniqueEmail("pending")));
        Nominees.submit(colleague.token(), pending).then().statusCode(200);
        String submitted = Nominees.submitted(edition, firm, "retail");
        String screened = screenEligible(Nominees.submitted(edition, firm, "suppliers"));
        Nominees.Nominator drafter = Nominees.nominator(firm);
        String draft = Nominees.draft(drafter, Nominees.complete(edition, "self"));

        String csv = given().auth().oauth2(Tokens.staff()).queryParam("edition", edition.id())
                .get("/api/v1/review/nominations.csv").then().statusCode(200).contentType("text/csv")
                .header("Content-Disposition", containsString("20-under-40-" + edition.year() + "-nominations.csv"))
                .extract().asString();
        Map<String, Map<String, String>> rows = CsvRows.of(csv).stream()
                .collect(Collectors.toMap(r -> r.get("nominationId"), r -> r));
        assertEquals(Set.of(consented, submitted, screened), rows.keySet(),
                "every submitted nomination; drafts and those awaiting consent left out, not " + draft + ", " + pending);
        assertEquals("suppliers", CsvRows.of(csv).get(2).get("list"), "by list");
        Map<String, String> row = rows.get(consented);
        assertEquals("'" + body.get("nomineeName"), row.get("nomineeName"));
        assertEquals("'" + FORMULA, row.get("jobTitle"));
        assertEquals("submitted", row.get("status"));
        assertEquals("retail", row.get("list"));
        assertEquals("colleague", row.get("nominatedBy"));
        assertEquals(colleague.name(), row.get("nominatorName"));
        assertEquals("Hartwell Jewelers " + firm.toString().substring(0, 4), row.get("employerName"));
        assertEquals("accepted", rows.get(screened).get("status"));

        given().auth().oauth2(colleague.token()).queryParam("edition", edition.id())
                .get("/api/v1/review/nominations.csv").then().statusCode(403);
        given().queryParam("edition", edition.id()).get("/api/v1/review/nominations.csv").then().statusCode(401);
        given().auth().oauth2(Tokens.staff()).get("/api/v1/review/nominations.csv").then().statusCode(400);
    }

    private void agreeToPhotoPublication(String nomination) {
        QuarkusTransaction.requiringNew().run(() -> entities
                .createNativeQuery("update nomination set photo_publication_consent = true where id = ?1")
                .setParameter(1, UUID.fromString(nomination)).executeUpdate());
    }

    private static Response results(Nominees.Edition edition) {
        return given().get("/api/v1/editions/" + edition.id() + "/results");
    }
}
