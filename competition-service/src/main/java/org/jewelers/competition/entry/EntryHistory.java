package org.jewelers.competition.entry;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jewelers.web.paging.Page;

/** Every status change of every entry, kept for staff. */
@ApplicationScoped
public class EntryHistory implements PanacheRepositoryBase<HistoryEntry, Long> {

    private final Clock clock;

    EntryHistory(Clock clock) {
        this.clock = clock;
    }

    void record(Entry entry, String actor, String action, EntryStatus from, String reason) {
        HistoryEntry step = new HistoryEntry();
        step.entryId = entry.id;
        step.at = clock.instant();
        step.actor = actor;
        step.action = action;
        step.fromStatus = from;
        step.toStatus = entry.status;
        step.reason = reason;
        persist(step);
    }

    public Page<Step> of(UUID entryId, int page, int size) {
        var query = find("entryId", Sort.ascending("id"), entryId);
        return new Page<>(query.page(page, size).list().stream()
                .map(s -> new Step(s.at, s.actor, s.action, s.fromStatus, s.toStatus, s.reason)).toList(),
                query.count(), page, size);
    }

    /** One step as staff read it, oldest first. */
    @Schema(name = "EntryHistoryStep")
    public record Step(Instant at,
                       @Schema(example = "staff-1") String actor,
                       @Schema(example = "screened", description = "created, submitted, withdrawn, screened or flagged") String action,
                       @Schema(example = "submitted", description = "null for the first step", nullable = true) EntryStatus from,
                       @Schema(example = "rejected") EntryStatus to,
                       @Schema(example = "The piece was retailed before the eligibility period", nullable = true)
                       String reason) {
    }
}
