package org.jewelers.competition.edition;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jewelers.web.problem.Problem;
import org.jewelers.web.problem.ProblemException;

/**
 * Staff's changes to an edition after it opened: checked whole before anything changes (invalid input, a stale
 * copy, submissions a change would strand), recorded in the edition's history, and counted in its version, which
 * the calendar feed carries as its SEQUENCE. A change that changes nothing is not one: no history, no new version.
 */
@ApplicationScoped
public class EditionUpkeep {

    private final Editions editions;
    private final EditionHistory history;
    private final Instance<EditionGuard> guards;
    private final Clock clock;

    EditionUpkeep(Editions editions, EditionHistory history, Instance<EditionGuard> guards, Clock clock) {
        this.editions = editions;
        this.history = history;
        this.guards = guards;
        this.clock = clock;
    }

    /**
     * Applies {@code patch}; {@code precondition} sees the edition as it is, under lock, and refuses a stale copy.
     */
    @Transactional
    public Edition update(UUID id, EditionPatch patch, String actor, Consumer<Edition> precondition) {
        Edition edition = editions.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Edition", id));
        ZoneId zone = edition.zone();
        Instant opens = patch.opens() == null ? edition.opensAt : Editions.at(patch.opens(), zone);
        Instant closes = patch.closes() == null ? edition.closesAt : Editions.at(patch.closes(), zone);
        List<Problem.FieldError> errors = new ArrayList<>();
        if (!closes.isAfter(opens)) {
            errors.add(new Problem.FieldError(patch.closes() != null ? "closes" : "opens", "closes must be after opens"));
        }
        if (patch.categories() != null) {
            errors.addAll(Editions.categoryErrors(patch.categories()));
        }
        String draftReminders = patch.draftReminders() == null ? null
                : Editions.draftReminders(patch.draftReminders(), errors);
        if (patch.fees() != null) {
            errors.addAll(patch.fees().errors(categoryCodes(edition, patch)));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        precondition.accept(edition);

        EditionSettings before = EditionSettings.of(edition);
        List<Category> categories = patch.categories() == null ? null
                : patch.categories().stream().map(Editions::category).toList();
        if (categories != null && EditionSettings.categories(categories).equals(before.categories())) {
            categories = null;
        }
        EditionGuard.Proposal proposal = new EditionGuard.Proposal(categories, closes);
        if (categories != null || proposal.closeMoves(edition)) {
            guards.forEach(guard -> guard.check(edition, proposal));
        }

        if (patch.title() != null) {
            edition.title = patch.title().strip();
        }
        edition.opensAt = opens;
        edition.closesAt = closes;
        if (patch.resultsPublish() != null) {
            edition.resultsPublishAt = Editions.at(patch.resultsPublish(), zone);
        }
        if (patch.ageCutoff() != null) {
            edition.ageCutoff = patch.ageCutoff();
        }
        if (draftReminders != null) {
            edition.draftReminders = draftReminders;
        }
        if (categories != null) {
            recategorize(edition, categories);
        }
        if (patch.milestones() != null) {
            List<Milestone> milestones = patch.milestones().stream()
                    .map(m -> new Milestone(m.name().strip(), Editions.at(m.at(), zone))).toList();
            if (!EditionSettings.milestones(milestones, zone).equals(before.milestones())) {
                edition.milestones.clear();
                edition.milestones.addAll(milestones);
            }
        }
        if (patch.fees() != null && !patch.fees().equals(before.fees())) {
            patch.fees().applyTo(edition);
        }
        if (patch.custody() != null && !patch.custody().equals(before.custody())) {
            patch.custody().applyTo(edition);
        }
        EditionSettings after = EditionSettings.of(edition);
        if (!after.equals(before)) {
            // Touching the row makes every change, the lists' included, raise the version (the feed's SEQUENCE) once.
            edition.updatedAt = clock.instant();
            history.record(edition, actor, "updated", before, after);
        }
        return edition;
    }

    /** The category codes the edition will have: the patch's list when it sends one. */
    private static Set<String> categoryCodes(Edition edition, EditionPatch patch) {
        return (patch.categories() == null ? edition.categories.stream().map(c -> c.code)
                : patch.categories().stream().map(NewEdition.CategoryInput::code)).collect(Collectors.toSet());
    }

    /**
     * The desired list in the order sent: a known code keeps its category, given the new values (so that whatever
     * else a category holds stays), a new code is a new category, and a code not sent goes.
     */
    private static void recategorize(Edition edition, List<Category> desired) {
        Map<String, Category> known = new HashMap<>();
        edition.categories.forEach(c -> known.put(c.code, c));
        List<Category> kept = new ArrayList<>();
        for (Category wanted : desired) {
            Category category = known.get(wanted.code);
            if (category == null) {
                kept.add(wanted);
            } else {
                category.name = wanted.name;
                category.division = wanted.division;
                category.minValueCents = wanted.minValueCents;
                category.maxValueCents = wanted.maxValueCents;
                category.enterable = wanted.enterable;
                category.honorees = wanted.honorees;
                kept.add(category);
            }
        }
        edition.categories.clear();
        edition.categories.addAll(kept);
    }
}
