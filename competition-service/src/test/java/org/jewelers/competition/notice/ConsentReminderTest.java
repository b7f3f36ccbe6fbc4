package org.jewelers.competition.notice;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.jewelers.competition.nomination.Nominees;
import org.jewelers.memberfirms.MemberFirms;
import org.jewelers.testing.MailServer;
import org.jewelers.testing.TestClock;
import org.jewelers.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The consent reminder: three days before the nominee's link expires, once per link, with a fresh link that
 * replaces the one before; and the link staff reissue, mailed again and reminded of in its turn.
 */
@QuarkusTest
@ExtendWith(MailServer.StartedAgain.class)
class ConsentReminderTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Inject
    TestClock clock;

    @Inject
    ReminderSweep sweep;

    @Inject
    MemberFirms firms;

    @Inject
    DataSource database;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private List<String> reminders(String nominee) {
        return NoticeRows.of(database, NoticeKind.CONSENT_REMINDER, nominee);
    }

    private void sweepAt(Instant now) {
        clock.fix(now);
        sweep.sweep();
    }

    /** A colleague's nomination of {@code nominee}, submitted during the window and awaiting consent. */
    private String awaitingConsent(Nominees.Edition edition, String nominee) {
        Nominees.Nominator colleague = Nominees.nominator(Nominees.firm(firms));
        clock.fix(edition.duringWindow());
        String id = Nominees.draft(colleague, Nominees.colleague(edition, "Amara Lindqvist", nominee));
        Nominees.submit(colleague.token(), id).then().statusCode(200).body("status", equalTo("awaiting-consent"));
        return id;
    }

    private static Instant expiry(String nomination) {
        return Instant.parse(given().auth().oauth2(Tokens.staff()).get("/api/v1/review/nominations/" + nomination)
                .then().statusCode(200).extract().path("consentExpiresAt"));
    }

    @Test
    void theNomineeIsRemindedOnceWithAFreshLinkThreeDaysBeforeItExpires() {
        Nominees.Edition edition = Nominees.open();
        String nominee = Nominees.uniqueEmail("amara");
        String id = awaitingConsent(edition, nominee);
        String first = Nominees.consentToken(nominee);
        Instant expires = expiry(id);
        Instant due = expires.atZone(NEW_YORK).minusDays(3).toInstant();
        String slot = "3d-before-" + expires.getEpochSecond();

        sweepAt(due.minusSeconds(1));
        assertEquals(List.of(), reminders(nominee));
        sweepAt(due);
        sweep.sweep();
        assertEquals(List.of(slot + " queued"), reminders(nominee));

        await().atMost(DraftReminderTest.PATIENCE).until(() -> MailServer.get().to(nominee).size() == 2);
        MailServer.ReceivedMail reminder = MailServer.get().to(nominee).get(1);
        assertThat(reminder.subject(), containsString("Reminder"));
        assertNotNull(reminder.header("List-Unsubscribe"));
        assertThat(reminder.html(), containsString("/api/v1/nominations/consent/"));
        String fresh = Nominees.consentToken(nominee);
        assertNotEquals(first, fresh);
        assertThat("the unsubscribe link is its own", reminder.header("List-Unsubscribe"),
                containsString("/api/v1/notices/unsubscribe/"));

        given().get("/api/v1/nominations/consent/" + first).then().statusCode(404);
        given().get("/api/v1/nominations/consent/" + fresh).then().statusCode(200);
        sweepAt(due.plus(Duration.ofHours(1)));
        assertEquals(List.of(slot + " queued"), reminders(nominee), "one reminder per link");
        given().post("/api/v1/nominations/consent/" + fresh).then().statusCode(200)
                .body("status", equalTo("submitted"));
    }

    @Test
    void staffReissueALinkWhichIsMailedAgainAndRemindedOfInItsTurn() {
        Nominees.Edition edition = Nominees.open();
        String nominee = Nominees.uniqueEmail("bo");
        String id = awaitingConsent(edition, nominee);
        String first = Nominees.consentToken(nominee);
        Instant expired = expiry(id).plus(Duration.ofDays(1));
        sweepAt(expired);
        assertEquals(List.of(), reminders(nominee), "an expired link is not reminded of");
        given().get("/api/v1/nominations/consent/" + first).then().statusCode(410);

        given().auth().oauth2(Nominees.nominator(Nominees.firm(firms)).token())
                .post("/api/v1/review/nominations/" + id + "/consent-link").then().statusCode(403);
        String self = Nominees.submitted(edition, Nominees.firm(firms), "retail");
        given().auth().oauth2(Tokens.staff()).post("/api/v1/review/nominations/" + self + "/consent-link")
                .then().statusCode(409).contentType("application/problem+json");
        given().auth().oauth2(Tokens.staff()).post("/api/v1/review/nominations/" + UUID.randomUUID() + "/consent-link")
                .then().statusCode(404);

        clock.fix(expired);
        Instant expires = Instant.parse(given().auth().oauth2(Tokens.staff())
                .post("/api/v1/review/nominations/" + id + "/consent-link").then().statusCode(200)
                .body("status", equalTo("awaiting-consent")).extract().path("consentExpiresAt"));
        assertEquals(expired.plus(Duration.ofDays(14)), expires);
        await().atMost(DraftReminderTest.PATIENCE).until(() -> MailServer.get().to(nominee).size() == 2);
        assertThat(MailServer.get().to(nominee).get(1).subject(), containsString("your consent is needed"));
        String second = Nominees.consentToken(nominee);
        given().get("/api/v1/nominations/consent/" + first).then().statusCode(404);
        given().get("/api/v1/nominations/consent/" + second).then().statusCode(200);
        given().auth().oauth2(Tokens.staff()).get("/api/v1/review/nominations/" + id + "/history")
                .then().body("items.action", hasItem("consent-link-reissued"));

        sweepAt(expires.atZone(NEW_YORK).minusDays(3).toInstant());
        assertEquals(List.of("3d-before-" + expires.getEpochSecond() + " queued"), reminders(nominee));
        await().atMost(DraftReminderTest.PATIENCE).until(() -> MailServer.get().to(nominee).size() == 3);
        given().get("/api/v1/nominations/consent/" + Nominees.consentToken(nominee)).then().statusCode(200);
    }
}
