package org.jewelers.competition.entry;

import java.util.Optional;
import org.jewelers.competition.edition.Category;
import org.jewelers.competition.submission.Outcome;
import org.jewelers.memberfirms.MemberFirm;

/**
 * The CASE Awards' two divisions, decided by the firm's kind as the directory announced it: retailers compete with
 * retailers, suppliers and manufacturers with each other. Other kinds (service providers) make no jewelry to sell
 * and enter neither.
 */
final class Divisions {

    static final String RULE = "division-matches-firm-kind";

    private Divisions() {
    }

    /** The division a firm of this directory kind enters, if any. */
    static Optional<String> of(String kind) {
        if (kind == null) {
            return Optional.empty();
        }
        return switch (kind) {
            case "retailer" -> Optional.of("retailer");
            case "supplier", "manufacturer" -> Optional.of("supplier");
            default -> Optional.empty();
        };
    }

    /** Whether the firm's kind enters the category's division; the category has one. */
    static Outcome rule(Category category, MemberFirm firm) {
        Optional<String> division = of(firm.kind());
        boolean passed = division.map(category.division::equals).orElse(false);
        String detail = firm.name() + " is a " + firm.kind() + division.map(d -> ", of the " + d + " division")
                .orElse(", which enters no division") + "; " + category.name + " is in the " + category.division
                + " division";
        return new Outcome(RULE, "category", passed, detail);
    }
}
