package org.jewelers.competition.nomination;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jewelers.competition.fee.FeeStanding;
import org.jewelers.competition.edition.Edition;
import org.jewelers.competition.problem.CompetitionProblem;
import org.jewelers.competition.quota.EntrantQuotas;
import org.jewelers.competition.notice.NoticeKind;
import org.jewelers.competition.notice.Notices;
import org.jewelers.competition.submission.Outcome;
import org.jewelers.competition.submission.Windows;
import org.jewelers.memberfirms.MemberFirm;
import org.jewelers.memberfirms.MemberFirms;
import org.jewelers.web.problem.Problem;
import org.jewelers.web.problem.ProblemException;

/**
 * A nominator submits a draft. A self-nomination is submitted at once; a colleague's waits for the nominee's
 * consent, asked by email with a single-use, expiring link. Every submitted nomination joins its nominee's dossier.
 */
@ApplicationScoped
public class NominationSubmits {

    private final Clock clock;
    private final Nominations nominations;
    private final NominationPhotos photos;
    private final Windows windows;
    private final NominationEligibility eligibility;
    private final NominationHistory history;
    private final Dossiers dossiers;
    private final MemberFirms firms;
    private final EntrantQuotas quotas;
    private final NomineeEmails nomineeEmails;
    private final NominationLetters letters;
    private final Notices notices;
    private final ObjectMapper json;
    private final Duration consentValidFor;
    private final FeeStanding fees;

    NominationSubmits(Clock clock, Nominations nominations, NominationPhotos photos, Windows windows,
                      NominationEligibility eligibility, NominationHistory history, Dossiers dossiers,
                      MemberFirms firms, EntrantQuotas quotas, NomineeEmails nomineeEmails,
                      NominationLetters letters, Notices notices, ObjectMapper json,
                      @ConfigProperty(name = "competition.nominations.consent-valid-for") Duration consentValidFor,
                      FeeStanding fees) {
        this.fees = fees;
        this.clock = clock;
        this.nominations = nominations;
        this.photos = photos;
        this.windows = windows;
        this.eligibility = eligibility;
        this.history = history;
        this.dossiers = dossiers;
        this.firms = firms;
        this.quotas = quotas;
        this.nomineeEmails = nomineeEmails;
        this.letters = letters;
        this.notices = notices;
        this.json = json;
        this.consentValidFor = consentValidFor;
    }

    /**
     * Submits a draft: inside the nominator's window, complete, and eligible by every rule (refused with every
     * failed one). A self-nomination is then submitted; a colleague's waits for the nominee's consent, asked by
     * email. Whether the photo may be published is the nominee's to say: a self-nominee says it here
     * ({@code publishPhoto}), a colleague's nominee on the consent page.
     */
    @Transactional
    public Nomination submit(UUID id, String owner, boolean publishPhoto) {
        Nomination nomination = nominations.lockOwn(id, owner);
        nomination.requireDraft("submitted again");
        if (publishPhoto && nomination.nominatedBy != Nominator.SELF) {
            throw ProblemException.invalid("publishPhoto", "is the nominee's choice, made on their consent page; "
                    + "a colleague's nomination cannot make it for them");
        }
        windows.requireOpen(nomination.edition, owner, fees.windowJudgedAt(nomination.id));
        Optional<MemberFirm> employer = nomination.employerMemberId == null ? Optional.empty()
                : firms.find(nomination.employerMemberId);
        if (nomination.list == null) {
            nomination.list = employer.flatMap(firm -> inferredList(nomination.edition, firm)).orElse(null);
        }
        requireComplete(nomination, photos.findByIdOptional(nomination.id).isPresent());
        Instant now = clock.instant();
        NominationEligibility.Evidence evidence = eligibility.check(nomination, now);
        Outcome.requireAllPassed(evidence.rules(), CompetitionProblem.NOMINATION_INELIGIBLE);
        fees.requireSettled(NominationFees.payable(nomination));
        quotas.requireNominationSendable(owner);
        nomination.eligibility = write(evidence);
        nomination.updatedAt = now;
        notices.cancel(NoticeKind.DRAFT_REMINDER, nomination.id);
        if (nomination.nominatedBy == Nominator.SELF) {
            nomination.photoPublicationConsent = publishPhoto;
            accept(nomination, owner, "submitted", NominationStatus.DRAFT, now);
            if (nomination.nominatorEmail != null) {
                letters.submitted(nomination);
            }
        } else {
            nomination.status = NominationStatus.AWAITING_CONSENT;
            history.record(nomination, owner, "consent-requested", NominationStatus.DRAFT, null);
            requestConsent(nomination, now);
        }
        return nomination;
    }

