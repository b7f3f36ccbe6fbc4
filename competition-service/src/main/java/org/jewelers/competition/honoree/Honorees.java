package org.jewelers.competition.honoree;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.jewelers.competition.nomination.Dossier;
import org.jewelers.competition.nomination.DossierHistory;
import org.jewelers.competition.nomination.Dossiers;
import org.jewelers.competition.nomination.Nomination;
import org.jewelers.competition.nomination.Nominations;
import org.jewelers.competition.problem.CompetitionProblem;
import org.jewelers.competition.results.AwardEvents;
import org.jewelers.contracts.awards.AwardGranted;
import org.jewelers.memberfirms.MemberFirm;
import org.jewelers.memberfirms.MemberFirms;
import org.jewelers.web.problem.ProblemException;

/**
 * Staff confirm a dossier's nominee as an honoree, from the standings: at most the list's number of honorees per
 * list and edition, and one outside the list's top places only with a reason, kept in the dossier's history. The
 * award is granted once, announced through the outbox with the public citation (honoree name, job title, employer
 * name and city); confirming again answers the same award and announces nothing.
 */
@ApplicationScoped
public class Honorees {

    private final Clock clock;
    private final Dossiers dossiers;
    private final Nominations nominations;
    private final MemberFirms firms;
    private final AwardEvents awards;
    private final HonoreeStandings standings;
    private final DossierHistory history;

    Honorees(Clock clock, Dossiers dossiers, Nominations nominations, MemberFirms firms, AwardEvents awards,
             HonoreeStandings standings, DossierHistory history) {
        this.clock = clock;
        this.dossiers = dossiers;
        this.nominations = nominations;
        this.firms = firms;
        this.awards = awards;
        this.standings = standings;
        this.history = history;
    }

    /** @return the dossier, honored; and whether this call granted the award (false when it was granted before) */
    @Transactional
    public Confirmation confirm(UUID dossierId, String staff, HonoreeChoice choice) {
        Dossier dossier = dossiers.findByIdOptional(dossierId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Dossier", dossierId));
        if (dossier.awardId != null) {
            return new Confirmation(dossier, false);
        }
        Nomination basis = nominations.speakingFor(List.of(dossier.id)).get(dossier.id);
        if (basis == null) {
            throw ProblemException.conflict("Dossier " + dossierId + " has no nomination screened eligible; "
                    + "screen one before confirming the honoree");
        }
        lockList(dossier);
        int places = HonoreeStandings.places(dossier);
        long honored = dossiers.count("edition.id = ?1 and list = ?2 and awardId is not null", dossier.edition.id,
                dossier.list);
        if (honored >= places) {
            throw ProblemException.conflict("The " + dossier.list + " list of " + dossier.edition.title
                    + " already has its " + places + " honorees");
        }
        String reason = choice.reason() == null || choice.reason().isBlank() ? null : choice.reason().strip();
        String placing = standings.placing(dossier, places);
        if (placing != null && reason == null) {
            throw new ProblemException(CompetitionProblem.HONOREE_OUTSIDE_STANDINGS, placing
                    + "; confirm them with a reason, which is kept in the dossier's history");
        }
        MemberFirm employer = firms.find(basis.employerMemberId).filter(f -> f.city() != null)
                .orElseThrow(() -> ProblemException.conflict("The employer " + basis.employerMemberId
                        + " is unknown, or has no city, which the citation needs"));
        dossier.awardId = UUID.randomUUID();
        dossier.honoredAt = clock.instant();
        dossier.honoredBy = staff;
        dossier.citation = choice.citation().strip();
        history.record(dossier.id, staff, "honored", reason == null ? null : placing + ": " + reason,
                new Honor(false, null), new Honor(true, dossier.citation));
        awards.granted(dossier.awardId, dossier.edition, dossier.list, employer.id(), null, new AwardGranted.HonoreeCitation(
                dossier.nomineeName, basis.jobTitle, employer.name(), employer.city()));
        return new Confirmation(dossier, true);
    }

    /** Serializes confirmations on one list, so that two at once cannot both take the last place. */
    private void lockList(Dossier dossier) {
        dossiers.getEntityManager()
                .createNativeQuery("select 1 from pg_advisory_xact_lock(hashtextextended(?1, 0))")
                .setParameter(1, "honorees/" + dossier.edition.id + "/" + dossier.list).getSingleResult();
    }

    /** What the history compares, before and after. */
    record Honor(boolean honoree, String citation) {
    }

    public record Confirmation(Dossier dossier, boolean granted) {
    }
}
