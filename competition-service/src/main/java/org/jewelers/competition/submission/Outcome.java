package org.jewelers.competition.submission;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jewelers.competition.problem.CompetitionProblem;
import org.jewelers.memberfirms.MemberFirm;
import org.jewelers.web.problem.Problem;
import org.jewelers.web.problem.ProblemException;

/**
 * One eligibility rule's outcome for a submission, kept with it as evidence; {@code field} is the part of the
 * submission or token it concerns.
 */
public record Outcome(String rule, String field, boolean passed, String detail) {

    /** The rule that the firm ({@code memberId}, found or not) is a member in good standing. */
    public static Outcome goodStanding(String rule, String field, UUID memberId, Optional<MemberFirm> firm) {
        return new Outcome(rule, field, firm.map(MemberFirm::goodStanding).orElse(false),
                firm.map(f -> f.name() + " (" + f.number() + ") is " + f.standing()
                                + (f.goodStanding() ? ", in good standing" : ", not in good standing"))
                        .orElse(memberId == null ? "your account names no member firm"
                                : "member firm " + memberId + " is not a member of the association"));
    }

    /** Refuses, as {@code kind}, a submission that failed any rule, naming every failed one. */
    public static void requireAllPassed(List<Outcome> rules, CompetitionProblem kind) {
        List<Problem.FieldError> reasons = rules.stream().filter(r -> !r.passed())
                .map(r -> new Problem.FieldError(r.field(), r.rule() + ": " + r.detail())).toList();
        if (!reasons.isEmpty()) {
            throw new ProblemException(kind, reasons.size() == 1 ? "1 eligibility rule is not met"
                    : reasons.size() + " eligibility rules are not met", reasons);
        }
    }
}
