package org.jewelers.directory.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jewelers.directory.changes.MemberChange;
import org.jewelers.directory.changes.MemberChanges;
import org.jewelers.mail.MailOutbox;
import org.jewelers.mail.OutgoingMail;

/**
 * Where each endpoint's deliveries stand, one short transaction per step, never around a send: what is due, the next
 * change for an endpoint, and the outcome of an attempt (the log row, the cursor or the backoff, the disabling).
 */
@ApplicationScoped
public class Deliveries {

    private static final Logger LOG = Logger.getLogger(Deliveries.class);

    /** The next change due at an endpoint, with what is needed to send it. */
    public record Due(UUID endpoint, String url, String secret, MemberChange change) {
    }

    /** An attempt's outcome: the endpoint's status when one came, and why it failed when it did. */
    public record Outcome(Integer status, String error) {

        boolean succeeded() {
            return error == null;
        }
    }

    private final EntityManager entities;
    private final MemberChanges changes;
    private final Clock clock;
    private final MailOutbox mail;
    private final Duration firstRetry;
    private final Duration maxRetryInterval;
    private final Duration retryFor;
    private final int logSize;

    Deliveries(EntityManager entities, MemberChanges changes, Clock clock, MailOutbox mail,
               @ConfigProperty(name = "directory.webhooks.first-retry", defaultValue = "5S") Duration firstRetry,
               @ConfigProperty(name = "directory.webhooks.max-retry-interval", defaultValue = "6H") Duration maxRetryInterval,
               @ConfigProperty(name = "directory.webhooks.retry-for", defaultValue = "P3D") Duration retryFor,
               @ConfigProperty(name = "directory.webhooks.log-size", defaultValue = "1000") int logSize) {
        this.entities = entities;
        this.changes = changes;
        this.clock = clock;
        this.mail = mail;
        this.firstRetry = firstRetry;
        this.maxRetryInterval = maxRetryInterval;
        this.retryFor = retryFor;
        this.logSize = logSize;
    }

    /** Enabled endpoints whose next attempt is due, the longest waiting first. */
    @Transactional
    public List<UUID> due(int limit) {
        return entities.createQuery("select e.id from WebhookEndpoint e where e.enabled and e.nextAttemptAt <= :now "
                        + "order by e.nextAttemptAt", UUID.class)
                .setParameter("now", clock.instant()).setMaxResults(limit).getResultList();
    }

    /** The first change the endpoint has not acknowledged, if it is enabled and due. */
    @Transactional
    public Optional<Due> next(UUID id) {
        WebhookEndpoint endpoint = entities.find(WebhookEndpoint.class, id);
        if (endpoint == null || !endpoint.enabled || endpoint.nextAttemptAt.isAfter(clock.instant())) {
            return Optional.empty();
        }
        return changes.after(endpoint.deliveredThrough, 1).stream().findFirst()
                .map(change -> new Due(id, endpoint.url, endpoint.secret, change));
    }

    /**
     * Logs the attempt and moves the endpoint on: past the change when it succeeded; else to the next retry, doubling
     * from {@code first-retry} up to {@code max-retry-interval}, until the failures in a row have lasted
     * {@code retry-for} (3 days), when the endpoint is disabled (the partner is told by email, and catches up from the feed or a replay).
     */
    @Transactional
    public void record(Due due, Outcome outcome) {
        WebhookEndpoint endpoint = entities.find(WebhookEndpoint.class, due.endpoint(), LockModeType.PESSIMISTIC_WRITE);
        if (endpoint == null) {
            return;
        }
        Instant now = clock.instant();
        entities.createNativeQuery("""
                        insert into webhook_attempt (endpoint_id, change_seq, message_id, type, attempted_at, status, error, succeeded)
                        values (:endpoint, :seq, :message, :type, :at, :status, :error, :ok)""")
                .setParameter("endpoint", endpoint.id).setParameter("seq", due.change().seq())
                .setParameter("message", due.change().id()).setParameter("type", due.change().type())
                .setParameter("at", now).setParameter("status", outcome.status()).setParameter("error", outcome.error())
                .setParameter("ok", outcome.succeeded())
                .executeUpdate();
        // The log keeps each endpoint's newest attempts only: an endpoint down for days must not fill the database.
        entities.createNativeQuery("""
                        delete from webhook_attempt where endpoint_id = :endpoint and id <= (select id from webhook_attempt
                          where endpoint_id = :endpoint order by id desc offset :keep limit 1)""")
                .setParameter("endpoint", endpoint.id).setParameter("keep", logSize)
                .executeUpdate();
        // A replay or a change of URL while the send was under way: the endpoint's new position stands.
        if (endpoint.deliveredThrough >= due.change().seq() || !endpoint.url.equals(due.url())) {
            return;
        }
        if (outcome.succeeded()) {
            endpoint.deliveredThrough = due.change().seq();
            endpoint.failures = 0;
            endpoint.failingSince = null;
            endpoint.nextAttemptAt = now;
            return;
        }
        endpoint.failures++;
        if (endpoint.failingSince == null) {
            endpoint.failingSince = now;
        }
        if (!Duration.between(endpoint.failingSince, now).minus(retryFor).isNegative()) {
            endpoint.enabled = false;
            endpoint.disabledReason = "Deliveries failed for " + retryFor.toDays() + " days (" + endpoint.failures
                    + " attempts); last: " + outcome.error();
            LOG.warnf("webhook %s of partner %s disabled: %s", endpoint.id, endpoint.partnerId, endpoint.disabledReason);
            notifyDisabled(endpoint);
            return;
        }
        endpoint.nextAttemptAt = now.plus(backoff(endpoint.failures));
    }

    /** Tells the partner, once per disabling (the key names the run of failures), in the disabling's transaction. */
    private void notifyDisabled(WebhookEndpoint endpoint) {
        if (endpoint.notifyEmail == null) {
            return;
        }
        String text = "Deliveries to your webhook " + endpoint.url + " (id " + endpoint.id + ") have failed since "
                + endpoint.failingSince + ", so we stopped sending to it.\n\nLast failure: " + endpoint.disabledReason
                + "\n\nNothing is lost: once the endpoint answers again, enable the webhook (PATCH /api/v1/webhooks/"
                + endpoint.id + " {\"enabled\": true}) and every change since the last one it acknowledged is sent, "
                + "in order. The same changes can be read from GET /api/v1/members/changes?after="
                + endpoint.deliveredThrough + ".\n";
        mail.queue(new OutgoingMail("webhook-disabled:" + endpoint.id + ":" + endpoint.failingSince.toEpochMilli(),
                endpoint.notifyEmail, "Your directory webhook was disabled", text, null, null, null, null));
    }

    private Duration backoff(int failures) {
        Duration delay = firstRetry;
        for (int i = 1; i < failures && delay.compareTo(maxRetryInterval) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxRetryInterval) > 0 ? maxRetryInterval : delay;
    }
}
