package org.jewelers.competition.problem;

import java.time.Duration;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jewelers.web.problem.ProblemException;

/**
 * The bound a quota refusal met, the extension member of its answer: its name, as configured under
 * {@code competition.quotas}, and its value.
 */
@Schema(name = "QuotaBound")
public record Quota(@Schema(example = "drafts-per-edition") String name, @Schema(example = "20") long limit) {

    /** A standing quota is used up. */
    public ProblemException exceeded(String detail) {
        return new ProblemException(CompetitionProblem.QUOTA_EXCEEDED, detail).with("quota", this);
    }

    /** A limit per 24 hours is reached, until {@code retryAfter} from now. */
    public ProblemException reachedToday(String detail, Duration retryAfter) {
        return new ProblemException(CompetitionProblem.DAILY_LIMIT_REACHED, detail).with("quota", this)
                .retryAfter(retryAfter);
    }
}
