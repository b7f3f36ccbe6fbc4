package org.jewelers.competition.honoree;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Staff's confirmation of an honoree: the public citation, and why, when the standings did not place them. */
@Schema(name = "HonoreeChoice")
public record HonoreeChoice(
        @NotBlank @Size(max = 1000) @Schema(required = true, description = "The public citation: why this person, in "
                + "a sentence or two", example = "Built a four-bench custom design studio and teaches CAD to apprentices.")
        String citation,
        @Size(max = 1000) @Schema(description = "Required when the nominee is outside the list's top places in the "
                + "standings; kept in the dossier's history", example = "Ranked 21st by one point; the panel chair "
                + "asked for the full list to be reviewed")
        String reason) {
}
