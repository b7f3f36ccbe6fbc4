package org.jewelers.competition.entry;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.jewelers.competition.fee.Refunds;
import org.jewelers.competition.submission.Screening;
import org.jewelers.competition.submission.Screenings;
import org.jewelers.contracts.EventTypes;

/** Staff's look at entered pieces: their screening, and the flags raised for them when eligibility is in doubt. */
@ApplicationScoped
public class EntryScreening {

    /**
     * Entered pieces awaiting their result; a screened one may be screened again until judging decides. One
     * returned for a fix is the entrant's draft again.
     */
    static final Screening.Statuses<EntryStatus> STATUSES = new Screening.Statuses<>(EnumSet.of(
            EntryStatus.SUBMITTED, EntryStatus.ACCEPTED, EntryStatus.REJECTED), EntryStatus.ACCEPTED,
            EntryStatus.DRAFT, EntryStatus.REJECTED);

    private final Clock clock;
    private final Entries entries;
    private final EntryHistory history;
    private final EntryAnnouncements announcements;
    private final Screenings screenings;
    private final Refunds refunds;

    EntryScreening(Clock clock, Entries entries, EntryHistory history, EntryAnnouncements announcements,
                   Screenings screenings, Refunds refunds) {
        this.refunds = refunds;
        this.clock = clock;
        this.entries = entries;
        this.history = history;
        this.announcements = announcements;
        this.screenings = screenings;
    }

    /** Staff's decision, announced as the entry's screening (a return for a fix as screened back to draft). */
    @Transactional
    public Entry screen(UUID id, Screening screening, String staff) {
        Entry entry = entries.lockRequired(id);
        EntryStatus from = screenings.screen(entry, screening, STATUSES,
                () -> "Entry " + id + " is " + entry.status.code() + "; only entered pieces awaiting their result "
                        + "are screened", "entry");
        history.record(entry, staff, screening.action(), from, entry.screeningReason);
        announcements.announce(EventTypes.ENTRY_SCREENED, entry,
                entry.status == EntryStatus.ACCEPTED ? null : entry.screeningReason);
        if (entry.status == EntryStatus.REJECTED && from != EntryStatus.REJECTED) {
            refunds.onIneligible(EntryFees.payable(entry), staff);
        }
        return entry;
    }

    /**
     * Flags for staff the entries a firm has in editions whose deadline has not passed, when the firm falls out of
     * good standing. Staff decide: the flag stays when the firm returns to good standing, since the entry was
     * entered while it was lapsed for some time.
     */
    @Transactional
    public void flagEntriesOf(UUID memberId, String reason) {
        List<Entry> entered = entries.list("memberId = :member and status in :entered and edition.closesAt > :now",
                Parameters.with("member", memberId).and("entered", Eligibility.COUNTED).and("now", clock.instant()));
        for (Entry entry : entered) {
            if (!entry.flagged) {
                entry.flagged = true;
                entry.flagReason = reason;
                entry.updatedAt = clock.instant();
                history.record(entry, "directory", "flagged", entry.status, reason);
            }
        }
    }
}
