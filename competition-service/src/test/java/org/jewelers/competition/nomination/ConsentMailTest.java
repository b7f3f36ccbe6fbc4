package org.jewelers.competition.nomination;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.jewelers.memberfirms.MemberFirms;
import org.jewelers.testing.MailOutboxRows;
import org.jewelers.testing.MailServer;
import org.jewelers.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The consent link is a secret of the nominee's: once mailed it is kept nowhere, and the sender's logs mask addresses. */
@QuarkusTest
@ExtendWith(MailServer.StartedAgain.class)
class ConsentMailTest {

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
    void aSentConsentMailKeepsNoUsableLinkAndTheMailedLinkWorks() throws SQLException {
        String nominee = Nominees.uniqueEmail("amara");
        String id = awaitingConsent(nominee);

        String token = Nominees.consentToken(nominee);
        await().atMost(Nominees.PATIENCE).until(() -> outboxRows(nominee).stream().allMatch(row -> row.sent));
        List<OutboxRow> rows = outboxRows(nominee);
        assertEquals(1, rows.size());
        assertFalse(rows.get(0).text.contains(token), "the sent mail_outbox row still holds the consent token: "
                + rows.get(0).text);

        given().post("/api/v1/nominations/consent/" + token).then().statusCode(200)
                .body("nominationId", equalTo(id)).body("status", equalTo("submitted"));
    }

    @Test
    void aFailedSendLogsNoFullAddress() {
        String nominee = Nominees.uniqueEmail("bo");
        List<String> logged = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                synchronized (logged) {
                    logged.add(record.getMessage() + " " + Arrays.toString(record.getParameters()));
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger sender = Logger.getLogger("org.jewelers.mail");
        sender.addHandler(capture);
        try {
            MailServer.get().stop();
            awaitingConsent(nominee);
            await().atMost(Nominees.PATIENCE).until(() -> MailOutboxRows.attempts(database, nominee) >= 1);
            MailServer.get().start();
            Nominees.consentToken(nominee);
        } finally {
            sender.removeHandler(capture);
        }
        synchronized (logged) {
            String local = nominee.substring(0, nominee.indexOf('@'));
            assertTrue(logged.stream().anyMatch(text -> text.contains("@example.com")),
                    "the failed send was logged, naming the recipient's domain: " + logged);
            for (String text : logged) {
                assertFalse(text.contains(local), "the sender logged the full address: " + text);
            }
        }
    }

    private String awaitingConsent(String nominee) {
        Nominees.Edition edition = Nominees.open();
        UUID firm = Nominees.firm(firms);
        Nominees.Nominator colleague = Nominees.nominator(firm);
        clock.fix(edition.duringWindow());
        String id = Nominees.draft(colleague, Nominees.colleague(edition, "Amara Lindqvist", nominee));
        Nominees.submit(colleague.token(), id).then().statusCode(200).body("status", equalTo("awaiting-consent"));
        return id;
    }

    private record OutboxRow(String text, boolean sent) {
    }

    /** Every column of the recipient's outbox rows as text, as anyone reading the table would see them. */
    private List<OutboxRow> outboxRows(String recipient) throws SQLException {
        try (Connection connection = database.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "select m::text, m.sent_at is not null from mail_outbox m where recipient = ?")) {
            select.setString(1, recipient);
            List<OutboxRow> rows = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    rows.add(new OutboxRow(row.getString(1), row.getBoolean(2)));
                }
            }
            return rows;
        }
    }
}
