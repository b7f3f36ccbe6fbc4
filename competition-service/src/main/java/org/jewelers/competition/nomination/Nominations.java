package org.jewelers.competition.nomination;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jewelers.competition.edition.Edition;
import org.jewelers.competition.edition.Editions;
import org.jewelers.competition.edition.Program;
import org.jewelers.competition.entry.Window;
import org.jewelers.competition.image.EntryFile;
import org.jewelers.competition.mail.MailOutbox;
import org.jewelers.competition.problem.CompetitionProblem;
import org.jewelers.competition.quota.EntrantQuotas;
import org.jewelers.memberfirms.MemberFirm;
import org.jewelers.memberfirms.MemberFirms;
import org.jewelers.web.paging.Page;
import org.jewelers.web.problem.Problem;
import org.jewelers.web.problem.ProblemException;
import org.jewelers.web.problem.ProblemType;

/**
 * The rules for 20 Under 40 nominations, from draft to screening. A self-nomination is submitted at once; a
 * colleague's waits for the nominee's consent, asked by email with a single-use, expiring link. Every submitted
 * nomination joins its nominee's dossier. Every status change is kept in the history.
 */
@ApplicationScoped
public class Nominations implements PanacheRepositoryBase<Nomination, UUID> {

    /** Who the history names for the nominee's answer through the consent link, which carries no login. */
    static final String NOMINEE = "nominee";

    private final Clock clock;
    private final Editions editions;
    private final Window window;
    private final NominationEligibility eligibility;
    private final NominationHistory history;
    private final NominationPhotos photos;
    private final Dossiers dossiers;
    private final MemberFirms firms;
    private final MailOutbox mail;
    private final EntrantQuotas quotas;
    private final NomineeEmails nomineeEmails;
    private final ObjectMapper json;
    private final String consentLink;
    private final Duration consentValidFor;

    Nominations(Clock clock, Editions editions, Window window, NominationEligibility eligibility,
                NominationHistory history, NominationPhotos photos, Dossiers dossiers, MemberFirms firms,
                MailOutbox mail, EntrantQuotas quotas, NomineeEmails nomineeEmails, ObjectMapper json,
                @ConfigProperty(name = "competition.nominations.consent-link") String consentLink,
                @ConfigProperty(name = "competition.nominations.consent-valid-for") Duration consentValidFor) {
        this.clock = clock;
        this.editions = editions;
        this.window = window;
        this.eligibility = eligibility;
        this.history = history;
        this.photos = photos;
        this.dossiers = dossiers;
        this.firms = firms;
        this.mail = mail;
        this.quotas = quotas;
        this.nomineeEmails = nomineeEmails;
        this.json = json;
        this.consentLink = consentLink;
        this.consentValidFor = consentValidFor;
    }

    @Transactional
    public Nomination create(NewNomination request, Caller caller) {
        Edition edition = editions.findByIdOptional(request.editionId())
                .orElseThrow(() -> ProblemException.invalid("editionId", "is not an edition"));
        if (edition.program != Program.TWENTY_UNDER_FORTY) {
            throw ProblemException.invalid("editionId", "is not a 20 Under 40 edition");
        }
        window.requireNotClosed(edition, caller.subject());
        quotas.requireNominationRoom(edition.id, caller.subject());
        Nomination nomination = new Nomination();
        nomination.id = UUID.randomUUID();
        nomination.edition = edition;
        nomination.nominatedBy = request.nominatedBy();
        nomination.ownerSubject = caller.subject();
        nomination.nominatorName = strip(caller.name());
        nomination.nominatorEmail = email(caller.email());
        nomination.nominatorMemberId = caller.memberId();
        if (request.nominatedBy() == Nominator.SELF) {
            if (nomination.nominatorEmail == null) {
                throw ProblemException.invalid("nominatedBy", "your token has no email, which a self-nomination needs");
            }
            if (request.nomineeEmail() != null && !email(request.nomineeEmail()).equals(nomination.nominatorEmail)) {
                throw ProblemException.invalid("nomineeEmail", "a self-nomination is for your own email, "
                        + nomination.nominatorEmail + "; nominate someone else as a colleague");
            }
            nomination.nomineeEmail = nomination.nominatorEmail;
            nomination.nomineeName = request.nomineeName() == null ? nomination.nominatorName : strip(request.nomineeName());
        } else {
            List<Problem.FieldError> missing = new ArrayList<>();
            if (blank(request.nomineeName())) {
                missing.add(new Problem.FieldError("nomineeName", "is required for a colleague's nomination"));
            }
            if (blank(request.nomineeEmail())) {
                missing.add(new Problem.FieldError("nomineeEmail", "is required for a colleague's nomination: "
                        + "the nominee's consent is asked there"));
            }
            if (!missing.isEmpty()) {
                throw ProblemException.invalid(missing);
            }
            nomination.nomineeName = strip(request.nomineeName());
            nomination.nomineeEmail = colleagueEmail(request.nomineeEmail(), nomination);
        }
        nomination.list = list(edition, request.list());
        nomination.dateOfBirth = request.dateOfBirth();
        nomination.jobTitle = strip(request.jobTitle());
        nomination.employerMemberId = request.employerMemberId() == null ? caller.memberId() : request.employerMemberId();
        nomination.fullTime = request.fullTime();
        nomination.yearsInIndustry = request.yearsInIndustry();
        nomination.attested = Boolean.TRUE.equals(request.attested());
        essays(nomination, request.essays());
        nomination.status = NominationStatus.DRAFT;
        nomination.createdAt = clock.instant();
        nomination.updatedAt = nomination.createdAt;
        persist(nomination);
        history.record(nomination, caller.subject(), "created", null, null);
        return nomination;
    }

