package org.jewelers.competition.judging;

import jakarta.validation.constraints.NotEmpty;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Scores a judge sends for one entry. */
@Schema(name = "ScoreSheet")
public record ScoreSheet(
        @NotEmpty @Schema(required = true, description = "Criterion code to score, on the round's scale; criteria "
                + "left out keep their earlier score", example = "{\"overall-design\": 8, \"marketability\": 7}")
        Map<String, Integer> scores) {
}
