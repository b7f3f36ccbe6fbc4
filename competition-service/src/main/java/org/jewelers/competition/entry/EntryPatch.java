package org.jewelers.competition.entry;

import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A change to a draft: absent fields stay as they are. */
@Schema(name = "EntryPatch")
public record EntryPatch(
        @Size(min = 1, max = 60) @Schema(example = "retailer-5001-10000") String category,
        @Size(max = 200) @Schema(example = "Tidepool Cuff") String title,
        @Size(max = 5000) String description,
        @Size(max = 2000) String materialsAndTechniques,
        @PositiveOrZero @Schema(description = "Retail value in US cents", example = "650000") Long retailValueCents,
        Boolean noMakersMarkVisible) {
}
