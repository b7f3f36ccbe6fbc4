package org.jewelers.competition.entry;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import org.jewelers.competition.submission.ScreeningNotices;

/** Entries in the terms of the screening notice to their entrant. */
@ApplicationScoped
class ScreenedEntries implements ScreeningNotices.Lookup {

    private final Entries entries;

    ScreenedEntries(Entries entries) {
        this.entries = entries;
    }

    @Override
    public Optional<ScreeningNotices.Screened> screened(UUID id) {
        return entries.findByIdOptional(id).map(ScreenedEntries::of);
    }

    static ScreeningNotices.Screened of(Entry entry) {
        Boolean eligible = switch (entry.status) {
            case ACCEPTED -> true;
            case REJECTED -> false;
            default -> null;
        };
        return new ScreeningNotices.Screened(entry.id, "entry \"" + entry.title + "\"", entry.edition.id,
                entry.edition.title, entry.ownerName, entry.ownerEmail, eligible, entry.screeningReason);
    }
}
