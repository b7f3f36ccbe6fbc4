package org.jewelers.directory.webhooks;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jewelers.directory.changes.MemberChanges;
import org.jewelers.web.caller.Caller;
import org.jewelers.web.paging.Page;
import org.jewelers.web.paging.PanachePages;
import org.jewelers.web.problem.ProblemException;
import org.jewelers.web.problem.ProblemType;
import org.jewelers.webhooks.OutboundUrlGuard;
import org.jewelers.webhooks.RefusedUrlException;
import org.jewelers.webhooks.WebhookSecret;

/**
 * Partners' subscriptions to the change feed. A partner's administrator sees and changes only the partner's own
 * (another's is not found, as a missing one); staff see every one. A URL is checked against the SSRF guard when it is
 * given, and again at every send (DeliveryWorker), since what a name resolves to can change.
 */
@ApplicationScoped
public class Webhooks implements PanacheRepositoryBase<WebhookEndpoint, UUID> {

    public static final int MAX_URL_LENGTH = 2048;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final OutboundUrlGuard guard;
    private final MemberChanges changes;
    private final EntityManager entities;
    private final Clock clock;
    private final int maxPerPartner;

    Webhooks(OutboundUrlGuard guard, MemberChanges changes, EntityManager entities, Clock clock,
             @ConfigProperty(name = "directory.webhooks.max-per-partner", defaultValue = "10") int maxPerPartner) {
        this.guard = guard;
        this.changes = changes;
        this.entities = entities;
        this.clock = clock;
        this.maxPerPartner = maxPerPartner;
    }

    /** A new subscription starts at the newest change: the past is read from the feed, by cursor. */
    @Transactional
    public CreatedWebhook subscribe(NewWebhook request, Caller caller) {
        UUID partner = caller.hasRole("staff") ? request.partnerId() : caller.partnerId();
        if (partner == null) {
            throw caller.hasRole("staff") ? ProblemException.invalid("partnerId", "is required of staff")
                    : new ProblemException(ProblemType.FORBIDDEN, "The token names no partner");
        }
        if (!caller.hasRole("staff") && request.partnerId() != null && !request.partnerId().equals(partner)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "A partner subscribes for itself only");
        }
        checked("url", request.url());
        // Serializes a partner's subscriptions, so that two at once cannot both pass the cap.
        entities.createNativeQuery("select pg_advisory_xact_lock(hashtext(:partner))")
                .setParameter("partner", partner.toString()).getSingleResult();
        if (count("partnerId", partner) >= maxPerPartner) {
            throw ProblemException.conflict("A partner has at most " + maxPerPartner + " webhooks; delete one first");
        }
        WebhookEndpoint endpoint = new WebhookEndpoint();
        endpoint.id = UUID.randomUUID();
        endpoint.partnerId = partner;
        endpoint.url = request.url().strip();
        endpoint.description = request.description();
        endpoint.notifyEmail = request.notifyEmail() != null ? request.notifyEmail() : caller.email();
        endpoint.secret = WebhookSecret.generate(RANDOM).serialized();
        endpoint.enabled = true;
        endpoint.deliveredThrough = changes.latest();
        endpoint.createdAt = clock.instant();
        endpoint.updatedAt = endpoint.createdAt;
        endpoint.nextAttemptAt = endpoint.createdAt;
        persist(endpoint);
        return new CreatedWebhook(Webhook.of(endpoint), endpoint.secret);
    }

    public Page<Webhook> list(Caller caller, int page, int size) {
        var query = caller.hasRole("staff") ? findAll(Sort.by("createdAt").and("id"))
                : find("partnerId", Sort.by("createdAt").and("id"), requirePartner(caller));
        return PanachePages.of(query, page, size).map(Webhook::of);
    }

    public WebhookEndpoint require(UUID id, Caller caller) {
        WebhookEndpoint endpoint = findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Webhook", id));
        if (!caller.hasRole("staff") && !endpoint.partnerId.equals(requirePartner(caller))) {
            throw ProblemException.notFound("Webhook", id);
        }
        return endpoint;
    }

    @Transactional
    public Webhook change(UUID id, WebhookPatch patch, Caller caller) {
        WebhookEndpoint endpoint = require(id, caller);
        if (patch.url() != null) {
            checked("url", patch.url());
            endpoint.url = patch.url().strip();
        }
        if (patch.description() != null) {
            endpoint.description = patch.description();
        }
        if (patch.notifyEmail() != null) {
            endpoint.notifyEmail = patch.notifyEmail();
        }
        if (patch.enabled() != null && patch.enabled() != endpoint.enabled) {
            endpoint.enabled = patch.enabled();
            if (endpoint.enabled) {
                resume(endpoint);
            } else {
                endpoint.disabledReason = "Paused by " + caller.subject();
            }
        }
        endpoint.updatedAt = clock.instant();
        return Webhook.of(endpoint);
    }

    /** Redelivery on request: every change after the cursor goes again, in order; a disabled endpoint resumes. */
    @Transactional
    public Webhook replay(UUID id, Replay replay, Caller caller) {
        WebhookEndpoint endpoint = require(id, caller);
        endpoint.deliveredThrough = Long.parseLong(replay.after());
        endpoint.enabled = true;
        resume(endpoint);
        endpoint.updatedAt = clock.instant();
        return Webhook.of(endpoint);
    }

    @Transactional
    public void unsubscribe(UUID id, Caller caller) {
        delete(require(id, caller));
    }

    public Page<WebhookDelivery> deliveries(UUID id, Caller caller, int page, int size) {
        require(id, caller);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entities.createNativeQuery("""
                        select change_seq, message_id, type, attempted_at, status, error, succeeded from webhook_attempt
                        where endpoint_id = :id order by id desc offset :offset limit :size""")
                .setParameter("id", id).setParameter("offset", page * size).setParameter("size", size)
                .getResultList();
        long total = ((Number) entities.createNativeQuery("select count(*) from webhook_attempt where endpoint_id = :id")
                .setParameter("id", id).getSingleResult()).longValue();
        List<WebhookDelivery> items = rows.stream().map(row -> new WebhookDelivery(row[0].toString(), (UUID) row[1],
                (String) row[2], instant(row[3]), row[4] == null ? null : ((Number) row[4]).intValue(), (String) row[5],
                (Boolean) row[6])).toList();
        return new Page<>(items, total, page, size);
    }

    private void resume(WebhookEndpoint endpoint) {
        endpoint.disabledReason = null;
        endpoint.failures = 0;
        endpoint.failingSince = null;
        endpoint.nextAttemptAt = clock.instant();
    }

    private void checked(String field, String url) {
        try {
            guard.check(url.strip());
        } catch (RefusedUrlException e) {
            throw ProblemException.invalid(field, "is refused: " + e.getMessage());
        }
    }

    private static UUID requirePartner(Caller caller) {
        UUID partner = caller.partnerId();
        if (partner == null) {
            throw new ProblemException(ProblemType.FORBIDDEN, "The token names no partner");
        }
        return partner;
    }

    private static Instant instant(Object value) {
        return value instanceof java.time.OffsetDateTime odt ? odt.toInstant() : (Instant) value;
    }
}
