package org.jewelers.competition.edition;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * An edition's price schedule and refund policy: integer cents in one ISO 4217 currency. An edition is free until
 * staff set a price. Categories' own prices are {@link CategoryFee}s of the edition.
 */
@Embeddable
public class Fees {

    @Column(name = "fee_currency", nullable = false)
    public String currency = "USD";

    /** The price of an entry after the early-bird cut-off, or always when there is none. */
    @Column(name = "entry_fee_cents", nullable = false)
    public long entryCents;

    /** The price of an entry before {@link #earlyUntil}. */
    @Column(name = "early_fee_cents")
    public Long earlyCents;

    /** The early-bird cut-off: a checkout created before this instant pays the early price. */
    @Column(name = "early_fee_until")
    public Instant earlyUntil;

    @Column(name = "nomination_fee_cents", nullable = false)
    public long nominationCents;

    /** Whether an entry withdrawn before its deadline is refunded. */
    @Column(name = "refund_on_withdrawal", nullable = false)
    public boolean refundOnWithdrawal;

    /** Whether an entry staff find ineligible is refunded. */
    @Column(name = "refund_on_ineligible", nullable = false)
    public boolean refundOnIneligible;
}
