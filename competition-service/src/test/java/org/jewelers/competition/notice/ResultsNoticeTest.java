package org.jewelers.competition.notice;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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
import org.jewelers.competition.nomination.Nominees;
import org.jewelers.memberfirms.MemberFirms;
import org.jewelers.testing.MailServer;
import org.jewelers.testing.TestClock;
import org.jewelers.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The results notice: at the publication time and never before, once, to every entrant of a CASE edition with their
 * entry's outcome, and to every nominator and nominee of a 20 Under 40 edition; transactional, so without an
 * unsubscribe link.
 */
@QuarkusTest
@ExtendWith(MailServer.StartedAgain.class)
class ResultsNoticeTest {

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

    private List<String> told(String email) {
        return NoticeRows.of(database, NoticeKind.RESULTS, email);
    }

    private void sweepAt(Instant now) {
        clock.fix(now);
        sweep.sweep();
    }

    /** The one results notice the address received, beside its receipts and confirmations. */
    private static MailServer.ReceivedMail only(String email) {
        await().atMost(DraftReminderTest.PATIENCE).until(() -> !results(email).isEmpty());
        List<MailServer.ReceivedMail> received = results(email);
        assertEquals(1, received.size(), "one results notice");
        return received.get(0);
    }

    private static List<MailServer.ReceivedMail> results(String email) {
        return MailServer.get().to(email).stream().filter(mail -> mail.subject().contains(": the results")).toList();
    }

    @Test
    void everyEntrantOfACaseEditionHearsTheirEntrysOutcomeAtThePublicationTime() {
        Fixtures.Edition edition = Fixtures.openCase("12-01T18:00");
        Instant publish = edition.inYear("12-01T18:00");
        List<AcceptedEntries.Seeded> entries = AcceptedEntries.inCategory(clock, firms, edition, CATEGORY, 3);
        String winner = entries.get(0).secrets().get(2);
        String finalist = entries.get(1).secrets().get(2);
        String notSelected = entries.get(2).secrets().get(2);
        Instant closes = edition.duringWindow().plus(Duration.ofDays(70));
        String finals = given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON)
                .body(Map.of("editionId", edition.id(), "stage", "finals",
                        "opens", closes.minus(Duration.ofDays(10)).toString(), "closes", closes.toString()))
                .post("/api/v1/rounds").then().statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON)
                .body(Map.of("entryIds", List.of(entries.get(0).entryId(), entries.get(1).entryId())))
                .put("/api/v1/rounds/" + finals + "/finalists").then().statusCode(200);
        sweepAt(publish.minusSeconds(1));
        clock.fix(closes);
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON)
                .body(Map.of("winners", List.of(Map.of("category", CATEGORY, "entryId", entries.get(0).entryId()))))
                .post("/api/v1/rounds/" + finals + "/winners").then().statusCode(200);

        sweepAt(publish.minusSeconds(1));
        assertEquals(List.of(), told(winner), "never before the publication time");
        sweepAt(publish);
        sweep.sweep();
        for (String entrant : List.of(winner, finalist, notSelected)) {
            assertEquals(List.of("published queued"), told(entrant), "once, however often it sweeps");
        }

        MailServer.ReceivedMail won = only(winner);
        assertThat(won.subject(), containsString("your entry won"));
        assertThat(won.text(), containsString("won its category"));
        assertNull(won.header("List-Unsubscribe"), "a transactional notice");
        assertThat(only(finalist).text(), containsString("was a finalist"));
        assertThat(only(notSelected).html(), containsString("was not selected as a finalist"));
    }

    @Test
    void everyNominatorAndNomineeOfA20Under40EditionHearAtThePublicationTime() {
        Nominees.Edition edition = Nominees.publishingAt("06-01T18:00");
        Instant publish = edition.inYear("06-01T18:00");
        UUID firm = Nominees.firm(firms);
        clock.fix(edition.duringWindow());
        // A self-nomination, honored; a colleague's, honored; a colleague's, not.
        Nominees.Nominator self = Nominees.nominator(firm);
        String selfId = Nominees.draft(self, Nominees.complete(edition, "self"));
        Nominees.submit(self.token(), selfId).then().statusCode(200);
        Nominees.Nominator proud = Nominees.nominator(firm);
        String honoree = Nominees.uniqueEmail("honoree");
        String honoredId = consented(proud, Nominees.colleague(edition, "Rosa Quint", honoree), honoree);
        Nominees.Nominator hopeful = Nominees.nominator(firm);
        String passedOver = Nominees.uniqueEmail("passed-over");
        String passedId = consented(hopeful, Nominees.colleague(edition, "Theo Marsh", passedOver), passedOver);
        Nominees.honor(Nominees.dossierOf(Nominees.screenEligible(selfId))).then().statusCode(201);
        Nominees.honor(Nominees.dossierOf(Nominees.screenEligible(honoredId))).then().statusCode(201);
        Nominees.screenEligible(passedId);

        sweepAt(publish.minusSeconds(1));
        assertEquals(List.of(), told(honoree));
        sweepAt(publish);
        sweep.sweep();
        assertEquals(List.of("published queued"), told(self.email()), "a self-nominee hears once, as the nominee");
        for (String email : List.of(proud.email(), honoree, hopeful.email(), passedOver)) {
            assertEquals(List.of("published queued"), told(email), email);
        }

        assertThat(only(self.email()).subject(), containsString("you are an honoree"));
        assertThat(only(proud.email()).subject(), containsString("Rosa Quint is an honoree"));
        assertThat(only(honoree).text(), containsString("Congratulations: you are an honoree"));
        assertThat(only(hopeful.email()).text(), containsString("Theo Marsh, whom you nominated, was not selected"));
        assertThat(only(passedOver).text(), containsString("You were not selected as an honoree"));
    }

    /** A colleague's nomination, submitted, and consented to through the link mailed to the nominee. */
    private static String consented(Nominees.Nominator nominator, Map<String, Object> body, String nominee) {
        String id = Nominees.draft(nominator, body);
        Nominees.submit(nominator.token(), id).then().statusCode(200);
        given().post("/api/v1/nominations/consent/" + Nominees.consentToken(nominee)).then().statusCode(200);
        return id;
    }
}
