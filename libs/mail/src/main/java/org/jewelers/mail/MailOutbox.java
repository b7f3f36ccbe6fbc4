package org.jewelers.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * Queues email in the caller's transaction: the message goes out if and only if the change it reports commits, and
 * the request never waits on the SMTP server. {@link MailSender} sends it.
 *
 * <p>A message that carries a secret (a consent link's token) keeps it apart from its body, which holds
 * {@link #SECRET} in its place; the sender puts it in at send time and forgets it once the message is sent, so the
 * table keeps no usable link.
 */
@ApplicationScoped
public class MailOutbox {

    /** Where a message's secret goes in its body. */
    public static final String SECRET = "{secret}";

    private final EntityManager entities;

    MailOutbox(EntityManager entities) {
        this.entities = entities;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void queue(String recipient, String subject, String body) {
        queue(recipient, subject, body, null);
    }

    /** @param body the message with {@link #SECRET} where {@code secret} goes */
    @Transactional(Transactional.TxType.MANDATORY)
    public void queue(String recipient, String subject, String body, String secret) {
        entities.createNativeQuery("""
                        insert into mail_outbox (id, recipient, subject, body, secret) values (?1, ?2, ?3, ?4, ?5)""")
                .setParameter(1, UUID.randomUUID()).setParameter(2, recipient).setParameter(3, subject)
                .setParameter(4, body).setParameter(5, secret).executeUpdate();
    }
}
