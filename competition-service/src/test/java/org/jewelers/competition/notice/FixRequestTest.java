package org.jewelers.competition.notice;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.arc.All;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.jewelers.competition.entry.AcceptedEntries;
import org.jewelers.competition.entry.Fixtures;
import org.jewelers.competition.judging.RoundFixtures;
import org.jewelers.competition.nomination.Nominees;
import org.jewelers.memberfirms.MemberFirms;
import org.jewelers.testing.MailServer;
import org.jewelers.testing.MailServer.ReceivedMail;
import org.jewelers.testing.TestClock;
import org.jewelers.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Staff return an entry or a nomination to its owner to fix: the owner is told what to fix and by when (their own
 * deadline), edits it as a draft and submits it again like the first time; a fix after that deadline is refused.
 */
@QuarkusTest
class FixRequestTest {

    private static final String FIX = "Image 2 shows the hallmark; replace it with a photo where it is hidden";

    @Inject
    TestClock clock;

    @Inject
    MemberFirms firms;

    @Inject
    DataSource database;

    @Inject
    @All
    List<NoticePreview> previews;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aReturnedEntryIsToldOnceEditedAndSubmittedAgainThenAcceptedAndToldAgain() {
        Fixtures.Edition edition = Fixtures.openCase();
        AcceptedEntries.Seeded entry = AcceptedEntries.inCategory(clock, firms, edition, RoundFixtures.CATEGORY, 1)
                .get(0);
        String id = entry.entryId();
        String email = entry.secrets().get(2);
        String firstReceipt = given().auth().oauth2(entry.token()).get("/api/v1/entries/" + id).then()
                .statusCode(200).extract().path("receipt.sha256");
        // The entrant's deadline is a day after the edition's: a fix is still theirs to make after the edition closes.
        extend(edition, entry.subject(), edition.year() + "-06-29T23:59");
        clock.fix(edition.onDeadlineDay("23:59").plus(Duration.ofHours(12)));

        screen("entries", id, Map.of("decision", "fix-requested")).then().statusCode(400);
        screen("entries", id, Map.of("decision", "fix-requested", "reason", " ")).then().statusCode(400);
        screen("entries", id, Map.of("decision", "fix-requested", "eligible", true, "reason", FIX)).then()
                .statusCode(400);
        screen("entries", id, Map.of("decision", "fix-requested", "reason", FIX)).then().statusCode(200)
                .body("status", equalTo("draft")).body("screeningReason", equalTo(FIX))
                .body("submittedAt", nullValue());
        // A retried request finds a draft, which staff do not screen: nothing more is told.
        screen("entries", id, Map.of("decision", "fix-requested", "reason", FIX)).then().statusCode(409);
        assertEquals(List.of(key(id, "accepted-1", email), key(id, "fix-requested-2", email)),
                Sent.keys(database, NoticeKind.SCREENING_OUTCOME, id));

        ReceivedMail told = Sent.received(email, subject -> subject.contains("needs a fix"), 1).get(0);
        assertTrue(told.text().contains("What to fix: " + FIX), told.text());
        String day = LocalDate.of(edition.year(), 6, 29).format(DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy",
                Locale.US));
        assertTrue(told.text().contains(day + " at 23:59 (America/New_York"), told.text());
        assertTrue(told.html().contains("What to fix:"), told.html());
        Sent.previewed(previews, NoticeKind.SCREENING_OUTCOME, id, email, told);

        given().auth().oauth2(entry.token()).get("/api/v1/entries/" + id).then().statusCode(200)
                .body("status", equalTo("draft")).body("fixRequested", equalTo(FIX)).body("receipt", nullValue());
        given().auth().oauth2(entry.token()).contentType(ContentType.JSON).body(Map.of("title", "Tidepool Cuff, fixed"))
                .patch("/api/v1/entries/" + id).then().statusCode(200);
        JsonPath receipt = Fixtures.submit(entry.token(), id).then().statusCode(200).extract().jsonPath();
        assertEquals(clock.instant(), Instant.parse(receipt.getString("submittedAt")));
        assertNotEquals(firstReceipt, receipt.getString("sha256"));
        given().auth().oauth2(entry.token()).get("/api/v1/entries/" + id).then().statusCode(200)
                .body("status", equalTo("submitted")).body("fixRequested", nullValue())
                .body("receipt.sha256", equalTo(receipt.getString("sha256")));

        screen("entries", id, Map.of("decision", "accepted")).then().statusCode(200).body("status", equalTo("accepted"));
        assertEquals(List.of(key(id, "accepted-1", email), key(id, "fix-requested-2", email),
                key(id, "accepted-3", email)), Sent.keys(database, NoticeKind.SCREENING_OUTCOME, id));
        List<ReceivedMail> mails = Sent.received(email, subject -> subject.startsWith("Your entry"), 3);
        assertTrue(mails.get(2).subject().endsWith("was accepted"), mails.get(2).subject());

