package org.jewelers.competition.entry;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.jewelers.competition.edition.Category;
import org.jewelers.competition.edition.Edition;
import org.jewelers.competition.edition.EditionGuard;
import org.jewelers.competition.problem.CompetitionProblem;
import org.jewelers.web.problem.ProblemException;

/**
 * Refuses a change of an edition's categories that would leave a submitted entry without its category, or outside
 * the category's value band: the entrant was let in under rules that the change would take back. Drafts are not
 * held: their submit checks the rules as they are then.
 */
@ApplicationScoped
class StrandedEntries implements EditionGuard {

    /** Entries past their submit that staff have not turned away nor their entrants withdrawn. */
    static final List<EntryStatus> STANDING = List.of(EntryStatus.SUBMITTED, EntryStatus.ACCEPTED,
            EntryStatus.FINALIST, EntryStatus.WINNER, EntryStatus.NOT_SELECTED);

    private final Entries entries;

    StrandedEntries(Entries entries) {
        this.entries = entries;
    }

    @Override
    public void check(Edition edition, Proposal proposed) {
        if (proposed.categories() == null) {
            return;
        }
        List<UUID> stranded = entries.list("edition.id = ?1 and status in ?2", Sort.by("submittedAt").and("id"),
                        edition.id, STANDING).stream()
                .filter(entry -> proposed.categories().stream().noneMatch(c -> holds(c, entry)))
                .map(entry -> entry.id).toList();
        if (!stranded.isEmpty()) {
            throw new ProblemException(CompetitionProblem.SUBMISSIONS_STRANDED, stranded.size() == 1
                    ? "1 submitted entry would lose its category or fall outside its value band"
                    : stranded.size() + " submitted entries would lose their category or fall outside its value band")
                    .with("entryIds", stranded);
        }
    }

    private static boolean holds(Category category, Entry entry) {
        return category.code.equals(entry.category)
                && (category.minValueCents == null || entry.retailValueCents >= category.minValueCents)
                && (category.maxValueCents == null || entry.retailValueCents <= category.maxValueCents);
    }
}
