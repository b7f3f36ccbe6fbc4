package org.jewelers.competition.submission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Objects;
import java.util.function.Supplier;
import org.jewelers.competition.edition.Edition;

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
     * The status the decision moves a submission of {@code owner}'s in {@code edition} from {@code current} to, as
     * {@link Screening#decide} rules it now, in the owner's window.
     */
    public <S> S decide(Screening screening, S current, Screening.Statuses<S> statuses, Edition edition, String owner,
                        Supplier<String> notScreenable, String kind) {
        return screening.decide(current, statuses, windows.of(edition, owner), clock.instant(), notScreenable, kind);
    }

    /**
     * Tells the owner the decision now in force ({@code screened}), unless it repeats the one before: {@code from}
     * with {@code reasonBefore}.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <S> void tell(ScreeningNotices.Screened screened, Screening.Statuses<S> statuses, S from,
                         String reasonBefore) {
        notices.tell(screened, screened.decision() != statuses.inForce(from, reasonBefore)
                || !Objects.equals(screened.reason(), reasonBefore));
    }
}
