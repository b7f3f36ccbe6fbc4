package org.jewelers.competition.entry;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jewelers.competition.judging.Panel;
import org.jewelers.competition.judging.RoundFixtures;
import org.jewelers.memberfirms.MemberFirms;
import org.jewelers.testing.TestClock;
import org.jewelers.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** An entry keeps its entrant's name and email as their token last carried them, for staff and nobody else. */
@QuarkusTest
class OwnerContactTest {

    @Inject
    TestClock clock;

    @Inject
    MemberFirms firms;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void theEntrantsNameAndEmailComeFromEachWriteOfTheirsAndOnlyStaffSeeThem() {
        Fixtures.Edition edition = Fixtures.openCase();
        UUID firm = Fixtures.firm(firms, "active");
        String subject = "entrant-contact-" + UUID.randomUUID();
        clock.fix(edition.duringWindow());
        String id = Fixtures.draft(Tokens.entrant(subject, firm.toString()),
                Fixtures.piece(edition, RoundFixtures.CATEGORY, 150_000));
        given().auth().oauth2(Tokens.staff()).get("/api/v1/review/entries/" + id).then().statusCode(200)
                .body("entrantName", equalTo("Test " + subject))
                .body("entrantEmail", equalTo(subject + "@test.jewelers.example"));

        // The same entrant, their token now naming them otherwise: the next write keeps the new name and address.
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String name = "Jordan Renamed " + suffix;
        String email = "jordan.renamed-" + suffix + "@example.com";
        String renamed = Tokens.withContact(subject, Set.of("entrant"), firm.toString(), " " + name + " ",
                email.toUpperCase());
        given().auth().oauth2(renamed).contentType(ContentType.JSON).body(Map.of("title", "Tidepool Cuff II"))
                .patch("/api/v1/entries/" + id).then().statusCode(200);
        given().auth().oauth2(Tokens.staff()).get("/api/v1/review/entries/" + id).then().statusCode(200)
                .body("entrantName", equalTo(name)).body("entrantEmail", equalTo(email));

        // A token without the claims says nothing about the person: what was kept stays.
        String bare = Tokens.withContact(subject, Set.of("entrant"), firm.toString(), null, null);
        Fixtures.submit(bare, id).then().statusCode(200);
        given().auth().oauth2(Tokens.staff()).get("/api/v1/review/entries/" + id).then().statusCode(200)
                .body("status", equalTo("submitted"))
                .body("entrantName", equalTo(name)).body("entrantEmail", equalTo(email));
        given().auth().oauth2(Tokens.staff()).get("/api/v1/review/editions/" + edition.id() + "/entries.csv").then()
                .statusCode(200).body(containsString("entrantName,entrantEmail"))
                .body(containsString("\"" + name + "\",\"" + email + "\""));

        // The entrant's own view and the judges' blind one never carry them.
        given().auth().oauth2(renamed).get("/api/v1/entries/" + id).then().statusCode(200)
                .body(not(containsString(name))).body(not(containsString(email)));
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body(Map.of("eligible", true))
                .post("/api/v1/review/entries/" + id + "/screening").then().statusCode(200);
        Instant opens = edition.duringWindow().plus(Duration.ofDays(60));
        String round = RoundFixtures.preJudging(edition, opens, opens.plus(Duration.ofDays(30)));
        String judge = "judge-" + UUID.randomUUID();
        Panel.assign(round, Map.of("category", RoundFixtures.CATEGORY, "judge", judge)).then().statusCode(200);
        clock.fix(opens);
        given().auth().oauth2(Tokens.judge(judge)).get("/api/v1/judging/rounds/" + round + "/entries/" + id).then()
                .statusCode(200).body(not(containsString(name))).body(not(containsString(email)))
                .body(not(containsString("Test " + subject)));
    }
}
