package org.jewelers.directory.webhooks;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A partner's HTTPS endpoint subscribed to the change feed, with where its deliveries stand. */
@Entity
@Table(name = "webhook_endpoint")
public class WebhookEndpoint {

    @Id
    public UUID id;

    @Column(name = "partner_id", nullable = false)
    public UUID partnerId;

    @Column(nullable = false)
    public String url;

    public String description;

    /** Where the partner is told that the endpoint was disabled, or null. */
    @Column(name = "notify_email")
    public String notifyEmail;

    /** The whsec_ signing secret: kept to sign with, shown to the partner once, at subscription. */
    @Column(nullable = false)
    public String secret;

    @Column(nullable = false)
    public boolean enabled;

    @Column(name = "disabled_reason")
    public String disabledReason;

    /** The cursor of the last change the endpoint acknowledged. */
    @Column(name = "delivered_through", nullable = false)
    public long deliveredThrough;

    /** When the failures in a row began, or null while deliveries succeed. */
    @Column(name = "failing_since")
    public Instant failingSince;

    /** Failed attempts in a row. */
    @Column(nullable = false)
    public int failures;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
