package org.jewelers.competition.nomination;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Objects;
import java.util.UUID;
import org.jewelers.competition.submission.Screening;
import org.jewelers.competition.submission.ScreeningNotices;
import org.jewelers.competition.submission.Windows;

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
    private final ScreeningNotices notices;
    private final Windows windows;

    NominationScreening(Clock clock, Nominations nominations, NominationHistory history, ScreeningNotices notices,
                        Windows windows) {
        this.clock = clock;
        this.windows = windows;
        this.nominations = nominations;
        this.history = history;
        this.notices = notices;
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
        nomination.status = screening.decide(from, STATUSES, windows.of(nomination.edition, nomination.ownerSubject),
                clock.instant(), () -> "Nomination " + id + " is " + from.code()
                        + "; only submitted nominations are screened", "nomination");
        nomination.screeningReason = screening.keptReason();
        nomination.updatedAt = clock.instant();
        if (nomination.status == NominationStatus.DRAFT) {
            nomination.submittedAt = null;
            nomination.consentedAt = null;
            nomination.photoPublicationConsent = false;
        }
        history.record(nomination, staff, screening.action(), from, nomination.screeningReason);
        notices.tell(ScreenedNominations.of(nomination),
                nomination.status != from || !Objects.equals(nomination.screeningReason, reasonBefore));
        return nomination;
    }
}
