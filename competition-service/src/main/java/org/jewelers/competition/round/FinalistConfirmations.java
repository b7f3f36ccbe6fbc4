package org.jewelers.competition.round;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jewelers.competition.custody.Journey;
import org.jewelers.competition.entry.EntryHistory;
import org.jewelers.competition.judging.Round;
import org.jewelers.competition.judging.Rounds;
import org.jewelers.web.problem.ProblemException;

/**
 * The finals' finalists confirmed once. Notices to finalists and the custody of their pieces start from this
 * confirmation, so after it the set is never replaced: a finalist added is confirmed when added, and a confirmed one
 * leaves only with a reason, kept in the round's and the entry's history.
 */
@ApplicationScoped
public class FinalistConfirmations {

    private final Rounds rounds;
    private final RoundHistory history;
    private final EntryHistory entryHistory;
    private final FinalistNotices notices;
    private final Journey custody;
    private final Clock clock;

    FinalistConfirmations(Rounds rounds, RoundHistory history, EntryHistory entryHistory, FinalistNotices notices,
                          Journey custody, Clock clock) {
        this.rounds = rounds;
        this.history = history;
        this.entryHistory = entryHistory;
        this.notices = notices;
        this.custody = custody;
        this.clock = clock;
    }

    /** Confirms the finals' finalists; confirming again changes nothing. */
    @Transactional
    public Round confirm(UUID id, String actor) {
        Round round = rounds.lockFinals(id);
        if (round.finalistsConfirmedAt != null) {
            return round;
        }
        if (round.finalists.isEmpty()) {
            throw ProblemException.conflict("The finals have no finalists to confirm; choose them first");
        }
        Instant now = clock.instant();
        round.finalistsConfirmedAt = now;
        round.finalists.forEach(entry -> confirmOne(round, entry, now, actor));
        history.record(round.id, actor, "finalists-confirmed", null, List.of(), round.finalists);
        return round;
    }

    /** Adds accepted entries to confirmed finalists, each confirmed now; those already finalists keep their time. */
    @Transactional
    public Round add(UUID id, Set<UUID> entryIds, String actor) {
        Round round = confirmed(id);
        rounds.requireAccepted(round, entryIds);
        List<UUID> before = List.copyOf(round.finalists);
        Instant now = clock.instant();
        List<UUID> added = entryIds.stream().filter(round.finalists::add).toList();
        added.forEach(entry -> confirmOne(round, entry, now, actor));
        if (!added.isEmpty()) {
            history.record(round.id, actor, "finalists-added", null, before, round.finalists);
        }
        return round;
    }

    /** Removes a confirmed finalist, who then cannot win, for a reason kept in both histories. */
    @Transactional
    public Round remove(UUID id, UUID entryId, String reason, String actor) {
        Round round = confirmed(id);
        List<UUID> before = List.copyOf(round.finalists);
        if (!round.finalists.remove(entryId)) {
            throw ProblemException.notFound("Finalist", entryId);
        }
        round.finalistConfirmations.remove(entryId);
        history.record(round.id, actor, "finalist-removed", reason, before, round.finalists);
        entryHistory.recordFinalist(entryId, round.id, false, actor, reason);
        custody.withdraw(entryId, reason, actor);
        return round;
    }

    private void confirmOne(Round round, UUID entry, Instant now, String actor) {
        round.finalistConfirmations.put(entry, now);
        entryHistory.recordFinalist(entry, round.id, true, actor, null);
        notices.tell(round, entry);
        custody.request(entry, round.edition.id, actor);
    }

    /** The finals once their finalists are confirmed and before the winners are. */
    private Round confirmed(UUID id) {
        Round round = rounds.lockFinals(id);
        if (round.finalistsConfirmedAt == null) {
            throw ProblemException.conflict("The finalists are not confirmed yet; until they are, choosing them "
                    + "(PUT .../finalists) replaces the set");
        }
        if (round.confirmedAt != null) {
            throw ProblemException.conflict("The winners were confirmed at " + round.confirmedAt
                    + "; the finalists can no longer change");
        }
        return round;
    }
}
