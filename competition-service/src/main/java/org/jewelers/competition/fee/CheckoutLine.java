package org.jewelers.competition.fee;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.UUID;

/** What one draft of a checkout costs, and the rule that decided it. */
@Embeddable
public class CheckoutLine {

    @Column(name = "subject_type", nullable = false)
    public String subjectType;

    @Column(name = "subject_id", nullable = false)
    public UUID subjectId;

    public String category;

    @Column(nullable = false)
    public String title;

    /** The price before any promo code. */
    @Column(name = "list_cents", nullable = false)
    public long listCents;

    @Column(name = "discount_cents", nullable = false)
    public long discountCents;

    @Column(name = "amount_cents", nullable = false)
    public long amountCents;

    /** Which price applied and why, in words: kept with the payment as the evidence of its amount. */
    @Column(nullable = false)
    public String rule;
}
