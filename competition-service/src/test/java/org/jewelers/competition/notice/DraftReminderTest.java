package org.jewelers.competition.notice;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.jewelers.competition.EditionsTest;
import org.jewelers.competition.entry.CaseYears;
import org.jewelers.competition.entry.Fixtures;
import org.jewelers.competition.nomination.Nominees;
import org.jewelers.memberfirms.MemberFirms;
import org.jewelers.testing.MailServer;
import org.jewelers.testing.TestClock;
import org.jewelers.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Draft reminders: at the edition's times counted back from each owner's own deadline, once per slot, the latest
 * only, none after the deadline or once the draft is submitted or deleted, and at the right local time across the
 * November daylight-saving change.
 */
@QuarkusTest
@ExtendWith(MailServer.StartedAgain.class)
class DraftReminderTest {

    static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final String CATEGORY = "retailer-up-to-2000";

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

    /** An entrant with a draft of their own: its id, their token and their address. */
    record Holder(String id, String token, String email) {
    }

    static Holder draftIn(Fixtures.Edition edition, UUID firm) {
        String subject = "entrant-" + UUID.randomUUID();
        String token = Tokens.entrant(subject, firm.toString());
        String id = Fixtures.draft(token, Fixtures.piece(edition, CATEGORY, 150_000));
        return new Holder(id, token, subject + "@test.jewelers.example");
    }

    private List<String> reminders(Holder holder) {
        return NoticeRows.of(database, NoticeKind.DRAFT_REMINDER, holder.email());
    }

    private void sweepAt(Instant now) {
        clock.fix(now);
        sweep.sweep();
    }

    @Test
    void eachSlotOnceTheLatestOnlyAndNoneAfterSubmitDeleteOrTheDeadline() {
        Fixtures.Edition edition = Fixtures.openCase();
        UUID firm = Fixtures.firm(firms, "active");
        Instant deadline = edition.onDeadlineDay("23:59");
        clock.fix(edition.duringWindow());
        Holder early = draftIn(edition, firm);
        // Firms enter a few pieces per category: the two that submit work at firms of their own.
        Holder submitter = draftIn(edition, Fixtures.firm(firms, "active"));
        Holder deleter = draftIn(edition, firm);
        clock.fix(deadline.minus(Duration.ofDays(3)));
        Holder late = draftIn(edition, Fixtures.firm(firms, "active"));

        sweepAt(deadline.minus(Duration.ofDays(7)).minusSeconds(60));
        assertEquals(List.of(), reminders(early), "not before its time");

        sweepAt(deadline.minus(Duration.ofDays(7)));
        sweep.sweep();
        assertEquals(List.of("7d-before queued"), reminders(early), "at its time, once however often it sweeps");
        assertEquals(List.of(), reminders(late), "not started yet");

        await().atMost(PATIENCE).until(() -> !MailServer.get().to(early.email()).isEmpty());
        MailServer.ReceivedMail mail = MailServer.get().to(early.email()).get(0);
        assertThat(mail.subject(), containsString("is not submitted yet"));
        assertThat(mail.text(), containsString("June 28, " + edition.year() + " at 23:59 (America/New_York)"));
        assertThat(mail.text(), containsString("Jewelers of America"));
        assertNotNull(mail.header("List-Unsubscribe"));
        assertEquals("List-Unsubscribe=One-Click", mail.header("List-Unsubscribe-Post"));
        assertThat(mail.html(), containsString("Tidepool Cuff"));

        // Started three days before the close, past the week's reminder: it never gets that one late.
        sweepAt(deadline.minus(Duration.ofDays(2)));
        assertEquals(List.of(), reminders(late));

        // Their week's reminders went out before they submit and delete (else these would take them back).
        await().atMost(PATIENCE).until(() -> !MailServer.get().to(submitter.email()).isEmpty()
                && !MailServer.get().to(deleter.email()).isEmpty());
        Fixtures.submit(submitter.token(), submitter.id()).then().statusCode(200);
        given().auth().oauth2(deleter.token()).delete("/api/v1/entries/" + deleter.id()).then().statusCode(204);

        // The day's reminder is queued while the mail server is away (which forgets what it received); the late
        // draft's submit takes it back.
        MailServer.get().stop();
        sweepAt(deadline.minus(Duration.ofHours(24)));
        assertEquals(List.of("7d-before queued", "24h-before queued"), reminders(early));
        assertEquals(List.of("24h-before queued"), reminders(late));
        assertEquals(List.of("7d-before queued"), reminders(submitter), "submitted: no more");
        assertEquals(List.of("7d-before queued"), reminders(deleter), "deleted: no more");
        Fixtures.submit(late.token(), late.id()).then().statusCode(200);
        assertEquals(List.of("24h-before cancelled"), reminders(late), "the submit takes back the unsent reminder");
        MailServer.get().start();

        sweepAt(deadline.plusSeconds(60));
        assertEquals(List.of("7d-before queued", "24h-before queued"), reminders(early), "none after the deadline");
        await().atMost(PATIENCE).until(() -> MailServer.get().to(early.email()).size() == 1);
        assertThat(MailServer.get().to(early.email()).get(0).text(), containsString("still a draft"));
        await().atMost(PATIENCE).until(() -> MailServer.get().to(late.email()).size() == 1);
        assertThat("only the receipt", MailServer.get().to(late.email()).get(0).subject(),
                not(containsString("not submitted yet")));
    }

