package org.jewelers.competition.nomination;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jewelers.competition.notice.DueSlots;
import org.jewelers.competition.notice.Letter;
import org.jewelers.competition.notice.Letters;
import org.jewelers.competition.notice.NoticeKey;
import org.jewelers.competition.notice.NoticeKind;
import org.jewelers.competition.notice.NoticePreview;
import org.jewelers.competition.notice.NoticeTimes;
import org.jewelers.competition.notice.Notices;
import org.jewelers.competition.notice.Reminder;
import org.jewelers.competition.notice.ReminderSlot;

/**
 * Reminds a colleague's nominee who has not answered, {@value #BEFORE_EXPIRY} before their consent link expires
 * (a day counted in the edition's zone). Only the link's hash is kept, so the reminder carries a fresh link: a new
 * token with the same expiry, which replaces the one mailed before, and which the outbox forgets once it is sent.
 * Each link gets one reminder (its expiry is in the slot), so a link staff reissue is reminded of again. Not counted
 * in the address's daily bound of nomination emails: it is one per link, and a link is counted when it is issued.
 */
@ApplicationScoped
public class ConsentReminders implements Reminder, NoticePreview {

    static final String BEFORE_EXPIRY = "P3D";
    /** A day more than {@link #BEFORE_EXPIRY}: a day counted in a zone is 23 to 25 hours. */
    private static final Duration WITHIN = Duration.ofDays(4);

    private final Nominations nominations;
    private final Notices notices;
    private final Letters letters;
    private final String consentLink;
    private final Duration consentValidFor;

    ConsentReminders(Nominations nominations, Notices notices, Letters letters,
                     @ConfigProperty(name = "competition.nominations.consent-link") String consentLink,
                     @ConfigProperty(name = "competition.nominations.consent-valid-for") Duration consentValidFor) {
        this.nominations = nominations;
        this.notices = notices;
        this.letters = letters;
        this.consentLink = consentLink;
        this.consentValidFor = consentValidFor;
    }

    @Override
    public NoticeKind kind() {
        return NoticeKind.CONSENT_REMINDER;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public int sendDue(Instant now, int limit) {
        List<Nomination> waiting = nominations.find("status = ?1 and consentTokenHash is not null "
                                + "and consentExpiresAt > ?2 and consentExpiresAt <= ?3 order by consentExpiresAt, id",
                        NominationStatus.AWAITING_CONSENT, now, now.plus(WITHIN))
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
        ReminderSlot slot = new ReminderSlot(BEFORE_EXPIRY);
        int queued = 0;
        for (Nomination nomination : waiting) {
            Instant expires = nomination.consentExpiresAt;
            Instant issued = expires.minus(consentValidFor);
            if (DueSlots.latest(List.of(slot), expires, nomination.edition.zone(), issued, now).isEmpty()) {
                continue;
            }
            NoticeKey key = key(nomination, slot);
            if (notices.decided(key)) {
                continue;
            }
            String token = ConsentTokens.issue();
            // The link mailed before stops working only if this one goes: an address that unsubscribed keeps it.
            if (notices.send(key, nomination.edition.id, letter(nomination), token)) {
                nomination.consentTokenHash = ConsentTokens.hash(token);
                queued++;
                if (queued == limit) {
                    break;
                }
            }
        }
        return queued;
    }

    @Override
    @Transactional
    public Optional<Addressed> preview(UUID subjectId) {
        return nominations.findByIdOptional(subjectId)
                .map(nomination -> new Addressed(nomination.nomineeEmail, letter(nomination)));
    }

    /** One reminder per link: the slot names the link's expiry, which a reissued link changes. */
    private static NoticeKey key(Nomination nomination, ReminderSlot slot) {
        return new NoticeKey(NoticeKind.CONSENT_REMINDER, nomination.id,
                slot.name() + "-" + nomination.consentExpiresAt.getEpochSecond(), nomination.nomineeEmail);
    }

    private Letter letter(Nomination nomination) {
        return letters.render(kind(), Map.of(
                "nominee", nomination.nomineeName == null ? "nominee" : nomination.nomineeName,
                "nominator", nomination.nominatorName == null ? "A colleague" : nomination.nominatorName,
                "edition", nomination.edition.title,
                "link", consentLink + Notices.SECRET,
                "expires", nomination.consentExpiresAt == null ? "soon"
                        : NoticeTimes.wallClock(nomination.consentExpiresAt, nomination.edition.zone())));
    }
}
