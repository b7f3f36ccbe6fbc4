package org.jewelers.competition.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * Queues email in the caller's transaction: the message goes out if and only if the change it reports commits, and
 * the request never waits on the SMTP server. {@link MailSender} sends it.
 */
@ApplicationScoped
public class MailOutbox {

    private final EntityManager entities;

    MailOutbox(EntityManager entities) {
        this.entities = entities;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void queue(String recipient, String subject, String body) {
        entities.createNativeQuery("insert into mail_outbox (id, recipient, subject, body) values (?1, ?2, ?3, ?4)")
                .setParameter(1, UUID.randomUUID()).setParameter(2, recipient).setParameter(3, subject)
                .setParameter(4, body).executeUpdate();
    }
}