    /**
     * Mails the nominee a new consent link, valid from {@code now}; the one before stops working. Counted in the
     * address's daily bound of nomination emails.
     */
    void requestConsent(Nomination nomination, Instant now) {
        String token = ConsentTokens.issue();
        nomination.consentTokenHash = ConsentTokens.hash(token);
        nomination.consentExpiresAt = now.plus(consentValidFor);
        nomineeEmails.count(nomination.nomineeEmail);
        letters.requestConsent(nomination, token);
    }

    /**
     * Submitted: it joins its nominee's dossier. The nominator hears of it by email: of their own submit at once, of
     * a colleague's consent in the notice that tells them the nominee's answer ({@link NominatorTold}).
     */
    void accept(Nomination nomination, String actor, String action, NominationStatus from, Instant now) {
        nomination.status = NominationStatus.SUBMITTED;
        nomination.submittedAt = now;
        history.record(nomination, actor, action, from, null);
        dossiers.join(nomination);
    }

    /** What a submit needs beyond a draft, every missing piece named at once. */
    private static void requireComplete(Nomination nomination, boolean hasPhoto) {
        List<Problem.FieldError> missing = new ArrayList<>();
        require(missing, !blank(nomination.nomineeName), "nomineeName");
        require(missing, nomination.dateOfBirth != null, "dateOfBirth");
        require(missing, !blank(nomination.jobTitle), "jobTitle");
        require(missing, nomination.employerMemberId != null, "employerMemberId");
        require(missing, nomination.fullTime != null, "fullTime");
        require(missing, nomination.yearsInIndustry != null, "yearsInIndustry");
        require(missing, !blank(nomination.essayAchievements), "essays.achievements");
        require(missing, !blank(nomination.essayContribution), "essays.contribution");
        require(missing, !blank(nomination.essayVision), "essays.vision");
        if (nomination.list == null) {
            missing.add(new Problem.FieldError("list", "is required to submit (it could not be inferred from the "
                    + "employer's kind)"));
        }
        if (!nomination.attested) {
            missing.add(new Problem.FieldError("attested", "must be confirmed: you attest that the date of birth, "
                    + "full-time status and years in the industry are true"));
        }
        if (!hasPhoto) {
            missing.add(new Problem.FieldError("photo", "a photo of the nominee is required to submit"));
        }
        if (!missing.isEmpty()) {
            throw ProblemException.invalid(missing);
        }
    }

    private static void require(List<Problem.FieldError> missing, boolean present, String field) {
        if (!present) {
            missing.add(new Problem.FieldError(field, "is required to submit"));
        }
    }

    /** Retailers' people go on the retail list; suppliers', manufacturers' and service providers' on suppliers. */
    private static Optional<String> inferredList(Edition edition, MemberFirm firm) {
        String code = "retailer".equals(firm.kind()) ? "retail" : "suppliers";
        return edition.categories.stream().map(c -> c.code).filter(code::equals).findFirst();
    }

    private String write(NominationEligibility.Evidence evidence) {
        try {
            return json.writeValueAsString(evidence);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("eligibility evidence is always writable", e);
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