    @Test
    void aMovedDeadlineMovesTheSlotsNotSentAndResendsNone() {
        Fixtures.Edition edition = Fixtures.openCase();
        Instant deadline = edition.onDeadlineDay("23:59");
        clock.fix(edition.duringWindow());
        Holder holder = draftIn(edition, Fixtures.firm(firms, "active"));
        sweepAt(deadline.minus(Duration.ofDays(7)));
        assertEquals(List.of("7d-before queued"), reminders(holder));

        clock.fix(deadline.minus(Duration.ofDays(6)));
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON)
                .body(Map.of("closes", edition.year() + "-07-03T23:59")).patch("/api/v1/editions/" + edition.id())
                .then().statusCode(200);
        Instant moved = LocalDateTime.of(edition.year(), 7, 3, 23, 59).atZone(NEW_YORK).toInstant();
        sweepAt(moved.minus(Duration.ofDays(7)));
        assertEquals(List.of("7d-before queued"), reminders(holder), "sent once, not again at its new time");
        sweepAt(deadline.minus(Duration.ofHours(24)));
        assertEquals(List.of("7d-before queued"), reminders(holder), "the day's reminder moved with the close");
        sweepAt(moved.minus(Duration.ofHours(24)));
        assertEquals(List.of("7d-before queued", "24h-before queued"), reminders(holder));
    }

    @Test
    void anExtendedEntrantIsRemindedAgainstTheirOwnDeadline() {
        Fixtures.Edition edition = Fixtures.openCase();
        UUID firm = Fixtures.firm(firms, "active");
        String subject = "entrant-" + UUID.randomUUID();
        String token = Tokens.entrant(subject, firm.toString());
        clock.fix(edition.duringWindow());
        Holder extended = new Holder(Fixtures.draft(token, Fixtures.piece(edition, CATEGORY, 150_000)), token,
                subject + "@test.jewelers.example");
        Holder usual = draftIn(edition, firm);
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON)
                .body(Map.of("subject", subject, "until", edition.year() + "-07-10T23:59"))
                .post("/api/v1/review/editions/" + edition.id() + "/extensions").then().statusCode(201);
        Instant extendedDeadline = LocalDateTime.of(edition.year(), 7, 10, 23, 59).atZone(NEW_YORK).toInstant();

        sweepAt(edition.onDeadlineDay("23:59").minus(Duration.ofHours(24)));
        assertEquals(List.of("24h-before queued"), reminders(usual));
        assertEquals(List.of(), reminders(extended), "a week and more before their own deadline");

        sweepAt(extendedDeadline.minus(Duration.ofDays(7)).minusSeconds(1));
        assertEquals(List.of(), reminders(extended));
        sweepAt(extendedDeadline.minus(Duration.ofDays(7)));
        assertEquals(List.of("7d-before queued"), reminders(extended));
        sweepAt(extendedDeadline.minus(Duration.ofHours(24)));
        assertEquals(List.of("7d-before queued", "24h-before queued"), reminders(extended));
        await().atMost(PATIENCE).until(() -> MailServer.get().to(extended.email()).size() == 2);
        assertThat(MailServer.get().to(extended.email()).get(1).text(), containsString("July 10"));
    }

    @Test
    void aWeekBeforeADeadlineAfterTheNovemberChangeIsTheSameLocalTime() {
        Fixtures.Edition edition = novemberEdition();
        int year = edition.year();
        given().get("/api/v1/editions/" + edition.id()).then().body("draftReminders", equalTo(List.of("P7D", "PT24H")));
        // Wednesday after the first Sunday of November (when New York leaves daylight time), 23:59 local.
        LocalDate sunday = LocalDate.of(year, 11, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.SUNDAY));
        LocalDateTime close = sunday.plusDays(3).atTime(23, 59);
        Instant deadline = close.atZone(NEW_YORK).toInstant();
        Instant weekBefore = close.minusDays(7).atZone(NEW_YORK).toInstant();
        assertEquals(Duration.ofHours(169), Duration.between(weekBefore, deadline), "the clocks went back between");

        UUID firm = Fixtures.firm(firms, "active");
        clock.fix(deadline.minus(Duration.ofDays(30)));
        Holder holder = draftIn(edition, firm);

        sweepAt(weekBefore.minusSeconds(1));
        assertEquals(List.of(), reminders(holder));
        sweepAt(weekBefore);
        assertEquals(List.of("7d-before queued"), reminders(holder),
                "at 23:59 local a week before, not 168 hours before (00:59 local)");
        sweepAt(deadline.minus(Duration.ofHours(24)));
        assertEquals(List.of("7d-before queued", "24h-before queued"), reminders(holder));
        await().atMost(PATIENCE).until(() -> MailServer.get().to(holder.email()).size() == 2);
        assertThat(MailServer.get().to(holder.email()).get(0).text(), containsString("at 23:59 (America/New_York)"));
    }

    @Test
    void staffSetTheScheduleOfAnEdition() {
        Fixtures.Edition edition = Fixtures.openCase();
        patch(edition.id(), List.of("P0D")).then().statusCode(400);
        patch(edition.id(), List.of("1 week")).then().statusCode(400);
        patch(edition.id(), List.of("PT48H", "pt48h")).then().statusCode(400);
        patch(edition.id(), List.of("P1D", "P2D", "P3D", "P4D", "P5D", "P6D")).then().statusCode(400);
        given().get("/api/v1/editions/" + edition.id()).then().body("draftReminders", equalTo(List.of("P7D", "PT24H")));
        patch(edition.id(), List.of("PT2H", "P3D")).then().statusCode(200)
                .body("draftReminders", equalTo(List.of("P3D", "PT2H")));
        assertThat(given().auth().oauth2(Tokens.staff()).get("/api/v1/editions/" + edition.id() + "/history")
                .then().extract().path("items[0].changes").toString(), containsString("PT2H"));

        UUID firm = Fixtures.firm(firms, "active");
        Instant deadline = edition.onDeadlineDay("23:59");
        clock.fix(edition.duringWindow());
        Holder holder = draftIn(edition, firm);
        sweepAt(deadline.minus(Duration.ofDays(7)));
        sweepAt(deadline.minus(Duration.ofDays(3)).minusSeconds(1));
        assertEquals(List.of(), reminders(holder), "the default times are off");
        sweepAt(deadline.minus(Duration.ofDays(3)));
        sweepAt(deadline.minus(Duration.ofHours(24)));
        assertEquals(List.of("3d-before queued"), reminders(holder));
        sweepAt(deadline.minus(Duration.ofHours(2)));
        assertEquals(List.of("3d-before queued", "2h-before queued"), reminders(holder));

        patch(edition.id(), List.of()).then().statusCode(200).body("draftReminders", hasSize(0));
    }

    @Test
    void aNominatorIsRemindedOfTheirDraft() {
        Nominees.Edition edition = Nominees.open();
        UUID firm = Nominees.firm(firms);
        Nominees.Nominator nominator = Nominees.nominator(firm);
        clock.fix(edition.duringWindow());
        String id = Nominees.draft(nominator, Nominees.colleague(edition, "Avery Stone", Nominees.uniqueEmail("avery")));
        Instant deadline = edition.inYear("03-31T23:59");

        sweepAt(deadline.minus(Duration.ofHours(24)));
        assertEquals(List.of("24h-before queued"), NoticeRows.of(database, NoticeKind.DRAFT_REMINDER, nominator.email()));
        await().atMost(PATIENCE).until(() -> !MailServer.get().to(nominator.email()).isEmpty());
        assertThat(MailServer.get().to(nominator.email()).get(0).subject(), containsString("Avery Stone"));
        assertNotNull(id);
    }

    /**
     * A CASE edition closing the Wednesday after New York leaves daylight time: in a year from 2007, when daylight
     * time has ended on the first Sunday of November (before, on the last Sunday of October).
     */
    private static Fixtures.Edition novemberEdition() {
        while (true) {
            int year = CaseYears.next(from -> from >= 2007);
            LocalDate sunday = LocalDate.of(year, 11, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.SUNDAY));
            Map<String, Object> body = new HashMap<>(EditionsTest.caseAwards(year));
            body.put("closes", sunday.plusDays(3).atTime(23, 59).toString());
            body.put("milestones", List.of());
            body.put("draftReminders", List.of("PT24H", "p7d"));
            Response response = given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body(body)
                    .post("/api/v1/editions");
            if (response.statusCode() == 201) {
                return new Fixtures.Edition(response.path("id"), year);
            }
            if (response.statusCode() != 409) {
                throw new AssertionError("could not open an edition: " + response.asString());
            }
        }
    }

    private static Response patch(String edition, List<String> draftReminders) {
        return given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON)
                .body(Map.of("draftReminders", draftReminders)).patch("/api/v1/editions/" + edition);
    }
}
