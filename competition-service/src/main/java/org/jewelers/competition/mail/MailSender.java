package org.jewelers.competition.mail;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Sends the mail outbox through the configured SMTP server. Rows are claimed with {@code for update skip locked},
 * so that several copies of the service share the work without sending a message twice; a message the server does
 * not take is tried again later, with a backoff that doubles up to {@link #MAX_BACKOFF_SECONDS}. A crash between
 * the server taking a message and the row being marked sent sends it again: mail is never lost, rarely doubled.
 */
@ApplicationScoped
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class);
    private static final int BATCH = 20;
    static final int MAX_BACKOFF_SECONDS = 300;

    private final EntityManager entities;
    private final Mailer mailer;

    MailSender(EntityManager entities, Mailer mailer) {
        this.entities = entities;
        this.mailer = mailer;
    }

    @Scheduled(identity = "mail-outbox", every = "${competition.mail.send-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        while (sendDue() == BATCH) {
            LOG.debug("more mail is due; sending the next batch");
        }
    }

    /**
     * Sends the messages due now (by the database's clock: retries are operations, not business time). The first
     * message the server refuses ends the batch, so that a server that is away costs one timeout per round, not one
     * per message, and the transaction stays short.
     *
     * @return how many messages it sent
     */
    @Transactional
    public int sendDue() {
        @SuppressWarnings("unchecked")
        List<Object[]> due = entities.createNativeQuery("""
                        select id, recipient, subject, body, attempts from mail_outbox
                        where sent_at is null and next_attempt_at <= now()
                        order by next_attempt_at, created_at limit ?1 for update skip locked""")
                .setParameter(1, BATCH).getResultList();
        int sent = 0;
        for (Object[] row : due) {
            if (!send((UUID) row[0], (String) row[1], (String) row[2], (String) row[3], ((Number) row[4]).intValue())) {
                break;
            }
            sent++;
        }
        return sent;
    }

    private boolean send(UUID id, String recipient, String subject, String body, int attempts) {
        try {
            mailer.send(Mail.withText(recipient, subject, body));
            entities.createNativeQuery("update mail_outbox set sent_at = now(), attempts = attempts + 1 where id = ?1")
                    .setParameter(1, id).executeUpdate();
            return true;
        } catch (RuntimeException e) {
            int backoff = (int) Math.min(MAX_BACKOFF_SECONDS, 1L << Math.min(attempts, 16));
            LOG.warnf("mail %s to %s not sent (attempt %d), next try in %d s: %s", id, recipient, attempts + 1,
                    backoff, e.getMessage());
            entities.createNativeQuery("""
                            update mail_outbox set attempts = attempts + 1, last_error = ?2,
                              next_attempt_at = now() + make_interval(secs => ?3)
                            where id = ?1""")
                    .setParameter(1, id).setParameter(2, truncated(String.valueOf(e.getMessage()))).setParameter(3, backoff)
                    .executeUpdate();
            return false;
        }
    }

    private static String truncated(String text) {
        return text.length() <= 1000 ? text : text.substring(0, 1000);
    }
}
