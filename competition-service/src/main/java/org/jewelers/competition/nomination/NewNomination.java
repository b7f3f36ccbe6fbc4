package org.jewelers.competition.nomination;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A new nomination draft. Only the edition, who nominates and (for a colleague's nomination) the nominee's name and
 * email are needed to start; the rest is required at submit.
 */
@Schema(name = "NewNomination")
public record NewNomination(
        @NotNull UUID editionId,
        @NotNull @Schema(description = "self: you nominate yourself (the nominee's name and email are your token's); "
                + "colleague: you nominate someone else, whose consent is asked by email at submit",
                enumeration = {"self", "colleague"}, example = "colleague") Nominator nominatedBy,
        @Size(max = 60) @Schema(description = "The list: a category code of the edition (retail or suppliers); when "
                + "absent, it is inferred at submit from the employer's kind (retailers on retail, others on suppliers)",
                example = "retail") String list,
        @Size(max = 200) @Pattern(regexp = NomineeName.PATTERN, message = NomineeName.MESSAGE)
        @Schema(description = NomineeName.DESCRIPTION, example = "Maya Okafor") String nomineeName,
        @Email @Size(max = 320) @Schema(description = "Names the person: nominations of one email in one edition share "
                + "a dossier", example = "maya.okafor@example.com") String nomineeEmail,
        @Past @Schema(example = "1994-05-17") LocalDate dateOfBirth,
        @Size(max = 200) @Schema(example = "Custom Design Manager") String jobTitle,
        @Schema(description = "The member firm the nominee works for; your own firm (the token's member_id) when absent")
        UUID employerMemberId,
        @Schema(description = "The nominee works full time for that firm") Boolean fullTime,
        @PositiveOrZero @Max(80) @Schema(example = "6") Integer yearsInIndustry,
        @Schema(description = "You attest that the date of birth, full-time status and years in the industry are "
                + "true; kept as evidence with the eligibility decision") Boolean attested,
        @Valid Essays essays) {
}
