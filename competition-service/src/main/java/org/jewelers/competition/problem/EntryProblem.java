package org.jewelers.competition.problem;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jewelers.web.problem.Problem;

/**
 * The OpenAPI schema of a competition refusal: a problem whose extension members are the {@link Deadline} or the
 * {@link Quota} that applied. The answer itself is a {@link Problem} written from the ProblemException that
 * {@link Deadline#refusal} or {@link Quota} made; this record only documents it.
 */
@Schema(name = "EntryProblem", description = "RFC 9457 problem detail of a refused entry request; `errors` names "
        + "every failed eligibility rule by the field it concerns, `deadline` the deadline that applied, `quota` "
        + "the quota or daily limit that was reached, `amountDueCents` and `currency` what an unpaid submission costs.")
public record EntryProblem(
        @Schema(example = "https://jewelers.example/problems/entry-window-closed") String type,
        @Schema(example = "The entry window is closed") String title,
        @Schema(example = "409") int status,
        @Schema(example = "Entries for CASE Awards 2027 closed at 2027-06-28T23:59 America/New_York (2027-06-29T03:59:00Z)") String detail,
        String instance,
        List<Problem.FieldError> errors,
        Deadline deadline,
        Quota quota,
        @Schema(description = "payment-required: what the submission costs now, in cents", example = "5000") Long amountDueCents,
        @Schema(description = "payment-required: ISO 4217", example = "USD") String currency) {
}
