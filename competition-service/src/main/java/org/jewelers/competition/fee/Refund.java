package org.jewelers.competition.fee;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/**
 * Money returned for a submission (or, when the provider reports a refund made outside the service, for a
 * checkout): asked for by a withdrawal or by staff, sent to the provider by the fee sweep, settled by its answer.
 */
@Entity
public class Refund {

    public enum Status { REQUESTED, SUCCEEDED, FAILED }

    /** The actor of refunds the provider reports that nobody asked for here (made in its dashboard). */
    static final String PROVIDER = "provider";

    @Id
    public UUID id;

    @Column(name = "checkout_id", nullable = false)
    public UUID checkoutId;

    @Column(name = "subject_id")
    public UUID subjectId;

    @Column(name = "amount_cents", nullable = false)
    public long amountCents;

    @Column(nullable = false)
    public String status;

    @Column(nullable = false)
    public String reason;

    @Column(nullable = false)
    public String actor;

    @Column(name = "provider_refund")
    public String providerRefund;

    public String failure;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "requested_at", nullable = false)
    public Instant requestedAt;

    @Column(name = "settled_at")
    public Instant settledAt;

    public Status state() {
        return Status.valueOf(status.toUpperCase());
    }

    void state(Status state) {
        status = state.name().toLowerCase();
    }
}
