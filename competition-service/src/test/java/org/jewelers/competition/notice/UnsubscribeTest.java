package org.jewelers.competition.notice;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jewelers.competition.entry.Fixtures;
import org.jewelers.memberfirms.MemberFirms;
import org.jewelers.testing.MailServer;
import org.jewelers.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One-click unsubscribe (RFC 8058) without a login: a GET shows a page and changes nothing, a POST stops that kind
 * of reminder for that address (a later one is not sent, one queued and unsent is taken back), a forged or altered
 * link answers 400 and changes nothing, and transactional notices still arrive.
 */
@QuarkusTest
@ExtendWith(MailServer.StartedAgain.class)
class UnsubscribeTest {

    private static final Pattern LINK = Pattern.compile("<https?://[^>]*(/api/v1/notices/unsubscribe/[^>]+)>");

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

    private List<String> reminders(DraftReminderTest.Holder holder) {
        return NoticeRows.of(database, NoticeKind.DRAFT_REMINDER, holder.email());
    }

    private void sweepAt(Instant now) {
        clock.fix(now);
        sweep.sweep();
    }

    /** The unsubscribe link of the reminder the address received, as a path on this service. */
    private static String unsubscribeLink(String email) {
        await().atMost(DraftReminderTest.PATIENCE).until(() -> !MailServer.get().to(email).isEmpty());
        MailServer.ReceivedMail reminder = MailServer.get().to(email).get(0);
        Matcher link = LINK.matcher(reminder.header("List-Unsubscribe"));
        assertEquals(true, link.find(), reminder.header("List-Unsubscribe"));
        assertThat("the footer carries the same link", reminder.text(), containsString(link.group(1)));
        return link.group(1);
    }

    @Test
    void oneClickStopsTheKindForTheAddressAndNothingElse() {
        Fixtures.Edition edition = Fixtures.openCase();
        UUID firm = Fixtures.firm(firms, "active");
        Instant deadline = edition.onDeadlineDay("23:59");
        clock.fix(edition.duringWindow());
        DraftReminderTest.Holder leaving = DraftReminderTest.draftIn(edition, firm);
        DraftReminderTest.Holder pending = DraftReminderTest.draftIn(edition, firm);
        sweepAt(deadline.minus(Duration.ofDays(7)));
        String link = unsubscribeLink(leaving.email());
        String pendingLink = unsubscribeLink(pending.email());

        // A mail scanner fetching the link changes nothing.
        given().get(link).then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("<form method=\"post\">"), containsString(leaving.email()));
        given().get(link).then().body(not(containsString("no longer receives")));

        // Forged or altered links: 400, and nothing changes.
        String token = link.substring(link.lastIndexOf('/') + 1);
        String signature = token.substring(token.indexOf('.') + 1);
        String altered = token.substring(0, token.length() - 1) + (token.endsWith("A") ? "B" : "A");
        // The signature's last character with only the bits flipped that a base64 decoder ignores.
        String base64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        String sameBytes = token.substring(0, token.length() - 1)
                + base64.charAt(base64.indexOf(token.charAt(token.length() - 1)) ^ 1);
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(
                ("draft-reminder\n" + pending.email()).getBytes(StandardCharsets.UTF_8)) + "." + signature;
        for (String bad : List.of(altered, sameBytes, forged, "not-a-token",
                token.substring(0, token.indexOf('.')))) {
            given().post("/api/v1/notices/unsubscribe/" + bad).then().statusCode(400)
                    .contentType("application/problem+json").body("type", endsWith("/unsubscribe-link-invalid"));
            given().get("/api/v1/notices/unsubscribe/" + bad).then().statusCode(400);
        }
        given().get(pendingLink).then().body(not(containsString("no longer receives")));

        // The mail client's one-click POST, without a login.
        given().contentType("application/x-www-form-urlencoded").formParam("List-Unsubscribe", "One-Click")
                .post(link).then().statusCode(200)
                .body("recipient", equalTo(leaving.email())).body("kind", equalTo("draft-reminder"));
        given().post(link).then().statusCode(200);
        given().get(link).then().body(containsString("no longer receives draft-reminder"));

        // The day's reminder: not sent to the address that left; queued for the other while the mail server is
        // away, and taken back when that one leaves too.
        MailServer.get().stop();
        sweepAt(deadline.minus(Duration.ofHours(24)));
        assertEquals(List.of("7d-before queued"), reminders(leaving), "a later reminder is not sent");
        assertEquals(List.of("7d-before queued", "24h-before queued"), reminders(pending));
        given().post(pendingLink).then().statusCode(200);
        assertEquals(List.of("7d-before queued", "24h-before cancelled"), reminders(pending),
                "the queued, unsent reminder is taken back");
        MailServer.get().start();

        // Transactional notices still arrive: the receipt of a submit.
        clock.fix(deadline.minus(Duration.ofHours(1)));
        Fixtures.submit(leaving.token(), leaving.id()).then().statusCode(200);
        await().atMost(DraftReminderTest.PATIENCE).until(() -> !MailServer.get().to(leaving.email()).isEmpty());
        assertThat(MailServer.get().to(leaving.email()).get(0).subject(), containsString("Receipt"));
        sweepAt(deadline.minus(Duration.ofMinutes(30)));
        assertEquals(List.of(), MailServer.get().to(pending.email()), "nothing more to the other");
    }
}
