package org.jewelers.competition.nomination;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.UUID;
import org.jewelers.competition.submission.Where;
import org.jewelers.web.paging.Page;
import org.jewelers.web.problem.ProblemException;

/** Nominees' dossiers: each submitted nomination joins the one of its nominee's email in its edition. */
@ApplicationScoped
public class Dossiers implements PanacheRepositoryBase<Dossier, UUID> {

    private final Clock clock;

    Dossiers(Clock clock) {
        this.clock = clock;
    }

    /**
     * Puts a submitted nomination in its nominee's dossier, opening the dossier with the first one. Two nominations
     * of one person submitted at once meet on the dossier's unique key, so they cannot open two.
     */
    void join(Nomination nomination) {
        getEntityManager().createNativeQuery("""
                        insert into dossier (id, edition_id, list, nominee_email, nominee_name, version, created_at)
                        values (?1, ?2, ?3, ?4, ?5, 0, ?6) on conflict (edition_id, nominee_email) do nothing""")
                .setParameter(1, UUID.randomUUID()).setParameter(2, nomination.edition.id)
                .setParameter(3, nomination.list).setParameter(4, nomination.nomineeEmail)
                .setParameter(5, nomination.nomineeName).setParameter(6, clock.instant())
                .executeUpdate();
        nomination.dossier = find("edition.id = ?1 and nomineeEmail = ?2", nomination.edition.id,
                nomination.nomineeEmail).singleResult();
    }

    public Dossier require(UUID id) {
        return findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Dossier", id));
    }

    /** Dossiers matching every given criterion (null ones match all), oldest first. */
    public Page<Dossier> search(UUID editionId, String list, Boolean honoree, int page, int size) {
        Where where = new Where().and("edition.id = :edition", "edition", editionId).and("list = :list", "list", list);
        if (honoree != null) {
            where.and(honoree ? "awardId is not null" : "awardId is null");
        }
        return where.page(this, Sort.by("createdAt").and("id"), page, size);
    }
}
