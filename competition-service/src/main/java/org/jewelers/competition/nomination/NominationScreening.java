package org.jewelers.competition.nomination;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.jewelers.competition.submission.Screening;

/** Staff's decision on submitted nominations; a screened one may be screened again. */
@ApplicationScoped
public class NominationScreening {

    private static final Set<NominationStatus> SCREENABLE = EnumSet.of(NominationStatus.SUBMITTED,
            NominationStatus.ACCEPTED, NominationStatus.REJECTED);

    private final Clock clock;
    private final Nominations nominations;
    private final NominationHistory history;

    NominationScreening(Clock clock, Nominations nominations, NominationHistory history) {
        this.clock = clock;
        this.nominations = nominations;
        this.history = history;
    }

    @Transactional
    public Nomination screen(UUID id, Screening screening, String staff) {
        Nomination nomination = nominations.lockRequired(id);
        NominationStatus from = nomination.status;
        nomination.status = screening.decide(from, SCREENABLE, NominationStatus.ACCEPTED, NominationStatus.REJECTED,
                () -> "Nomination " + id + " is " + from.code() + "; only submitted nominations are screened",
                "nomination");
        nomination.screeningReason = screening.keptReason();
        nomination.updatedAt = clock.instant();
        history.record(nomination, staff, "screened", from, nomination.screeningReason);
        return nomination;
    }
}
