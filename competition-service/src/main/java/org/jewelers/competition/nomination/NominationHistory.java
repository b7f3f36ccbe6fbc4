package org.jewelers.competition.nomination;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jewelers.web.paging.Page;

/** Every status change of every nomination, kept for staff. */
@ApplicationScoped
public class NominationHistory implements PanacheRepositoryBase<NominationStep, Long> {

    private final Clock clock;

    NominationHistory(Clock clock) {
        this.clock = clock;
    }

    void record(Nomination nomination, String actor, String action, NominationStatus from, String reason) {
        NominationStep step = new NominationStep();
        step.nominationId = nomination.id;
        step.at = clock.instant();
        step.actor = actor;
        step.action = action;
        step.fromStatus = from;
        step.toStatus = nomination.status;
        step.reason = reason;
        persist(step);
    }

    public Page<Step> of(UUID nominationId, int page, int size) {
        var query = find("nominationId", Sort.ascending("id"), nominationId);
        return new Page<>(query.page(page, size).list().stream()
                .map(s -> new Step(s.at, s.actor, s.action, s.fromStatus, s.toStatus, s.reason)).toList(),
                query.count(), page, size);
    }

    /** One step as staff read it, oldest first. */
    @Schema(name = "NominationHistoryStep")
    public record Step(Instant at,
                       @Schema(example = "nominee", description = "A token subject; `nominee` for the nominee's "
                               + "answer through the consent link") String actor,
                       @Schema(example = "consented", description = "created, submitted, consent-requested, "
                               + "consented, consent-declined, screened or honored") String action,
                       @Schema(example = "awaiting-consent", description = "null for the first step", nullable = true)
                       NominationStatus from,
                       @Schema(example = "submitted") NominationStatus to,
                       @Schema(example = "Not full time: works 20 hours a week", nullable = true) String reason) {
    }
}
