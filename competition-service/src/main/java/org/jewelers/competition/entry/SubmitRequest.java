package org.jewelers.competition.entry;

import jakarta.validation.constraints.PositiveOrZero;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Optional body of a submit. */
@Schema(name = "SubmitRequest")
public record SubmitRequest(
        @PositiveOrZero
        @Schema(description = "The draft version the entrant reviewed; when given, a draft changed since answers 409",
                example = "3")
        Long version) {
}
