package org.jewelers.competition.submission;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jewelers.web.problem.ProblemException;

/** Staff's decision on a submission's eligibility. */
@Schema(name = "Screening")
public record Screening(
        @NotNull @Schema(description = "true: eligible (status accepted); false: ineligible (status rejected)", example = "false")
        Boolean eligible,
        @Size(max = 1000) @Schema(description = "Required when not eligible", example = "The hallmark is visible in image 2")
        String reason) {

    /**
     * The status the decision moves a submission from {@code current} to: {@code accepted} or {@code rejected}.
     * Refused when the submission is not one staff screen ({@code screenable}; {@code notScreenable} says why), or
     * when it is found ineligible without a reason ({@code kind} names the submission: "entry").
     */
    public <S> S decide(S current, Set<S> screenable, S accepted, S rejected, Supplier<String> notScreenable,
                        String kind) {
        if (!screenable.contains(current)) {
            throw ProblemException.conflict(notScreenable.get());
        }
        if (!eligible && (reason == null || reason.isBlank())) {
            throw ProblemException.invalid("reason", "is required when the " + kind + " is not eligible");
        }
        return eligible ? accepted : rejected;
    }

    /** The reason as kept with the submission. */
    public String keptReason() {
        return reason == null ? null : reason.strip();
    }
}
