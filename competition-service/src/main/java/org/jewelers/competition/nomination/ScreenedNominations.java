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
        return new ScreeningNotices.Screened(nomination.id, "nomination of " + NominatorTold.nominee(nomination),
                nomination.edition, nomination.ownerSubject, nomination.nominatorName, nomination.nominatorEmail,
                NominationScreening.STATUSES.inForce(nomination.status, nomination.screeningReason),
                nomination.screeningReason);
    }
}
