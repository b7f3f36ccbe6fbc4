package org.jewelers.competition.review;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Staff's decision on an entry's eligibility. */
@Schema(name = "Screening")
public record Screening(
        @NotNull @Schema(description = "true: eligible (status accepted); false: ineligible (status rejected)", example = "false")
        Boolean eligible,
        @Size(max = 1000) @Schema(description = "Required when not eligible", example = "The hallmark is visible in image 2")
        String reason) {
}
