package org.jewelers.competition.entry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.jewelers.competition.edition.Edition;
import org.jewelers.competition.submission.Screenable;
import org.jewelers.competition.submission.Screening;
import org.jewelers.competition.submission.ScreeningNotices;
import org.jewelers.web.problem.ProblemException;

/** A piece entered in a CASE Awards edition, from draft to screening. Its owner is the entrant who created it. */
@Entity
public class Entry implements Screenable<EntryStatus> {

    @Id
    public UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "edition_id")
    public Edition edition;

    /** The category's code within the edition. */
    @Column(nullable = false)
    public String category;

    /** The token subject of the entrant who owns the entry. */
    @Column(name = "owner_subject", nullable = false)
    public String ownerSubject;

    /** The entrant's name as their token last carried it on a write of theirs; for staff and letters, never public. */
    @Column(name = "owner_name")
    public String ownerName;

    /** The entrant's email as their token last carried it on a write of theirs. */
    @Column(name = "owner_email")
    public String ownerEmail;

    /** The member firm the entrant works for, from the token; refreshed at submit, when eligibility is decided. */
    @Column(name = "member_id")
    public UUID memberId;

    /** The entrant's name from their token at creation: the designer the public citation names if the piece wins. */
    @Column(name = "designer_name")
    public String designerName;

    public String title;

    public String description;

    @Column(name = "materials_and_techniques")
    public String materialsAndTechniques;

    /** US cents. */
    @Column(name = "retail_value_cents")
    public Long retailValueCents;

    /** The entrant confirms that no maker's mark or hallmark is visible, so that judging stays blind. */
    @Column(name = "no_makers_mark_visible", nullable = false)
    public boolean noMakersMarkVisible;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EntryStatus status;

    /** JSON: the eligibility rules checked at submit, the data they were checked against and their outcome. */
    public String eligibility;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "receipt_sha256")
    public String receiptSha256;

    @Column(name = "screening_reason")
    public String screeningReason;

    /** Raised for staff when something after submit puts eligibility in doubt, such as the firm lapsing. */
    @Column(nullable = false)
    public boolean flagged;

    @Column(name = "flag_reason")
    public String flagReason;

    @Version
    @Column(nullable = false)
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** Refuses to change an entry that is no longer a draft in the way {@code action} says ("edited"). */
    void requireDraft(String action) {
        if (status != EntryStatus.DRAFT) {
            throw ProblemException.conflict("Entry " + id + " is " + status.code() + ", not a draft; it cannot be " + action);
        }
    }

    @Override
    public Screening.Standing<EntryStatus> standing() {
        return new Screening.Standing<>(status, screeningReason, edition, ownerSubject);
    }

    /** An entry returned for a fix loses the receipt of its earlier submit: the next submit has one of its own. */
    @Override
    public void screened(EntryStatus decided, String reason, Instant at, boolean returned) {
        status = decided;
        screeningReason = reason;
        updatedAt = at;
        if (returned) {
            submittedAt = null;
            receiptSha256 = null;
        }
    }

    @Override
    public ScreeningNotices.Screened notice() {
        return ScreenedEntries.of(this);
    }
}
