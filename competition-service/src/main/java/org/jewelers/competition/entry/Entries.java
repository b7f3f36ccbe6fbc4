package org.jewelers.competition.entry;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.util.UUID;
import org.jewelers.competition.submission.OwnerContacts;
import org.jewelers.competition.submission.Where;
import org.jewelers.contracts.EventTypes;
import org.jewelers.web.paging.Page;
import org.jewelers.web.paging.PanachePages;
import org.jewelers.web.problem.ProblemException;

/**
 * CASE entries as stored: found for their entrant, for staff and for judging, and searched. Judging's outcome is
 * recorded here too, so that rounds need entries through this one class.
 */
@ApplicationScoped
public class Entries implements PanacheRepositoryBase<Entry, UUID> {

    private final Clock clock;
    private final EntryHistory history;
    private final EntryAnnouncements announcements;
    private final OwnerContacts contacts;

    Entries(Clock clock, EntryHistory history, EntryAnnouncements announcements, OwnerContacts contacts) {
        this.clock = clock;
        this.history = history;
        this.announcements = announcements;
        this.contacts = contacts;
    }

    public Entry own(UUID id, String owner) {
        return find("id = ?1 and ownerSubject = ?2", id, owner).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("Entry", id));
    }

    /**
     * The entrant's own entry, locked for a change: every write of theirs comes through here, and so keeps their name
     * and email as their token carries them.
     */
    Entry lockOwn(UUID id, String owner) {
        Entry entry = find("id = ?1 and ownerSubject = ?2", id, owner).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound("Entry", id));
        contacts.refresh(name -> entry.ownerName = name, email -> entry.ownerEmail = email);
        return entry;
    }

    public Entry require(UUID id) {
        return findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Entry", id));
    }

    /** Any entry, locked for staff's change. */
    Entry lockRequired(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Entry", id));
    }

    public Page<Entry> ownedBy(String owner, int page, int size) {
        var query = find("ownerSubject", Sort.descending("createdAt").and("id"), owner);
        return PanachePages.of(query, page, size);
    }

    /** Entries matching every given criterion (null ones match all). */
    public Page<Entry> search(EntryCriteria criteria, Sort sort, int page, int size) {
        return new Where().and("edition.id = :edition", "edition", criteria.editionId())
                .and("category = :category", "category", criteria.category())
                .andAny("status in :statuses", "statuses", criteria.statuses())
                .and("flagged = :flagged", "flagged", criteria.flagged())
                .page(this, sort, page, size);
    }

    /** Judging's outcome for an accepted entry: winner, finalist or not selected. */
    public void decide(Entry entry, EntryStatus result, String staff) {
        EntryStatus from = entry.status;
        entry.status = result;
        entry.updatedAt = clock.instant();
        history.record(entry, staff, "result-decided", from, null);
        announcements.announce(EventTypes.ENTRY_RESULT_DECIDED, entry, null);
    }
}
