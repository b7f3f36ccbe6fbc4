package org.jewelers.competition.judging;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jewelers.competition.nomination.Nomination;
import org.jewelers.competition.nomination.NominationPhotos;
import org.jewelers.competition.nomination.NominationStatus;
import org.jewelers.competition.nomination.Nominations;
import org.jewelers.competition.submission.FileContent;
import org.jewelers.memberfirms.MemberFirm;
import org.jewelers.memberfirms.MemberFirms;
import org.jewelers.web.problem.ProblemException;

/** Judges' views of dossiers, from their nominations screened eligible, and the nominee's photo. */
@ApplicationScoped
public class DossierViews {

    private final Nominations nominations;
    private final NominationPhotos photos;
    private final MemberFirms firms;

    DossierViews(Nominations nominations, NominationPhotos photos, MemberFirms firms) {
        this.nominations = nominations;
        this.photos = photos;
        this.firms = firms;
    }

    public List<BlindDossier> of(List<Assignment> assignments) {
        if (assignments.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<Nomination>> eligible = nominations.list("dossier.id in ?1 and status = ?2",
                        Sort.by("createdAt").and("id"), assignments.stream().map(a -> a.dossier.id).toList(),
                        NominationStatus.ACCEPTED).stream()
                .collect(Collectors.groupingBy(n -> n.dossier.id));
        return assignments.stream().map(a -> view(a, eligible.getOrDefault(a.dossier.id, List.of()))).toList();
    }

    public BlindDossier of(Assignment assignment) {
        return of(List.of(assignment)).get(0);
    }

    /** The photo of the newest nomination screened eligible, as the honoree's would be. */
    public FileContent photo(Assignment assignment) {
        List<Nomination> eligible = eligible(assignment.dossier.id);
        if (eligible.isEmpty()) {
            throw ProblemException.notFound("Photo of dossier", assignment.dossier.id);
        }
        return photos.file(eligible.get(eligible.size() - 1).id, false);
    }

    private List<Nomination> eligible(UUID dossier) {
        return nominations.list("dossier.id = ?1 and status = ?2", Sort.by("createdAt").and("id"), dossier,
                NominationStatus.ACCEPTED);
    }

    private BlindDossier view(Assignment assignment, List<Nomination> eligible) {
        String employer = eligible.isEmpty() || eligible.get(eligible.size() - 1).employerMemberId == null ? null
                : firms.find(eligible.get(eligible.size() - 1).employerMemberId).map(MemberFirm::name).orElse(null);
        return BlindDossier.of(assignment, eligible, employer);
    }
}
