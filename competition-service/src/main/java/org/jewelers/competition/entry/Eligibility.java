package org.jewelers.competition.entry;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jewelers.competition.edition.Category;
import org.jewelers.competition.submission.Outcome;
import org.jewelers.memberfirms.MemberFirm;
import org.jewelers.memberfirms.MemberFirms;

/**
 * The CASE Awards' eligibility rules, checked from data at submit. The outcome, with the facts it was decided on,
 * is kept with the entry as evidence, so that staff can later see why an entry was let in.
 */
@ApplicationScoped
public class Eligibility {

    /** Each member firm enters at most this many pieces per edition ... */
    static final int ENTRIES_PER_FIRM = 4;
    /** ... and at most this many per category. */
    static final int ENTRIES_PER_CATEGORY = 1;

    /** A withdrawn piece, or one staff found ineligible, frees its place for another. */
    static final List<EntryStatus> COUNTED = List.of(EntryStatus.SUBMITTED, EntryStatus.ACCEPTED);

    private final MemberFirms firms;
    private final EntityManager entities;

    Eligibility(MemberFirms firms, EntityManager entities) {
        this.firms = firms;
        this.entities = entities;
    }

    /**
     * Checks every rule for the entry about to be submitted by an entrant of {@code memberId} (null when the token
     * names no firm). The caller holds the firm's lock for the edition, so the counts cannot change meanwhile.
     */
    Evidence check(Entry entry, UUID memberId, Instant at) {
        Optional<MemberFirm> firm = memberId == null ? Optional.empty() : firms.find(memberId);
        Counts counts = memberId == null ? null
                : new Counts(entered(entry, memberId, false), entered(entry, memberId, true));
        return evaluate(entry, memberId, firm, counts, at);
    }

    /**
     * The rules' outcomes from the facts gathered for them: the firm as the read model knows it (empty when unknown)
     * and the firm's other counted entries (null when the token names no firm, so that no count applies).
     */
    static Evidence evaluate(Entry entry, UUID memberId, Optional<MemberFirm> firm, Counts counts, Instant at) {
        List<Outcome> outcomes = new ArrayList<>();
        outcomes.add(Outcome.goodStanding("member-in-good-standing", "memberId", memberId, firm));

        Optional<Category> found = entry.edition.categories.stream().filter(c -> c.code.equals(entry.category))
                .findFirst();
        if (found.isEmpty()) {
            // Staff removed the category from the edition after the draft named it.
            outcomes.add(new Outcome("category-enterable", "category", false,
                    "the edition no longer has the category '" + entry.category + "'"));
            return new Evidence(at, memberId, firm.orElse(null), entry.category, null, null, null,
                    entry.retailValueCents, null, null, outcomes);
        }
        Category category = found.get();
        outcomes.add(new Outcome("category-enterable", "category", category.enterable,
                category.name + (category.enterable ? " is entered" : " is awarded, not entered")));
        if (category.division != null && firm.isPresent()) {
            outcomes.add(Divisions.rule(category, firm.get()));
        }

        long value = entry.retailValueCents;
        boolean inBand = (category.minValueCents == null || value >= category.minValueCents)
                && (category.maxValueCents == null || value <= category.maxValueCents);
        outcomes.add(new Outcome("retail-value-in-band", "retailValueCents", inBand,
                "retail value " + dollars(value) + (inBand ? " is within " : " is outside ") + band(category)));

        if (counts != null) {
            outcomes.add(new Outcome("entries-per-firm", "editionId", counts.inEdition() < ENTRIES_PER_FIRM,
                    "the firm has " + counts.inEdition() + " other entries in this edition; at most "
                            + ENTRIES_PER_FIRM + " in all"));
            outcomes.add(new Outcome("entries-per-category", "category", counts.inCategory() < ENTRIES_PER_CATEGORY,
                    "the firm has " + counts.inCategory() + " other entries in " + category.name + "; at most "
                            + ENTRIES_PER_CATEGORY + " per category"));
        }
        return new Evidence(at, memberId, firm.orElse(null), category.code, category.division,
                category.minValueCents, category.maxValueCents, value, counts == null ? null : counts.inEdition(),
                counts == null ? null : counts.inCategory(), outcomes);
    }

    private long entered(Entry entry, UUID memberId, boolean sameCategory) {
        var query = entities.createQuery("""
                        select count(e) from Entry e
                        where e.edition.id = :edition and e.memberId = :member and e.id <> :self
                          and e.status in :entered""" + (sameCategory ? " and e.category = :category" : ""), Long.class)
                .setParameter("edition", entry.edition.id)
                .setParameter("member", memberId)
                .setParameter("self", entry.id)
                .setParameter("entered", COUNTED);
        if (sameCategory) {
            query.setParameter("category", entry.category);
        }
        return query.getSingleResult();
    }

    private static String band(Category category) {
        if (category.minValueCents == null && category.maxValueCents == null) {
            return "the category (it has no value band)";
        }
        return "the category's band of " + (category.minValueCents == null ? "any" : dollars(category.minValueCents))
                + " to " + (category.maxValueCents == null ? "any" : dollars(category.maxValueCents));
    }

    private static String dollars(long cents) {
        return String.format("$%,d.%02d", cents / 100, cents % 100);
    }

    /** The firm's other entries counted against its places: in the edition, and in the entry's category. */
    record Counts(long inEdition, long inCategory) {
    }

    /** What eligibility was decided on, and how. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Evidence(Instant checkedAt, UUID memberId, MemberFirm firm, String category, String division,
                           Long minValueCents, Long maxValueCents, long retailValueCents, Long otherFirmEntries,
                           Long otherFirmEntriesInCategory, List<Outcome> rules) {
    }
}
