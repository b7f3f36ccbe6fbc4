package org.jewelers.competition.nomination;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import org.jewelers.competition.submission.ScreeningNotices;

/** Nominations in the terms of the screening notice to their nominator. */
@ApplicationScoped
class ScreenedNominations implements ScreeningNotices.Lookup {

    private final Nominations nominations;

    ScreenedNominations(Nominations nominations) {
        this.nominations = nominations;
    }

    @Override
    public Optional<ScreeningNotices.Screened> screened(UUID id) {
        return nominations.findByIdOptional(id).map(ScreenedNominations::of);
    }

    static ScreeningNotices.Screened of(Nomination nomination) {
        Boolean eligible = switch (nomination.status) {
            case ACCEPTED -> true;
            case REJECTED -> false;
            default -> null;
        };
        return new ScreeningNotices.Screened(nomination.id, "nomination of " + NominatorTold.nominee(nomination),
                nomination.edition.id, nomination.edition.title, nomination.nominatorName, nomination.nominatorEmail,
                eligible, nomination.screeningReason);
    }
}