    @Transactional
    public Nomination update(UUID id, NominationPatch patch, String owner) {
        Nomination nomination = lockOwn(id, owner);
        requireDraft(nomination, "edited");
        if (patch.nomineeEmail() != null) {
            if (nomination.nominatedBy == Nominator.SELF) {
                throw ProblemException.invalid("nomineeEmail", "a self-nomination keeps your own email");
            }
            nomination.nomineeEmail = colleagueEmail(patch.nomineeEmail(), nomination);
        }
        if (patch.list() != null) {
            nomination.list = list(nomination.edition, patch.list());
        }
        nomination.nomineeName = patch.nomineeName() == null ? nomination.nomineeName : strip(patch.nomineeName());
        nomination.dateOfBirth = patch.dateOfBirth() == null ? nomination.dateOfBirth : patch.dateOfBirth();
        nomination.jobTitle = patch.jobTitle() == null ? nomination.jobTitle : strip(patch.jobTitle());
        nomination.employerMemberId = patch.employerMemberId() == null ? nomination.employerMemberId
                : patch.employerMemberId();
        nomination.fullTime = patch.fullTime() == null ? nomination.fullTime : patch.fullTime();
        nomination.yearsInIndustry = patch.yearsInIndustry() == null ? nomination.yearsInIndustry
                : patch.yearsInIndustry();
        nomination.attested = patch.attested() == null ? nomination.attested : patch.attested();
        essays(nomination, patch.essays());
        nomination.updatedAt = clock.instant();
        flush();
        return nomination;
    }

