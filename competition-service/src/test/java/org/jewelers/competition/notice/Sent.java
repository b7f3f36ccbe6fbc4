package org.jewelers.competition.notice;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jewelers.testing.MailServer;
import org.jewelers.testing.MailServer.ReceivedMail;

/**
 * What the transactional notices' tests read: the keys queued in {@code mail_outbox} (exactly what will be sent,
 * read after the change committed, so that "nothing more" needs no waiting) and the messages the SMTP server got.
 */
final class Sent {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private Sent() {
    }

    /** The keys of the messages queued for notices of this kind about this subject, oldest first. */
    static List<String> keys(DataSource database, NoticeKind kind, Object subjectId) {
        try (Connection connection = database.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "select message_key from mail_outbox where message_key like ? order by created_at, message_key")) {
            select.setString(1, kind.code() + "/" + subjectId + "/%");
            List<String> keys = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    keys.add(rows.getString(1));
                }
            }
            return keys;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Waits until the address received {@code count} messages whose subject matches, and returns them after
     * checking there are no more, that their Message-IDs differ, and that none offers to unsubscribe: a
     * transactional notice is always sent.
     */
    static List<ReceivedMail> received(String address, Predicate<String> subject, int count) {
        await().atMost(PATIENCE).until(() -> matching(address, subject).size() >= count);
        List<ReceivedMail> mails = matching(address, subject);
        assertEquals(count, mails.size(), () -> "messages to " + address + ": "
                + mails.stream().map(ReceivedMail::subject).toList());
        Set<String> ids = mails.stream().map(ReceivedMail::messageId).collect(Collectors.toSet());
        assertEquals(count, ids.size(), "each notice has a Message-ID of its own: " + ids);
        for (ReceivedMail mail : mails) {
            assertNull(mail.header("List-Unsubscribe"), mail.subject());
            assertNull(mail.header("List-Unsubscribe-Post"), mail.subject());
        }
        return mails;
    }

    /** The one preview bean of the kind, as staff's preview finds it. */
    static NoticePreview preview(List<NoticePreview> previews, NoticeKind kind) {
        List<NoticePreview> of = previews.stream().filter(preview -> preview.kind() == kind).toList();
        assertEquals(1, of.size(), "preview beans of " + kind);
        return of.get(0);
    }

    /** Checks that staff's preview of the subject shows the message as it was sent, to its recipient. */
    static void previewed(List<NoticePreview> previews, NoticeKind kind, Object subjectId, String recipient,
                          ReceivedMail sent) {
        NoticePreview.Addressed shown = preview(previews, kind).preview(UUID.fromString(subjectId.toString()))
                .orElseThrow(() -> new AssertionError("no preview of " + kind + " for " + subjectId));
        assertEquals(recipient.toLowerCase(), shown.recipient().toLowerCase());
        assertEquals(sent.subject(), shown.letter().subject());
    }

    private static List<ReceivedMail> matching(String address, Predicate<String> subject) {
        return MailServer.get().to(address).stream().filter(mail -> subject.test(mail.subject())).toList();
    }
}
