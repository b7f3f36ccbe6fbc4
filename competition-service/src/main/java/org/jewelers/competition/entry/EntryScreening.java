package org.jewelers.competition.entry;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jewelers.competition.submission.Screening;
import org.jewelers.competition.submission.ScreeningNotices;
import org.jewelers.contracts.EventTypes;

/** Staff's look at entered pieces: their screening, and the flags raised for them when eligibility is in doubt. */
@ApplicationScoped
public class EntryScreening {

    /** Entered pieces awaiting their result; a screened one may be screened again until judging decides. */
    private static final Set<EntryStatus> SCREENABLE = EnumSet.of(EntryStatus.SUBMITTED, EntryStatus.ACCEPTED,
            EntryStatus.REJECTED);

    private final Clock clock;
    private final Entries entries;
    private final EntryHistory history;
    private final EntryAnnouncements announcements;
    private final ScreeningNotices notices;

    EntryScreening(Clock clock, Entries entries, EntryHistory history, EntryAnnouncements announcements,
                   ScreeningNotices notices) {
        this.clock = clock;
        this.entries = entries;
        this.history = history;
        this.announcements = announcements;
        this.notices = notices;
    }

    @Transactional
    public Entry screen(UUID id, Screening screening, String staff) {
        Entry entry = entries.lockRequired(id);
        EntryStatus from = entry.status;
        String reasonBefore = entry.screeningReason;
        entry.status = screening.decide(from, SCREENABLE, EntryStatus.ACCEPTED, EntryStatus.REJECTED,
                () -> "Entry " + id + " is " + from.code() + "; only entered pieces awaiting their result are screened",
                "entry");
        entry.screeningReason = screening.keptReason();
        entry.updatedAt = clock.instant();
        history.record(entry, staff, "screened", from, entry.screeningReason);
        announcements.announce(EventTypes.ENTRY_SCREENED, entry, screening.eligible() ? null : entry.screeningReason);
        notices.tell(ScreenedEntries.of(entry),
                entry.status != from || !Objects.equals(entry.screeningReason, reasonBefore));
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