    /** Sets, or replaces, the nominee's photo on a draft; the draft's version rises with it. */
    @Transactional
    public NominationPhoto setPhoto(UUID id, String owner, EntryFile file) {
        Nomination nomination = lockOwn(id, owner);
        requireDraft(nomination, "given a photo");
        Optional<NominationPhoto> earlier = photos.findByIdOptional(nomination.id);
        quotas.requireStorageRoom(nomination.edition.id, owner, file.content().length,
                earlier.map(p -> (long) p.sizeBytes).orElse(0L));
        NominationPhoto photo = earlier.orElseGet(() -> {
            NominationPhoto created = new NominationPhoto();
            created.nominationId = nomination.id;
            return created;
        });
        photo.mediaType = file.format().mediaType();
        photo.width = file.width();
        photo.height = file.height();
        photo.sizeBytes = file.content().length;
        photo.sha256 = file.sha256();
        photo.content = file.content();
        photo.thumbnail = file.thumbnail();
        photo.createdAt = clock.instant();
        photos.persist(photo);
        nomination.updatedAt = clock.instant();
        getEntityManager().lock(nomination, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        flush();
        return photo;
    }

    @Transactional
    public void delete(UUID id, String owner) {
        Nomination nomination = lockOwn(id, owner);
        requireDraft(nomination, "deleted");
        // Its photo and history go with it (on delete cascade).
        delete(nomination);
    }

    /**
     * Submits a draft: inside the nominator's window, complete, and eligible by every rule (refused with every
     * failed one). A self-nomination is then submitted; a colleague's waits for the nominee's consent, asked by
     * email.
     */
    @Transactional
    public Nomination submit(UUID id, String owner) {
        Nomination nomination = lockOwn(id, owner);
        requireDraft(nomination, "submitted again");
        window.requireOpen(nomination.edition, owner);
        Optional<MemberFirm> employer = nomination.employerMemberId == null ? Optional.empty()
                : firms.find(nomination.employerMemberId);
        if (nomination.list == null) {
            nomination.list = employer.flatMap(firm -> inferredList(nomination.edition, firm)).orElse(null);
        }
        requireComplete(nomination, photos.findByIdOptional(nomination.id).isPresent());
        Instant now = clock.instant();
        NominationEligibility.Evidence evidence = eligibility.check(nomination, now);
        if (!evidence.eligible()) {
            List<Problem.FieldError> reasons = evidence.reasons();
            throw new ProblemException(CompetitionProblem.NOMINATION_INELIGIBLE, reasons.size() == 1
                    ? "1 eligibility rule is not met" : reasons.size() + " eligibility rules are not met", reasons);
        }
        quotas.requireNominationSendable(owner);
        nomination.eligibility = write(evidence);
        nomination.updatedAt = now;
        if (nomination.nominatedBy == Nominator.SELF) {
            accept(nomination, owner, "submitted", NominationStatus.DRAFT, now);
        } else {
            String token = ConsentTokens.issue();
            nomination.consentTokenHash = ConsentTokens.hash(token);
            nomination.consentExpiresAt = now.plus(consentValidFor);
            nomination.status = NominationStatus.AWAITING_CONSENT;
            history.record(nomination, owner, "consent-requested", NominationStatus.DRAFT, null);
            nomineeEmails.count(nomination.nomineeEmail);
            mail.queue(nomination.nomineeEmail, NominationLetters.consentSubject(nomination),
                    NominationLetters.consentBody(nomination, consentLink + MailOutbox.SECRET), token);
        }
        return nomination;
    }

    /** The nomination a consent link asks about, while it waits for the answer. */
    public Nomination pendingConsent(String token) {
        Nomination nomination = find("consentTokenHash", ConsentTokens.hash(token)).firstResultOptional()
                .orElseThrow(Nominations::unknownConsentLink);
        requireUnexpired(nomination);
        return nomination;
    }

    /** The nominee's answer through their consent link, which works once. */
    @Transactional
    public Nomination answerConsent(String token, boolean consents) {
        Nomination nomination = find("consentTokenHash", ConsentTokens.hash(token))
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional().orElseThrow(Nominations::unknownConsentLink);
        requireUnexpired(nomination);
        Instant now = clock.instant();
        nomination.consentTokenHash = null;
        nomination.updatedAt = now;
        if (consents) {
            nomination.consentedAt = now;
            accept(nomination, NOMINEE, "consented", NominationStatus.AWAITING_CONSENT, now);
        } else {
            nomination.status = NominationStatus.CONSENT_DECLINED;
            history.record(nomination, NOMINEE, "consent-declined", NominationStatus.AWAITING_CONSENT, null);
        }
        return nomination;
    }

    /** Staff's decision on a submitted nomination; a screened one may be screened again. */
    @Transactional
    public Nomination screen(UUID id, boolean eligible, String reason, String staff) {
        Nomination nomination = findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Nomination", id));
        if (nomination.status != NominationStatus.SUBMITTED && nomination.status != NominationStatus.ACCEPTED
                && nomination.status != NominationStatus.REJECTED) {
            throw ProblemException.conflict("Nomination " + id + " is " + nomination.status.code()
                    + "; only submitted nominations are screened");
        }
        if (!eligible && blank(reason)) {
            throw ProblemException.invalid("reason", "is required when the nomination is not eligible");
        }
        NominationStatus from = nomination.status;
        nomination.status = eligible ? NominationStatus.ACCEPTED : NominationStatus.REJECTED;
        nomination.screeningReason = strip(reason);
        nomination.updatedAt = clock.instant();
        history.record(nomination, staff, "screened", from, nomination.screeningReason);
        return nomination;
    }

    public Nomination own(UUID id, String owner) {
        return find("id = ?1 and ownerSubject = ?2", id, owner).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("Nomination", id));
    }

