package org.jewelers.competition.nomination;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jewelers.competition.notice.Letters;
import org.jewelers.competition.notice.NoticeKey;
import org.jewelers.competition.notice.NoticeKind;
import org.jewelers.competition.notice.NoticeTimes;
import org.jewelers.competition.notice.Notices;

/**
 * The emails of a nomination's submit: the consent request to a colleague's nominee (one per link, the link a
 * secret of the message) and the self-nominee's confirmation.
 */
@ApplicationScoped
class NominationLetters {

    private final Letters letters;
    private final Notices notices;
    private final String consentLink;

    NominationLetters(Letters letters, Notices notices,
                      @ConfigProperty(name = "competition.nominations.consent-link") String consentLink) {
        this.letters = letters;
        this.notices = notices;
        this.consentLink = consentLink;
    }

    /** Asks the nominee's consent through the link of {@code token}, issued for this nomination now. */
    @Transactional(Transactional.TxType.MANDATORY)
    void requestConsent(Nomination nomination, String token) {
        notices.send(new NoticeKey(NoticeKind.CONSENT_REQUEST, nomination.id,
                        "link-" + nomination.consentTokenHash.substring(0, 16), nomination.nomineeEmail),
                nomination.edition.id,
                letters.render(NoticeKind.CONSENT_REQUEST, Map.of(
                        "nominee", nomination.nomineeName,
                        "nominator", nomination.nominatorName == null ? "A colleague" : nomination.nominatorName,
                        "edition", nomination.edition.title,
                        "link", consentLink + Notices.SECRET,
                        "expires", NoticeTimes.of(nomination.consentExpiresAt, nomination.edition.zone()))),
                token);
    }

    /** Confirms a self-nomination's submit to its nominator. */
    @Transactional(Transactional.TxType.MANDATORY)
    void submitted(Nomination nomination) {
        notices.send(new NoticeKey(NoticeKind.NOMINATION_SUBMITTED, nomination.id,
                        "submitted-" + nomination.submittedAt.toEpochMilli(), nomination.nominatorEmail),
                nomination.edition.id,
                letters.render(NoticeKind.NOMINATION_SUBMITTED, Map.of(
                        "nominee", nomination.nomineeName, "edition", nomination.edition.title,
                        "id", nomination.id, "list", nomination.list,
                        "submitted", NoticeTimes.of(nomination.submittedAt, nomination.edition.zone()))));
    }
}
