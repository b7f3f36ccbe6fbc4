package org.jewelers.competition.edition;

import java.time.Instant;
import java.util.List;

/**
 * A package that holds submissions against an edition (entries in its categories, extensions of its window) and
 * refuses a change that would strand them, by throwing the problem that names them. The edition package sits below
 * those packages, so it asks each guard instead of reading their tables.
 */
public interface EditionGuard {

    /** Refuses, with a ProblemException, a change of {@code edition} (still as it is) to {@code proposed}. */
    void check(Edition edition, Proposal proposed);

    /**
     * What the edition would become: its categories (null when they do not change) and its close.
     */
    record Proposal(List<Category> categories, Instant closesAt) {

        public boolean closeMoves(Edition edition) {
            return !closesAt.equals(edition.closesAt);
        }
    }
}
