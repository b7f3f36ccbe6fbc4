package org.jewelers.competition.nomination;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.EnumSet;
import java.util.UUID;
import org.jewelers.competition.submission.Screening;
import org.jewelers.competition.submission.Screenings;

/** Staff's decision on submitted nominations; a screened one may be screened again. */
@ApplicationScoped
public class NominationScreening {

    /** Submitted nominations, screened or not; one returned for a fix is the nominator's draft again. */
    static final Screening.Statuses<NominationStatus> STATUSES = new Screening.Statuses<>(EnumSet.of(
            NominationStatus.SUBMITTED, NominationStatus.ACCEPTED, NominationStatus.REJECTED),
            NominationStatus.ACCEPTED, NominationStatus.DRAFT, NominationStatus.REJECTED);

    private final Clock clock;
    private final Nominations nominations;
    private final NominationHistory history;
    private final Screenings screenings;

    NominationScreening(Clock clock, Nominations nominations, NominationHistory history, Screenings screenings) {
        this.clock = clock;
        this.nominations = nominations;
        this.history = history;
        this.screenings = screenings;
    }

    /**
     * Staff's decision. A nomination returned for a fix is a draft again, and its submit is a submit like the first:
     * a colleague's nominee is asked to consent again, to the nomination as fixed (their earlier answer, kept in the
     * history, was to what they read then). It stays in its dossier, which judging reads only for accepted ones.
     */
    @Transactional
    public Nomination screen(UUID id, Screening screening, String staff) {
        Nomination nomination = nominations.lockRequired(id);
        NominationStatus from = nomination.status;
        String reasonBefore = nomination.screeningReason;
        nomination.status = screenings.decide(screening, from, STATUSES, nomination.edition, nomination.ownerSubject,
                () -> "Nomination " + id + " is " + from.code() + "; only submitted nominations are screened",
                "nomination");
        nomination.screeningReason = screening.keptReason();
        nomination.updatedAt = clock.instant();
        if (nomination.status == NominationStatus.DRAFT) {
            nomination.submittedAt = null;
            nomination.consentedAt = null;
            nomination.photoPublicationConsent = false;
        }
        history.record(nomination, staff, screening.action(), from, nomination.screeningReason);
        screenings.tell(ScreenedNominations.of(nomination), STATUSES, from, reasonBefore);
        return nomination;
    }
}
