package org.jewelers.competition.notice;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.arc.All;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.jewelers.competition.entry.AcceptedEntries;
import org.jewelers.competition.entry.Fixtures;
import org.jewelers.competition.judging.Panel;
import org.jewelers.competition.judging.RoundFixtures;
import org.jewelers.memberfirms.MemberFirms;
import org.jewelers.testing.MailServer.ReceivedMail;
import org.jewelers.testing.TestClock;
import org.jewelers.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A judge is invited once per round, when first assigned in it, with the round's close as a calendar event. */
@QuarkusTest
class JudgeInvitationTest {

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
    void eachJudgeIsInvitedOncePerRoundWithTheCloseInTheirCalendar() throws Exception {
        Fixtures.Edition edition = Fixtures.openCase();
        List<String> entries = AcceptedEntries.inCategory(clock, firms, edition, RoundFixtures.CATEGORY, 3).stream()
                .map(AcceptedEntries.Seeded::entryId).toList();
        Instant opens = edition.duringWindow().plus(Duration.ofDays(40));
        // 23:59 in New York on a day of standard time: 04:59 UTC the next day.
        Instant closes = edition.inYear("11-20T23:59");
        String round = RoundFixtures.preJudging(edition, opens, closes);
        String finals = RoundFixtures.finals(edition, closes.plus(Duration.ofDays(1)), closes.plus(Duration.ofDays(9)));
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String ada = "judge-ada-" + suffix;
        String ben = "judge-ben-" + suffix;
        String cy = "judge-cy-" + suffix;
        clock.fix(opens.minus(Duration.ofDays(3)));

        Panel.assign(round, Map.of("category", RoundFixtures.CATEGORY, "judge", ada)).then().statusCode(200)
                .body("added", equalTo(3));
        // Nothing new to assign, then more of the same round: no second invitation.
        Panel.assign(round, Map.of("category", RoundFixtures.CATEGORY, "judge", ada)).then().statusCode(200)
                .body("added", equalTo(0));
        Panel.assign(round, Map.of("category", RoundFixtures.CATEGORY, "judges", List.of(ada, ben),
                "judgesPerEntry", 2)).then().statusCode(200).body("added", equalTo(3));
        // A refused assignment (one of its judges is not on the roster) invites nobody, cy included.
        Panel.enrol(edition.id(), cy, null).then().statusCode(201);
        Panel.assignUnenrolled(finals, Map.of("category", RoundFixtures.CATEGORY, "judges",
                List.of(cy, "judge-nobody-" + suffix), "judgesPerEntry", 1)).then().statusCode(409);
        assertEquals(List.of(key(round, ada), key(round, ben)),
                Sent.keys(database, NoticeKind.JUDGE_INVITATION, round));
        assertEquals(List.of(), Sent.keys(database, NoticeKind.JUDGE_INVITATION, finals));

        ReceivedMail invitation = Sent.received(email(ada), subject -> subject.startsWith("You are invited"), 1)
                .get(0);
        Sent.received(email(ben), subject -> subject.startsWith("You are invited"), 1);
        Sent.received(email(cy), subject -> subject.startsWith("You are invited"), 0);
        assertTrue(invitation.subject().contains("pre-judging"), invitation.subject());
        assertTrue(invitation.text().contains("Dear Judge " + ada), invitation.text());
        String close = "November 20, " + edition.year() + " at 23:59 (America/New_York)";
        assertTrue(invitation.text().contains(close), invitation.text());
        assertTrue(invitation.text().contains(edition.year() + "-11-21 04:59 UTC"), invitation.text());
        assertTrue(invitation.html().contains(close), invitation.html());
        Sent.previewed(previews, NoticeKind.JUDGE_INVITATION, assignment(round, ada), email(ada), invitation);

        VEvent event = event(invitation);
        assertEquals(closes, event.getStartDate().getDate().toInstant());
        assertTrue(event.getSummary().getValue().contains("pre-judging judging closes"), event.getSummary().getValue());
        assertNotNull(event.getDateStamp(), "DTSTAMP");
        String uid = event.getUid().getValue();
        assertTrue(uid.contains(round), uid);
        assertFalse(uid.contains(ada), "the judge's subject stays out of the UID: " + uid);
        // Ben's event is another one: his own UID.
        VEvent bens = event(Sent.received(email(ben), subject -> subject.startsWith("You are invited"), 1).get(0));
        assertNotEquals(uid, bens.getUid().getValue());

        // Another round is another invitation, with its own event.
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body(Map.of("entryIds", entries))
                .put("/api/v1/rounds/" + finals + "/finalists").then().statusCode(200);
        Panel.assign(finals, Map.of("category", RoundFixtures.CATEGORY, "judge", ada)).then().statusCode(200);
        assertEquals(List.of(key(finals, ada)), Sent.keys(database, NoticeKind.JUDGE_INVITATION, finals));
        List<ReceivedMail> both = Sent.received(email(ada), subject -> subject.startsWith("You are invited"), 2);
        assertTrue(both.get(1).subject().contains("finals"), both.get(1).subject());
        VEvent second = event(both.get(1));
        assertEquals(closes.plus(Duration.ofDays(9)), second.getStartDate().getDate().toInstant());
        assertNotEquals(uid, second.getUid().getValue());
    }

    /** The invitation's one event, as a calendar client reads the attachment (with ical4j: another library). */
    private static VEvent event(ReceivedMail invitation) throws Exception {
        assertEquals(List.of("judging-closes.ics"), List.copyOf(invitation.attachments().keySet()));
        String ics = invitation.attachments().get("judging-closes.ics");
        // The test's mailbox gives plain new lines; iCalendar's folded lines are unfolded at CR LF, as sent.
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics.replace("\n", "\r\n")));
        assertEquals("PUBLISH", calendar.getMethod().getValue());
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertEquals(1, events.size(), ics);
        assertNotNull(events.get(0).getSummary(), ics);
        return events.get(0);
    }

    /** One of the judge's assignments in the round: what staff preview a judge's notice for. */
    private UUID assignment(String round, String judge) throws Exception {
        try (Connection connection = database.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "select id from judge_assignment where round_id = ? and judge_subject = ? limit 1")) {
            select.setObject(1, UUID.fromString(round));
            select.setString(2, judge);
            try (ResultSet row = select.executeQuery()) {
                assertTrue(row.next(), judge + " has an assignment in " + round);
                return row.getObject(1, UUID.class);
            }
        }
    }

    private static String key(String round, String judge) {
        return NoticeKind.JUDGE_INVITATION.code() + "/" + round + "/invited/" + email(judge);
    }

    private static String email(String judge) {
        return judge + "@judges.example";
    }
}
