package org.jewelers.competition.published;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The images of one entry to show with the published results; an empty list shows none. */
@Schema(name = "PublishedImageChoice")
public record ImageChoice(@NotNull @Size(max = 6) @Schema(required = true, description = "Images of the entry, "
        + "photos or renderings (not PDFs); answered in the entry's order") List<@NotNull UUID> imageIds) {
}
