package org.jewelers.competition.entry;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new draft. Only the edition and category are needed to start; the rest is required at submit. */
@Schema(name = "NewEntry")
public record NewEntry(
        @NotNull UUID editionId,
        @NotBlank @Size(max = 60) @Schema(example = "retailer-2001-5000") String category,
        @Size(max = 200) @Schema(example = "Tidepool Cuff") String title,
        @Size(max = 5000) @Schema(example = "A hinged cuff whose surface follows the ripples of a tidepool.") String description,
        @Size(max = 2000) @Schema(example = "18k recycled yellow gold, hand-raised; tourmaline cabochons") String materialsAndTechniques,
        @PositiveOrZero @Schema(description = "Retail value in US cents", example = "450000") Long retailValueCents,
        @Schema(description = "The entrant confirms that no maker's mark or hallmark is visible in the piece or its images")
        Boolean noMakersMarkVisible) {
}
