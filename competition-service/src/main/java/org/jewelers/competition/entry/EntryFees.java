package org.jewelers.competition.entry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.jewelers.competition.fee.Payable;
import org.jewelers.competition.fee.Payables;
import org.jewelers.competition.fee.SubjectType;

/**
 * Entries as their fees see them. A payment or refund touches the entry (a new version, recorded in its history),
 * so that its event is ordered after the entry's earlier ones.
 */
@ApplicationScoped
class EntryFees implements Payables {

    private final Entries entries;
    private final EntryHistory history;
    private final EntryAnnouncements announcements;
    private final Clock clock;

    EntryFees(Entries entries, EntryHistory history, EntryAnnouncements announcements, Clock clock) {
        this.entries = entries;
        this.history = history;
        this.announcements = announcements;
        this.clock = clock;
    }

    static Payable payable(Entry entry) {
        return new Payable(SubjectType.ENTRY, entry.id, entry.edition, entry.category, entry.title, entry.ownerSubject,
                entry.status == EntryStatus.DRAFT);
    }

    @Override
    public SubjectType type() {
        return SubjectType.ENTRY;
    }

    @Override
    public Optional<Payable> lockOwn(UUID id, String owner) {
        return entries.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .filter(e -> e.ownerSubject.equals(owner)).map(EntryFees::payable);
    }

    @Override
    public Optional<Payable> lock(UUID id) {
        return entries.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).map(EntryFees::payable);
    }

    @Override
    public void paid(Payable subject, long cents, String currency, UUID checkout) {
        Entry entry = entries.require(subject.id());
        entry.updatedAt = clock.instant();
        history.record(entry, entry.ownerSubject, "paid", entry.status, cents + " " + currency + " cents");
        announcements.announceFee(entry, true, cents, currency, checkout, null);
    }

    @Override
    public void refunded(Payable subject, long cents, String currency, String reason, String actor) {
        Entry entry = entries.require(subject.id());
        entry.updatedAt = clock.instant();
        history.record(entry, actor, "refunded", entry.status, cents + " " + currency + " cents: " + reason);
        announcements.announceFee(entry, false, cents, currency, null, reason);
    }
}
