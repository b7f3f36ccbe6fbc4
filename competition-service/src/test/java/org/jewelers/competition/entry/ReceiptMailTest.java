package org.jewelers.competition.entry;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.jewelers.memberfirms.MemberFirms;
import org.jewelers.testing.MailOutboxRows;
import org.jewelers.testing.MailServer;
import org.jewelers.testing.TestClock;
import org.jewelers.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The receipt of a submit reaches the entrant by email, through the SMTP server, even one that was away. */
@QuarkusTest
@ExtendWith(MailServer.StartedAgain.class)
class ReceiptMailTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Inject
    TestClock clock;

    @Inject
    MemberFirms firms;

    @Inject
    DataSource database;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void theReceiptIsEmailedOnceToTheEntrant() {
        Fixtures.Edition edition = Fixtures.openCase();
        UUID firm = Fixtures.firm(firms, "active");
        String subject = "entrant-" + UUID.randomUUID();
        String entrant = Tokens.entrant(subject, firm.toString());
        String address = subject + "@test.jewelers.example";
        clock.fix(edition.duringWindow());
        String id = Fixtures.draft(entrant, Fixtures.piece(edition, "retailer-up-to-2000", 150_000));

        Response receipt = Fixtures.submit(entrant, id);
        receipt.then().statusCode(200);
        await().atMost(PATIENCE).until(() -> !MailServer.get().to(address).isEmpty());
        MailServer.ReceivedMail mail = MailServer.get().to(address).get(0);
        assertThat(mail.subject(), containsString("Tidepool Cuff"));
        assertThat(mail.text(), containsString("Entry: " + id));
        assertThat(mail.text(), containsString("Receipt SHA-256: " + receipt.path("sha256")));
        assertThat(mail.text(), containsString("Submitted at: " + receipt.path("submittedAt")));
        // A notice like the others: an HTML part, the association's footer, a Message-ID of its own, and no
        // unsubscribe link, since a receipt is always sent.
        assertThat(mail.html(), containsString(receipt.path("sha256")));
        assertThat(mail.text(), containsString("Jewelers of America"));
        assertThat(mail.messageId(), matchesPattern("<[0-9a-f]{40}@jewelers\\.example>"));
        assertNull(mail.header("List-Unsubscribe"));

        // A repeat of the submit is refused and mails nothing more.
        Fixtures.submit(entrant, id).then().statusCode(409);
        assertEquals(1, MailServer.get().to(address).size());
    }

    @Test
    void aReceiptWaitsWhileTheMailServerIsAway() {
        Fixtures.Edition edition = Fixtures.openCase();
        UUID firm = Fixtures.firm(firms, "active");
        String subject = "entrant-" + UUID.randomUUID();
        String entrant = Tokens.entrant(subject, firm.toString());
        String address = subject + "@test.jewelers.example";
        clock.fix(edition.duringWindow());
        String id = Fixtures.draft(entrant, Fixtures.piece(edition, "retailer-up-to-2000", 150_000));

        MailServer.get().stop();
        // The submit does not wait on the mail server, nor fail for it; the sender tries, fails, and keeps the mail.
        Fixtures.submit(entrant, id).then().statusCode(200);
        await().atMost(PATIENCE).until(() -> MailOutboxRows.attempts(database, address) >= 1);
        MailServer.get().start();

        await().atMost(PATIENCE).until(() -> !MailServer.get().to(address).isEmpty());
        List<MailServer.ReceivedMail> received = MailServer.get().to(address);
        assertThat(received, hasSize(1));
        assertThat(received.get(0).text(), containsString("Entry: " + id));
    }
}