    public Page<Nomination> ownedBy(String owner, int page, int size) {
        var query = find("ownerSubject", Sort.descending("createdAt").and("id"), owner);
        return new Page<>(query.page(page, size).list(), query.count(), page, size);
    }

    public Nomination require(UUID id) {
        return findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Nomination", id));
    }

    public List<Nomination> inDossier(UUID dossierId) {
        return list("dossier.id", Sort.by("createdAt").and("id"), dossierId);
    }

    /** Nominations matching every given criterion (null ones, or no statuses, match all). */
    public Page<Nomination> search(NominationCriteria criteria, Sort sort, int page, int size) {
        List<String> where = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (criteria.editionId() != null) {
            where.add("edition.id = :edition");
            parameters.and("edition", criteria.editionId());
        }
        if (criteria.list() != null) {
            where.add("list = :list");
            parameters.and("list", criteria.list());
        }
        if (!criteria.statuses().isEmpty()) {
            where.add("status in :statuses");
            parameters.and("statuses", criteria.statuses());
        }
        if (criteria.nominatedBy() != null) {
            where.add("nominatedBy = :nominatedBy");
            parameters.and("nominatedBy", criteria.nominatedBy());
        }
        var query = find(where.isEmpty() ? "1 = 1" : String.join(" and ", where), sort, parameters);
        return new Page<>(query.page(page, size).list(), query.count(), page, size);
    }

    /** Submitted: it joins its nominee's dossier, and its nominator hears of it by email. */
    private void accept(Nomination nomination, String actor, String action, NominationStatus from, Instant now) {
        nomination.status = NominationStatus.SUBMITTED;
        nomination.submittedAt = now;
        history.record(nomination, actor, action, from, null);
        dossiers.join(nomination);
        if (nomination.nominatorEmail != null) {
            mail.queue(nomination.nominatorEmail, NominationLetters.submittedSubject(nomination),
                    NominationLetters.submittedBody(nomination));
        }
    }

    private void requireUnexpired(Nomination nomination) {
        if (!clock.instant().isBefore(nomination.consentExpiresAt)) {
            throw new ProblemException(CompetitionProblem.CONSENT_LINK_EXPIRED, "The consent link expired at "
                    + nomination.consentExpiresAt + "; the nominator may nominate you again");
        }
    }

    private Nomination lockOwn(UUID id, String owner) {
        return find("id = ?1 and ownerSubject = ?2", id, owner).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound("Nomination", id));
    }

    private static void requireDraft(Nomination nomination, String action) {
        if (nomination.status != NominationStatus.DRAFT) {
            throw ProblemException.conflict("Nomination " + nomination.id + " is " + nomination.status.code()
                    + ", not a draft; it cannot be " + action);
        }
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

    private static String list(Edition edition, String code) {
        if (code == null) {
            return null;
        }
        if (edition.categories.stream().noneMatch(c -> c.code.equals(code))) {
            throw ProblemException.invalid("list", "'" + code + "' is not a list of " + edition.title);
        }
        return code;
    }

    /** Retailers' people go on the retail list; suppliers', manufacturers' and service providers' on suppliers. */
    private static Optional<String> inferredList(Edition edition, MemberFirm firm) {
        String code = "retailer".equals(firm.kind()) ? "retail" : "suppliers";
        return edition.categories.stream().map(c -> c.code).filter(code::equals).findFirst();
    }

    private static void essays(Nomination nomination, Essays essays) {
        if (essays == null) {
            return;
        }
        nomination.essayAchievements = essays.achievements() == null ? nomination.essayAchievements
                : strip(essays.achievements());
        nomination.essayContribution = essays.contribution() == null ? nomination.essayContribution
                : strip(essays.contribution());
        nomination.essayVision = essays.vision() == null ? nomination.essayVision : strip(essays.vision());
    }

    private static String colleagueEmail(String given, Nomination nomination) {
        String email = email(given);
        if (email.equals(nomination.nominatorEmail)) {
            throw ProblemException.invalid("nomineeEmail", "is your own email; nominate yourself as self");
        }
        return email;
    }

    private String write(NominationEligibility.Evidence evidence) {
        try {
            return json.writeValueAsString(evidence);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("eligibility evidence is always writable", e);
        }
    }

    private static String email(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }

    /** A consent link that leads nowhere: never issued, or already used. */
    private static ProblemException unknownConsentLink() {
        return new ProblemException(ProblemType.NOT_FOUND, "This consent link is unknown or was already used");
    }
}
