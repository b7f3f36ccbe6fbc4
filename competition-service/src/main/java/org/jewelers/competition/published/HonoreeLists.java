package org.jewelers.competition.published;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jewelers.competition.edition.Edition;
import org.jewelers.competition.nomination.Dossier;
import org.jewelers.competition.nomination.Dossiers;
import org.jewelers.competition.nomination.Nomination;
import org.jewelers.competition.nomination.NominationPhotos;
import org.jewelers.competition.nomination.Nominations;
import org.jewelers.competition.submission.FileContent;
import org.jewelers.memberfirms.MemberFirm;
import org.jewelers.memberfirms.MemberFirms;
import org.jewelers.web.problem.ProblemException;

/**
 * A 20 Under 40 edition's honorees by list. Each is described by the nomination that speaks for them (the newest
 * screened eligible, as at their confirmation), and pictured only when that nomination's nominee agreed.
 */
@ApplicationScoped
class HonoreeLists {

    private final Dossiers dossiers;
    private final Nominations nominations;
    private final NominationPhotos photos;
    private final MemberFirms firms;

    HonoreeLists(Dossiers dossiers, Nominations nominations, NominationPhotos photos, MemberFirms firms) {
        this.dossiers = dossiers;
        this.nominations = nominations;
        this.photos = photos;
        this.firms = firms;
    }

    List<ResultsView.HonoreeList> of(Edition edition) {
        List<Dossier> honored = dossiers.list("edition.id = ?1 and awardId is not null",
                Sort.by("nomineeName").and("id"), edition.id);
        Map<UUID, Nomination> speaking = nominations.speakingFor(honored.stream().map(d -> d.id).toList());
        Set<UUID> pictured = pictured(speaking.values().stream().filter(n -> n.photoPublicationConsent)
                .map(n -> n.id).toList());
        Map<UUID, Optional<MemberFirm>> known = new HashMap<>();
        Map<String, List<ResultsView.Honoree>> byList = honored.stream().collect(Collectors.groupingBy(d -> d.list,
                Collectors.mapping(d -> honoree(edition, d, speaking.get(d.id), pictured, known), Collectors.toList())));
        return edition.categories.stream().map(list -> new ResultsView.HonoreeList(list.code, list.name,
                byList.getOrDefault(list.code, List.of()))).toList();
    }

    /** Every honoree, by list in the edition's order: staff's results CSV. */
    List<Row> rows(Edition edition) {
        return of(edition).stream().flatMap(l -> l.honorees().stream().map(h -> new Row(l, h))).toList();
    }

    record Row(ResultsView.HonoreeList list, ResultsView.Honoree honoree) {
    }

    /** The photo (or its thumbnail) of an honoree of the edition, when its nominee agreed to its publication. */
    FileContent photo(UUID editionId, UUID honoreeId, boolean thumbnail) {
        Nomination speaking = dossiers.find("edition.id = ?1 and awardId = ?2", editionId, honoreeId)
                .firstResultOptional().map(d -> nominations.speakingFor(List.of(d.id)).get(d.id))
                .filter(n -> n.photoPublicationConsent)
                .orElseThrow(() -> ProblemException.notFound("Photo of honoree", honoreeId));
        return photos.file(speaking.id, thumbnail);
    }

    private ResultsView.Honoree honoree(Edition edition, Dossier dossier, Nomination speaking, Set<UUID> pictured,
                                        Map<UUID, Optional<MemberFirm>> known) {
        Optional<MemberFirm> employer = speaking == null || speaking.employerMemberId == null ? Optional.empty()
                : known.computeIfAbsent(speaking.employerMemberId, firms::find);
        boolean photo = speaking != null && pictured.contains(speaking.id);
        return new ResultsView.Honoree(dossier.awardId, dossier.nomineeName, speaking == null ? null : speaking.jobTitle,
                employer.map(MemberFirm::name).orElse(null), employer.map(MemberFirm::city).orElse(null),
                employer.map(MemberFirm::state).orElse(null), dossier.citation,
                photo ? "/api/v1/editions/" + edition.id + "/results/honorees/" + dossier.awardId + "/photo" : null);
    }

    /** Which of these nominations have a photo. */
    private Set<UUID> pictured(List<UUID> nominationIds) {
        if (nominationIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(photos.getEntityManager().createQuery(
                        "select p.nominationId from NominationPhoto p where p.nominationId in :ids", UUID.class)
                .setParameter("ids", nominationIds).getResultList());
    }
}
