package org.jewelers.competition.results;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The winners staff confirm after the finals: one finalist per category, and one per division for Best in Show. */
@Schema(name = "WinnerChoice")
public record WinnerChoice(@NotEmpty @Size(max = 100) @Schema(required = true) List<@Valid @NotNull Winner> winners) {

    /** A category and the finalist who wins it. */
    @Schema(name = "Winner")
    public record Winner(@NotBlank @Schema(required = true, example = "retailer-up-to-2000") String category,
                         @NotNull @Schema(required = true) UUID entryId) {
    }
}
