package org.jewelers.competition.notice;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.jewelers.competition.entry.AcceptedEntries;
import org.jewelers.competition.entry.Fixtures;
import org.jewelers.competition.judging.JudgeReminders;
import org.jewelers.competition.judging.Panel;
import org.jewelers.competition.judging.RoundFixtures;
import org.jewelers.competition.nomination.ConsentReminders;
import org.jewelers.competition.nomination.Nominees;
import org.jewelers.competition.reminder.DraftReminders;
import org.jewelers.competition.reminder.ResultsNotices;
import org.jewelers.memberfirms.MemberFirms;
import org.jewelers.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Each timed notice previews itself for what it is about, addressed as it would be sent, and for nothing else. */
@QuarkusTest
class NoticePreviewTest {

    @Inject
    TestClock clock;

    @Inject
    MemberFirms firms;

    @Inject
    DataSource database;

    @Inject
    DraftReminders drafts;

    @Inject
    ConsentReminders consents;

    @Inject
    JudgeReminders judges;

    @Inject
    ResultsNotices results;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void eachKindPreviewsItsSubject() throws SQLException {
        Fixtures.Edition edition = Fixtures.openCase();
        clock.fix(edition.duringWindow());
        DraftReminderTest.Holder holder = DraftReminderTest.draftIn(edition, Fixtures.firm(firms, "active"));
        NoticePreview.Addressed draft = drafts.preview(UUID.fromString(holder.id())).orElseThrow();
        assertEquals(holder.email(), draft.recipient());
        assertThat(draft.letter().subject(), containsString("is not submitted yet"));
        assertThat(draft.letter().text(), containsString("June 28, " + edition.year() + " at 11:59 PM"));
        assertThat(draft.letter().html(), containsString("Stop these reminders"));
        NoticePreview.Addressed result = results.preview(UUID.fromString(holder.id())).orElseThrow();
        assertEquals(holder.email(), result.recipient());
        assertEquals(NoticeKind.RESULTS, results.kind());
        assertTrue(result.letter().html().contains("Jewelers of America")
                && !result.letter().html().contains("Stop these reminders"), "transactional: no unsubscribe link");

        Nominees.Edition twenty = Nominees.open();
        Nominees.Nominator colleague = Nominees.nominator(Nominees.firm(firms));
        clock.fix(twenty.duringWindow());
        String nominee = Nominees.uniqueEmail("cleo");
        String nomination = Nominees.draft(colleague, Nominees.colleague(twenty, "Cleo Ward", nominee));
        Nominees.submit(colleague.token(), nomination).then().statusCode(200);
        NoticePreview.Addressed consent = consents.preview(UUID.fromString(nomination)).orElseThrow();
        assertEquals(nominee, consent.recipient());
        assertThat(consent.letter().text(), containsString("Dear Cleo Ward"));
        assertEquals(colleague.email(), results.preview(UUID.fromString(nomination)).orElseThrow().recipient());

        List<AcceptedEntries.Seeded> entries = AcceptedEntries.inCategory(clock, firms, edition,
                RoundFixtures.CATEGORY, 1);
        Instant opens = edition.duringWindow().plus(Duration.ofDays(60));
        String round = RoundFixtures.preJudging(edition, opens, opens.plus(Duration.ofDays(10)));
        String judge = "judge-preview-" + UUID.randomUUID();
        Panel.assign(round, Map.of("category", RoundFixtures.CATEGORY, "judge", judge)).then().statusCode(200);
        NoticePreview.Addressed reminder = judges.preview(assignment(round, judge)).orElseThrow();
        assertEquals(judge + "@judges.example", reminder.recipient());
        assertThat(reminder.letter().text(), containsString("1 of your assignments is not fully scored"));
        assertEquals(1, entries.size());

        for (NoticePreview preview : List.of(drafts, consents, judges, results)) {
            assertTrue(preview.preview(UUID.randomUUID()).isEmpty(), preview.kind().code());
        }
    }

    private UUID assignment(String round, String judge) throws SQLException {
        try (Connection connection = database.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "select id from judge_assignment where round_id = ? and judge_subject = ?")) {
            query.setObject(1, UUID.fromString(round));
            query.setString(2, judge);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getObject(1, UUID.class);
            }
        }
    }
}
