package org.jewelers.competition.entry;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.jewelers.memberfirms.MemberFirms;
import org.jewelers.testing.MailServer;
import org.jewelers.testing.TestClock;
import org.jewelers.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The receipt of a submit reaches the entrant by email, through the SMTP server, even one that was away. */
@QuarkusTest
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
        MailServer.get().start();
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
        await().atMost(PATIENCE).until(() -> failedAttempts(address) >= 1);
        MailServer.get().start();

        await().atMost(PATIENCE).until(() -> !MailServer.get().to(address).isEmpty());
        List<MailServer.ReceivedMail> received = MailServer.get().to(address);
        assertThat(received, hasSize(1));
        assertThat(received.get(0).text(), containsString("Entry: " + id));
    }

    /** How often the outbox tried to send this recipient's still unsent mail. */
    private int failedAttempts(String recipient) throws SQLException {
        try (Connection connection = database.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "select coalesce(max(attempts), 0) from mail_outbox where recipient = ? and sent_at is null")) {
            select.setString(1, recipient);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }
}
