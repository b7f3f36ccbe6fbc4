package org.jewelers.competition.nomination;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jewelers.competition.edition.Edition;
import org.jewelers.competition.submission.Screenable;
import org.jewelers.competition.submission.Screening;
import org.jewelers.competition.submission.ScreeningNotices;
import org.jewelers.web.problem.ProblemException;

/**
 * A 20 Under 40 nomination, from draft to screening. Its owner is the entrant who wrote it: the nominee themself
 * or a colleague. The facts a token cannot vouch for (date of birth, full-time status, years in the industry) are
 * declared with an attestation and kept, with the eligibility decided on them, as evidence.
 */
@Entity
public class Nomination implements Screenable<NominationStatus> {

    @Id
    public UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "edition_id")
    public Edition edition;

    /** The list's code within the edition (retail or suppliers); inferred from the employer's kind when not chosen. */
    public String list;

    @Enumerated(EnumType.STRING)
    @Column(name = "nominated_by", nullable = false)
    public Nominator nominatedBy;

    @Column(name = "owner_subject", nullable = false)
    public String ownerSubject;

    /** The nominator (the owner): their name and email as their token last carried them on a write of theirs. */
    @Column(name = "nominator_name")
    public String nominatorName;

    @Column(name = "nominator_email")
    public String nominatorEmail;

    @Column(name = "nominator_member_id")
    public UUID nominatorMemberId;

    @Column(name = "nominee_name")
    public String nomineeName;

    /** Lower case: it names the person, and so the dossier their nominations share. */
    @Column(name = "nominee_email", nullable = false)
    public String nomineeEmail;

    @Column(name = "date_of_birth")
    public LocalDate dateOfBirth;

    @Column(name = "job_title")
    public String jobTitle;

    @Column(name = "employer_member_id")
    public UUID employerMemberId;

    @Column(name = "full_time")
    public Boolean fullTime;

    @Column(name = "years_in_industry")
    public Integer yearsInIndustry;

    /** The nominator attests that the declared facts are true. */
    @Column(nullable = false)
    public boolean attested;

    @Column(name = "essay_achievements")
    public String essayAchievements;

    @Column(name = "essay_contribution")
    public String essayContribution;

    @Column(name = "essay_vision")
    public String essayVision;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public NominationStatus status;

    /** JSON: the rules checked at submit, the declared facts and firm they were checked against, and the outcome. */
    public String eligibility;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    /** SHA-256 of the consent token mailed to the nominee; the token itself is never stored. Cleared once used. */
    @Column(name = "consent_token_hash")
    public String consentTokenHash;

    @Column(name = "consent_expires_at")
    public Instant consentExpiresAt;

    @Column(name = "consented_at")
    public Instant consentedAt;

    /**
     * Whether the nominee agreed that their photo be published with the results: their choice on the consent page
     * for a colleague's nomination, at submit for a self-nomination. Without it the public never sees the photo.
     */
    @Column(name = "photo_publication_consent", nullable = false)
    public boolean photoPublicationConsent;

    @Column(name = "screening_reason")
    public String screeningReason;

    @ManyToOne
    @JoinColumn(name = "dossier_id")
    public Dossier dossier;

    @Version
    @Column(nullable = false)
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** Refuses to change a nomination that is no longer a draft in the way {@code action} says ("edited"). */
    void requireDraft(String action) {
        if (status != NominationStatus.DRAFT) {
            throw ProblemException.conflict("Nomination " + id + " is " + status.code() + ", not a draft; it cannot be "
                    + action);
        }
    }

    @Override
    public Screening.Standing<NominationStatus> standing() {
        return new Screening.Standing<>(status, screeningReason, edition, ownerSubject);
    }

    /**
     * A nomination returned for a fix is a draft again, and its submit is a submit like the first: a colleague's
     * nominee is asked to consent again, to the nomination as fixed (their earlier answer, kept in the history, was
     * to what they read then). It stays in its dossier, which judging reads only for accepted ones.
     */
    @Override
    public void screened(NominationStatus decided, String reason, Instant at, boolean returned) {
        status = decided;
        screeningReason = reason;
        updatedAt = at;
        if (returned) {
            submittedAt = null;
            consentedAt = null;
            photoPublicationConsent = false;
        }
    }

    @Override
    public ScreeningNotices.Screened notice() {
        return ScreenedNominations.of(this);
    }
}
