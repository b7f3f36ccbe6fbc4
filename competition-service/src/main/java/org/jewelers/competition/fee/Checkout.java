package org.jewelers.competition.fee;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One entrant's payment for one or several drafts of one edition, through one provider Checkout Session. Its lines
 * and amount are decided when it is created; the window and the early-bird price are judged at that instant.
 */
@Entity
public class Checkout {

    public enum Status { OPEN, COMPLETED, EXPIRED }

    @Id
    public UUID id;

    @Column(name = "edition_id", nullable = false)
    public UUID editionId;

    @Column(name = "owner_subject", nullable = false)
    public String ownerSubject;

    @Column(nullable = false)
    public String status;

    @Column(nullable = false)
    public String currency;

    @Column(name = "amount_cents", nullable = false)
    public long amountCents;

    @Column(name = "promo_code_id")
    public UUID promoCodeId;

    @Column(name = "provider_session")
    public String providerSession;

    @Column(name = "pay_url")
    public String payUrl;

    @Column(name = "payment_intent")
    public String paymentIntent;

    @Column(name = "last_failure")
    public String lastFailure;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    @Column(name = "completed_at")
    public Instant completedAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    @Column(nullable = false)
    public long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "checkout_line", joinColumns = @JoinColumn(name = "checkout_id"))
    @OrderColumn(name = "position")
    public List<CheckoutLine> lines = new ArrayList<>();

    public Status state() {
        return Status.valueOf(status.toUpperCase());
    }

    void state(Status state) {
        status = state.name().toLowerCase();
    }
}
