package org.jewelers.competition.notice;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.jewelers.competition.entry.AcceptedEntries;
import org.jewelers.competition.entry.Fixtures;
import org.jewelers.competition.judging.Panel;
import org.jewelers.competition.judging.RoundFixtures;
import org.jewelers.memberfirms.MemberFirms;
import org.jewelers.testing.MailServer;
import org.jewelers.testing.TestClock;
import org.jewelers.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Judge reminders: 48 and 24 hours before the round closes, to each judge with unscored work, once; none to a judge
 * who finished, and finishing (scoring, or recusing from the rest) takes back one queued and unsent.
 */
@QuarkusTest
@ExtendWith(MailServer.StartedAgain.class)
class JudgeReminderTest {

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

    private List<String> reminders(String judge) {
        return NoticeRows.of(database, NoticeKind.JUDGE_REMINDER, judge + "@judges.example");
    }

    private void sweepAt(Instant now) {
        clock.fix(now);
        sweep.sweep();
    }

    @Test
    void judgesWithUnscoredWorkAreRemindedAndThoseWhoFinishedAreNot() {
        Fixtures.Edition edition = Fixtures.openCase();
        List<AcceptedEntries.Seeded> entries = AcceptedEntries.inCategory(clock, firms, edition,
                RoundFixtures.CATEGORY, 2);
        Instant opens = edition.duringWindow().plus(Duration.ofDays(60));
        Instant closes = opens.plus(Duration.ofDays(10));
        String round = RoundFixtures.preJudging(edition, opens, closes);
        String suffix = UUID.randomUUID().toString();
        String finisher = "judge-done-" + suffix;
        String recuser = "judge-recuses-" + suffix;
        String laggard = "judge-lags-" + suffix;
        String late = "judge-late-" + suffix;
        clock.fix(opens);
        for (String judge : List.of(finisher, recuser, laggard)) {
            Panel.assign(round, Map.of("category", RoundFixtures.CATEGORY, "judge", judge)).then().statusCode(200);
        }

        clock.fix(opens.plus(Duration.ofDays(1)));
        entries.forEach(entry -> score(round, entry.entryId(), finisher));
        sweepAt(closes.minus(Duration.ofHours(48)).minusSeconds(1));
        assertEquals(List.of(), reminders(laggard), "not before its time");

        sweepAt(closes.minus(Duration.ofHours(48)));
        sweep.sweep();
        assertEquals(List.of(), reminders(finisher), "finished: nothing to remind");
        assertEquals(List.of("48h-before queued"), reminders(recuser));
        assertEquals(List.of("48h-before queued"), reminders(laggard), "once, however often it sweeps");
        await().atMost(DraftReminderTest.PATIENCE).until(() -> !reminderMails(laggard).isEmpty());
        MailServer.ReceivedMail mail = reminderMails(laggard).get(0);
        assertThat(mail.subject(), containsString(edition.year() + " pre-judging closes"));
        assertThat(mail.text(), containsString("2 of your assignments are not fully scored"));

        // Assigned 30 hours before the close: the 48 hours' reminder is not sent late.
        sweepAt(closes.minus(Duration.ofHours(30)));
        Panel.assign(round, Map.of("category", RoundFixtures.CATEGORY, "judge", late)).then().statusCode(200);
        sweepAt(closes.minus(Duration.ofHours(29)));
        assertEquals(List.of(), reminders(late));

        // The 48 hours' reminders went out before the mail server is away (else finishing would take them back).
        await().atMost(DraftReminderTest.PATIENCE).until(() -> !reminderMails(recuser).isEmpty());
        MailServer.get().stop();
        sweepAt(closes.minus(Duration.ofHours(24)));
        assertEquals(List.of("48h-before queued", "24h-before queued"), reminders(recuser));
        assertEquals(List.of("48h-before queued", "24h-before queued"), reminders(laggard));
        assertEquals(List.of("24h-before queued"), reminders(late));
        // Scoring one and recusing from the other finishes the round: the unsent reminder is taken back.
        score(round, entries.get(0).entryId(), recuser);
        assertEquals(List.of("48h-before queued", "24h-before queued"), reminders(recuser), "not finished yet");
        given().auth().oauth2(Tokens.judge(recuser))
                .post("/api/v1/judging/rounds/" + round + "/entries/" + entries.get(1).entryId() + "/recusal")
                .then().statusCode(204);
        assertEquals(List.of("48h-before queued", "24h-before cancelled"), reminders(recuser));
        score(round, entries.get(0).entryId(), laggard);
        MailServer.get().start();

        sweepAt(closes.plusSeconds(60));
        assertEquals(List.of("48h-before queued", "24h-before queued"), reminders(laggard), "none after the close");
        await().atMost(DraftReminderTest.PATIENCE).until(() -> reminderMails(laggard).size() == 1);
        await().atMost(DraftReminderTest.PATIENCE).until(() -> reminderMails(late).size() == 1);
        assertEquals(List.of(), reminderMails(recuser));
    }

    /** The judge's reminders, apart from the invitation every judge also gets when first assigned. */
    private static List<MailServer.ReceivedMail> reminderMails(String judge) {
        return MailServer.get().to(judge + "@judges.example").stream()
                .filter(mail -> mail.subject().startsWith("Reminder: ")).toList();
    }

    private static void score(String round, String entry, String judge) {
        given().auth().oauth2(Tokens.judge(judge)).contentType(ContentType.JSON)
                .body(Map.of("scores", Map.of("overall-design", 7, "marketability", 7,
                        "practicality-and-wearability", 7, "quality-of-manufacture", 7)))
                .put("/api/v1/judging/rounds/" + round + "/entries/" + entry + "/scores").then().statusCode(200);
    }
}