        List<Map<String, Object>> steps = given().auth().oauth2(Tokens.staff())
                .get("/api/v1/review/entries/" + id + "/history").then().statusCode(200).extract().path("items");
        List<String> actions = steps.stream().map(step -> (String) step.get("action")).toList();
        assertEquals(List.of("screened", "submitted", "fix-requested", "screened", "submitted", "created"), actions);
        Map<String, Object> fix = steps.get(2);
        assertEquals(List.of("accepted", "draft", FIX), List.of(fix.get("from"), fix.get("to"), fix.get("reason")),
                fix.toString());
    }

    @Test
    void aFixAfterTheOwnersDeadlineIsRefusedAndChangesAndTellsNothing() {
        Fixtures.Edition edition = Fixtures.openCase();
        AcceptedEntries.Seeded entry = AcceptedEntries.inCategory(clock, firms, edition, RoundFixtures.CATEGORY, 1)
                .get(0);
        String id = entry.entryId();
        long version = given().auth().oauth2(Tokens.staff()).get("/api/v1/review/entries/" + id).then()
                .extract().jsonPath().getLong("version");
        clock.fix(edition.onDeadlineDay("23:59"));

        screen("entries", id, Map.of("decision", "fix-requested", "reason", FIX)).then().statusCode(409)
                .body("type", equalTo("https://jewelers.example/problems/fix-past-owner-deadline"))
                .body("deadline.local", equalTo(edition.year() + "-06-28T23:59:00"));
        given().auth().oauth2(Tokens.staff()).get("/api/v1/review/entries/" + id).then().statusCode(200)
                .body("status", equalTo("accepted")).body("version", equalTo((int) version));
        assertEquals(List.of(key(id, "accepted-1", entry.secrets().get(2))),
                Sent.keys(database, NoticeKind.SCREENING_OUTCOME, id));
        given().auth().oauth2(Tokens.staff()).get("/api/v1/review/entries/" + id + "/history").then()
                .body("items.action", equalTo(List.of("screened", "submitted", "created")));
        // Staff may still decide as before.
        screen("entries", id, Map.of("eligible", false, "reason", "Sold before the period")).then().statusCode(200);
    }

    @Test
    void aReturnedColleaguesNominationAsksItsNomineeToConsentAgain() {
        Nominees.Edition edition = Nominees.open();
        UUID firm = Nominees.firm(firms);
        Nominees.Nominator nominator = Nominees.nominator(firm);
        String nominee = Nominees.uniqueEmail("nominee");
        clock.fix(edition.duringWindow());
        Map<String, Object> body = new HashMap<>(Nominees.colleague(edition, "Maya Okafor", nominee));
        body.put("list", "retail");
        String id = Nominees.draft(nominator, body);
        Nominees.submit(nominator.token(), id).then().statusCode(200);
        consent(Nominees.consentToken(nominee));

        String fix = "The essay on vision stops mid-sentence";
        screen("nominations", id, Map.of("decision", "fix-requested", "reason", fix)).then().statusCode(200)
                .body("status", equalTo("draft")).body("consentedAt", nullValue()).body("publishPhoto", equalTo(false));
        assertEquals(List.of(key(id, "fix-requested-1", nominator.email())),
                Sent.keys(database, NoticeKind.SCREENING_OUTCOME, id));
        ReceivedMail told = Sent.received(nominator.email(), subject -> subject.startsWith("Your nomination"), 1)
                .get(0);
        assertTrue(told.subject().endsWith("needs a fix before it can be screened"), told.subject());
        assertTrue(told.text().contains("What to fix: " + fix), told.text());

        given().auth().oauth2(nominator.token()).get("/api/v1/nominations/" + id).then().statusCode(200)
                .body("status", equalTo("draft")).body("fixRequested", equalTo(fix))
                .body("screeningReason", nullValue());
        given().auth().oauth2(nominator.token()).contentType(ContentType.JSON)
                .body(Map.of("essays", Map.of("vision", "Traceable, recycled metals as the norm, everywhere.")))
                .patch("/api/v1/nominations/" + id).then().statusCode(200);
        Nominees.submit(nominator.token(), id).then().statusCode(200).body("status", equalTo("awaiting-consent"));
        await().atMost(Duration.ofSeconds(60)).until(() -> MailServer.get().to(nominee).stream()
                .filter(mail -> mail.text().contains("/api/v1/nominations/consent/")).count() == 2);
        consent(Nominees.consentToken(nominee));

        screen("nominations", id, Map.of("eligible", true)).then().statusCode(200).body("status", equalTo("accepted"));
        assertEquals(List.of(key(id, "fix-requested-1", nominator.email()), key(id, "accepted-2", nominator.email())),
                Sent.keys(database, NoticeKind.SCREENING_OUTCOME, id));
        List<ReceivedMail> mails = Sent.received(nominator.email(), subject -> subject.startsWith("Your nomination"), 2);
        assertFalse(mails.get(1).text().contains("What to fix"), mails.get(1).text());
    }

    private static void consent(String token) {
        given().queryParam("publishPhoto", true).post("/api/v1/nominations/consent/" + token).then().statusCode(200);
    }

    private static void extend(Fixtures.Edition edition, String subject, String until) {
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON)
                .body(Map.of("subject", subject, "until", until))
                .post("/api/v1/review/editions/" + edition.id() + "/extensions").then().statusCode(201);
    }

    private static Response screen(String what, String id, Map<String, Object> decision) {
        return given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body(decision)
                .post("/api/v1/review/" + what + "/" + id + "/screening");
    }

    private static String key(String id, String slot, String email) {
        return NoticeKind.SCREENING_OUTCOME.code() + "/" + id + "/" + slot + "/" + email.toLowerCase();
    }
}
