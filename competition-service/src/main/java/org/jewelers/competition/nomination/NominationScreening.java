package org.jewelers.competition.nomination;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jewelers.competition.submission.Screening;
import org.jewelers.competition.submission.ScreeningNotices;

/** Staff's decision on submitted nominations; a screened one may be screened again. */
@ApplicationScoped
public class NominationScreening {

    private static final Set<NominationStatus> SCREENABLE = EnumSet.of(NominationStatus.SUBMITTED,
            NominationStatus.ACCEPTED, NominationStatus.REJECTED);

    private final Clock clock;
    private final Nominations nominations;
    private final NominationHistory history;
    private final ScreeningNotices notices;

    NominationScreening(Clock clock, Nominations nominations, NominationHistory history, ScreeningNotices notices) {
        this.clock = clock;
        this.nominations = nominations;
        this.history = history;
        this.notices = notices;
    }

    @Transactional
    public Nomination screen(UUID id, Screening screening, String staff) {
        Nomination nomination = nominations.lockRequired(id);
        NominationStatus from = nomination.status;
        String reasonBefore = nomination.screeningReason;
        nomination.status = screening.decide(from, SCREENABLE, NominationStatus.ACCEPTED, NominationStatus.REJECTED,
                () -> "Nomination " + id + " is " + from.code() + "; only submitted nominations are screened",
                "nomination");
        nomination.screeningReason = screening.keptReason();
        nomination.updatedAt = clock.instant();
        history.record(nomination, staff, "screened", from, nomination.screeningReason);
        notices.tell(ScreenedNominations.of(nomination),
                nomination.status != from || !Objects.equals(nomination.screeningReason, reasonBefore));
        return nomination;
    }
}
