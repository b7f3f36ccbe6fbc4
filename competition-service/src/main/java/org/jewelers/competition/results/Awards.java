package org.jewelers.competition.results;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jewelers.competition.edition.Edition;
import org.jewelers.competition.entry.Entry;
import org.jewelers.contracts.awards.AwardGranted;
import org.jewelers.web.problem.ProblemException;

/** The CASE awards granted: stored and announced together, and read back as the public sees them. */
@ApplicationScoped
public class Awards implements PanacheRepositoryBase<Award, UUID> {

    private final AwardEvents events;

    Awards(AwardEvents events) {
        this.events = events;
    }

    /** In the caller's transaction, so that the award and its event are kept or lost together. */
    void grant(Edition edition, String category, Entry entry, Instant now) {
        if (entry.memberId == null || entry.designerName == null || entry.designerName.isBlank()) {
            throw ProblemException.conflict("Entry " + entry.id + " lacks the firm or designer its citation needs");
        }
        Award award = new Award();
        award.id = UUID.randomUUID();
        award.edition = edition;
        award.category = category;
        award.entry = entry;
        award.grantedAt = now;
        persist(award);
        events.granted(award.id, edition, category, entry.memberId, entry.id,
                new AwardGranted.PieceCitation(entry.title, entry.designerName));
    }

    public List<AwardView> ofEdition(UUID editionId) {
        return list("edition.id", Sort.by("category"), editionId).stream().map(AwardView::of).toList();
    }
}
