package org.jewelers.competition.nomination;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Changes to a draft; absent fields stay as they are, and absent essay answers too. */
@Schema(name = "NominationPatch")
public record NominationPatch(
        @Size(max = 60) @Schema(example = "suppliers") String list,
        @Size(max = 200) @Pattern(regexp = NomineeName.PATTERN, message = NomineeName.MESSAGE)
        @Schema(description = NomineeName.DESCRIPTION) String nomineeName,
        @Email @Size(max = 320) @Schema(description = "Only for a colleague's nomination") String nomineeEmail,
        @Past LocalDate dateOfBirth,
        @Size(max = 200) String jobTitle,
        UUID employerMemberId,
        Boolean fullTime,
        @PositiveOrZero @Max(80) Integer yearsInIndustry,
        Boolean attested,
        @Valid Essays essays) {
}
