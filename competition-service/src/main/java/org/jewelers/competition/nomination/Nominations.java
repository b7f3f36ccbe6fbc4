package org.jewelers.competition.nomination;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jewelers.competition.submission.OwnerContacts;
import org.jewelers.competition.submission.Where;
import org.jewelers.web.paging.Page;
import org.jewelers.web.paging.PanachePages;
import org.jewelers.web.problem.ProblemException;

/** 20 Under 40 nominations as stored: found for their nominator, for staff and for their nominee, and searched. */
@ApplicationScoped
public class Nominations implements PanacheRepositoryBase<Nomination, UUID> {

    private final OwnerContacts contacts;

    Nominations(OwnerContacts contacts) {
        this.contacts = contacts;
    }

    public Nomination own(UUID id, String owner) {
        return find("id = ?1 and ownerSubject = ?2", id, owner).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("Nomination", id));
    }

    /**
     * The nominator's own nomination, locked for a change: every write of theirs comes through here, and so keeps
     * their name and email as their token carries them.
     */
    Nomination lockOwn(UUID id, String owner) {
        Nomination nomination = find("id = ?1 and ownerSubject = ?2", id, owner)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("Nomination", id));
        contacts.refresh(name -> nomination.nominatorName = name, email -> nomination.nominatorEmail = email);
        return nomination;
    }

    public Nomination require(UUID id) {
        return findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Nomination", id));
    }

    /** Any nomination, locked for staff's change. */
    Nomination lockRequired(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Nomination", id));
    }

    /** The nomination whose consent link has this token's hash, locked for the answer when {@code lock}. */
    Optional<Nomination> byConsentTokenHash(String hash, boolean lock) {
        var query = find("consentTokenHash", hash);
        return (lock ? query.withLock(LockModeType.PESSIMISTIC_WRITE) : query).firstResultOptional();
    }

    public Page<Nomination> ownedBy(String owner, int page, int size) {
        var query = find("ownerSubject", Sort.descending("createdAt").and("id"), owner);
        return PanachePages.of(query, page, size);
    }

    public List<Nomination> inDossier(UUID dossierId) {
        return list("dossier.id", Sort.by("createdAt").and("id"), dossierId);
    }

    /**
     * The nomination that speaks for each dossier's nominee: the newest one screened eligible, which says what they do
     * now (job title, employer, photo). Dossiers without one are absent.
     */
    public Map<UUID, Nomination> speakingFor(Collection<UUID> dossierIds) {
        if (dossierIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, Nomination> newest = new HashMap<>();
        list("dossier.id in ?1 and status = ?2", Sort.by("createdAt").and("id"), dossierIds, NominationStatus.ACCEPTED)
                .forEach(n -> newest.put(n.dossier.id, n));
        return newest;
    }

    /** Nominations matching every given criterion (null ones, or no statuses, match all). */
    public Page<Nomination> search(NominationCriteria criteria, Sort sort, int page, int size) {
        return new Where().and("edition.id = :edition", "edition", criteria.editionId())
                .and("list = :list", "list", criteria.list())
                .andAny("status in :statuses", "statuses", criteria.statuses())
                .and("nominatedBy = :nominatedBy", "nominatedBy", criteria.nominatedBy())
                .page(this, sort, page, size);
    }
}
