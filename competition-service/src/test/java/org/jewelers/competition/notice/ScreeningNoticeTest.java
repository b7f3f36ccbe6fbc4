package org.jewelers.competition.notice;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.arc.All;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.jewelers.competition.entry.AcceptedEntries;
import org.jewelers.competition.entry.Fixtures;
import org.jewelers.competition.image.TestImages;
import org.jewelers.competition.judging.RoundFixtures;
import org.jewelers.competition.nomination.Nominees;
import org.jewelers.memberfirms.MemberFirms;
import org.jewelers.testing.MailServer.ReceivedMail;
import org.jewelers.testing.TestClock;
import org.jewelers.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Staff's screening decisions told to the entrant or nominator, each decision once, with its reason. */
@QuarkusTest
class ScreeningNoticeTest {

    @Inject
    TestClock clock;

    @Inject
    MemberFirms firms;

    @Inject
    Notices notices;

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
    void eachDecisionOnAnEntryIsToldOnceWithItsReasonEvenAfterAnOptOut() {
        Fixtures.Edition edition = Fixtures.openCase();
        // Accepted once by the fixture.
        AcceptedEntries.Seeded entry = AcceptedEntries.inCategory(clock, firms, edition, RoundFixtures.CATEGORY, 1)
                .get(0);
        String id = entry.entryId();
        String email = entry.secrets().get(2);
        clock.fix(edition.duringWindow().plus(Duration.ofDays(40)));

        // The same decision again (a retried request) tells nothing new; a refused one tells nothing.
        screen("entries", id, Map.of("eligible", true)).then().statusCode(200);
        screen("entries", id, Map.of("eligible", false)).then().statusCode(400);
        String reason = "The maker's mark shows in image 2 <b>twice</b>";
        screen("entries", id, Map.of("eligible", false, "reason", reason)).then().statusCode(200);
        screen("entries", id, Map.of("eligible", false, "reason", reason)).then().statusCode(200);
        assertEquals(List.of(key(id, "accepted-1", email), key(id, "ineligible-2", email)),
                Sent.keys(database, NoticeKind.SCREENING_OUTCOME, id));

        // A transactional notice still arrives after its recipient unsubscribed from every kind of reminder.
        QuarkusTransaction.requiringNew().run(() -> Arrays.stream(NoticeKind.values()).filter(NoticeKind::reminder)
                .forEach(kind -> notices.optOut(email, kind)));
        screen("entries", id, Map.of("eligible", true)).then().statusCode(200);
        assertEquals(List.of(key(id, "accepted-1", email), key(id, "ineligible-2", email),
                key(id, "accepted-3", email)), Sent.keys(database, NoticeKind.SCREENING_OUTCOME, id));

        List<ReceivedMail> mails = Sent.received(email, subject -> subject.startsWith("Your entry"), 3);
        assertTrue(mails.get(0).subject().endsWith("was accepted"), mails.get(0).subject());
        assertTrue(mails.get(2).subject().endsWith("was accepted"), mails.get(2).subject());
        ReceivedMail ineligible = mails.get(1);
        assertTrue(ineligible.subject().endsWith("is not eligible"), ineligible.subject());
        assertTrue(ineligible.text().contains("Reason: " + reason), ineligible.text());
        assertTrue(ineligible.html().contains("The maker&#39;s mark shows in image 2 &lt;b&gt;twice&lt;/b&gt;"),
                ineligible.html());
        assertTrue(ineligible.text().contains("Jewelers of America"), "the footer names the association");
        assertFalse(mails.get(0).text().contains("Reason:"), mails.get(0).text());
        Sent.previewed(previews, NoticeKind.SCREENING_OUTCOME, id, email, mails.get(2));
        assertTrue(Sent.preview(previews, NoticeKind.SCREENING_OUTCOME).preview(UUID.randomUUID()).isEmpty());
    }

    @Test
    void aNominationsDecisionIsToldToItsNominator() {
        Nominees.Edition edition = Nominees.open();
        UUID firm = Nominees.firm(firms);
        Nominees.Nominator nominator = Nominees.nominator(firm);
        clock.fix(edition.duringWindow());
        Map<String, Object> body = Nominees.complete(edition, "self");
        body.put("list", "retail");
        String id = Nominees.draft(nominator, body);
        Nominees.submit(nominator.token(), id).then().statusCode(200);
        assertEquals(List.of(), Sent.keys(database, NoticeKind.SCREENING_OUTCOME, id));

        String reason = "Five years in the industry, not six";
        screen("nominations", id, Map.of("eligible", false, "reason", reason)).then().statusCode(200);
        screen("nominations", id, Map.of("eligible", false, "reason", reason)).then().statusCode(200);
        screen("nominations", id, Map.of("eligible", false, "reason", " " + reason + " ")).then().statusCode(200);
        assertEquals(List.of(key(id, "ineligible-1", nominator.email())),
                Sent.keys(database, NoticeKind.SCREENING_OUTCOME, id));
        ReceivedMail mail = Sent.received(nominator.email(), subject -> subject.startsWith("Your nomination"), 1)
                .get(0);
        assertTrue(mail.text().contains("Dear " + nominator.name()), mail.text());
        assertTrue(mail.text().contains("Reason: " + reason), mail.text());
        Sent.previewed(previews, NoticeKind.SCREENING_OUTCOME, id, nominator.email(), mail);
    }

    @Test
    void anEntrantWithoutAKeptAddressIsScreenedAndToldNothing() {
        Fixtures.Edition edition = Fixtures.openCase();
        UUID firm = Fixtures.firm(firms, "active");
        String token = Tokens.withContact("no-address-" + UUID.randomUUID(), Set.of("entrant"),
                firm.toString(), "Nora Nomail", null);
        clock.fix(edition.duringWindow());
        String id = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Fixtures.piece(edition, RoundFixtures.CATEGORY, 150_000)).post("/api/v1/entries").then()
                .statusCode(201).extract().path("id");
        Fixtures.upload(token, id, TestImages.png(40, 30), "a.png", "image/png",
                "photo").then().statusCode(201);
        Fixtures.submit(token, id).then().statusCode(200);

        screen("entries", id, Map.of("eligible", true)).then().statusCode(200);
        assertEquals(List.of(), Sent.keys(database, NoticeKind.SCREENING_OUTCOME, id));
    }

    private static Response screen(String what, String id, Map<String, Object> decision) {
        return given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body(decision)
                .post("/api/v1/review/" + what + "/" + id + "/screening");
    }

    private static String key(String id, String slot, String email) {
        return NoticeKind.SCREENING_OUTCOME.code() + "/" + id + "/" + slot + "/" + email.toLowerCase();
    }
}
