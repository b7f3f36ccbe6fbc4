package org.jewelers.competition.nomination;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The nomination's essay answers, one per question of the program; all three are required to submit (a draft may lack any). */
@Schema(name = "NominationEssays")
public record Essays(
        @Size(max = 5000) @Schema(nullable = true, description = "What has the nominee achieved in their career so far?",
                example = "Built the store's custom design studio from one bench to a team of four.")
        String achievements,
        @Size(max = 5000) @Schema(nullable = true, description = "How does the nominee contribute to the industry and their community?",
                example = "Teaches a CAD evening class at the community college and mentors two apprentices.")
        String contribution,
        @Size(max = 5000) @Schema(nullable = true, description = "Where does the nominee see the jewelry industry, and themself, in ten years?",
                example = "Traceable, recycled metals as the norm, and a design studio of my own.")
        String vision) {
}
