package org.jewelers.competition.fee;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * Where one entry or nomination stands on its fee: held by an open checkout, paid, waived by staff, or refunded. No
 * row: nothing done yet. One row per submission, so that two checkouts cannot hold the same draft.
 */
@Entity
@Table(name = "submission_fee")
public class SubmissionFee {

    public enum Status { HELD, PAID, WAIVED, REFUNDED }

    @Id
    @Column(name = "subject_id")
    public UUID subjectId;

    @Column(name = "subject_type", nullable = false)
    public String subjectType;

    @Column(name = "edition_id", nullable = false)
    public UUID editionId;

    @Column(nullable = false)
    public String status;

    @Column(name = "checkout_id")
    public UUID checkoutId;

    @Column(name = "amount_cents", nullable = false)
    public long amountCents;

    /** A waiver's or a refund's reason. */
    public String reason;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at", nullable = false)
    public Instant decidedAt;

    public Status state() {
        return Status.valueOf(status.toUpperCase());
    }

    void state(Status state) {
        status = state.name().toLowerCase();
    }

    /** Paid or waived: the submission may be submitted. */
    boolean settled() {
        return state() == Status.PAID || state() == Status.WAIVED;
    }
}
