package org.jewelers.competition.edition;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A category's own entry price, in place of the edition's (and its own early-bird price, when it has one). */
@Embeddable
public class CategoryFee {

    @Column(nullable = false)
    public String category;

    @Column(name = "fee_cents", nullable = false)
    public long cents;

    @Column(name = "early_fee_cents")
    public Long earlyCents;

    public CategoryFee() {
    }

    public CategoryFee(String category, long cents, Long earlyCents) {
        this.category = category;
        this.cents = cents;
        this.earlyCents = earlyCents;
    }
}
