package org.jewelers.competition.nomination;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jewelers.competition.problem.CompetitionProblem;
import org.jewelers.web.problem.ProblemException;
import org.jewelers.web.problem.ProblemType;

/** A colleague's nominee answers through their consent link, which works once and expires. */
@ApplicationScoped
public class Consents {

    /** Who the history names for the nominee's answer through the consent link, which carries no login. */
    static final String NOMINEE = "nominee";

    private final Clock clock;
    private final Nominations nominations;
    private final NominationSubmits submits;
    private final NominationHistory history;
    private final NominatorTold told;

    Consents(Clock clock, Nominations nominations, NominationSubmits submits, NominationHistory history,
             NominatorTold told) {
        this.clock = clock;
        this.nominations = nominations;
        this.submits = submits;
        this.history = history;
        this.told = told;
    }

    /** The nomination a consent link asks about, while it waits for the answer. */
    public Nomination pending(String token) {
        Nomination nomination = nominations.byConsentTokenHash(ConsentTokens.hash(token), false)
                .orElseThrow(Consents::unknownLink);
        requireUnexpired(nomination);
        return nomination;
    }

    /**
     * The nominee's answer through their consent link, which works once; with their consent, their choice whether
     * the photo may be published with the results.
     */
    @Transactional
    public Nomination answer(String token, boolean consents, boolean publishPhoto) {
        Nomination nomination = nominations.byConsentTokenHash(ConsentTokens.hash(token), true)
                .orElseThrow(Consents::unknownLink);
        requireUnexpired(nomination);
        Instant now = clock.instant();
        nomination.consentTokenHash = null;
        nomination.updatedAt = now;
        if (consents) {
            nomination.consentedAt = now;
            nomination.photoPublicationConsent = publishPhoto;
            submits.accept(nomination, NOMINEE, "consented", NominationStatus.AWAITING_CONSENT, now);
        } else {
            nomination.status = NominationStatus.CONSENT_DECLINED;
            history.record(nomination, NOMINEE, "consent-declined", NominationStatus.AWAITING_CONSENT, null);
        }
        told.tell(nomination);
        return nomination;
    }

    /**
     * Staff send the nominee a new consent link, valid from now for the usual time (the nominee lost the mail, or it
     * expired unanswered); the one before stops working. Only while the nomination awaits the nominee's answer.
     */
    @Transactional
    public Nomination reissue(UUID id, String staff) {
        Nomination nomination = nominations.lockRequired(id);
        if (nomination.status != NominationStatus.AWAITING_CONSENT) {
            throw ProblemException.conflict("Nomination " + id + " is " + nomination.status.code()
                    + "; a consent link is sent again only while the nominee's answer is awaited");
        }
        Instant now = clock.instant();
        nomination.updatedAt = now;
        submits.requestConsent(nomination, now);
        history.record(nomination, staff, "consent-link-reissued", NominationStatus.AWAITING_CONSENT, null);
        return nomination;
    }

    private void requireUnexpired(Nomination nomination) {
        if (!clock.instant().isBefore(nomination.consentExpiresAt)) {
            throw new ProblemException(CompetitionProblem.CONSENT_LINK_EXPIRED, "The consent link expired at "
                    + nomination.consentExpiresAt + "; the nominator may nominate you again");
        }
    }

    /** A consent link that leads nowhere: never issued, or already used. */
    private static ProblemException unknownLink() {
        return new ProblemException(ProblemType.NOT_FOUND, "This consent link is unknown or was already used");
    }
}
