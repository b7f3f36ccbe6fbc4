package org.jewelers.competition.nomination;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jewelers.competition.edition.Edition;
import org.jewelers.competition.edition.Program;
import org.jewelers.competition.notice.NoticeKind;
import org.jewelers.competition.notice.Notices;
import org.jewelers.competition.quota.EntrantQuotas;
import org.jewelers.competition.submission.OwnerContacts;
import org.jewelers.competition.submission.Windows;
import org.jewelers.web.caller.Caller;
import org.jewelers.web.problem.Problem;
import org.jewelers.web.problem.ProblemException;

/**
 * A nominator's drafts: started inside their window and quota, for themself or a colleague, edited, deleted.
 */
@ApplicationScoped
public class NominationDrafts {

    private final Nominations nominations;
    private final NominationHistory history;
    private final Windows windows;
    private final EntrantQuotas quotas;
    private final Clock clock;
    private final OwnerContacts contacts;
    private final Notices notices;

    NominationDrafts(Nominations nominations, NominationHistory history, Windows windows, EntrantQuotas quotas,
                     Clock clock, OwnerContacts contacts, Notices notices) {
        this.contacts = contacts;
        this.nominations = nominations;
        this.history = history;
        this.windows = windows;
        this.quotas = quotas;
        this.clock = clock;
        this.notices = notices;
    }

    @Transactional
    public Nomination create(NewNomination request, Caller caller) {
        Edition edition = windows.startable(request.editionId(), Program.TWENTY_UNDER_FORTY, "20 Under 40",
                caller.subject(), named -> { });
        quotas.requireNominationRoom(edition.id, caller.subject());
        Nomination nomination = new Nomination();
        nomination.id = UUID.randomUUID();
        nomination.edition = edition;
        nomination.nominatedBy = request.nominatedBy();
        nomination.ownerSubject = caller.subject();
        contacts.refresh(name -> nomination.nominatorName = name, email -> nomination.nominatorEmail = email);
        nomination.nominatorMemberId = caller.memberId();
        if (request.nominatedBy() == Nominator.SELF) {
            nominee(nomination, request);
        } else {
            colleague(nomination, request);
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
        nominations.persist(nomination);
        history.record(nomination, caller.subject(), "created", null, null);
        return nomination;
    }

    @Transactional
    public Nomination update(UUID id, NominationPatch patch, String owner) {
        Nomination nomination = nominations.lockOwn(id, owner);
        nomination.requireDraft("edited");
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
        nominations.flush();
        return nomination;
    }

    @Transactional
    public void delete(UUID id, String owner) {
        Nomination nomination = nominations.lockOwn(id, owner);
        nomination.requireDraft("deleted");
        // Its photo and history go with it (on delete cascade).
        nominations.delete(nomination);
        notices.cancel(NoticeKind.DRAFT_REMINDER, nomination.id);
    }

    /** A self-nomination: the nominee is the nominator, with the email of their token. */
    private static void nominee(Nomination nomination, NewNomination request) {
        if (nomination.nominatorEmail == null) {
            throw ProblemException.invalid("nominatedBy", "your token has no email, which a self-nomination needs");
        }
        if (request.nomineeEmail() != null && !email(request.nomineeEmail()).equals(nomination.nominatorEmail)) {
            throw ProblemException.invalid("nomineeEmail", "a self-nomination is for your own email, "
                    + nomination.nominatorEmail + "; nominate someone else as a colleague");
        }
        nomination.nomineeEmail = nomination.nominatorEmail;
        nomination.nomineeName = request.nomineeName() == null ? nomination.nominatorName : strip(request.nomineeName());
    }

    /** A colleague's nomination: the nominee's name, and the email their consent is asked at. */
    private static void colleague(Nomination nomination, NewNomination request) {
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

    private static String list(Edition edition, String code) {
        if (code == null) {
            return null;
        }
        if (edition.categories.stream().noneMatch(c -> c.code.equals(code))) {
            throw ProblemException.invalid("list", "'" + code + "' is not a list of " + edition.title);
        }
        return code;
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

    private static String email(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }
}
