package org.jewelers.competition.results;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jewelers.competition.edition.Category;
import org.jewelers.competition.edition.Edition;
import org.jewelers.competition.edition.Program;
import org.jewelers.competition.entry.Entries;
import org.jewelers.competition.entry.Entry;
import org.jewelers.competition.entry.EntryStatus;
import org.jewelers.competition.judging.Round;
import org.jewelers.competition.judging.Rounds;
import org.jewelers.competition.judging.Stage;
import org.jewelers.web.problem.ProblemException;

/**
 * Confirms the winners of an edition's finals: entries end as winner, finalist or not selected, and each award is
 * granted, all announced through the outbox in the same transaction so that none is lost or sent alone.
 */
@ApplicationScoped
public class Winners {

    private final Clock clock;
    private final Rounds rounds;
    private final Entries entries;
    private final Awards awards;

    Winners(Clock clock, Rounds rounds, Entries entries, Awards awards) {
        this.clock = clock;
        this.rounds = rounds;
        this.entries = entries;
        this.awards = awards;
    }

    /** Confirming again answers the awards granted the first time and changes nothing, whatever it sends. */
    @Transactional
    public List<AwardView> confirm(UUID roundId, List<WinnerChoice.Winner> winners, String staff) {
        Round round = rounds.findByIdOptional(roundId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Round", roundId));
        Edition edition = round.edition;
        if (round.confirmedAt != null) {
            return awards.ofEdition(edition.id);
        }
        if (round.stage != Stage.FINALS) {
            throw ProblemException.conflict("Winners are confirmed after the finals; this round is " + round.stage.code());
        }
        if (edition.program != Program.CASE_AWARDS) {
            throw ProblemException.conflict("Only CASE Awards winners are confirmed from rounds");
        }
        Instant now = clock.instant();
        if (now.isBefore(round.closesAt)) {
            throw ProblemException.conflict("The finals close at " + round.closesAt + "; confirm the winners after");
        }
        Map<String, Entry> chosen = new LinkedHashMap<>();
        for (WinnerChoice.Winner winner : winners) {
            Category category = edition.categories.stream().filter(c -> c.code.equals(winner.category())).findFirst()
                    .orElseThrow(() -> ProblemException.invalid("winners", "'" + winner.category()
                            + "' is not a category of " + edition.title));
            Entry entry = round.finalists.contains(winner.entryId()) ? entries.require(winner.entryId()) : null;
            if (entry == null || !fits(edition, category, entry)) {
                throw ProblemException.invalid("winners", "entry " + winner.entryId() + " is not a finalist of "
                        + category.name);
            }
            if (chosen.put(category.code, entry) != null) {
                throw ProblemException.invalid("winners", category.name + " has one winner");
            }
        }
        round.confirmedAt = now;
        Set<UUID> winning = new HashSet<>();
        chosen.values().forEach(e -> winning.add(e.id));
        for (Entry entry : entries.list("edition.id = ?1 and status = ?2", Sort.by("id"), edition.id, EntryStatus.ACCEPTED)) {
            entries.decide(entry, winning.contains(entry.id) ? EntryStatus.WINNER
                    : round.finalists.contains(entry.id) ? EntryStatus.FINALIST : EntryStatus.NOT_SELECTED, staff);
        }
        chosen.forEach((category, entry) -> awards.grant(edition, category, entry, now));
        return awards.ofEdition(edition.id);
    }

    /** Whether the edition's results are published: staff confirmed the winners of its finals. */
    public boolean confirmed(UUID editionId) {
        return rounds.count("edition.id = ?1 and confirmedAt is not null", editionId) > 0;
    }

    /** A category's own entries win it; Best in Show, which is not entered, goes to a finalist of its division. */
    private static boolean fits(Edition edition, Category category, Entry entry) {
        if (category.enterable) {
            return category.code.equals(entry.category);
        }
        return edition.categories.stream().anyMatch(c -> c.code.equals(entry.category)
                && c.division != null && c.division.equals(category.division));
    }
}
