package org.jewelers.competition.nomination;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
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

    private final Nominations nominations;
    private final NominationHistory history;
    private final Screenings screenings;

    NominationScreening(Nominations nominations, NominationHistory history, Screenings screenings) {
        this.nominations = nominations;
        this.history = history;
        this.screenings = screenings;
    }

    /** Staff's decision; a return for a fix is kept in the history with its reason. */
    @Transactional
    public Nomination screen(UUID id, Screening screening, String staff) {
        Nomination nomination = nominations.lockRequired(id);
        NominationStatus from = screenings.screen(nomination, screening, STATUSES,
                () -> "Nomination " + id + " is " + nomination.status.code() + "; only submitted nominations are "
                        + "screened", "nomination");
        history.record(nomination, staff, screening.action(), from, nomination.screeningReason);
        return nomination;
    }
}
