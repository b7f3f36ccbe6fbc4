package org.jewelers.competition.fee;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * A promo code of an edition: a percentage or an amount off a checkout, up to a number of uses, within an optional
 * window, optionally for some categories only. An open checkout holds a use; a completed one has used it.
 */
@Entity
@Table(name = "promo_code")
public class PromoCode {

    @Id
    public UUID id;

    @Column(name = "edition_id", nullable = false)
    public UUID editionId;

    @Column(nullable = false)
    public String code;

    @Column(name = "percent_off")
    public Integer percentOff;

    @Column(name = "amount_off_cents")
    public Long amountOffCents;

    @Column(name = "max_uses", nullable = false)
    public int maxUses;

    @Column(nullable = false)
    public int held;

    @Column(nullable = false)
    public int used;

    @Column(name = "valid_from")
    public Instant validFrom;

    @Column(name = "valid_until")
    public Instant validUntil;

    /** Category codes separated by commas; empty for every category. */
    @Column(nullable = false)
    public String categories = "";

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    List<String> categoryList() {
        return categories.isEmpty() ? List.of() : Arrays.asList(categories.split(","));
    }

    boolean appliesTo(String category) {
        return categories.isEmpty() || categoryList().contains(category);
    }

    boolean validAt(Instant at) {
        return (validFrom == null || !at.isBefore(validFrom)) && (validUntil == null || at.isBefore(validUntil));
    }
}
