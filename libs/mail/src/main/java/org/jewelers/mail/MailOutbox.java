package org.jewelers.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Queues email in the caller's transaction: the message goes out if and only if the change it reports commits, and
 * the request never waits on the SMTP server. {@link MailSender} sends it.
 *
 * <p>A message that carries a secret (a consent link's token) keeps it apart from its body, which holds
 * {@link #SECRET} in its place; the sender puts it in at send time and forgets it once the message is sent, so the
 * table keeps no usable link. A message with several secrets (a reminder's unsubscribe link and a consent link) holds
 * {@link #secret(int)} for each and queues them {@link #secrets joined}.
 */
@ApplicationScoped
public class MailOutbox {

    /** Where a message's secret goes in its body. */
    public static final String SECRET = "{secret}";

    /** Where the {@code n}th of a message's several secrets goes, from 0: {@link #SECRET}, {@code {secret1}} ... */
    public static String secret(int n) {
        return n == 0 ? SECRET : "{secret" + n + "}";
    }

    /** A message's several secrets as it queues them, in the order {@link #secret(int)} numbers them. */
    public static String secrets(String... secrets) {
        for (String secret : secrets) {
            if (secret.contains("\n")) {
                throw new IllegalArgumentException("a secret is one line");
            }
        }
        return String.join("\n", secrets);
    }

    private final EntityManager entities;

    MailOutbox(EntityManager entities) {
        this.entities = entities;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void queue(String recipient, String subject, String body) {
        queue(OutgoingMail.text(recipient, subject, body));
    }

    /** @param body the message with {@link #SECRET} where {@code secret} goes */
    @Transactional(Transactional.TxType.MANDATORY)
    public void queue(String recipient, String subject, String body, String secret) {
        queue(new OutgoingMail(null, recipient, subject, body, null, null, secret, null));
    }

    /**
     * Queues a message unless one with its key was queued before (by this transaction, another replica, or a
     * redelivery of the event that caused it).
     *
     * @return whether it was queued now
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean queue(OutgoingMail mail) {
        OutgoingMail.Attachment attachment = mail.attachment();
        return entities.createNativeQuery("""
                        insert into mail_outbox (id, message_key, recipient, subject, body, html, headers, secret,
                          attachment_name, attachment_type, attachment)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)
                        on conflict (message_key) do nothing""")
                .setParameter(1, UUID.randomUUID()).setParameter(2, mail.key()).setParameter(3, mail.recipient())
                .setParameter(4, mail.subject()).setParameter(5, mail.text()).setParameter(6, mail.html())
                .setParameter(7, MailHeaders.toText(mail.headers())).setParameter(8, mail.secret())
                .setParameter(9, attachment == null ? null : attachment.name())
                .setParameter(10, attachment == null ? null : attachment.contentType())
                .setParameter(11, attachment == null ? null : attachment.content())
                .executeUpdate() == 1;
    }

    /**
     * Takes back the messages with these keys that are not sent yet, so that a change that cancels a notice stops
     * it even when it was due. What was sent stays, as the record of it.
     *
     * @return the keys it took back
     */
    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public List<String> withdraw(Collection<String> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        return entities.createNativeQuery("""
                        delete from mail_outbox where sent_at is null and message_key = any(cast(?1 as text[]))
                        returning message_key""")
                .setParameter(1, keys.toArray(String[]::new)).getResultList();
    }
}
