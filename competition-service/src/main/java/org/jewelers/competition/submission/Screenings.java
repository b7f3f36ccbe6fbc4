package org.jewelers.competition.submission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Staff's screening as every kind of submission takes it: the decision checked against the owner's own window (a
 * fix only while they can submit again), and the owner told of each decision that changes the one in force.
 */
@ApplicationScoped
public class Screenings {

    private final Clock clock;
    private final Windows windows;
    private final ScreeningNotices notices;

    Screenings(Clock clock, Windows windows, ScreeningNotices notices) {
        this.clock = clock;
        this.windows = windows;
        this.notices = notices;
    }

    /**
     * Applies staff's decision to a submission, as {@link Screening#decide} rules it now in its owner's own window,
     * and tells the owner, unless the decision repeats the one in force.
     *
     * @return the status it was in before
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <S> S screen(Screenable<S> submission, Screening screening, Screening.Statuses<S> statuses,
                        Supplier<String> notScreenable, String kind) {
        Screening.Standing<S> before = submission.standing();
        S from = before.status();
        Instant now = clock.instant();
        S to = screening.decide(from, statuses, windows.of(before.edition(), before.owner()), now, notScreenable,
                kind);
        submission.screened(to, screening.keptReason(), now, to.equals(statuses.returned()));
        ScreeningNotices.Screened screened = submission.notice();
        notices.tell(screened, screened.decision() != statuses.inForce(from, before.reason())
                || !Objects.equals(screened.reason(), before.reason()));
        return from;
    }
}
