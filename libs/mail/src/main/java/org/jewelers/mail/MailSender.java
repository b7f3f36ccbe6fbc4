package org.jewelers.mail;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;
import org.jboss.logging.Logger;
import org.jewelers.leases.Lease;
import org.jewelers.leases.Leases;

/**
 * Sends the mail outbox through the configured SMTP server ({@code quarkus.mailer.*}) every {@code mail.send-every}.
 * One replica at a time sends, the one holding the lease {@value #LEASE}; a replica that freezes or dies lets it
 * expire and another takes over. Messages are sent outside any transaction and marked sent after, so a crash in
 * between sends one again: mail is never lost, rarely doubled.
 * A message the server does not take is tried again later, with a backoff that doubles up to
 * {@link #MAX_BACKOFF_SECONDS}. Sending is paced to {@code mail.max-per-second}, the rate a relay takes from one
 * sender, so that a broadcast to thousands neither trips the relay's limits nor holds the lease for long.
 */
@ApplicationScoped
public class MailSender {

    static final String LEASE = "mail-outbox";
    static final int MAX_BACKOFF_SECONDS = 300;

    private static final Logger LOG = Logger.getLogger(MailSender.class);
    private static final int BATCH = 20;

    private final EntityManager entities;
    private final Mailer mailer;
    private final Leases leases;
    private final Duration leaseDuration;
    private final int maxPerSecond;
    private final String messageIdDomain;

    MailSender(EntityManager entities, Mailer mailer, Leases leases,
               @ConfigProperty(name = "mail.lease-duration", defaultValue = "30S") Duration leaseDuration,
               @ConfigProperty(name = "mail.max-per-second", defaultValue = "20") int maxPerSecond,
               @ConfigProperty(name = "mail.message-id-domain", defaultValue = "jewelers.example")
               String messageIdDomain) {
        this.entities = entities;
        this.mailer = mailer;
        this.leases = leases;
        this.leaseDuration = leaseDuration;
        this.maxPerSecond = maxPerSecond;
        this.messageIdDomain = messageIdDomain;
    }

    @Scheduled(identity = "mail-outbox", every = "${mail.send-every:10s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        leases.runExclusively(LEASE, leaseDuration, lease -> {
            Pace pace = new Pace(maxPerSecond);
            while (!Thread.currentThread().isInterrupted() && sendDue(lease, pace) == BATCH) {
                LOG.debug("more mail is due; sending the next batch");
            }
        });
    }

    private record Pending(UUID id, String key, String recipient, String subject, String body, String html,
                           String headers, String secret, String attachmentName, String attachmentType,
                           String attachment, int attempts) {

        /** The message as it goes out, its secret in place, its Message-ID derived from its key if it has one. */
        Mail mail(String messageIdDomain) {
            Mail mail = Mail.withText(recipient, subject, withSecret(body));
            if (html != null) {
                mail.setHtml(withSecret(html));
            }
            MailHeaders.fromText(headers).forEach((name, value) -> mail.addHeader(name, withSecret(value)));
            if (key != null) {
                mail.addHeader("Message-ID", MessageIds.of(key, messageIdDomain));
            }
            if (attachment != null) {
                mail.addAttachment(attachmentName, attachment.getBytes(StandardCharsets.UTF_8), attachmentType);
            }
            return mail;
        }

        private String withSecret(String text) {
            if (secret == null) {
                return text;
            }
            String[] secrets = secret.split("\n", -1);
            for (int n = 0; n < secrets.length; n++) {
                text = text.replace(MailOutbox.secret(n), secrets[n]);
            }
            return text;
        }
    }

    /**
     * Sends the messages due now (by the database's clock: retries are operations, not business time). The first
     * message the server refuses ends the batch, so that a server that is away costs one timeout per round, not one
     * per message.
     *
     * @return how many messages it sent
     */
    private int sendDue(Lease lease, Pace pace) {
        List<Pending> due = QuarkusTransaction.requiringNew().call(() -> {
            entities.unwrap(Session.class).doWork(lease::confirm);
            @SuppressWarnings("unchecked")
            List<Object[]> rows = entities.createNativeQuery("""
                            select id, message_key, recipient, subject, body, html, headers, secret,
                              attachment_name, attachment_type, attachment, attempts from mail_outbox
                            where sent_at is null and next_attempt_at <= now()
                            order by next_attempt_at, created_at limit ?1""")
                    .setParameter(1, BATCH).getResultList();
            return rows.stream().map(row -> new Pending((UUID) row[0], (String) row[1], (String) row[2],
                    (String) row[3], (String) row[4], (String) row[5], (String) row[6], (String) row[7],
                    (String) row[8], (String) row[9], (String) row[10], ((Number) row[11]).intValue())).toList();
        });
        int sent = 0;
        for (Pending message : due) {
            if (!send(message)) {
                break;
            }
            pace.sent();
            sent++;
        }
        return sent;
    }

    private boolean send(Pending message) {
        try {
            mailer.send(message.mail(messageIdDomain));
        } catch (RuntimeException e) {
            int backoff = (int) Math.min(MAX_BACKOFF_SECONDS, 1L << Math.min(message.attempts(), 16));
            String error = MaskedAddresses.mask(String.valueOf(e.getMessage()));
            LOG.warnf("mail %s to %s not sent (attempt %d), next try in %d s: %s", message.id(),
                    MaskedAddresses.mask(message.recipient()), message.attempts() + 1, backoff, error);
            QuarkusTransaction.requiringNew().run(() -> entities.createNativeQuery("""
                            update mail_outbox set attempts = attempts + 1, last_error = ?2,
                              next_attempt_at = now() + make_interval(secs => ?3)
                            where id = ?1""")
                    .setParameter(1, message.id()).setParameter(2, truncated(error)).setParameter(3, backoff)
                    .executeUpdate());
            return false;
        }
        // The secret goes with the message: once the server has it, the table keeps no usable link.
        QuarkusTransaction.requiringNew().run(() -> entities.createNativeQuery("""
                        update mail_outbox set sent_at = now(), attempts = attempts + 1, secret = null where id = ?1""")
                .setParameter(1, message.id()).executeUpdate());
        return true;
    }

    private static String truncated(String text) {
        return text.length() <= 1000 ? text : text.substring(0, 1000);
    }
}
