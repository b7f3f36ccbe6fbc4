package org.jewelers.competition.judging;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A round as staff open it. */
@Schema(name = "NewRound")
public record NewRound(
        @NotNull @Schema(required = true) UUID editionId,
        @NotNull @Schema(required = true, enumeration = {"pre-judging", "finals"}, example = "pre-judging") String stage,
        @NotNull @Schema(required = true, description = "From when judges may score", example = "2026-07-06T13:00:00Z") Instant opens,
        @NotNull @Schema(required = true, description = "From when scores are final", example = "2026-08-01T03:59:00Z") Instant closes,
        @Valid @Schema(description = "Absent: the program's standard rubric (CASE: overall design, marketability, "
                + "practicality and wearability, quality of manufacture; 20 Under 40, whose rounds judge the "
                + "nominees' dossiers: success in their field, leadership and innovation, community potential, the "
                + "Code of Professional Practices; equal weights, 1 to 10)") Rubric rubric) {
}
