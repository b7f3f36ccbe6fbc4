package org.jewelers.competition.round;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Judges for a category of a round: one judge by hand (every entry of the category), or several with a number per
 * entry, spread evenly.
 */
@Schema(name = "JudgeAssignment")
public record JudgeAssignment(
        @NotBlank @Schema(required = true, example = "retailer-up-to-2000") String category,
        @Size(max = 200) @Schema(description = "By hand: the judge's token subject") String judge,
        @Size(max = 100) @Schema(description = "Automatically: the judges to spread the entries over") Set<@NotBlank String> judges,
        @Min(1) @Schema(description = "Automatically: judges per entry", example = "3") Integer judgesPerEntry) {
}
