package org.jewelers.mail;

import java.util.Map;
import java.util.Objects;

/**
 * A message to queue in {@link MailOutbox}.
 *
 * @param key        what makes the message one of a kind (a notice's key), or null for a message that has none;
 *                   a key is queued once, and the message's {@code Message-ID} is derived from it, so that mail
 *                   clients drop the copy a resend after a crash would deliver
 * @param recipient  the address it goes to
 * @param subject    its subject line
 * @param text       its plain-text part, with {@link MailOutbox#SECRET} where {@code secret} goes
 * @param html       its HTML part, or null for a text-only message; may hold {@link MailOutbox#SECRET} too
 * @param headers    extra headers (List-Unsubscribe), whose values may hold {@link MailOutbox#SECRET}
 * @param secret     what the message carries that the table must not keep once it is sent (a link's token), or null;
 *                   several joined by {@link MailOutbox#secrets}
 * @param attachment one file to attach (a calendar invitation), or null
 */
public record OutgoingMail(String key, String recipient, String subject, String text, String html,
                           Map<String, String> headers, String secret, Attachment attachment) {

    public OutgoingMail {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }

    /** A plain-text message without a key. */
    public static OutgoingMail text(String recipient, String subject, String text) {
        return new OutgoingMail(null, recipient, subject, text, null, Map.of(), null, null);
    }

    /** A text file sent with a message: its name, its media type (with parameters) and its content. */
    public record Attachment(String name, String contentType, String content) {
    }
}
