package org.jewelers.competition.round;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How many entries of each category go on to the finals. */
@Schema(name = "Advancement")
public record Advancement(@NotNull @Min(1) @Max(100) @Schema(required = true, description = "Per category; more when "
        + "entries tie at the cut-off", example = "3") Integer perCategory) {
}
