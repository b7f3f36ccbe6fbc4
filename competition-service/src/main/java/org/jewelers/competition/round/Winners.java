package org.jewelers.competition.round;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
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
import org.jewelers.contracts.awards.AwardGranted;
import org.jewelers.web.problem.ProblemException;

/**
 * Confirms the winners of an edition's finals: entries end as winner, finalist or not selected, and each award is
 * granted, all announced through the outbox in the same transaction so that none is lost or sent alone.
 */
@ApplicationScoped
public class Winners implements PanacheRepositoryBase<Award, UUID> {

    private final Clock clock;
    private final Rounds rounds;
    private final Entries entries;
    private final AwardEvents awards;

    Winners(Clock clock, Rounds rounds, Entries entries, AwardEvents awards) {
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
            return of(edition.id);
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
        chosen.forEach((category, entry) -> grant(edition, category, entry, now));
        return of(edition.id);
    }

    public List<AwardView> of(UUID editionId) {
        return list("edition.id", Sort.by("category"), editionId).stream().map(AwardView::of).toList();
    }

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

    private void grant(Edition edition, String category, Entry entry, Instant now) {
        if (entry.memberId == null || entry.designerName == null || entry.designerName.isBlank()) {
            throw ProblemException.conflict("Entry " + entry.id + " lacks the firm or designer its citation needs");
        }
        Award award = new Award();
        award.id = UUID.randomUUID();
        award.edition = edition;
        award.category = category;
        award.entry = entry;
        award.grantedAt = now;
        persist(award);
        awards.granted(award.id, edition, category, entry.memberId, entry.id,
                new AwardGranted.PieceCitation(entry.title, entry.designerName));
    }
}
